using System.Net;
using System.Text;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Tests.Fakes;

namespace Lineage.Store.Neo4j.Tests.Client;

/// <summary>What goes over the wire for an auto-commit statement, and how answers and errors come back.</summary>
public sealed class QueryApiWireTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_statement_is_posted_to_the_query_endpoint_with_typed_json_headers_auth_and_parameters()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Json(Typed.Result(["ok"], [[1L]])));
        await using var host = new TestHost(fake);

        await host.Client.RunAsync("RETURN $n AS ok", new Dictionary<string, object?> { ["n"] = 42, ["ids"] = (string[])["a", "b"], ["none"] = null },
            AccessMode.Read, None);

        var r = Assert.Single(fake.Requests);
        Assert.Equal(HttpMethod.Post, r.Method);
        Assert.Equal($"{TestHost.Uri}/db/neo4j/query/v2", r.Uri.ToString());
        Assert.Equal("application/vnd.neo4j.query", r.Header("Accept"));
        Assert.Equal("application/json", r.Header("Content-Type"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), r.Header("Authorization"));
        Assert.Equal("RETURN $n AS ok", r.Statement);
        Assert.Equal(42, r.Parameters.GetProperty("n").GetInt32());
        Assert.Equal(["a", "b"], r.Parameters.GetProperty("ids").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, r.Parameters.GetProperty("none").ValueKind);
        Assert.Equal("Read", r.Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task A_write_leaves_the_access_mode_to_the_server_default()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Json(Typed.Result([], [])));
        await using var host = new TestHost(fake);

        await host.Client.RunAsync("CREATE ()", null, AccessMode.Write, None);

        Assert.False(Assert.Single(fake.Requests).Json.TryGetProperty("accessMode", out _));
    }

    [Fact]
    public async Task A_bearer_token_and_another_database_go_into_the_header_and_the_path()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Json(Typed.Result([], [])));
        await using var host = new TestHost(fake, new Dictionary<string, string?>
        {
            ["User"] = null, ["Password"] = null, ["BearerToken"] = "sso-token", ["Database"] = "lineage", ["Uri"] = "https://abc.databases.neo4j.io/",
        });

        await host.Client.RunAsync("RETURN 1", null, AccessMode.Read, None);

        var r = Assert.Single(fake.Requests);
        Assert.Equal("https://abc.databases.neo4j.io/db/lineage/query/v2", r.Uri.ToString());
        Assert.Equal("Bearer sso-token", r.Header("Authorization"));
    }

    [Fact]
    public async Task Typed_values_keep_their_types()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Json(ResponseFiles.Read("typed-values.json")));
        await using var host = new TestHost(fake);

        var record = (await host.Client.RunAsync("RETURN 1", null, AccessMode.Read, None)).OnlyRecord();

        Assert.Equal(9007199254740993L, record.GetInt64("big")); // beyond double precision: integers travel as strings
        Assert.Equal(0.25, record["ratio"]);
        Assert.Equal("浜松医科大学", record.GetString("name"));
        Assert.Null(record["nothing"]);
        Assert.True(record.GetBoolean("yes"));
        Assert.Equal([2002L, 2007L], record.GetList("years"));
        var names = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(record["names"]);
        Assert.Equal("知的クラスター創成事業", names["ja"]);
        Assert.Null(names["en"]);
        Assert.Equal(new DateOnly(2008, 4, 1), record["born"]);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), record["seen"]);
        Assert.Equal(new Neo4jTypedValue("ZonedDateTime", "2024-01-01T21:40:32+09:00[Asia/Tokyo]"), record["when"]);
        var node = Assert.IsType<Neo4jNode>(record["program"]);
        Assert.Equal(["Node", "Program"], node.Labels);
        Assert.Equal(2002L, node.Properties["startFiscalYear"]);
        var rel = Assert.IsType<Neo4jRelationship>(record["handoff"]);
        Assert.Equal("TRANSFERRED_TO", rel.Type);
        Assert.Equal(4L, rel.Properties["stageRank"]);
        Assert.Equal(new Neo4jTypedValue("Duration", "P1Y2M"), record["elapsed"]);
    }

    [Fact]
    public async Task A_Neo4j_client_error_becomes_a_Neo4jException_with_its_code_and_is_sent_once()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Json(ResponseFiles.Read("syntax-error.json"), HttpStatusCode.BadRequest));
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => host.Client.RunAsync("RETRUN 1", null, AccessMode.Read, None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains("Invalid input 'RETRUN'", e.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, e.Status);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Refused_credentials_make_the_store_unavailable_with_a_message_naming_the_settings()
    {
        var fake = new FakeNeo4j((_, _) => FakeNeo4j.Json(
            Typed.Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."), HttpStatusCode.Unauthorized));
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.Client.RunAsync("RETURN 1", null, AccessMode.Read, None));

        Assert.Contains(TestHost.Uri, e.Message, StringComparison.Ordinal);
        Assert.Contains("Lineage:Neo4j:User/Password", e.Message, StringComparison.Ordinal);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", Assert.IsType<Neo4jException>(e.InnerException).Code);
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task Bookmarks_of_a_write_travel_with_the_next_request_so_the_read_sees_it()
    {
        var fake = new FakeNeo4j((_, i) => FakeNeo4j.Json(Typed.Result([], [], i == 0 ? ["FB:after-write"] : [])));
        await using var host = new TestHost(fake);

        await host.Client.RunAsync("CREATE ()", null, AccessMode.Write, None);
        await host.Client.RunAsync("MATCH (n) RETURN n", null, AccessMode.Read, None);

        Assert.False(fake.Requests[0].Json.TryGetProperty("bookmarks", out _));
        Assert.Equal(["FB:after-write"], fake.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["FB:after-write"], host.Client.Bookmarks.Current);
    }
}
