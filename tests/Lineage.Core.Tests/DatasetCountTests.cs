using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>
/// The README's table of counts per kind is what users read about the dataset; it must be what data/ holds, so a
/// change to either without the other fails here.
/// </summary>
public sealed partial class DatasetCountTests
{
    [GeneratedRegex(@"^\|\s*(\*\*)?(?<kind>[A-Za-z]+)(\*\*)?\s*\|\s*(\*\*)?(?<count>\d+)(\*\*)?\s*\|\s*$")]
    private static partial Regex CountRow();

    private static (Dictionary<string, int> Kinds, int? Total) ReadmeTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var start = Array.FindIndex(lines, l => l.Contains("Counts per kind", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no 'Counts per kind' table");
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        int? total = null;
        foreach (var line in lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')))
        {
            var m = CountRow().Match(line);
            if (!m.Success) continue; // header and separator rows
            var count = int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["kind"].Value == "total") total = count;
            else kinds.Add(m.Groups["kind"].Value, count);
        }
        return (kinds, total);
    }

    [Fact]
    public void The_readme_counts_per_kind_are_the_counts_in_data()
    {
        var actual = DatasetLoader.LoadDirectory(RepoPaths.Data).Nodes()
            .GroupBy(n => n.Kind).ToDictionary(g => g.Key.ToString(), g => g.Count(), StringComparer.Ordinal);
        var (readme, _) = ReadmeTable();

        Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), readme.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_table_names_every_kind_and_its_total_is_the_sum()
    {
        var (readme, total) = ReadmeTable();

        Assert.Equal(Enum.GetNames<NodeKind>().Order(StringComparer.Ordinal), readme.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(readme.Values.Sum(), total);
    }
}
