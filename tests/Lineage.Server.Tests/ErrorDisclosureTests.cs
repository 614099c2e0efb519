using System.Net;
using Lineage.Core.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Server.Tests;

/// <summary>
/// Under Development — what `dotnet run` selects — a fault of the server is answered with a stable code and no
/// stack trace, exception message or file path; the log has those. (The developer exception page showed them.)
/// </summary>
public sealed class ErrorDisclosureTests : IDisposable
{
    private const string Secret = "flows exploded in /home/builder/src/Lineage.Store.Sqlite/Flows/SqliteStore.Flows.cs";

    private readonly LineageApp _app = new()
    {
        Environment = "Development",
        ReplaceServices = services => services.AddSingleton<IFlowQueries>(new FailingFlows()),
    };

    [Fact]
    public async Task An_unhandled_exception_is_a_500_with_a_code_and_nothing_of_the_exception()
    {
        var response = await _app.CreateClient().GetAsync("/widgets/lineage.svg?from=MEXT&to=METI&mode=flows");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("INTERNAL_ERROR", body, StringComparison.Ordinal);
        AssertDisclosesNothing(body);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_resolver_fault_is_an_INTERNAL_ERROR_without_details()
    {
        var (response, body) = await _app.PostAsync("{ flows(groupBy: MINISTRY) { transferCount } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("INTERNAL_ERROR", (string?)body!["errors"]![0]!["extensions"]!["code"]);
        AssertDisclosesNothing(body.ToJsonString());
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("{\"query\": \"{ ministries { id } }\", \"variables\": {\"n\": 1e400}}")]
    public async Task Bad_input_under_Development_shows_no_stack_trace(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        var response = await _app.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 200 and < 500, $"{(int)response.StatusCode}: {text}");
        AssertDisclosesNothing(text);
    }

    private static void AssertDisclosesNothing(string body)
    {
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("exploded", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/home/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private sealed class FailingFlows : IFlowQueries
    {
        public Task<IReadOnlyList<FlowRow>> QueryFlowsAsync(FlowQuery query, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
