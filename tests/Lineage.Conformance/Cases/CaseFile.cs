using System.Text.Json;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Tests;

namespace Lineage.Conformance.Cases;

/// <summary>Reads an expected-answers file of tests/Fixtures: { fixture, cases: [{ name, query, expect }] }.</summary>
internal static class CaseFile
{
    public static (string Fixture, IReadOnlyList<(string Name, JsonElement Query, JsonElement Expect)> Cases) Load(string fileName)
    {
        var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, fileName)));
        var root = doc.RootElement;
        return (root.GetProperty("fixture").GetString()!,
            root.GetProperty("cases").EnumerateArray()
                .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("query").Clone(), c.GetProperty("expect").Clone())).ToList());
    }

    public static IReadOnlyList<string>? Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : null;

    public static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToList();

    public static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetInt32() : null;

    public static string? String(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    public static ProgramSelector Selector(JsonElement q, string side)
    {
        if (!q.TryGetProperty(side, out var s)) return ProgramSelector.Any;
        return new ProgramSelector(
            (Strings(s, "ministries") ?? []).Select(m => Enum.Parse<MinistryCode>(m)).ToList(),
            Strings(s, "agencies") ?? [], Strings(s, "programs") ?? [], Strings(s, "regions") ?? []);
    }
}
