namespace Lineage.Core.Model;

/// <summary>A whole, validated graph: what an import writes and an export reads.</summary>
public sealed record Dataset(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Ministry> Ministries,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Program> Programs,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Project> Projects,
    IReadOnlyList<ClusterProject> ClusterProjects,
    IReadOnlyList<Cohort> Cohorts,
    IReadOnlyList<Transfer> Transfers,
    IReadOnlyList<Outcome> Outcomes)
{
    public static Dataset Empty { get; } = new([], [], [], [], [], [], [], [], [], [], []);

    /// <summary>Relations between programs that are not hand-offs (LINKED_TO).</summary>
    public IReadOnlyList<Link> Links { get; init; } = [];

    /// <summary>
    /// The fingerprint of the files it was read from (Datasets.DatasetFingerprint), which an import records beside the
    /// data; null for a dataset made another way.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>Every node, in a fixed kind order (referenced kinds before referencing ones).</summary>
    public IEnumerable<INode> Nodes() =>
        Sources.Cast<INode>().Concat(Ministries).Concat(Agencies).Concat(Regions).Concat(Programs)
            .Concat(Organizations).Concat(Projects).Concat(ClusterProjects).Concat(Cohorts).Concat(Transfers).Concat(Outcomes).Concat(Links);

    public static Dataset FromNodes(IEnumerable<INode> nodes)
    {
        var list = nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new Dataset(
            list.OfType<Source>().ToList(), list.OfType<Ministry>().ToList(), list.OfType<Agency>().ToList(),
            list.OfType<Program>().ToList(), list.OfType<Region>().ToList(), list.OfType<Organization>().ToList(),
            list.OfType<Project>().ToList(), list.OfType<ClusterProject>().ToList(), list.OfType<Cohort>().ToList(),
            list.OfType<Transfer>().ToList(), list.OfType<Outcome>().ToList())
        {
            Links = list.OfType<Link>().ToList(),
        };
    }
}
