using Lineage.Core.Model;

namespace Lineage.Core.Engine;

/// <summary>
/// What the engine needs of the graph, as plain rows: a store reads them from its own tables (or a query) and the
/// engine compacts them. Kept apart from the node records so a store can fill them without parsing canonical JSON.
/// </summary>
public sealed record MinistryRow(string Id, MinistryCode Code);

public sealed record AgencyRow(string Id, string Ministry);

/// <summary>A program with every runner (runBy first, then alsoRunBy), the program it is part of, and the regions it is confined to.</summary>
public sealed record ProgramRow(string Id, IReadOnlyList<string> Runners, string? Parent, IReadOnlyList<string> Regions);

public sealed record RegionRow(string Id, string? Within);

/// <summary>A project (a seed) and the regions it is located in.</summary>
public sealed record ProjectRow(string Id, IReadOnlyList<string> Regions);

public sealed record CohortRow(string Id, int Total);

/// <summary>A TRANSFERRED_TO edge as the engine walks it.</summary>
public sealed record HandOffRow(string Id, string From, string To, string? Project, int? FromFiscalYear, int? ToFiscalYear, Stage Stage, int? Count, string? Cohort, Basis Basis = Basis.Stated)
{
    public static HandOffRow Of(Transfer t) => new(t.Id, t.From, t.To, t.Project, t.FromFiscalYear, t.ToFiscalYear, t.Stage, t.Count, t.Cohort, t.Basis);
}

/// <summary>Everything the catalogue is built from.</summary>
public sealed record CatalogRows(
    IReadOnlyList<MinistryRow> Ministries,
    IReadOnlyList<AgencyRow> Agencies,
    IReadOnlyList<ProgramRow> Programs,
    IReadOnlyList<RegionRow> Regions,
    IReadOnlyList<ProjectRow> Projects,
    IReadOnlyList<CohortRow> Cohorts)
{
    public static CatalogRows Of(Dataset d) => new(
        d.Ministries.Select(m => new MinistryRow(m.Id, m.Code)).ToList(),
        d.Agencies.Select(a => new AgencyRow(a.Id, a.Ministry)).ToList(),
        d.Programs.Select(p => new ProgramRow(p.Id, p.RunBy is null ? [.. p.AlsoRunBy] : [p.RunBy, .. p.AlsoRunBy], p.Parent, p.Regions)).ToList(),
        d.Regions.Select(r => new RegionRow(r.Id, r.Within)).ToList(),
        d.Projects.Select(p => new ProjectRow(p.Id, p.Regions)).ToList(),
        d.Cohorts.Select(c => new CohortRow(c.Id, c.Total)).ToList());
}
