using Lineage.Core.Engine;
using Lineage.Core.Model;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Cypher;

namespace Lineage.Store.Neo4j;

/// <summary>
/// What the lineage engine needs from Neo4j. The program catalogue (programs, runners, parents, regions, where
/// projects are, cohort totals) is read once per data version and kept; the hand-offs are read per question, only
/// those of the seeds the question can reach. The engine in Lineage.Core then answers, so Neo4j gives exactly the
/// answers of every other store: the rules are not written again in Cypher.
/// </summary>
public sealed partial class Neo4jStore : IDisposable
{
    private readonly SemaphoreSlim _catalogLock = new(1, 1);
    private volatile VersionedCatalog? _catalog;

    private sealed record VersionedCatalog(string Version, ProgramCatalog Catalog);

    public void Dispose() => _catalogLock.Dispose();

    public async Task<string> GetDataVersionAsync(CancellationToken cancellationToken) =>
        (await _client.RunAsync(Statements.GraphVersion.Text, null, AccessMode.Read, cancellationToken)).OnlyRecord().GetString("version") ?? "";

    /// <summary>The catalogue of the current data version, read again when an import (by any process) moved it.</summary>
    private async Task<ProgramCatalog> CatalogAsync(bool reload, CancellationToken ct)
    {
        var version = (await _client.RunAsync(Statements.GraphVersion.Text, null, AccessMode.Read, ct)).OnlyRecord().GetString("version") ?? "";
        if (!reload && _catalog is { } cached && cached.Version == version) return cached.Catalog;
        await _catalogLock.WaitAsync(ct);
        try
        {
            if (!reload && _catalog is { } fresh && fresh.Version == version) return fresh.Catalog;
            var catalog = new ProgramCatalog(await ReadCatalogRowsAsync(ct));
            _catalog = new VersionedCatalog(version, catalog);
            return catalog;
        }
        finally
        {
            _catalogLock.Release();
        }
    }

    private async Task<CatalogRows> ReadCatalogRowsAsync(CancellationToken ct)
    {
        async Task<IReadOnlyList<QueryRecord>> Read(CypherStatement s) => (await _client.RunAsync(s.Text, null, AccessMode.Read, ct)).Records;
        var ministries = (await Read(Statements.GraphMinistries)).Select(r => new MinistryRow(Text(r, "id"), Enum.Parse<MinistryCode>(Text(r, "code")))).ToList();
        var agencies = (await Read(Statements.GraphAgencies)).Select(r => new AgencyRow(Text(r, "id"), r.GetString("ministry") ?? "")).ToList();
        var programs = (await Read(Statements.GraphPrograms)).Select(r =>
        {
            var lead = r.GetString("runBy");
            var runners = Strings(r, "runners");
            // The lead runner first: flows count a joint program's hand-offs for the ministry of its runBy.
            return new ProgramRow(Text(r, "id"), lead is null ? runners : [lead, .. runners.Where(x => x != lead)], r.GetString("parent"), Strings(r, "regions"));
        }).ToList();
        var regions = (await Read(Statements.GraphRegions)).Select(r => new RegionRow(Text(r, "id"), r.GetString("within"))).ToList();
        var projects = (await Read(Statements.GraphProjects)).Select(r => new ProjectRow(Text(r, "id"), Strings(r, "regions"))).ToList();
        var cohorts = (await Read(Statements.GraphCohorts)).Select(r => new CohortRow(Text(r, "id"), (int)r.GetInt64("total"))).ToList();
        return new CatalogRows(ministries, agencies, programs, regions, projects, cohorts);
    }

    /// <summary>
    /// The engine's graph for one question: the cached catalogue and the hand-offs <paramref name="read"/> returns.
    /// A hand-off naming a program the catalogue lacks means an import landed since the version was read: the
    /// catalogue is read again once.
    /// </summary>
    private async Task<LineageGraph> GraphAsync(Func<ProgramCatalog, Task<IReadOnlyList<HandOffRow>>> read, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var catalog = await CatalogAsync(reload: attempt > 0, ct);
            var rows = await read(catalog);
            try
            {
                return new LineageGraph(catalog, new HandOffTable(catalog, rows));
            }
            catch (InvalidDataException) when (attempt == 0)
            {
            }
        }
    }

    private async Task<IReadOnlyList<HandOffRow>> ReadHandOffsAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct) =>
        (await _client.RunAsync(statement.Text, parameters, AccessMode.Read, ct)).Records.Select(r => new HandOffRow(
            Text(r, "id"), Text(r, "from"), Text(r, "to"), r.GetString("projectId"),
            Int(r, "fromFiscalYear"), Int(r, "toFiscalYear"), (Stage)r.GetInt64("stageRank"), Int(r, "count"), r.GetString("cohort"),
            // A transfer written before basis existed has none: it was read as STATED then, as the dataset's default says.
            r.GetString("basis") is { } basis ? (Lineage.Core.Datasets.EnumText.TryParse<Basis>(basis, out var b) ? b : throw new Neo4jException("Lineage.Protocol", $"a transfer's basis is '{basis}'")) : Basis.Stated)).ToList();

    private static string Text(QueryRecord r, string field) =>
        r.GetString(field) ?? throw new Neo4jException("Lineage.Protocol", $"field '{field}' is null; was this graph written by this store?");

    private static int? Int(QueryRecord r, string field) => r[field] is null ? null : (int)r.GetInt64(field);

    private static List<string> Strings(QueryRecord r, string field) => r.GetList(field).OfType<string>().ToList();
}
