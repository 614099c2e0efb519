using System.Net;
using Lineage.Core.Search;
using Lineage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Server.Tests;

/// <summary>
/// A request has a deadline (Lineage:GraphQL:RequestTimeout) and ends when its client goes away: the store call it is
/// waiting on is cancelled either way. The store here answers a search only when cancelled, so these tests cannot
/// pass by being fast, and need no clock.
/// </summary>
public sealed class DeadlineTests
{
    private const string Search = "{ search(text: \"浜松\") { matchedName } }";

    [Fact]
    public async Task A_request_past_its_deadline_is_stopped_and_answered_504_DEADLINE_EXCEEDED_naming_the_setting()
    {
        var store = new SearchThatWaitsForCancellation();
        using var app = App(store, timeout: "00:00:01");
        await WarmUp(app);

        var (response, body) = await app.PostAsync(Search);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var error = body!["errors"]![0]!;
        Assert.Equal("DEADLINE_EXCEEDED", (string?)error["extensions"]!["code"]);
        Assert.Contains("longer than 1 s (Lineage:GraphQL:RequestTimeout)", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Null(body["data"]);
        Assert.True(await store.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30)), "the store call was not cancelled");
    }

    [Fact]
    public async Task A_store_that_reports_its_cancellation_as_a_failure_still_gets_the_deadline_as_the_answer()
    {
        // A store client may wrap the cancelled call in its own error (the Neo4j client's StoreUnavailableException):
        // GraphQL.NET then makes it a field error and may finish the other fields. The answer is still the deadline.
        var store = new SearchThatWaitsForCancellation(whenCancelled: () => throw new StoreUnavailableException("the call was cancelled"));
        using var app = App(store, timeout: "00:00:01");
        await WarmUp(app);

        var (response, body) = await app.PostAsync("{ search(text: \"浜松\") { matchedName } ministries { id } }");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("DEADLINE_EXCEEDED", (string?)body!["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_work_it_started()
    {
        var store = new SearchThatWaitsForCancellation();
        using var app = App(store, timeout: "00:05:00"); // the deadline is not what stops it
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query": {{System.Text.Json.JsonSerializer.Serialize(Search)}}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        using var leave = new CancellationTokenSource();

        var sending = app.CreateClient().SendAsync(request, leave.Token);
        await store.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await leave.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.True(await store.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30)), "the store call was not cancelled");
    }

    [Theory]
    [InlineData("RequestTimeout", "00:00:00")]
    [InlineData("RequestTimeout", "01:00:00")]
    [InlineData("MaxDepth", "1")]
    [InlineData("MaxComplexity", "-5")]
    [InlineData("MaxRequestBytes", "12")]
    public async Task A_limit_outside_its_range_stops_the_service_at_start_with_exit_2(string setting, string value)
    {
        var directory = Directory.CreateTempSubdirectory("lineage-limits-").FullName;
        try
        {
            var errors = new StringWriter();
            var exit = await Cli.CliApp.RunAsync(
                ["--Urls=http://127.0.0.1:0", $"--Lineage:Sqlite:Path={Path.Combine(directory, "lineage.db")}", $"--Lineage:GraphQL:{setting}={value}"],
                TextWriter.Null, errors);

            Assert.Equal(2, exit);
            Assert.Contains($"Lineage:GraphQL:{setting}", errors.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The first request initialises the schema; the deadline under test should find the search waiting, not that.
    /// On a loaded machine that first request may itself take longer than the 1 s deadline: asked again until it is answered.</summary>
    private static async Task WarmUp(LineageApp app)
    {
        var status = HttpStatusCode.GatewayTimeout;
        for (var attempt = 0; attempt < 10 && status == HttpStatusCode.GatewayTimeout; attempt++)
            status = (await app.PostAsync("{ ministries { id } }")).Response.StatusCode;
        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static LineageApp App(ISearchQueries search, string timeout) => new()
    {
        Settings = new Dictionary<string, string> { ["Lineage:GraphQL:RequestTimeout"] = timeout },
        ReplaceServices = services => services.AddSingleton(search),
    };

    /// <summary>A search port that never answers: it waits until its call is cancelled, and says so.</summary>
    private sealed class SearchThatWaitsForCancellation(Action? whenCancelled = null) : ISearchQueries
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult(true);
                whenCancelled?.Invoke();
                throw;
            }
            return [];
        }
    }
}
