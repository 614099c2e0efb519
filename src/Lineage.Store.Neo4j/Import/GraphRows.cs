using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.Store.Neo4j.Cypher;

namespace Lineage.Store.Neo4j.Import;

/// <summary>
/// A node as the rows the import statements UNWIND: its properties (the canonical JSON plus the key properties of
/// DESIGN.md §2 that Cypher filters on), and its outgoing links. Property names here are the ones in
/// tools/cypher-lint/graph-schema.json.
/// </summary>
internal static class GraphRows
{
    public static Dictionary<string, object?> Node(INode node, string json) => new()
    {
        ["id"] = node.Id,
        ["kind"] = node.Kind.ToString(),
        ["organizationLabel"] = node is Organization o ? OrganizationLabel(o.OrganizationKind) : null,
        ["props"] = Props(node, json),
    };

    public static Dictionary<string, object?> Transfer(Transfer t, string json) => Relationship(t.Id, t.From, t.To, t.Evidence, json, new()
        {
            ["id"] = t.Id,
            ["projectId"] = t.Project,
            ["fromFiscalYear"] = t.FromFiscalYear,
            ["toFiscalYear"] = t.ToFiscalYear,
            ["stage"] = EnumText.ToText(t.Stage),
            // The stage scale is ordered; Cypher compares the rank, as SQLite's stage_rank.
            ["stageRank"] = (int)t.Stage,
            ["count"] = t.Count,
            ["cohort"] = t.Cohort,
            ["note"] = t.Note,
            // STATED or INFERRED, and for INFERRED how: a Cypher user can keep to what the sources state.
            ["basis"] = EnumText.ToText(t.Basis),
            ["inference"] = t.Inference,
            // The fiscal years the transfer covers (Relations.FiscalYears), for the entity filter.
            ["fyFrom"] = Relations.FiscalYears(t)?.From,
            ["fyTo"] = Relations.FiscalYears(t)?.To,
        });

    /// <summary>A link as a LINKED_TO relationship from a program to a program or coordination body (not a hand-off).</summary>
    public static Dictionary<string, object?> Link(Link l, string json) => Relationship(l.Id, l.From, l.To, l.Evidence, json, new()
        {
            ["id"] = l.Id,
            ["kind"] = EnumText.ToText(l.LinkKind),
            ["note"] = l.Note,
        });

    /// <summary>A relationship row: its ends, and its properties with the evidence and the canonical JSON added.</summary>
    private static Dictionary<string, object?> Relationship(string id, string from, string to, IReadOnlyList<Evidence> evidence, string json, Dictionary<string, object?> props)
    {
        // Relationship properties cannot hold maps: evidence as two parallel lists, the full form in json.
        props["evidenceSources"] = evidence.Select(e => e.Source).ToList();
        props["evidenceQuotes"] = evidence.Select(e => e.Quote).ToList();
        props["json"] = json;
        return new() { ["id"] = id, ["from"] = from, ["to"] = to, ["props"] = WithoutNulls(props) };
    }

    /// <summary>The link statement that owns this node's relationships, and its row; null for kinds without links.</summary>
    public static (CypherStatement Statement, Dictionary<string, object?> Row)? Links(INode node) => node switch
    {
        Agency a => (LinkStatements.Agencies, new() { ["id"] = a.Id, ["ministry"] = a.Ministry }),
        Program p => (LinkStatements.Programs, new() { ["id"] = p.Id, ["runBy"] = p.RunBy, ["alsoRunBy"] = p.AlsoRunBy.Distinct().ToList(), ["parent"] = p.Parent, ["regions"] = p.Regions.Distinct().ToList() }),
        Region r => (LinkStatements.Regions, new() { ["id"] = r.Id, ["within"] = r.Within }),
        Organization o => (LinkStatements.Organizations, new() { ["id"] = o.Id, ["locatedIn"] = o.LocatedIn }),
        Project pr => (LinkStatements.Projects, new()
        {
            ["id"] = pr.Id,
            ["regions"] = pr.Regions.Distinct().ToList(),
            ["participants"] = pr.Participants
                .Select(x => new Dictionary<string, object?> { ["organization"] = x.Organization, ["role"] = x.Role })
                .ToList(),
        }),
        ClusterProject c => (LinkStatements.ClusterProjects, new() { ["id"] = c.Id, ["program"] = c.Program, ["partOf"] = c.PartOf, ["regions"] = c.Regions.Distinct().ToList() }),
        Outcome oc => (LinkStatements.Outcomes, new()
        {
            ["id"] = oc.Id,
            ["from"] = new[] { oc.Project, oc.Program, oc.ClusterProject, oc.Cohort }.OfType<string>().ToList(),
        }),
        _ => null,
    };

