using Lineage.Core.Datasets;
using Lineage.Core.Model;

namespace Lineage.Core.Graph;

/// <summary>A relationship of the property graph of DESIGN.md §2, with its properties as plain values.</summary>
public sealed record Relationship(string Type, string From, string To, string? Id, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// The relationships a dataset implies (RUN_BY, ALSO_RUN_BY, UNDER, PART_OF, WITHIN, LOCATED_IN, PARTICIPATED_IN,
/// IN_REGION, TRANSFERRED_TO, LINKED_TO, RESULTED_IN, …): one definition for every export format.
/// </summary>
public static class Relationships
{
    public static IEnumerable<Relationship> Of(Dataset dataset)
    {
        static Relationship R(string type, string from, string to) => new(type, from, to, null, new Dictionary<string, object?>());
        foreach (var a in dataset.Agencies) yield return R("UNDER", a.Id, a.Ministry);
        foreach (var p in dataset.Programs)
        {
            if (p.RunBy is not null) yield return R("RUN_BY", p.Id, p.RunBy);
            foreach (var joint in p.AlsoRunBy) yield return R("ALSO_RUN_BY", p.Id, joint);
            if (p.Parent is not null) yield return R("PART_OF", p.Id, p.Parent);
            foreach (var region in p.Regions) yield return R("IN_REGION", p.Id, region);
        }
        foreach (var r in dataset.Regions.Where(r => r.Within is not null)) yield return R("WITHIN", r.Id, r.Within!);
        foreach (var o in dataset.Organizations.Where(o => o.LocatedIn is not null)) yield return R("LOCATED_IN", o.Id, o.LocatedIn!);
        foreach (var p in dataset.Projects)
        {
            foreach (var region in p.Regions) yield return R("IN_REGION", p.Id, region);
            foreach (var participant in p.Participants)
                yield return new("PARTICIPATED_IN", participant.Organization, p.Id, null, new Dictionary<string, object?> { ["role"] = participant.Role });
        }
        foreach (var c in dataset.ClusterProjects)
        {
            yield return R("OF_PROGRAM", c.Id, c.Program);
            if (c.PartOf is not null) yield return R("PART_OF_CLUSTER", c.Id, c.PartOf);
            foreach (var region in c.Regions) yield return R("IN_REGION", c.Id, region);
        }
        foreach (var c in dataset.Cohorts.Where(c => c.FromProgram is not null)) yield return R("FROM_PROGRAM", c.Id, c.FromProgram!);
        foreach (var t in dataset.Transfers)
            yield return new("TRANSFERRED_TO", t.From, t.To, t.Id, new Dictionary<string, object?>
            {
                ["id"] = t.Id,
                ["projectId"] = t.Project,
                ["fromFiscalYear"] = t.FromFiscalYear,
                ["toFiscalYear"] = t.ToFiscalYear,
                ["stage"] = EnumText.ToText(t.Stage),
                ["count"] = t.Count,
                ["cohort"] = t.Cohort,
                ["note"] = t.Note,
                ["basis"] = EnumText.ToText(t.Basis),
                ["inference"] = t.Inference,
                ["evidence"] = Evidence(t.Evidence),
            });
        // Not a hand-off: lineage never follows LINKED_TO.
        foreach (var l in dataset.Links)
            yield return new("LINKED_TO", l.From, l.To, l.Id, new Dictionary<string, object?>
            {
                ["id"] = l.Id,
                ["kind"] = EnumText.ToText(l.LinkKind),
                ["note"] = l.Note,
                ["evidence"] = Evidence(l.Evidence),
            });
        foreach (var o in dataset.Outcomes)
        {
            if (o.Project is not null) yield return R("RESULTED_IN", o.Project, o.Id);
            if (o.Program is not null) yield return R("RESULTED_IN", o.Program, o.Id);
            if (o.ClusterProject is not null) yield return R("RESULTED_IN", o.ClusterProject, o.Id);
            if (o.Cohort is not null) yield return R("RESULTED_IN", o.Cohort, o.Id);
        }
    }

    /// <summary>Graph nodes: every node but transfers and links, which are relationships.</summary>
    public static IEnumerable<INode> Nodes(Dataset dataset) => dataset.Nodes().Where(n => n.Kind is not (NodeKind.Transfer or NodeKind.Link));

    private static string Evidence(IReadOnlyList<Evidence> evidence) => string.Join(" | ", evidence.Select(e => $"{e.Source}: {e.Quote}"));

    /// <summary>The node label of DESIGN.md §2 (Program, ClusterProject, …).</summary>
    public static string Label(INode node) => node.Kind.ToString();
}
