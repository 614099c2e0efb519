using System.Text.Json;
using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>Maps one item of a dataset collection (or one stored node) from its JSON form to the domain.</summary>
public static class NodeReader
{
    /// <summary>Collection name in a dataset file → node kind; the order is the order of an export.</summary>
    public static IReadOnlyList<(string Collection, NodeKind Kind)> Collections { get; } =
    [
        ("sources", NodeKind.Source), ("ministries", NodeKind.Ministry), ("agencies", NodeKind.Agency),
        ("programs", NodeKind.Program), ("regions", NodeKind.Region), ("organizations", NodeKind.Organization),
        ("projects", NodeKind.Project), ("clusterProjects", NodeKind.ClusterProject), ("cohorts", NodeKind.Cohort),
        ("transfers", NodeKind.Transfer), ("outcomes", NodeKind.Outcome), ("links", NodeKind.Link),
    ];

    public static string CollectionOf(NodeKind kind) => Collections.First(c => c.Kind == kind).Collection;

    private static readonly Dictionary<string, NodeKind> KindsByCollection = Collections.ToDictionary(c => c.Collection, c => c.Kind, StringComparer.Ordinal);

    /// <summary>The kind of node a collection of a dataset file holds; false for a name that is no collection.</summary>
    public static bool TryKindOf(string collection, out NodeKind kind) => KindsByCollection.TryGetValue(collection, out kind);

    /// <summary>Reads a stored node (its canonical JSON); stored JSON was validated on the way in, so a problem here is a bug.</summary>
    public static INode ReadStored(NodeKind kind, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var problems = new List<DatasetProblem>();
        var node = Read(kind, new ItemReader(doc.RootElement, "(store)", "$", problems));
        if (node is null || problems.Count > 0)
            throw new InvalidOperationException($"Stored {kind} is unreadable: {string.Join("; ", problems)}");
        return node;
    }

