using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>
/// What the rules across nodes (cycles, seed cycles, cohort totals, runners of hand-off ends, link ends) need of each
/// node, kept instead of the node: ids, references, a count or a total, and the node's place for a problem. A million
/// hand-offs are then a few tens of megabytes, not the nodes with their names, quotes and notes.
/// </summary>
internal sealed class CrossFacts
{
    /// <summary>Programs, regions and cluster projects inside another (parent, within, partOf), in node order.</summary>
    public List<Contained> Contained { get; } = [];

    public List<HandOff> HandOffs { get; } = [];

    public List<(NodePlace Place, string To)> Links { get; } = [];

    public List<(string Id, NodePlace Place, int Total)> Cohorts { get; } = [];

    public List<string> ProgramsWithoutRunner { get; } = [];

    /// <summary>Organizations that are not coordination bodies (a link may not point at one).</summary>
    public List<(string Id, OrganizationKind Kind)> NotBodies { get; } = [];

    public void Add(INode node, NodePlace place)
    {
        switch (node)
        {
            case Program p:
                if (p.Parent is { } parent) Contained.Add(new(place, NodeKind.Program, p.Id, parent));
                if (p.RunBy is null) ProgramsWithoutRunner.Add(p.Id);
                break;
            case Region { Within: { } within } r:
                Contained.Add(new(place, NodeKind.Region, r.Id, within));
                break;
            case ClusterProject { PartOf: { } partOf } c:
                Contained.Add(new(place, NodeKind.ClusterProject, c.Id, partOf));
                break;
            case Organization { OrganizationKind: not OrganizationKind.CoordinationBody } o:
                NotBodies.Add((o.Id, o.OrganizationKind));
                break;
            case Cohort co:
                Cohorts.Add((co.Id, place, co.Total));
                break;
            case Transfer t:
                HandOffs.Add(new(place, t.Id, t.From, t.To, t.Project, t.Cohort, t.Count));
                break;
            case Link l:
                Links.Add((place, l.To));
                break;
        }
    }

}

/// <summary>The facts of every part, in part order, read where they are (a million hand-offs are not copied into one list).</summary>
internal sealed class AllFacts(IReadOnlyList<CrossFacts> parts)
{
    public IEnumerable<Contained> Contained => parts.SelectMany(p => p.Contained);
    public IEnumerable<HandOff> HandOffs => parts.SelectMany(p => p.HandOffs);
    public IEnumerable<(NodePlace Place, string To)> Links => parts.SelectMany(p => p.Links);
    public IEnumerable<(string Id, NodePlace Place, int Total)> Cohorts => parts.SelectMany(p => p.Cohorts);
    public IEnumerable<string> ProgramsWithoutRunner => parts.SelectMany(p => p.ProgramsWithoutRunner);
    public IEnumerable<(string Id, OrganizationKind Kind)> NotBodies => parts.SelectMany(p => p.NotBodies);
}

/// <summary>A node inside another of its kind: <c>Up</c> is its parent, within or partOf.</summary>
internal readonly record struct Contained(NodePlace Place, NodeKind Kind, string Id, string Up);

/// <summary>A transfer's part in the rules across nodes.</summary>
internal readonly record struct HandOff(NodePlace Place, string Id, string From, string To, string? Project, string? Cohort, int? Count);