    /// <summary>The extra label of an organization (DESIGN.md §2: :University, :Company, …).</summary>
    public static string OrganizationLabel(OrganizationKind kind) => kind switch
    {
        // "Other" alone would read as a kind of anything; the label says what it is other than.
        OrganizationKind.Other => "OtherOrganization",
        _ => kind.ToString(),
    };

    private static Dictionary<string, object?> Props(INode node, string json)
    {
        var p = new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["nameJa"] = node.Name.Ja,
            ["nameEn"] = node.Name.En,
            ["json"] = json,
        };
        Exploration(node, p);
        switch (node)
        {
            case Source s:
                p["publisher"] = s.Publisher;
                p["date"] = s.Date;
                break;
            case Ministry m:
                p["code"] = EnumText.ToText(m.Code);
                break;
            case Agency a:
                p["code"] = a.Code;
                break;
            case Program pr:
                p["phase"] = pr.Phase;
                p["startFiscalYear"] = pr.StartFiscalYear;
                p["endFiscalYear"] = pr.EndFiscalYear;
                break;
            case Region r:
                p["kind"] = EnumText.ToText(r.RegionKind);
                break;
            case Organization o:
                p["kind"] = EnumText.ToText(o.OrganizationKind);
                break;
            case ClusterProject c:
                p["field"] = c.Field;
                break;
            case Cohort co:
                p["total"] = co.Total;
                break;
            case Outcome oc:
                p["kind"] = EnumText.ToText(oc.OutcomeKind);
                p["asOf"] = oc.AsOf;
                break;
        }
        return WithoutNulls(p);
    }

    /// <summary>Relation property names: one list property per <see cref="Relation"/> (refParent, refRunBy, …).</summary>
    public static string RefProperty(Relation relation) => "ref" + relation;

    /// <summary>
    /// What the exploration ports read, computed by Core so every store links the same things: the references of
    /// <see cref="Relations.Of"/> (one list per relation), the fiscal years of <see cref="Relations.FiscalYears"/>,
    /// and the normalized names of <see cref="SearchText.NamesOf"/> for the kinds that can be searched.
    /// </summary>
    private static void Exploration(INode node, Dictionary<string, object?> p)
    {
        foreach (var group in Relations.Of(node).Distinct().GroupBy(r => r.Relation))
            p[RefProperty(group.Key)] = group.Select(r => r.Target).ToList();
        if (Relations.FiscalYears(node) is { } years)
        {
            p["fyFrom"] = years.From;
            p["fyTo"] = years.To;
        }
        if (SearchQuery.Searchable.Contains(node.Kind) && SearchText.NamesOf(node).ToList() is { Count: > 0 } names)
            p["searchNames"] = names;
    }

    // A null in `SET n = $map` would only mean "no property"; leaving it out keeps the rows small.
    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> map) =>
        map.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
}

internal static class LinkStatements
{
    public static readonly CypherStatement Agencies = CypherFiles.Get("link-agencies.cypher");
    public static readonly CypherStatement Programs = CypherFiles.Get("link-programs.cypher");
    public static readonly CypherStatement Regions = CypherFiles.Get("link-regions.cypher");
    public static readonly CypherStatement Organizations = CypherFiles.Get("link-organizations.cypher");
    public static readonly CypherStatement Projects = CypherFiles.Get("link-projects.cypher");
    public static readonly CypherStatement ClusterProjects = CypherFiles.Get("link-cluster-projects.cypher");
    public static readonly CypherStatement Outcomes = CypherFiles.Get("link-outcomes.cypher");
}
