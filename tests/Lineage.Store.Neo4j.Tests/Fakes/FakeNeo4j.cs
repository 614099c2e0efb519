using System.Net;
using System.Text;

namespace Lineage.Store.Neo4j.Tests.Fakes;

/// <summary>
/// An in-process stand-in for Neo4j's Query API: records every request and answers with what the test's
/// responder returns (a response, or a thrown exception for a connection failure).
/// </summary>
public sealed class FakeNeo4j(Func<RecordedRequest, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    /// <summary>Delays applied to the next answers, in order (an attempt-timeout test's slow server).</summary>
    public Queue<TimeSpan> Delays { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body);
        int index;
        lock (_requests)
        {
            _requests.Add(recorded);
            index = _requests.Count - 1;
        }
        TimeSpan delay;
        lock (Delays) delay = Delays.Count > 0 ? Delays.Dequeue() : TimeSpan.Zero;
        if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken);
        var response = respond(recorded, index);
        response.RequestMessage = request;
        return response;
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.Accepted) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query") };

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new StringContent("") };
}
