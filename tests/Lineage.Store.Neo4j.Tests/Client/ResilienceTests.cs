using System.Net;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Tests.Fakes;

namespace Lineage.Store.Neo4j.Tests.Client;

/// <summary>Injected failures: what is retried, what never is, the breaker, the timeouts, and the errors users see.</summary>
public sealed class ResilienceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static HttpResponseMessage Ok() => FakeNeo4j.Json(Typed.Result(["ok"], [[1L]]));

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Transient_statuses_are_retried_until_Neo4j_answers(HttpStatusCode status)
    {
        var fake = new FakeNeo4j((_, i) => i < 2 ? FakeNeo4j.Status(status) : Ok());
        await using var host = new TestHost(fake);

        var result = await host.Client.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, None);

        Assert.Equal(1L, result.OnlyRecord().GetInt64("ok"));
        Assert.Equal(3, fake.Requests.Count);
        Assert.All(fake.Requests, r => Assert.Equal("RETURN 1 AS ok", r.Statement));
    }

    [Fact]
    public async Task A_Neo4j_transient_error_is_retried()
    {
        var fake = new FakeNeo4j((_, i) => i == 0
            ? FakeNeo4j.Json(Typed.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"), HttpStatusCode.BadRequest)
            : Ok());
        await using var host = new TestHost(fake);

        await host.Client.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, None);

        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task A_connection_failure_is_retried()
    {
        var fake = new FakeNeo4j((_, i) => i == 0 ? throw new HttpRequestException("Connection refused (neo4j.test:7474)") : Ok());
        await using var host = new TestHost(fake);

        await host.Client.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, None);

        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task A_slow_attempt_is_abandoned_after_the_attempt_timeout_and_retried()
    {
        var fake = new FakeNeo4j((_, _) => Ok());
        fake.Delays.Enqueue(TimeSpan.FromSeconds(5));
        await using var host = new TestHost(fake, new Dictionary<string, string?> { ["AttemptTimeout"] = "00:00:00.1" });

        await host.Client.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, None);

        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_are_never_retried()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Json(Typed.Error("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): ids"), HttpStatusCode.BadRequest));
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => host.Client.RunAsync("RETURN $ids", null, AccessMode.Read, None));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", e.Code);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task A_statement_inside_an_open_transaction_is_never_retried()
    {
        var fake = new FakeNeo4j((r, i) => i switch
        {
            0 => FakeNeo4j.Json(Typed.BeginTransaction("tx-9")),
            1 => FakeNeo4j.Status(HttpStatusCode.ServiceUnavailable),
            _ => FakeNeo4j.Json("{}", HttpStatusCode.OK),
        });
        await using var host = new TestHost(fake);

        await using var tx = await host.Client.BeginAsync(None);
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => tx.RunAsync("CREATE ()", null, None));

        Assert.Contains("inside a transaction", e.Message, StringComparison.Ordinal);
        Assert.Equal(["/tx", "/tx/tx-9", "/tx/tx-9"], fake.Requests.Select(r => r.Path[r.Path.IndexOf("/tx", StringComparison.Ordinal)..]));
        Assert.Equal(HttpMethod.Delete, fake.Requests[^1].Method); // the one further request is the rollback
    }

    [Fact]
    public async Task When_retries_run_out_the_error_names_Neo4j_the_uri_and_the_attempts()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Status(HttpStatusCode.ServiceUnavailable));
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.Client.RunAsync("RETURN 1", null, AccessMode.Read, None));

        Assert.Equal(4, fake.Requests.Count);
        Assert.Contains($"Neo4j at {TestHost.Uri} (database neo4j) kept failing after 4 attempts", e.Message, StringComparison.Ordinal);
        Assert.Equal("HTTP.503", Assert.IsType<Neo4jException>(e.InnerException).Code);
    }

    [Fact]
    public async Task An_unreachable_Neo4j_is_reported_with_the_cause_and_the_uri()
    {
        var fake = new FakeNeo4j((_, _) => throw new HttpRequestException("Name or service not known (neo4j.test:7474)"));
        await using var host = new TestHost(fake, new Dictionary<string, string?> { ["MaxRetryAttempts"] = "1" });

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.Client.RunAsync("RETURN 1", null, AccessMode.Read, None));

        Assert.Equal($"Cannot reach Neo4j at {TestHost.Uri} (database neo4j): Name or service not known (neo4j.test:7474)", e.Message);
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task The_breaker_opens_after_repeated_failures_and_closes_after_the_break()
    {
        var healthy = false;
        var fake = new FakeNeo4j((_, _) => Volatile.Read(ref healthy) ? Ok() : FakeNeo4j.Status(HttpStatusCode.ServiceUnavailable));
        await using var host = new TestHost(fake, new Dictionary<string, string?>
        {
            ["MaxRetryAttempts"] = "0", ["BreakerMinimumThroughput"] = "2", ["BreakerFailureRatio"] = "1", ["BreakDuration"] = "00:00:03",
        });

        // The break outlasts a slow machine's pause between the calls below (at 0.5 s it did not, under CI load).
        for (var i = 0; i < 2; i++)
            await Assert.ThrowsAsync<StoreUnavailableException>(() => host.Client.RunAsync("RETURN 1", null, AccessMode.Read, None));
        var open = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.Client.RunAsync("RETURN 1", null, AccessMode.Read, None));

        Assert.Contains("circuit breaker", open.Message, StringComparison.Ordinal);
        Assert.Contains(TestHost.Uri, open.Message, StringComparison.Ordinal);
        Assert.Equal(2, fake.Requests.Count); // the open breaker did not call Neo4j

        Volatile.Write(ref healthy, true);
        await Task.Delay(TimeSpan.FromMilliseconds(3300));
        await host.Client.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, None);
        await host.Client.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, None);
        Assert.Equal(4, fake.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_do_not_open_the_breaker()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Json(Typed.Error("Neo.ClientError.Statement.SyntaxError", "bad"), HttpStatusCode.BadRequest));
        await using var host = new TestHost(fake, new Dictionary<string, string?>
        {
            ["MaxRetryAttempts"] = "0", ["BreakerMinimumThroughput"] = "2", ["BreakerFailureRatio"] = "0.5",
        });

        for (var i = 0; i < 5; i++)
            await Assert.ThrowsAsync<Neo4jException>(() => host.Client.RunAsync("RETRUN 1", null, AccessMode.Read, None));

        Assert.Equal(5, fake.Requests.Count);
    }

    [Fact]
    public async Task Health_turns_red_without_throwing_while_Neo4j_is_unreachable()
    {
        var fake = new FakeNeo4j((_, _) => throw new HttpRequestException("Connection refused"));
        await using var host = new TestHost(fake, new Dictionary<string, string?> { ["MaxRetryAttempts"] = "0" });

        var health = await host.Store.CheckHealthAsync(None);

        Assert.False(health.Healthy);
        Assert.Contains($"Cannot reach Neo4j at {TestHost.Uri}", health.Description, StringComparison.Ordinal);
    }
}
