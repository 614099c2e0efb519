using System.Globalization;
using System.Text;

namespace Lineage.Fuzz;

/// <summary>
/// The amplification requests of issue 12, each a small request that once cost seconds to minutes of CPU and
/// gigabytes of memory: many fields of one name with different arguments, recursive introspection, fragment
/// doubling, thousands of aliases of an expensive field, thousands of identical fields.
/// </summary>
public static class Amplification
{
    public sealed record Attack(string Name, string Query);

    public static IReadOnlyList<Attack> All { get; } =
    [
        new("3,000 fields of one name, different arguments", SameNameDifferentArguments(3_000)),
        new("nested introspection, 7 levels", NestedIntrospection(7)),
        new("fragment doubling, depth 26", FragmentDoubling(26)),
        new("fragment doubling, depth 30", FragmentDoubling(30)),
        new("22,700 aliases of search", AliasesOfSearch(22_700)),
        new("10,000 identical fields", IdenticalFields(10_000)),
    ];

    /// <summary><c>{ programs(first: 1) { totalCount } programs(first: 2) { totalCount } … }</c>: field merging compares every pair.</summary>
    public static string SameNameDifferentArguments(int count) =>
        "{ " + string.Join(" ", Enumerable.Range(1, count).Select(i => $"programs(first: {i}) {{ totalCount }}")) + " }";

    /// <summary>Every type's fields, interfaces, possible types and input fields, and theirs, <paramref name="levels"/> deep: 4^levels branches.</summary>
    public static string NestedIntrospection(int levels)
    {
        static string Level(int remaining) => remaining == 0
            ? "name"
            : $"name fields {{ type {{ {Level(remaining - 1)} }} }} interfaces {{ {Level(remaining - 1)} }} possibleTypes {{ {Level(remaining - 1)} }} inputFields {{ type {{ {Level(remaining - 1)} }} }}";
        return "{ __schema { types { " + Level(levels) + " } } }";
    }

    /// <summary><c>fragment F0 on Query { ...F1 ...F1 }</c> … down to F<paramref name="depth"/>: 2^depth copies of one field.</summary>
    public static string FragmentDoubling(int depth)
    {
        var text = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < depth; i++) text.Append(CultureInfo.InvariantCulture, $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        text.Append(CultureInfo.InvariantCulture, $" fragment F{depth} on Query {{ ministries {{ id }} }}");
        return text.ToString();
    }

    /// <summary><c>{ a0: search(text: "a") { matchedName } a1: … }</c>: each alias a full scan of every name.</summary>
    public static string AliasesOfSearch(int count) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: search(text: \"a\") {{ matchedName }}")) + " }";

    /// <summary><c>{ ministries { id } ministries { id } … }</c>: valid, and quadratic to merge.</summary>
    public static string IdenticalFields(int count) =>
        "{ " + string.Join(" ", Enumerable.Repeat("ministries { id }", count)) + " }";
}
