using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>Each folder of tests/Fixtures/bad-datasets holds a dataset with one defect and the problem it must produce.</summary>
public sealed class BadDatasetTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "bad-datasets")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_dataset_is_refused_with_a_problem_naming_file_path_and_cause(string name)
    {
        var dir = Path.Combine(RepoPaths.Fixtures, "bad-datasets", name);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected-problem.json")));
        var file = expected.RootElement.GetProperty("file").GetString();
        var path = expected.RootElement.GetProperty("path").GetString();
        var message = expected.RootElement.GetProperty("messageContains").GetString()!;
        // Problems found in the text itself (syntax, encoding, duplicate keys) also say where: line (and column).
        int? line = expected.RootElement.TryGetProperty("line", out var l) ? l.GetInt32() : null;
        int? column = expected.RootElement.TryGetProperty("column", out var c) ? c.GetInt32() : null;

        var e = Assert.Throws<DatasetValidationException>(() => DatasetLoader.LoadDirectory(Path.Combine(dir, "data")));

        Assert.Contains(e.Problems, p => p.File == file && p.Path == path && p.Message.Contains(message, StringComparison.Ordinal)
            && (line is null || p.Line == line) && (column is null || p.Column == column));
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_at_once()
    {
        var e = Assert.Throws<DatasetValidationException>(() => DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "many-problems")));
        var found = e.Problems.Select(p => $"{p.File} {p.Path}").ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "a.json $.programs[0].runBy",
            "a.json $.programs[0].evidence",
            "b.json $.transfers[0].stage",
            "b.json $.transfers[0].fromFiscalYear",
            "b.json $.transfers[0].evidence[0].source",
            "b.json $.transfers[0].to",
        }, found);
    }

    [Fact]
    public void A_missing_directory_is_a_problem_not_an_empty_dataset()
    {
        var e = Assert.Throws<DatasetValidationException>(() => DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "no-such-dir")));
        Assert.Contains("does not exist", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }
}
