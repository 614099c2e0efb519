using System.Net;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Tests.Fakes;

namespace Lineage.Store.Neo4j.Tests.Client;

/// <summary>Explicit transactions: the paths, the affinity header on every later request, commit, rollback, bookmarks.</summary>
public sealed class TransactionFlowTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const string Tx = $"{TestHost.Uri}/db/neo4j/query/v2/tx";

    private static HttpResponseMessage Begin()
    {
        var response = FakeNeo4j.Json(Typed.BeginTransaction("tx-42"));
        response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", "member-2");
        return response;
    }

    [Fact]
    public async Task Begin_run_commit_use_the_transaction_paths_and_carry_the_cluster_affinity()
    {
        var fake = new FakeNeo4j((r, i) => i switch
        {
            0 => Begin(),
            1 => FakeNeo4j.Json(Typed.Result(["n"], [[7L]])),
            _ => FakeNeo4j.Json(Typed.Result([], [], "FB:committed")),
        });
        await using var host = new TestHost(fake);

        await using (var tx = await host.Client.BeginAsync(None))
        {
            var result = await tx.RunAsync("RETURN $x AS n", new Dictionary<string, object?> { ["x"] = 7 }, None);
            Assert.Equal(7L, result.OnlyRecord().GetInt64("n"));
            await tx.CommitAsync(None);
        }

        var r = fake.Requests;
        Assert.Equal(3, r.Count); // disposing a committed transaction sends nothing
        Assert.Equal((HttpMethod.Post, Tx), (r[0].Method, r[0].Uri.ToString()));
        Assert.Null(r[0].Header("neo4j-cluster-affinity"));
        Assert.Equal((HttpMethod.Post, $"{Tx}/tx-42"), (r[1].Method, r[1].Uri.ToString()));
        Assert.Equal("RETURN $x AS n", r[1].Statement);
        Assert.Equal(7, r[1].Parameters.GetProperty("x").GetInt32());
        Assert.Equal((HttpMethod.Post, $"{Tx}/tx-42/commit"), (r[2].Method, r[2].Uri.ToString()));
        Assert.All(r.Skip(1), x => Assert.Equal("member-2", x.Header("neo4j-cluster-affinity")));
        Assert.Equal(["FB:committed"], host.Client.Bookmarks.Current);
    }

    [Fact]
    public async Task Opening_a_transaction_sends_the_bookmarks_of_earlier_writes()
    {
        var fake = new FakeNeo4j((_, i) => i == 0 ? FakeNeo4j.Json(Typed.Result([], [], "FB:one")) : Begin());
        await using var host = new TestHost(fake);

        await host.Client.RunAsync("CREATE ()", null, AccessMode.Write, None);
        await using var tx = await host.Client.BeginAsync(None);

        Assert.Equal(["FB:one"], fake.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        var fake = new FakeNeo4j((_, i) => i == 0 ? Begin() : FakeNeo4j.Json("{}", HttpStatusCode.OK));
        await using var host = new TestHost(fake);

        await using (await host.Client.BeginAsync(None))
        {
        }

        var rollback = fake.Requests[^1];
        Assert.Equal((HttpMethod.Delete, $"{Tx}/tx-42"), (rollback.Method, rollback.Uri.ToString()));
        Assert.Equal("member-2", rollback.Header("neo4j-cluster-affinity"));
        Assert.Null(rollback.Body);
    }

    [Fact]
    public async Task A_failed_statement_rolls_the_transaction_back_and_reports_Neo4j_s_error()
    {
        var fake = new FakeNeo4j((_, i) => i switch
        {
            0 => Begin(),
            1 => FakeNeo4j.Json(Typed.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists"), HttpStatusCode.BadRequest),
            _ => FakeNeo4j.Json("{}", HttpStatusCode.OK),
        });
        await using var host = new TestHost(fake);

        await using var tx = await host.Client.BeginAsync(None);
        var e = await Assert.ThrowsAsync<Neo4jException>(() => tx.RunAsync("CREATE (:Node {id: 'x'})", null, None));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.Equal([HttpMethod.Post, HttpMethod.Post, HttpMethod.Delete], fake.Requests.Select(r => r.Method));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => tx.CommitAsync(None));
    }
}
