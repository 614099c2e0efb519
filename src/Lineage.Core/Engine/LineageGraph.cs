using Lineage.Core.Model;

namespace Lineage.Core.Engine;

/// <summary>The compact, immutable graph the engine answers over: the catalogue and the hand-offs.</summary>
public sealed record LineageGraph(ProgramCatalog Catalog, HandOffTable HandOffs)
{
    public static LineageGraph Empty { get; } = new(ProgramCatalog.Empty, new HandOffTable(ProgramCatalog.Empty, []));

    public static LineageGraph Of(Dataset dataset)
    {
        var catalog = new ProgramCatalog(CatalogRows.Of(dataset));
        return new LineageGraph(catalog, new HandOffTable(catalog, dataset.Transfers.Select(HandOffRow.Of).ToList()));
    }
}
