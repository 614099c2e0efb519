using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.Core.Entities;

/// <summary>
/// Store capability for exploring entities: filtered pages of any kind and batched reverse references.
/// A separate port from <see cref="ILineageStore"/> so that a store can add it without touching the core port.
/// </summary>
public interface IEntityQueries
{
    /// <summary>A page of one kind of node matching every given filter, ordered by id.</summary>
    Task<NodePage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The nodes of <paramref name="kind"/> whose <paramref name="relation"/> points at any of <paramref name="targets"/>
    /// (the children of these programs, the projects of these organizations…), for batch loading.
    /// Ordered by target, then by the kind's natural order (transfers by fiscal year then id, everything else by id).
    /// </summary>
    Task<IReadOnlyList<Reference>> GetReferencingAsync(NodeKind kind, Relation relation, IReadOnlyCollection<string> targets, CancellationToken cancellationToken);
}

/// <summary>A node that refers to <see cref="Target"/>.</summary>
public sealed record Reference(string Target, INode Node);
