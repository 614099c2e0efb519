using System.Text.Json;
using Lineage.Store.Neo4j.Tests.Fakes;

namespace Lineage.Store.Neo4j.Tests.Store;

/// <summary>
/// A fake Neo4j that answers each cypher/ statement with a plausible answer of the right shape: empty, but for the
/// engine's reads, which see the tiny fixture graph (so that a lineage question names ministries that exist).
/// </summary>
internal static class StoreFakes
{
    private static readonly GraphAnswers Tiny = new(Lineage.Core.Datasets.DatasetLoader.LoadDirectory(Path.Combine(Lineage.Tests.RepoPaths.Fixtures, "tiny")));

    public static HttpResponseMessage Plausible(RecordedRequest r, Func<RecordedRequest, string?>? overrideAnswer = null)
    {
        if (overrideAnswer?.Invoke(r) is { } answer) return FakeNeo4j.Json(answer);
        if (r.File is { } file && file.StartsWith("graph-", StringComparison.Ordinal) && Tiny.Answer(r) is { } graph) return FakeNeo4j.Json(graph);
        if (r.Method == HttpMethod.Delete) return FakeNeo4j.Json("{}", System.Net.HttpStatusCode.OK);
        if (r.Path.EndsWith("/tx", StringComparison.Ordinal)) return FakeNeo4j.Json(Typed.BeginTransaction("tx-1"));
        if (r.Path.EndsWith("/commit", StringComparison.Ordinal)) return FakeNeo4j.Json(Typed.Result([], [], "FB:import"));
        return FakeNeo4j.Json(r.File switch
        {
            "is-empty.cypher" => Typed.Result(["empty"], [[true]]),
            "get-nodes.cypher" or "export.cypher" => Typed.Result(["id", "json"], []),
            "transfers-in.cypher" or "transfers-out.cypher" => Typed.Result(["json"], []),
            "list-nodes.cypher" or "list-transfers.cypher" or "list-links.cypher" or "list-entities.cypher" or "list-entity-transfers.cypher"
                => Typed.Result(["total", "page"], [[0L, Array.Empty<object>()]]),
            "referencing.cypher" or "referencing-transfers.cypher" or "referencing-links.cypher" => Typed.Result(["target", "id", "json"], []),
            "search.cypher" => Typed.Result(["id", "json", "rank", "name"], []),
            "lineage-handoffs.cypher" or "flow-handoffs.cypher" => Typed.Result(["id", "from", "to", "projectId", "fromFiscalYear", "toFiscalYear", "stageRank", "count", "cohort", "basis"], []),
            "bump-data-version.cypher" => Typed.Result(["version"], [["v2"]]),
            "import-transfers.cypher" or "import-links.cypher" => Typed.Result(["written"], [[(long)Rows(r)]]),
            "import-nodes.cypher" => Typed.Result(["written"], [[(long)Rows(r)]]),
            { } f when f.StartsWith("link-", StringComparison.Ordinal) => Typed.Result(["linked"], [[(long)Rows(r)]]),
            _ => Typed.Result([], []),
        });
    }

    public static int Rows(RecordedRequest r) =>
        r.Parameters.ValueKind == JsonValueKind.Object && r.Parameters.TryGetProperty("rows", out var rows) ? rows.GetArrayLength() : 0;
}