    internal static INode? Read(NodeKind kind, ItemReader r)
    {
        if (!r.IsObject) return null;
        INode node = kind switch
        {
            NodeKind.Source => new Source(r.Str("id"), r.Str("file"), Name(r, "title"), r.OptStr("publisher"), r.OptStr("date"), Evidence(r)),
            NodeKind.Ministry => new Ministry(r.Str("id"), r.Enum<MinistryCode>("code", "ministry code"), Name(r, "name"), Evidence(r)),
            NodeKind.Agency => new Agency(r.Str("id"), r.Str("code"), Name(r, "name"), r.Str("ministry"), Evidence(r)),
            // runBy may be absent: some programs are named without their ministry (先端医療開発特区, 委託開発).
            NodeKind.Program => new Program(r.Str("id"), Name(r, "name"), r.OptStr("runBy"), r.StrList("alsoRunBy"), r.OptStr("parent"), r.OptStr("phase"),
                r.OptInt("startFiscalYear"), r.OptInt("endFiscalYear"), r.OptStr("aim"), r.StrList("regions"),
                r.List("budgets", (p, el, path) => ReadBudget(p.Child(el, path))), Evidence(r))
            {
                BudgetTotals = r.List("budgetTotals", (p, el, path) => ReadBudgetTotal(p.Child(el, path))),
                Note = r.OptStr("note"),
            },
            NodeKind.Region => new Region(r.Str("id"), Name(r, "name"), r.Enum<RegionKind>("kind", "region kind"), r.OptStr("within"), Evidence(r)),
            NodeKind.Organization => new Organization(r.Str("id"), Name(r, "name"), r.Enum<OrganizationKind>("kind", "organization kind"), r.OptStr("locatedIn"), Evidence(r))
            {
                Dates = r.List("dates", (p, el, path) => ReadOrganizationDate(p.Child(el, path))),
            },
            NodeKind.Project => new Project(r.Str("id"), Name(r, "name"), r.StrList("regions"),
                r.List("participants", (p, el, path) => ReadParticipant(p.Child(el, path))), Evidence(r))
            {
                Note = r.OptStr("note"),
            },
            NodeKind.ClusterProject => new ClusterProject(r.Str("id"), Name(r, "name"), r.Str("program"), r.OptStr("field"), r.StrList("regions"),
                r.OptStr("office"), r.OptStr("partOf"), r.List("participation", (p, el, path) => ReadParticipation(p.Child(el, path))), Evidence(r)),
            NodeKind.Cohort => new Cohort(r.Str("id"), r.Int("total"), r.OptStr("fromProgram"), r.OptStr("note"), Evidence(r)),
            NodeKind.Transfer => new Transfer(r.Str("id"), r.Str("from"), r.Str("to"), r.OptStr("project"), r.OptInt("fromFiscalYear"),
                r.OptInt("toFiscalYear"), r.Enum<Stage>("stage", "stage"), r.OptInt("count"), r.OptStr("cohort"), r.OptStr("note"), Evidence(r))
            {
                // Absent means STATED, so datasets written before basis existed read as they always did.
                Basis = r.OptEnum<Basis>("basis", "basis") ?? Basis.Stated,
                Inference = r.OptStr("inference"),
            },
            NodeKind.Outcome => new Outcome(r.Str("id"), r.Enum<OutcomeKind>("kind", "outcome kind"), Name(r, "description"), r.OptStr("project"),
                r.OptStr("program"), r.OptStr("clusterProject"), r.OptStr("cohort"), r.OptStr("asOf"),
                r.List("figures", (p, el, path) => ReadFigure(p.Child(el, path))), Evidence(r)),
            NodeKind.Link => new Link(r.Str("id"), r.Str("from"), r.Str("to"), r.Enum<LinkKind>("kind", "link kind"), r.OptStr("note"), Evidence(r)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        r.RejectUnknown();
        return node;
    }

    private static LocalizedName Name(ItemReader r, string property)
    {
        if (r.ChildOf(property) is not { } n) return new LocalizedName("");
        var name = new LocalizedName(n.Str("ja"), n.OptStr("en"), n.OptBool("enOfficial"));
        n.RejectUnknown();
        return name;
    }

    private static IReadOnlyList<Evidence> Evidence(ItemReader r) =>
        r.List("evidence", (p, el, path) =>
        {
            var e = p.Child(el, path);
            if (!e.IsObject) return null;
            var ev = new Evidence(e.Str("source"), e.Str("quote"));
            e.RejectUnknown();
            return ev;
        });

    private static Budget? ReadBudget(ItemReader b)
    {
        if (!b.IsObject) return null;
        var budget = new Budget(b.Int("fiscalYear"), b.OptEnum<BudgetKind>("kind", "budget kind") ?? BudgetKind.Budget, b.OptDecimal("millionYen"),
            b.Str("asWritten", allowEmpty: true), b.Str("unit"), b.OptStr("note"), Evidence(b))
        {
            Derivation = b.OptStr("derivation"),
        };
        EmptyCell(b, budget.AsWritten, budget.MillionYen, budget.Derivation);
        b.RejectUnknown();
        return budget;
    }

    private static BudgetTotal? ReadBudgetTotal(ItemReader b)
    {
        if (!b.IsObject) return null;
        var total = new BudgetTotal(b.Int("fromFiscalYear"), b.Int("toFiscalYear"), b.OptEnum<BudgetKind>("kind", "budget kind") ?? BudgetKind.Budget,
            b.OptDecimal("millionYen"), b.Str("asWritten", allowEmpty: true), b.Str("unit"), b.OptStr("note"), b.OptStr("derivation"), Evidence(b));
        EmptyCell(b, total.AsWritten, total.MillionYen, total.Derivation);
        b.RejectUnknown();
        return total;
    }

    /// <summary>An empty cell in a source table is written as "" and means unknown — never zero — unless the figure is derived.</summary>
    private static void EmptyCell(ItemReader b, string asWritten, decimal? millionYen, string? derivation)
    {
        if (asWritten.Trim().Length == 0 && millionYen is not null && derivation is null)
            b.Problem($"{b.Path}.asWritten", "is empty but millionYen has a value; an empty cell is unknown (millionYen null) unless the value is derived (say how in derivation)");
    }

    private static OrganizationDate? ReadOrganizationDate(ItemReader d)
    {
        if (!d.IsObject) return null;
        var date = new OrganizationDate(d.Enum<OrganizationDateKind>("kind", "date kind"), d.Str("date"), d.Str("asWritten"),
            d.OptEnum<Basis>("basis", "basis") ?? Basis.Stated, d.OptStr("inference"), d.OptStr("note"), Evidence(d));
        d.RejectUnknown();
        return date;
    }

    private static Participant? ReadParticipant(ItemReader p)
    {
        if (!p.IsObject) return null;
        var participant = new Participant(p.Str("organization"), p.OptStr("role"), Evidence(p));
        p.RejectUnknown();
        return participant;
    }

    private static Participation? ReadParticipation(ItemReader p)
    {
        if (!p.IsObject) return null;
        var participation = new Participation(p.Str("asOf"), p.OptInt("companies"), p.OptInt("universities"), p.OptBool("approximate") ?? false, Evidence(p));
        p.RejectUnknown();
        return participation;
    }

    private static Figure? ReadFigure(ItemReader f)
    {
        if (!f.IsObject) return null;
        var figure = new Figure(f.OptStr("label"), f.OptDecimal("value", required: true) ?? 0, f.Str("unit"), f.Str("asWritten"));
        f.RejectUnknown();
        return figure;
    }
}
