using System.Collections.Concurrent;
using Lineage.Core.Model;

namespace Lineage.Core.Engine;

/// <summary>The compact, immutable graph the engine answers over: the catalogue and the hand-offs.</summary>
public sealed record LineageGraph(ProgramCatalog Catalog, HandOffTable HandOffs)
{
    public static LineageGraph Empty { get; } = new(ProgramCatalog.Empty, new HandOffTable(ProgramCatalog.Empty, []));

    /// <summary>Selectors already resolved against this graph (it never changes, so neither do they).</summary>
    internal ConcurrentDictionary<string, ResolvedSelector> Resolved { get; } = new(StringComparer.Ordinal);

    public static LineageGraph Of(Dataset dataset)
    {
        var catalog = new ProgramCatalog(CatalogRows.Of(dataset));
        return new LineageGraph(catalog, new HandOffTable(catalog, dataset.Transfers.Select(HandOffRow.Of).ToList()));
    }
}
