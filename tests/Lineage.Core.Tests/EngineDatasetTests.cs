using System.Text.Json;
using Lineage.Conformance;
using Lineage.Core.Datasets;
using Lineage.Core.Engine;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>The engine over the shipped dataset against tests/Fixtures/dataset-answers.json (an independent reading of the rules).</summary>
public sealed class EngineDatasetTests
{
    private static readonly LineageGraph Graph = LineageGraph.Of(DatasetLoader.LoadDirectory(RepoPaths.Data));

    private static readonly JsonElement Cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "dataset-answers.json"))).RootElement.GetProperty("cases").Clone();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.EnumerateArray()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_engine_answers_the_dataset_questions_as_worked_out_from_the_rules(string name)
    {
        var c = Cases.EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);

        var answer = LineageEngine.Answer(Graph, LineageCase.ReadQuery(c.GetProperty("query")));

        var expected = c.GetProperty("expect").EnumerateArray()
            .Select(e => $"{e.GetProperty("key").GetString()}: {string.Join(" ", e.GetProperty("steps").EnumerateArray().Select(s => s.GetString()))}").ToList();
        Assert.Equal(expected.Count, answer.TotalCount);
        Assert.Equal(expected, answer.Paths.Select(p => $"{p.Seed}: {string.Join(" ", p.Steps)}"));
    }
}
