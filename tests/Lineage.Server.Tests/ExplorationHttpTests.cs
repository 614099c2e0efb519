using System.Net;

namespace Lineage.Server.Tests;

/// <summary>The exploration fields answer over HTTP from the configured store (its capability ports are registered).</summary>
public sealed class ExplorationHttpTests(LineageAppFixture app) : IClassFixture<LineageAppFixture>
{
    [Fact]
    public async Task Search_flows_a_connection_and_downstream_answer_in_one_request()
    {
        const string query = """
            {
              search(text: "浜松", first: 5) { node { id } }
              flows(groupBy: MINISTRY, from: { ministries: [MEXT] }, to: { ministries: [METI] }) { transferCount seedCount }
              organizations(where: { kinds: [UNIVERSITY] }, first: 3) { totalCount nodes { id } }
              program(id: "program:mext-knowledge-cluster-1") { downstream { totalCount } }
            }
            """;
        var (response, body) = await app.App.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body!["errors"] is null, body.ToJsonString());
        Assert.Contains(body["data"]!["search"]!.AsArray(), h => (string?)h!["node"]!["id"] == "org:hamamatsu-univ-med");
        Assert.Single(body["data"]!["flows"]!.AsArray());
        Assert.Equal(3, body["data"]!["organizations"]!["nodes"]!.AsArray().Count);
        Assert.True((int)body["data"]!["program"]!["downstream"]!["totalCount"]! > 0);
    }
}
