using Lineage.Core.Lineage;

namespace Lineage.Store.Sqlite;

public sealed partial class SqliteStore : ILineageBatchQueries
{
    /// <summary>
    /// One store call for many lineage questions: the engine answers each over the same snapshot, and the transfers of
    /// every page are read together.
    /// </summary>
    public async Task<IReadOnlyList<LineagePage>> QueryLineageManyAsync(IReadOnlyList<LineageQuery> queries, CancellationToken cancellationToken)
    {
        if (queries.Count == 0) return [];
        var validated = queries.Select(q => q.Validated()).ToList();
        return await QueryLineageValidatedAsync(validated, cancellationToken);
    }
}
