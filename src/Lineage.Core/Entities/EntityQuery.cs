using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.Core.Entities;

/// <summary>
/// A filtered page of one kind of node for exploration. Every given filter must match (AND); within one list any
/// value matches (OR). A filter that does not apply to the kind is refused (see <see cref="Validated"/>), never ignored.
/// </summary>
/// <param name="Ministries">Tied to a program run by these ministries or their agencies (sub-programs included): a program itself;
/// a transfer's either end; a project's or organization's hand-offs; a cluster project's or outcome's program. An agency: under these ministries.</param>
/// <param name="Agencies">As <paramref name="Ministries"/>, for agencies by id (agency:jst).</param>
/// <param name="Kinds">The kind within the kind: RegionKind, OrganizationKind or OutcomeKind values as the dataset writes them (CITY, UNIVERSITY, VENTURE).</param>
/// <param name="Regions">Located in or confined to these regions, sub-regions included. A region: these regions and everything within them.</param>
/// <param name="Programs">Tied to these programs (phases and parts included), as for <paramref name="Ministries"/>.</param>
/// <param name="Projects">Transfers and outcomes of these projects; organizations taking part in them.</param>
/// <param name="Organizations">Projects these organizations take part in; cluster projects they are the office of.</param>
/// <param name="Parent">Programs that are direct phases or parts of this program.</param>
/// <param name="FiscalYearFrom">Covers a fiscal year at or after this one (see <see cref="Relations.FiscalYears"/>); unknown years never match.</param>
/// <param name="FiscalYearTo">Covers a fiscal year at or before this one.</param>
/// <param name="MinStage">Transfers that reached at least this stage.</param>
/// <param name="NameContains">Part of the Japanese or English name, case- and width-insensitive.</param>
public sealed record EntityQuery(
    NodeKind Kind,
    IReadOnlyList<MinistryCode>? Ministries = null,
    IReadOnlyList<string>? Agencies = null,
    IReadOnlyList<string>? Kinds = null,
    IReadOnlyList<string>? Regions = null,
    IReadOnlyList<string>? Programs = null,
    IReadOnlyList<string>? Projects = null,
    IReadOnlyList<string>? Organizations = null,
    string? Parent = null,
    int? FiscalYearFrom = null,
    int? FiscalYearTo = null,
    Stage? MinStage = null,
    string? NameContains = null,
    int First = LineageQuery.DefaultPageSize,
    string? After = null)
{
    private static readonly NodeKind[] Tied = [NodeKind.Program, NodeKind.Transfer, NodeKind.Project, NodeKind.Organization, NodeKind.ClusterProject, NodeKind.Outcome];

    /// <summary>Which kinds each filter applies to; the GraphQL layer offers only these, a direct caller is told.</summary>
    public static IReadOnlyDictionary<string, NodeKind[]> Applies { get; } = new Dictionary<string, NodeKind[]>(StringComparer.Ordinal)
    {
        ["ministries"] = [.. Tied, NodeKind.Agency],
        ["agencies"] = Tied,
        ["kinds"] = [NodeKind.Region, NodeKind.Organization, NodeKind.Outcome],
        ["regions"] = [NodeKind.Program, NodeKind.Region, NodeKind.Organization, NodeKind.Project, NodeKind.ClusterProject, NodeKind.Outcome, NodeKind.Transfer],
        ["programs"] = Tied,
        ["projects"] = [NodeKind.Transfer, NodeKind.Outcome, NodeKind.Organization],
        ["organizations"] = [NodeKind.Project, NodeKind.ClusterProject],
        ["parent"] = [NodeKind.Program],
        ["fiscalYears"] = [NodeKind.Program, NodeKind.Transfer, NodeKind.Outcome, NodeKind.Source, NodeKind.ClusterProject, NodeKind.Project],
        ["minStage"] = [NodeKind.Transfer],
        ["nameContains"] = [NodeKind.Source, NodeKind.Ministry, NodeKind.Agency, NodeKind.Program, NodeKind.Region, NodeKind.Organization, NodeKind.Project, NodeKind.ClusterProject, NodeKind.Outcome],
    };

    public EntityQuery Validated()
    {
        if (First < 0 || First > LineageQuery.MaxPageSize)
            throw new InvalidQueryException("first", $"first must be between 0 and {LineageQuery.MaxPageSize} (got {First}).");
        Check("ministries", Ministries is { Count: > 0 });
        Check("agencies", Agencies is { Count: > 0 });
        Check("kinds", Kinds is { Count: > 0 });
        Check("regions", Regions is { Count: > 0 });
        Check("programs", Programs is { Count: > 0 });
        Check("projects", Projects is { Count: > 0 });
        Check("organizations", Organizations is { Count: > 0 });
        Check("parent", Parent is not null);
        Check("fiscalYears", FiscalYearFrom is not null || FiscalYearTo is not null);
        Check("minStage", MinStage is not null);
        Check("nameContains", !string.IsNullOrEmpty(NameContains));
        if (FiscalYearFrom > FiscalYearTo)
            throw new InvalidQueryException("where.fiscalYearFrom", $"fiscalYearFrom ({FiscalYearFrom}) is after fiscalYearTo ({FiscalYearTo}).");
        if (Kinds is { Count: > 0 })
        {
            var known = KindValues(Kind);
            var unknown = Kinds.Where(k => !known.Contains(k, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
                throw new InvalidQueryException("where.kinds", $"{string.Join(", ", unknown)} is not a kind of {Kind}; use one of {string.Join(", ", known)}.");
        }
        if (After is not null) _ = Cursor.Decode(After);
        return this;
    }

    /// <summary>The kinds within a kind, as the dataset and the stores write them.</summary>
    public static IReadOnlyList<string> KindValues(NodeKind kind) => kind switch
    {
        NodeKind.Region => Enum.GetValues<RegionKind>().Select(EnumText.ToText).ToList(),
        NodeKind.Organization => Enum.GetValues<OrganizationKind>().Select(EnumText.ToText).ToList(),
        NodeKind.Outcome => Enum.GetValues<OutcomeKind>().Select(EnumText.ToText).ToList(),
        _ => [],
    };

    private void Check(string filter, bool given)
    {
        if (given && !Applies[filter].Contains(Kind))
            throw new InvalidQueryException("where." + filter, $"the {filter} filter does not apply to {Kind}; it applies to {string.Join(", ", Applies[filter])}.");
    }
}
