using Lineage.Store.Sqlite.Import;

namespace Lineage.Store.Sqlite;

/// <summary>
/// The fingerprint of the dataset files the last import read, kept in meta with the data version it produced: a later
/// import that changes the data moves the version, so a fingerprint is only answered while it still describes the
/// store (also when that import came from a Lineage that knows no fingerprints).
/// </summary>
public sealed partial class SqliteStore
{
    // 'sha256:…' is text that no INTEGER affinity turns into a number, so meta's value column keeps it as written.
    private const string FingerprintSql =
        "SELECT f.value FROM meta f JOIN meta v ON v.key = 'dataset_fingerprint_version' JOIN meta d ON d.key = 'data_version' " +
        "WHERE f.key = 'dataset_fingerprint' AND v.value = d.value";

    public async Task<string?> GetDatasetFingerprintAsync(CancellationToken cancellationToken) =>
        await ReadAsync(async r => await r.Command(FingerprintSql).ExecuteScalarAsync(cancellationToken) as string, cancellationToken);

    /// <summary>In the import's transaction, after the data version moved: the files' fingerprint, or none for a dataset made another way.</summary>
    private static void RecordFingerprint(Projections projections, string? fingerprint)
    {
        projections.Exec("DELETE FROM meta WHERE key IN ('dataset_fingerprint', 'dataset_fingerprint_version')");
        if (fingerprint is null) return;
        projections.Exec("INSERT INTO meta (key, value) VALUES ('dataset_fingerprint', $p0)", fingerprint);
        projections.Exec("INSERT INTO meta (key, value) SELECT 'dataset_fingerprint_version', value FROM meta WHERE key = 'data_version'");
    }
}
