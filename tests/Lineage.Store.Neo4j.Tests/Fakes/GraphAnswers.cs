using Lineage.Core.Datasets;
using Lineage.Core.Model;

namespace Lineage.Store.Neo4j.Tests.Fakes;

/// <summary>
/// Answers the statements the lineage engine reads (graph-*.cypher, the hand-off reads, get-nodes) from a dataset, in
/// the shape the real statements return; the hand-off reads return every transfer (the engine decides — the tests
/// check what the store asked for by its parameters). Null for any other statement.
/// </summary>
public sealed class GraphAnswers(Dataset dataset)
{
    public string Version { get; set; } = "v1";

    public string? Answer(RecordedRequest r) => r.File switch
    {
        "graph-version.cypher" => Typed.Result(["version"], [[Version]]),
        "graph-ministries.cypher" => Typed.Result(["id", "code"], dataset.Ministries.Select(m => new object?[] { m.Id, EnumText.ToText(m.Code) })),
        "graph-agencies.cypher" => Typed.Result(["id", "ministry"], dataset.Agencies.Select(a => new object?[] { a.Id, a.Ministry })),
        "graph-programs.cypher" => Typed.Result(["id", "runBy", "runners", "parent", "regions"], dataset.Programs.Select(p =>
            new object?[] { p.Id, p.RunBy, p.AlsoRunBy.Prepend(p.RunBy).ToArray(), p.Parent, p.Regions.ToArray() })),
        "graph-regions.cypher" => Typed.Result(["id", "within"], dataset.Regions.Select(x => new object?[] { x.Id, x.Within })),
        "graph-projects.cypher" => Typed.Result(["id", "regions"], dataset.Projects.Select(p => new object?[] { p.Id, p.Regions.ToArray() })),
        "graph-cohorts.cypher" => Typed.Result(["id", "total"], dataset.Cohorts.Select(c => new object?[] { c.Id, (long)c.Total })),
        "lineage-handoffs.cypher" or "flow-handoffs.cypher" => Typed.Result(
            ["id", "from", "to", "projectId", "fromFiscalYear", "toFiscalYear", "stageRank", "count", "cohort", "basis"],
            dataset.Transfers.Select(t => new object?[] { t.Id, t.From, t.To, t.Project, (long?)t.FromFiscalYear, (long?)t.ToFiscalYear, (long)t.Stage, (long?)t.Count, t.Cohort, EnumText.ToText(t.Basis) })),
        "get-nodes.cypher" => Typed.Result(["id", "json"], dataset.Nodes()
            .Where(n => r.Parameters.GetProperty("ids").EnumerateArray().Any(id => id.GetString() == n.Id))
            .Select(n => new object?[] { n.Id, NodeWriter.ToJson(n) })),
        _ => null,
    };
}
