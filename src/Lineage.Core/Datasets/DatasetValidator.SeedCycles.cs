using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

public static partial class DatasetValidator
{
    /// <summary>
    /// A seed's hand-offs never return to a program the seed already passed through (DESIGN.md §3): a lineage path
    /// back to where it began would answer a question with a loop. Reported at the hand-off that closes the cycle,
    /// with the cycle printed.
    /// </summary>
    private static void SeedCycles(AllFacts facts, NodePlaces places, List<DatasetProblem> problems)
    {
        var bySeed = facts.HandOffs.Where(t => t.Project is not null).GroupBy(t => t.Project!, StringComparer.Ordinal);
        foreach (var seed in bySeed)
        {
            var leaving = seed.GroupBy(t => t.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in seed.Select(t => t.From).Distinct(StringComparer.Ordinal))
            {
                if (FindCycle(start, leaving, done, []) is { } cycle)
                {
                    var programs = cycle.Select(t => t.From).Append(cycle[^1].To);
                    problems.Add(places.Problem(NodeKind.Transfer, cycle[^1].Place, ".to",
                        $"{seed.Key}'s hand-offs return to '{cycle[^1].To}', where the seed already was: " +
                        $"{string.Join(" → ", programs)} ({string.Join(", ", cycle.Select(t => t.Id))}). A seed never goes back to a program it passed through."));
                    break; // one cycle per seed is enough to act on; its fix may well remove the others
                }
            }
        }
    }

    // Depth-first along the seed's hand-offs; `path` holds the hand-offs walked from the start to `program`.
    private static List<HandOff>? FindCycle(string program, Dictionary<string, List<HandOff>> leaving, HashSet<string> done, List<HandOff> path)
    {
        if (done.Contains(program) || !leaving.TryGetValue(program, out var next)) return null;
        foreach (var edge in next)
        {
            var to = edge.To;
            var back = path.FindIndex(t => t.From == to);
            if (back >= 0 || to == edge.From) return [.. path.Skip(Math.Max(back, 0)), edge];
            path.Add(edge);
            var found = FindCycle(to, leaving, done, path);
            path.RemoveAt(path.Count - 1);
            if (found is not null) return found;
        }
        done.Add(program);
        return null;
    }
}
