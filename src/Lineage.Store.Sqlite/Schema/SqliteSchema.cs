using Lineage.Store.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Schema;

/// <summary>Creates the schema on first use and refuses a file written by a newer version of Lineage.</summary>
internal static class SqliteSchema
{
    public const int CurrentVersion = 3;

    private static readonly string[] Migrations = ["schema-v1.sql", "schema-v2.sql", "schema-v3.sql"];

    public static async Task EnsureAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using (var wal = connection.CreateCommand())
        {
            // WAL lets readers go on while an import writes.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(ct);
        }
        var version = await ReadVersionAsync(connection, ct);
        if (version > CurrentVersion)
            throw new Lineage.Core.Store.StoreUnavailableException(
                $"The SQLite file has schema version {version}, newer than this Lineage understands ({CurrentVersion}). Use a newer Lineage or another file.");
        for (var v = version; v < CurrentVersion; v++)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = SqlText.Get(Migrations[v]) + $"\nPRAGMA user_version = {v + 1};";
                await cmd.ExecuteNonQueryAsync(ct);
            }
            // New projections are filled in from the nodes already stored, in the same transaction as the new tables.
            if (v + 1 == 2) await BackfillExplorationAsync(connection, tx, ct);
            await tx.CommitAsync(ct);
        }
    }

    private static async Task BackfillExplorationAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        var nodes = new List<Lineage.Core.Model.INode>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT kind, json FROM nodes ORDER BY id";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                nodes.Add(Lineage.Core.Datasets.NodeReader.ReadStored(Enum.Parse<Lineage.Core.Model.NodeKind>(r.GetString(0)), r.GetString(1)));
        }
        using var projections = new Import.Projections(connection, tx);
        foreach (var node in nodes) projections.ReplaceExploration(node);
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
