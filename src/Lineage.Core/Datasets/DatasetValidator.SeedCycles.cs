using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

public static partial class DatasetValidator
{
    /// <summary>
    /// A seed's hand-offs never return to a program the seed already passed through (DESIGN.md §3): a lineage path
    /// back to where it began would answer a question with a loop. Reported at the hand-off that closes the cycle,
    /// with the cycle printed.
    /// </summary>
    private static void SeedCycles(IReadOnlyList<LocatedNode> nodes, List<DatasetProblem> problems)
    {
        var bySeed = nodes.Where(n => n.Node is Transfer { Project: not null }).GroupBy(n => ((Transfer)n.Node).Project!, StringComparer.Ordinal);
        foreach (var seed in bySeed)
        {
            var leaving = seed.GroupBy(n => ((Transfer)n.Node).From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in seed.Select(n => ((Transfer)n.Node).From).Distinct(StringComparer.Ordinal))
            {
                if (FindCycle(start, leaving, done, []) is { } cycle)
                {
                    var programs = cycle.Select(n => ((Transfer)n.Node).From).Append(((Transfer)cycle[^1].Node).To);
                    problems.Add(P(cycle[^1], ".to",
                        $"{seed.Key}'s hand-offs return to '{((Transfer)cycle[^1].Node).To}', where the seed already was: " +
                        $"{string.Join(" → ", programs)} ({string.Join(", ", cycle.Select(n => n.Node.Id))}). A seed never goes back to a program it passed through."));
                    break; // one cycle per seed is enough to act on; its fix may well remove the others
                }
            }
        }
    }

    // Depth-first along the seed's hand-offs; `path` holds the hand-offs walked from the start to `program`.
    private static List<LocatedNode>? FindCycle(string program, Dictionary<string, List<LocatedNode>> leaving, HashSet<string> done, List<LocatedNode> path)
    {
        if (done.Contains(program) || !leaving.TryGetValue(program, out var next)) return null;
        foreach (var edge in next)
        {
            var to = ((Transfer)edge.Node).To;
            var back = path.FindIndex(n => ((Transfer)n.Node).From == to);
            if (back >= 0 || to == ((Transfer)edge.Node).From) return [.. path.Skip(Math.Max(back, 0)), edge];
            path.Add(edge);
            var found = FindCycle(to, leaving, done, path);
            path.RemoveAt(path.Count - 1);
            if (found is not null) return found;
        }
        done.Add(program);
        return null;
    }
}
