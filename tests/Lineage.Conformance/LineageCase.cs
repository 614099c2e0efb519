using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Tests;

namespace Lineage.Conformance;

/// <summary>One expected answer of tests/Fixtures/lineage-cases.json: a lineage question and the paths (seed key + transfer ids) it must return, in order.</summary>
public sealed record LineageCase(string Name, string Fixture, LineageQuery Query, IReadOnlyList<(string Key, IReadOnlyList<string> Steps)> Expected)
{
    public override string ToString() => Name;

    public static IReadOnlyList<LineageCase> All { get; } = Load(Path.Combine(RepoPaths.Fixtures, "lineage-cases.json"));

    public static IReadOnlyList<LineageCase> Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var fixture = doc.RootElement.GetProperty("fixture").GetString()!;
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => new LineageCase(
            c.GetProperty("name").GetString()!,
            fixture,
            ReadQuery(c.GetProperty("query")),
            c.GetProperty("expect").EnumerateArray()
                .Select(p => (p.GetProperty("key").GetString()!, (IReadOnlyList<string>)p.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList()))
                .ToList())).ToList();
    }

    private static LineageQuery ReadQuery(JsonElement q) => new(
        Selector(q, "from"),
        Selector(q, "to"),
        q.TryGetProperty("minStage", out var s) ? Parse<Stage>(s.GetString()!) : null,
        q.TryGetProperty("maxHops", out var h) ? h.GetInt32() : LineageQuery.DefaultMaxHops,
        q.TryGetProperty("fiscalYearFrom", out var f) ? f.GetInt32() : null,
        q.TryGetProperty("fiscalYearTo", out var t) ? t.GetInt32() : null,
        LineageQuery.MaxPageSize);

    private static ProgramSelector Selector(JsonElement q, string side)
    {
        if (!q.TryGetProperty(side, out var s)) return ProgramSelector.Any;
        List<string> Strings(string name) => s.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        return new ProgramSelector(Strings("ministries").Select(Parse<MinistryCode>).ToList(), Strings("agencies"), Strings("programs"), Strings("regions"));
    }

    private static T Parse<T>(string text) where T : struct, Enum =>
        EnumText.TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name}");
}
