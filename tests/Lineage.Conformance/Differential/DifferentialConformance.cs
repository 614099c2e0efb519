using CsCheck;
using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Lineage.Conformance.Differential;

/// <summary>Says in the test run's output how much the differential test covered (xunit diagnostic messages).</summary>
public sealed class DifferentialReport(IMessageSink sink)
{
    public void Say(string message) => sink.OnMessage(new DiagnosticMessage(message));
}

/// <summary>
/// The differential test of DESIGN.md §4: random graphs and random questions, each answered by the subject (the engine
/// or a store) and by <see cref="ReferenceAnswers"/>; any difference fails and CsCheck shrinks it to the smallest graph
/// and questions that still show it, printed with the failure. LINEAGE_DIFFERENTIAL_GRAPHS scales the run.
/// </summary>
public abstract class DifferentialConformance(DifferentialReport report) : IClassFixture<DifferentialReport>
{
    private const int QuestionsPerGraph = 20;

    /// <summary>Graphs per run when LINEAGE_DIFFERENTIAL_GRAPHS does not say.</summary>
    protected abstract int Graphs { get; }

    /// <summary>What is compared with the reference, for the report line.</summary>
    protected abstract string Subject { get; }

    /// <summary>Samples at once; a store on one database answers one graph at a time.</summary>
    protected virtual int Threads => 1;

    /// <summary>The subject holding exactly this graph (nothing of an earlier one).</summary>
    protected abstract Task<IAnswering> LoadAsync(Dataset dataset);

    /// <summary>Releases what <see cref="LoadAsync"/> made.</summary>
    protected virtual Task UnloadAsync(IAnswering subject) => Task.CompletedTask;

    [Fact]
    public async Task Random_graphs_and_questions_get_the_answers_of_a_literal_reading_of_the_rules()
    {
        var graphs = int.TryParse(Environment.GetEnvironmentVariable("LINEAGE_DIFFERENTIAL_GRAPHS"), out var n) && n > 0 ? n : Graphs;
        var cases = from graph in RandomGraphs.Graphs(maxPrograms: 200) from questions in RandomGraphs.Questions(QuestionsPerGraph) select (graph, questions);
        var paths = 0L;
        Func<(RandomGraphs.GraphSpec, RandomGraphs.QuestionSpec[]), Task> check = async c =>
        {
            var (spec, questions) = c;
            var dataset = RandomGraphs.Build(spec);
            var problems = DatasetValidator.Validate(dataset.Nodes().Select(x => new LocatedNode(x, "generated", x.Id)).ToList());
            Assert.True(problems.Count == 0, "the generator made an invalid graph: " + string.Join("; ", problems));
            var reference = new ReferenceAnswers(dataset);
            var subject = await LoadAsync(dataset);
            try
            {
                foreach (var q in questions)
                {
                    Interlocked.Add(ref paths, await CompareLineageAsync(subject, reference, RandomGraphs.Lineage(dataset, q)));
                    await CompareFlowsAsync(subject, reference, RandomGraphs.Flows(dataset, q));
                }
            }
            finally
            {
                await UnloadAsync(subject);
            }
        };
        await cases.SampleAsync(check, iter: graphs, threads: Threads, print: c =>
        {
            var d = RandomGraphs.Build(c.Item1);
            return ReferenceAnswers.Describe(d, c.Item2.Select(q => $"{Show(RandomGraphs.Lineage(d, q))} | flows by {RandomGraphs.Flows(d, q).GroupBy}"));
        });
        report.Say($"differential ({Subject}): {graphs} graphs × {QuestionsPerGraph} questions (lineage, paged, and flows) agree with the reference reading of the rules; {paths} paths compared");
    }

    private static async Task<int> CompareLineageAsync(IAnswering subject, ReferenceAnswers reference, LineageQuery q)
    {
        var (expected, refused) = reference.Lineage(q);
        if (refused is not null)
        {
            var e = await Assert.ThrowsAsync<InvalidQueryException>(() => subject.LineageAsync(q));
            Assert.True(refused == e.Argument, $"{Show(q)}: refused naming {e.Argument}, the reference names {refused}");
            return 0;
        }
        var got = new List<LineagePath>();
        string? after = null;
        for (var pages = 0; pages <= expected.Count; pages++)
        {
            var page = await subject.LineageAsync(q with { After = after });
            Assert.True(page.TotalCount == expected.Count, $"{Show(q)}: totalCount {page.TotalCount}, the reference has {expected.Count}:\n{string.Join("\n", expected.Select(Text))}");
            Assert.Equal(after is not null, page.HasPreviousPage);
            got.AddRange(page.Nodes);
            if (!page.HasNextPage) break;
            after = page.EndCursor;
        }
        var want = expected.Select(Text).ToList();
        var have = got.Select(p => Text(p.Steps)).ToList();
        Assert.True(want.SequenceEqual(have), $"{Show(q)}:\nreference:\n{string.Join("\n", want)}\nsubject:\n{string.Join("\n", have)}");
        Assert.All(got, p => Assert.Equal((p.Steps[0].Project ?? p.Steps[0].Id, p.Steps[0].Project), (p.Key, p.Project)));
        return got.Count;
    }

    private static async Task CompareFlowsAsync(IAnswering subject, ReferenceAnswers reference, Core.Flows.FlowQuery q)
    {
        var (expected, refused) = reference.Flows(q);
        if (refused is not null)
        {
            var e = await Assert.ThrowsAsync<InvalidQueryException>(() => subject.FlowsAsync(q));
            Assert.Equal(refused, e.Argument);
            return;
        }
        static string Row(Core.Flows.FlowRow r) =>
            $"{r.Source} -> {r.Target}: {r.Seeds} seeds; {string.Join(" ", r.Transfers)}; {string.Join(" ", r.Projects)}; {string.Join(" ", r.Cohorts)}";
        var want = expected.Select(Row).ToList();
        var have = (await subject.FlowsAsync(q)).Select(Row).ToList();
        Assert.True(want.SequenceEqual(have), $"flows {q}:\nreference:\n{string.Join("\n", want)}\nsubject:\n{string.Join("\n", have)}");
    }

    private static string Text(IReadOnlyList<Transfer> steps) => $"{steps[0].Project ?? steps[0].Id}: {string.Join(" ", steps.Select(s => s.Id))}";

    private static string Show(LineageQuery q) =>
        $"lineage(from: {Side(q.From)}, to: {Side(q.To)}, minStage: {q.MinStage?.ToString() ?? "-"}, maxHops: {q.MaxHops}, fy: {q.FiscalYearFrom?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}..{q.FiscalYearTo?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, first: {q.First}, basis: {(q.Basis is null ? "-" : string.Join("+", q.Basis))})";

    private static string Side(Core.Selectors.ProgramSelector s) => s.IsAny ? "{}" :
        "{" + string.Join(", ", new[] { ("ministries", s.Ministries.Select(m => m.ToString())), ("agencies", s.Agencies), ("programs", s.Programs), ("regions", s.Regions) }
            .Where(x => x.Item2.Any()).Select(x => $"{x.Item1}: [{string.Join(", ", x.Item2)}]")) + "}";
}
