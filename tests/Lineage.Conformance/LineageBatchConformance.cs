using Lineage.Core.Lineage;
using Xunit;

namespace Lineage.Conformance;

/// <summary>
/// What every store must answer for <see cref="ILineageBatchQueries"/>: all the questions of tests/Fixtures/lineage-cases.json
/// asked in one call get the same answers as asked one by one.
/// </summary>
public abstract class LineageBatchConformance : CapabilityConformance
{
    [Fact]
    public async Task A_batch_of_every_lineage_case_answers_each_as_expected_in_order()
    {
        var cases = LineageCase.All;
        await ImportAsync(cases[0].Fixture);

        var pages = await Port<ILineageBatchQueries>().QueryLineageManyAsync(cases.Select(c => c.Query).ToList(), CancellationToken.None);

        Assert.Equal(cases.Count, pages.Count);
        foreach (var (c, page) in cases.Zip(pages))
        {
            Assert.True(c.Expected.Count == page.TotalCount, $"{c.Name}: total {page.TotalCount}, expected {c.Expected.Count}");
            Assert.Equal(c.Expected.Select(e => e.Key), page.Nodes.Select(p => p.Key));
            foreach (var (expected, actual) in c.Expected.Zip(page.Nodes))
                Assert.Equal(expected.Steps, actual.Steps.Select(s => s.Id));
        }
    }

    [Fact]
    public async Task A_batch_pages_each_question_on_its_own()
    {
        var c = LineageCase.All.First(x => x.Expected.Count >= 3);
        await ImportAsync(c.Fixture);
        var batch = Port<ILineageBatchQueries>();

        var pages = await batch.QueryLineageManyAsync([c.Query with { First = 1 }, c.Query with { First = 2 }], CancellationToken.None);

        Assert.Equal([c.Expected[0].Key], pages[0].Nodes.Select(p => p.Key));
        Assert.Equal(c.Expected.Take(2).Select(e => e.Key), pages[1].Nodes.Select(p => p.Key));
        Assert.All(pages, p => Assert.True(p.HasNextPage));
    }

    [Fact]
    public async Task An_empty_batch_answers_nothing()
    {
        await ImportAsync(LineageCase.All[0].Fixture);
        Assert.Empty(await Port<ILineageBatchQueries>().QueryLineageManyAsync([], CancellationToken.None));
    }
}
