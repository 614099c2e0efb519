namespace Lineage.Core.Model;

public sealed record Source(string Id, string File, LocalizedName Title, string? Publisher, string? Date, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Source;
    public LocalizedName Name => Title;
}

public sealed record Ministry(string Id, MinistryCode Code, LocalizedName Name, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Ministry;
}

public sealed record Agency(string Id, string Code, LocalizedName Name, string Ministry, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Agency;
}

/// <summary>What a one-year budget and a multi-year total share: the amount as written, and how it was worked out if it was.</summary>
public interface IBudgetFigure
{
    BudgetKind Kind { get; }
    /// <summary>In million yen; null when the source leaves it unknown.</summary>
    decimal? MillionYen { get; }
    string AsWritten { get; }
    string Unit { get; }
    string? Note { get; }
    string? Derivation { get; }
    IReadOnlyList<Evidence> Evidence { get; }
}

/// <summary>A budget figure as the source writes it; <see cref="MillionYen"/> is null when the source leaves it unknown.</summary>
public sealed record Budget(int FiscalYear, BudgetKind Kind, decimal? MillionYen, string AsWritten, string Unit, string? Note, IReadOnlyList<Evidence> Evidence) : IBudgetFigure
{
    /// <summary>Set when the figure is not written as such but worked out from a table's arithmetic (an empty cell from
    /// its row's 計): how. <see cref="AsWritten"/> is then what the cell shows ("" for an empty one).</summary>
    public string? Derivation { get; init; }
}

/// <summary>A total over several fiscal years (the 計 of a budget table row), or one derived from a table's arithmetic.</summary>
public sealed record BudgetTotal(
    int FromFiscalYear,
    int ToFiscalYear,
    BudgetKind Kind,
    decimal? MillionYen,
    string AsWritten,
    string Unit,
    string? Note,
    string? Derivation,
    IReadOnlyList<Evidence> Evidence) : IBudgetFigure;

/// <param name="RunBy">The ministry or agency that runs it (of a joint program, the one named first); null when no source names one.</param>
public sealed record Program(
    string Id,
    LocalizedName Name,
    string? RunBy,
    IReadOnlyList<string> AlsoRunBy,
    string? Parent,
    string? Phase,
    int? StartFiscalYear,
    int? EndFiscalYear,
    string? Aim,
    IReadOnlyList<string> Regions,
    IReadOnlyList<Budget> Budgets,
    IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Program;

    /// <summary>Totals over several fiscal years (a 計 column), each with its years.</summary>
    public IReadOnlyList<BudgetTotal> BudgetTotals { get; init; } = [];

    /// <summary>What the curator decided where the sources are garbled or silent (an unnamed runner, a cut-off passage).</summary>
    public string? Note { get; init; }
}

public sealed record Region(string Id, LocalizedName Name, RegionKind RegionKind, string? Within, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Region;
}

public sealed record Organization(string Id, LocalizedName Name, OrganizationKind OrganizationKind, string? LocatedIn, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Organization;

    /// <summary>Founding, listing and other dates the sources state.</summary>
    public IReadOnlyList<OrganizationDate> Dates { get; init; } = [];
}

/// <param name="Date">"1999", "2002-09" or "2007-10-25": as precise as the source is (年 is a calendar year, 年度 a fiscal one).</param>
/// <param name="AsWritten">The date as the source writes it (平成１１年).</param>
/// <param name="Inference">How the date was tied to the organization, when <paramref name="Basis"/> is INFERRED.</param>
public sealed record OrganizationDate(OrganizationDateKind Kind, string Date, string AsWritten, Basis Basis, string? Inference, string? Note, IReadOnlyList<Evidence> Evidence);

public sealed record Participant(string Organization, string? Role, IReadOnlyList<Evidence> Evidence);

public sealed record Project(string Id, LocalizedName Name, IReadOnlyList<string> Regions, IReadOnlyList<Participant> Participants, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Project;

    /// <summary>What the curator says about the name or the case (a title cut off in the source), so the name stays as written.</summary>
    public string? Note { get; init; }
}

/// <summary>Counts of participants in a cluster project as of one date; the same project has several over time.</summary>
public sealed record Participation(string AsOf, int? Companies, int? Universities, bool Approximate, IReadOnlyList<Evidence> Evidence);

public sealed record ClusterProject(
    string Id,
    LocalizedName Name,
    string Program,
    string? Field,
    IReadOnlyList<string> Regions,
    string? Office,
    string? PartOf,
    IReadOnlyList<Participation> Participation,
    IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.ClusterProject;
}

/// <summary>A group of hand-offs whose total the source gives only for the group ("22 tasks were adopted by …").</summary>
public sealed record Cohort(string Id, int Total, string? FromProgram, string? Note, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Cohort;
    public LocalizedName Name => new(Id);
}

/// <summary>The edge the service exists for: a seed handed from one program to another.</summary>
public sealed record Transfer(
    string Id,
    string From,
    string To,
    string? Project,
    int? FromFiscalYear,
    int? ToFiscalYear,
    Stage Stage,
    int? Count,
    string? Cohort,
    string? Note,
    IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Transfer;
    public LocalizedName Name => new(Id);

    /// <summary>Whether a source states the hand-off or it was rebuilt; a dataset file that leaves it out means STATED.</summary>
    public Basis Basis { get; init; } = Basis.Stated;

    /// <summary>For an INFERRED hand-off (required then, absent otherwise): what was inferred, and from what.</summary>
    public string? Inference { get; init; }
}

/// <summary>
/// A relation between two programs, or between a program and a coordination body, that is not a hand-off of seeds
/// (LINKED_TO): a selection rule favouring the other's results, a joint review or event, a policy directive, cooperation.
/// Lineage never follows it.
/// </summary>
/// <param name="From">The program whose source passage states the relation.</param>
/// <param name="To">What the source names on the other side: a program, a coordination body (an organization) or a ministry.</param>
public sealed record Link(string Id, string From, string To, LinkKind LinkKind, string? Note, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Link;
    public LocalizedName Name => new(Id);
}

public sealed record Figure(string? Label, decimal Value, string Unit, string AsWritten);

public sealed record Outcome(
    string Id,
    OutcomeKind OutcomeKind,
    LocalizedName Description,
    string? Project,
    string? Program,
    string? ClusterProject,
    string? Cohort,
    string? AsOf,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Outcome;
    public LocalizedName Name => Description;
}
