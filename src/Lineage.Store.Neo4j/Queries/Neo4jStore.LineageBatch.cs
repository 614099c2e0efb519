using Lineage.Core.Lineage;

namespace Lineage.Store.Neo4j;

public sealed partial class Neo4jStore : ILineageBatchQueries
{
    /// <summary>The most lineage questions of one batch in flight at once against Neo4j.</summary>
    private const int BatchParallelism = 8;

    /// <summary>
    /// Many lineage questions in one store call: lineage.cypher once per question (the statement answers one selector
    /// pair; quantified path patterns do not UNWIND over questions), a few at a time, answers in the order asked.
    /// Every question is validated before any is sent, so a bad one fails the batch without load on the database.
    /// </summary>
    public async Task<IReadOnlyList<LineagePage>> QueryLineageManyAsync(IReadOnlyList<LineageQuery> queries, CancellationToken cancellationToken)
    {
        if (queries.Count == 0) return [];
        var validated = queries.Select(q => q.Validated()).ToList();
        var answers = new LineagePage[validated.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, validated.Count),
            new ParallelOptions { MaxDegreeOfParallelism = BatchParallelism, CancellationToken = cancellationToken },
            async (i, ct) => answers[i] = await QueryLineageAsync(validated[i], ct));
        return answers;
    }
}
