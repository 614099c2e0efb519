using System.Text.Json;
using Lineage.Conformance.Cases;
using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Tests;

namespace Lineage.Conformance;

/// <summary>
/// One case of tests/Fixtures/lineage-cases.json: a lineage question over a fixture graph and either the paths (seed key +
/// transfer ids) it must return, in order, or the error it must be refused with.
/// </summary>
public sealed record LineageCase(string Name, string Fixture, LineageQuery Query, IReadOnlyList<(string Key, IReadOnlyList<string> Steps)> Expected, LineageCaseError? Error)
{
    public override string ToString() => Name;

    public static IReadOnlyList<LineageCase> All { get; } = Load(Path.Combine(RepoPaths.Fixtures, "lineage-cases.json"));

    /// <summary>The cases that expect answers (not errors).</summary>
    public static IReadOnlyList<LineageCase> Answered { get; } = All.Where(c => c.Error is null).ToList();

    public static IReadOnlyList<LineageCase> Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var fixture = doc.RootElement.GetProperty("fixture").GetString()!;
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => new LineageCase(
            c.GetProperty("name").GetString()!,
            CaseFile.String(c, "fixture") ?? fixture,
            ReadQuery(c.GetProperty("query")),
            c.TryGetProperty("expect", out var expect)
                ? expect.EnumerateArray()
                    .Select(p => (p.GetProperty("key").GetString()!, (IReadOnlyList<string>)p.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList()))
                    .ToList()
                : [],
            c.TryGetProperty("error", out var error)
                ? new LineageCaseError(error.GetProperty("argument").GetString()!, error.GetProperty("messageContains").GetString()!)
                : null)).ToList();
    }

    /// <summary>A question as the case files write it: from, to, minStage, maxHops, fiscalYearFrom, fiscalYearTo (a page of 100).</summary>
    public static LineageQuery ReadQuery(JsonElement q) => new(
        CaseFile.Selector(q, "from"),
        CaseFile.Selector(q, "to"),
        CaseFile.String(q, "minStage") is { } s ? Parse<Stage>(s) : null,
        CaseFile.Int(q, "maxHops") ?? LineageQuery.DefaultMaxHops,
        CaseFile.Int(q, "fiscalYearFrom"),
        CaseFile.Int(q, "fiscalYearTo"),
        LineageQuery.MaxPageSize,
        Basis: CaseFile.Strings(q, "basis")?.Select(Parse<Basis>).ToList());

    private static T Parse<T>(string text) where T : struct, Enum =>
        EnumText.TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name}");
}

/// <summary>The refusal a case expects: the argument named and a part of the message.</summary>
public sealed record LineageCaseError(string Argument, string MessageContains);
