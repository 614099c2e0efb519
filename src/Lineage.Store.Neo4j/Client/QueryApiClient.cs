using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Lineage.Core.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// A small client of Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>): auto-commit statements and explicit
/// transactions, typed JSON results, bookmarks passed on. This folder is the only place that knows the wire
/// format, so a Bolt driver could replace it without touching the store.
/// </summary>
public sealed class QueryApiClient
{
    public const string HttpClientName = "Lineage.Neo4j";
    internal const string TypedJsonMediaType = "application/vnd.neo4j.query";
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions BodyJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly IHttpClientFactory _http;
    private readonly Neo4jOptions _options;
    private readonly AuthenticationHeaderValue? _auth;

    public QueryApiClient(IHttpClientFactory http, IOptions<Neo4jOptions> options, ILogger<QueryApiClient> logger)
    {
        _http = http;
        _options = options.Value;
        Logger = logger;
        _auth = !string.IsNullOrEmpty(_options.BearerToken)
            ? new AuthenticationHeaderValue("Bearer", _options.BearerToken)
            : !string.IsNullOrEmpty(_options.User)
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}")))
                : null;
    }

    public Bookmarks Bookmarks { get; } = new();

    /// <summary>The endpoint, for messages: "Neo4j at http://neo4j:7474 (database neo4j)".</summary>
    public string Endpoint => $"{_options.BaseUri} (database {_options.Database})";

    internal ILogger Logger { get; }

    private string QueryPath => $"{_options.BaseUri}/db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    /// <summary>Runs one statement in its own transaction. Retried on transient failures (it either ran or it did not).</summary>
    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, CancellationToken ct)
    {
        var body = new RequestBody
        {
            Statement = statement,
            Parameters = parameters,
            Bookmarks = NullIfEmpty(Bookmarks.Current),
            AccessMode = mode == AccessMode.Read ? "Read" : null,
        };
        var (result, _) = await SendAsync(HttpMethod.Post, QueryPath, body, retryable: true, affinity: null, ct);
        return result;
    }

    /// <summary>Opens an explicit transaction; dispose it without committing to roll it back.</summary>
    public async Task<QueryTransaction> BeginAsync(CancellationToken ct)
    {
        var body = new RequestBody { Bookmarks = NullIfEmpty(Bookmarks.Current) };
        // Opening is retryable: a lost answer leaves at most an idle transaction, which the server times out.
        var (result, response) = await SendAsync(HttpMethod.Post, $"{QueryPath}/tx", body, retryable: true, affinity: null, ct);
        if (response.TransactionId is null)
            throw new Neo4jException("Lineage.Protocol", $"Neo4j at {Endpoint} opened a transaction without an id");
        _ = result;
        return new QueryTransaction(this, $"{QueryPath}/tx/{Uri.EscapeDataString(response.TransactionId)}", response.TransactionId, response.Affinity);
    }

    internal async Task<(QueryResult Result, ResponseInfo Info)> SendAsync(
        HttpMethod method, string url, RequestBody? body, bool retryable, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        request.Headers.Authorization = _auth;
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BodyJson));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        request.Options.Set(QueryApiRequest.Retryable, retryable);

        using var response = await SendOrExplainAsync(request, ct);
        var error = await QueryApiErrors.ReadAsync(response, ct);
        if (error is not null) throw Explain(error, retryable);

        var text = await response.Content.ReadAsStringAsync(ct);
        using var doc = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        var result = QueryResult.Parse(doc.RootElement);
        Bookmarks.Update(result.Bookmarks);
        var txId = doc.RootElement.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString() : null;
        var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return (result, new ResponseInfo(txId, newAffinity ?? affinity));
    }

    private async Task<HttpResponseMessage> SendOrExplainAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            // The resilience pipeline owns timeouts, so the HttpClient's own timeout is off (see the registration).
            return await _http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (BrokenCircuitException e)
        {
            throw new StoreUnavailableException(
                $"Neo4j at {Endpoint} is not being called: it failed repeatedly, so the circuit breaker stops calls for {_options.BreakDuration} before trying again.", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new StoreUnavailableException(
                $"Neo4j at {Endpoint} did not answer in time (attempt timeout {_options.AttemptTimeout}, total {_options.TotalTimeout}).", e);
        }
        catch (HttpRequestException e)
        {
            throw new StoreUnavailableException($"Cannot reach Neo4j at {Endpoint}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Failures that are not the caller's become <see cref="StoreUnavailableException"/> (GraphQL shows them as
    /// STORE_UNAVAILABLE, /readyz turns red) with Neo4j's error inside; the rest stay <see cref="Neo4jException"/>.
    /// </summary>
    private Exception Explain(Neo4jException error, bool retryable)
    {
        if (error.IsSecurityError)
            return new StoreUnavailableException(
                $"Neo4j at {Endpoint} refused the request ({error.Code}): check {Neo4jOptions.Section}:User/Password or BearerToken.", error);
        var transient = error.IsTransient || (error.Status is { } s && QueryApiErrors.IsTransientStatus(s));
        if (!transient) return error;
        var tries = retryable && _options.MaxRetryAttempts > 0
            ? $"after {_options.MaxRetryAttempts + 1} attempts"
            : "inside a transaction, where a statement is never retried";
        return new StoreUnavailableException($"Neo4j at {Endpoint} kept failing {tries}: {error.Message}", error);
    }

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> list) => list.Count == 0 ? null : list;

    internal sealed record ResponseInfo(string? TransactionId, string? Affinity);

    /// <summary>The request body of every Query API call; absent members are left out of the JSON.</summary>
    internal sealed class RequestBody
    {
        public string? Statement { get; init; }
        public IReadOnlyDictionary<string, object?>? Parameters { get; init; }
        public IReadOnlyList<string>? Bookmarks { get; init; }
        public string? AccessMode { get; init; }
    }
}
