namespace Lineage.Core.Lineage;

/// <summary>
/// Store capability: several lineage questions in one call, so Program.downstream/upstream over a page of programs
/// costs one store round trip instead of one per program.
/// </summary>
public interface ILineageBatchQueries
{
    /// <summary>The answer to each query, in the order asked; each answer equals what QueryLineageAsync returns for it.</summary>
    Task<IReadOnlyList<LineagePage>> QueryLineageManyAsync(IReadOnlyList<LineageQuery> queries, CancellationToken cancellationToken);
}
