using Lineage.Core.Lineage;
using Lineage.Core.Model;

namespace Lineage.Core.Engine;

/// <summary>A path as the engine finds it: ids only, so a store reads just the transfers of the page it returns.</summary>
public sealed record PathRef(string Id, string Seed, string? Project, IReadOnlyList<string> Steps, string Cursor);

/// <summary>The engine's answer to a lineage question: the total over all pages and one page of paths.</summary>
public sealed record LineageAnswer(int TotalCount, IReadOnlyList<PathRef> Paths, bool HasNextPage, bool HasPreviousPage)
{
    public IEnumerable<string> TransferIds => Paths.SelectMany(p => p.Steps);

    /// <summary>The page with each transfer id replaced by its transfer; every id must be there.</summary>
    public LineagePage ToPage(IReadOnlyDictionary<string, Transfer> transfers)
    {
        var paths = new LineagePath[Paths.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            var p = Paths[i];
            var steps = new Transfer[p.Steps.Count];
            for (var j = 0; j < steps.Length; j++)
                steps[j] = transfers.TryGetValue(p.Steps[j], out var t) ? t
                    : throw new InvalidDataException($"Transfer '{p.Steps[j]}' of lineage path '{p.Id}' is missing from the store.");
            paths[i] = new LineagePath(p.Id, p.Seed, p.Project, steps, p.Cursor);
        }
        return new(TotalCount, paths, HasNextPage, HasPreviousPage);
    }
}
