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

/// <summary>A budget figure as the source writes it; <see cref="MillionYen"/> is null when the source leaves it unknown.</summary>
public sealed record Budget(int FiscalYear, BudgetKind Kind, decimal? MillionYen, string AsWritten, string Unit, string? Note, IReadOnlyList<Evidence> Evidence);

public sealed record Program(
    string Id,
    LocalizedName Name,
    string RunBy,
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
}

public sealed record Region(string Id, LocalizedName Name, RegionKind RegionKind, string? Within, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Region;
}

public sealed record Organization(string Id, LocalizedName Name, OrganizationKind OrganizationKind, string? LocatedIn, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Organization;
}

public sealed record Participant(string Organization, string? Role, IReadOnlyList<Evidence> Evidence);

public sealed record Project(string Id, LocalizedName Name, IReadOnlyList<string> Regions, IReadOnlyList<Participant> Participants, IReadOnlyList<Evidence> Evidence) : INode
{
    public NodeKind Kind => NodeKind.Project;
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
