using Lineage.Core.Lineage;
using Lineage.Store.Sqlite.Connections;

namespace Lineage.Store.Sqlite;

public sealed partial class SqliteStore : ILineageBatchQueries
{
    /// <summary>
    /// One store call for many lineage questions: lineage.sql runs once per question on one connection (in process,
    /// no network between them) and the transfers of every page are read together.
    /// </summary>
    public async Task<IReadOnlyList<LineagePage>> QueryLineageManyAsync(IReadOnlyList<LineageQuery> queries, CancellationToken cancellationToken)
    {
        if (queries.Count == 0) return [];
        var validated = queries.Select(q => q.Validated()).ToList();
        return await ReadAsync(r => QueryLineageOnAsync(r, validated, cancellationToken), cancellationToken);
    }
}
