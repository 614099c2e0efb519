using Lineage.Core.Engine;
using Lineage.Core.Model;
using Lineage.Store.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Snapshot;

/// <summary>Reads the engine's graph from the projection tables (no canonical JSON is parsed), in one read transaction.</summary>
internal static class SnapshotReader
{
    public static async Task<GraphSnapshot> ReadAsync(SqliteConnection connection, CancellationToken ct)
    {
        // Deferred: a read transaction, which sees one committed version of every table and blocks no writer (WAL).
        await using var tx = connection.BeginTransaction(deferred: true);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = SqlText.Get("graph-snapshot.sql");
        await using var r = await cmd.ExecuteReaderAsync(ct);

        await r.ReadAsync(ct);
        var version = r.GetInt64(0);
        var ministries = await RowsAsync(r, x => new MinistryRow(x.GetString(0), Enum.Parse<MinistryCode>(x.GetString(1))), ct);
        var agencies = await RowsAsync(r, x => new AgencyRow(x.GetString(0), x.GetString(1)), ct);
        var programs = await RowsAsync(r, x => (Id: x.GetString(0), RunBy: x.IsDBNull(1) ? null : x.GetString(1), Parent: x.IsDBNull(2) ? null : x.GetString(2)), ct);
        var runners = await GroupsAsync(r, ct);
        var programRegions = await GroupsAsync(r, ct);
        var regions = await RowsAsync(r, x => new RegionRow(x.GetString(0), x.IsDBNull(1) ? null : x.GetString(1)), ct);
        var projects = await RowsAsync(r, x => (Id: x.GetString(0), Region: x.IsDBNull(1) ? null : x.GetString(1)), ct);
        var cohorts = await RowsAsync(r, x => new CohortRow(x.GetString(0), x.GetInt32(1)), ct);
        var transfers = await RowsAsync(r, x => new HandOffRow(
            x.GetString(0), x.GetString(1), x.GetString(2), x.IsDBNull(3) ? null : x.GetString(3),
            x.IsDBNull(4) ? null : x.GetInt32(4), x.IsDBNull(5) ? null : x.GetInt32(5), (Stage)x.GetInt32(6),
            x.IsDBNull(7) ? null : x.GetInt32(7), x.IsDBNull(8) ? null : x.GetString(8), BasisOf(x.GetString(9))), ct);

        var catalog = new ProgramCatalog(new CatalogRows(
            ministries,
            agencies,
            // The lead runner first: flows count a joint program's hand-offs for the ministry of its runBy.
            programs.Select(p => new ProgramRow(p.Id,
                p.RunBy is null ? runners.GetValueOrDefault(p.Id, []) : [p.RunBy, .. runners.GetValueOrDefault(p.Id, []).Where(x => x != p.RunBy)],
                p.Parent, programRegions.GetValueOrDefault(p.Id, []))).ToList(),
            regions,
            projects.GroupBy(p => p.Id).Select(g => new ProjectRow(g.Key, g.Select(p => p.Region).OfType<string>().ToList())).ToList(),
            cohorts));
        return new GraphSnapshot(version, new LineageGraph(catalog, new HandOffTable(catalog, transfers)), transfers.Count);
    }

    private static Basis BasisOf(string text) =>
        Lineage.Core.Datasets.EnumText.TryParse<Basis>(text, out var basis) ? basis : throw new InvalidDataException($"transfers.basis holds '{text}', not a basis.");

    private static async Task<List<T>> RowsAsync<T>(SqliteDataReader r, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        await r.NextResultAsync(ct);
        var rows = new List<T>();
        while (await r.ReadAsync(ct)) rows.Add(read(r));
        return rows;
    }

    private static async Task<Dictionary<string, List<string>>> GroupsAsync(SqliteDataReader r, CancellationToken ct)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in await RowsAsync(r, x => (x.GetString(0), x.GetString(1)), ct))
        {
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(value);
        }
        return groups;
    }
}
