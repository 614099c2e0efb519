using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>
/// The README's tables of counts (per kind, per hand-off basis, per link kind) are what users read about the dataset;
/// they must be what data/ holds, so a change to either without the other fails here.
/// </summary>
public sealed partial class DatasetCountTests
{
    private static readonly Dataset Data = DatasetLoader.LoadDirectory(RepoPaths.Data);

    [GeneratedRegex(@"^\|\s*(\*\*)?(?<key>[A-Za-z_]+)(\*\*)?\s*\|\s*(\*\*)?(?<count>\d+)(\*\*)?\s*\|\s*$")]
    private static partial Regex CountRow();

    /// <summary>The first table after the line that contains <paramref name="heading"/>: its rows, and its total row if any.</summary>
    private static (Dictionary<string, int> Rows, int? Total) ReadmeTable(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var start = Array.FindIndex(lines, l => l.Contains(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"README.md has no '{heading}' table");
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        int? total = null;
        foreach (var line in lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')))
        {
            var m = CountRow().Match(line);
            if (!m.Success) continue; // header and separator rows
            var count = int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["key"].Value == "total") total = count;
            else rows.Add(m.Groups["key"].Value, count);
        }
        return (rows, total);
    }

    private static void AssertSame(IEnumerable<KeyValuePair<string, int>> actual, Dictionary<string, int> readme) =>
        Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), readme.OrderBy(p => p.Key, StringComparer.Ordinal));

    [Fact]
    public void The_readme_counts_per_kind_are_the_counts_in_data()
    {
        var actual = Data.Nodes().GroupBy(n => n.Kind).ToDictionary(g => g.Key.ToString(), g => g.Count(), StringComparer.Ordinal);
        AssertSame(actual, ReadmeTable("Counts per kind").Rows);
    }

    [Fact]
    public void The_readme_table_names_every_kind_and_its_total_is_the_sum()
    {
        var (readme, total) = ReadmeTable("Counts per kind");

        Assert.Equal(Enum.GetNames<NodeKind>().Order(StringComparer.Ordinal), readme.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(readme.Values.Sum(), total);
    }

    [Fact]
    public void The_readme_counts_hand_offs_per_basis_as_data_holds_them() =>
        AssertCountsPerValue("Hand-offs per basis", Data.Transfers, t => t.Basis);

    [Fact]
    public void The_readme_counts_links_per_kind_as_data_holds_them() =>
        AssertCountsPerValue("Links per kind", Data.Links, l => l.LinkKind);

    /// <summary>The table names every value of the enum (a zero too) with its count, and the counts add up to all items.</summary>
    private static void AssertCountsPerValue<TItem, TValue>(string heading, IReadOnlyList<TItem> items, Func<TItem, TValue> value) where TValue : struct, Enum
    {
        var actual = Enum.GetValues<TValue>().ToDictionary(EnumText.ToText, v => items.Count(i => value(i).Equals(v)), StringComparer.Ordinal);
        var (readme, _) = ReadmeTable(heading);

        AssertSame(actual, readme);
        Assert.Equal(items.Count, readme.Values.Sum());
    }
}
