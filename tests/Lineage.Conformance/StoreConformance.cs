using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Core.Store;
using Xunit;

namespace Lineage.Conformance;

/// <summary>
/// What every store must do, written once (after Jaeger's StorageIntegration): every answer of
/// <see cref="AnswerConformance"/>, plus import, export and reads. A store's test project derives from this class and
/// says how to make an empty store; fixtures and expected answers are data files under tests/Fixtures.
/// </summary>
public abstract class StoreConformance : AnswerConformance
{
    private ILineageStore? _store;

    /// <summary>A new store with nothing in it, schema not yet created.</summary>
    protected abstract Task<ILineageStore> CreateEmptyStoreAsync();

    /// <summary>Release whatever the store holds (files, databases).</summary>
    protected virtual Task DestroyStoreAsync(ILineageStore store) => Task.CompletedTask;

    protected ILineageStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public override async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        await _store.InitializeAsync(CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        if (_store is not null) await DestroyStoreAsync(_store);
    }

    protected override async Task<IAnswering> LoadAsync(Dataset dataset)
    {
        await Store.ImportAsync(dataset, None);
        return new StoreAnswering(Store);
    }

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task An_empty_store_says_so_and_is_healthy()
    {
        Assert.True(await Store.IsEmptyAsync(None));
        Assert.True((await Store.CheckHealthAsync(None)).Healthy);
    }

    [Fact]
    public async Task The_data_version_moves_with_every_import_that_changes_something_and_only_then()
    {
        var empty = await Store.GetDataVersionAsync(None);
        var tiny = Fixture("tiny");

        await Store.ImportAsync(tiny, None);
        var filled = await Store.GetDataVersionAsync(None);
        await Store.ImportAsync(tiny, None);
        var same = await Store.GetDataVersionAsync(None);
        await Store.ImportAsync(tiny with { Transfers = tiny.Transfers.Where(t => t.Id != "transfer:s1-b").ToList() }, None);
        var smaller = await Store.GetDataVersionAsync(None);

        Assert.NotEqual(empty, filled);
        Assert.Equal(filled, same);
        Assert.NotEqual(filled, smaller);
    }

    [Fact]
    public async Task Import_creates_every_node_and_a_second_import_changes_nothing()
    {
        var dataset = Fixture("tiny");
        var expected = dataset.Nodes().GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Count());

        var first = await Store.ImportAsync(dataset, None);
        var second = await Store.ImportAsync(dataset, None);

        Assert.False(await Store.IsEmptyAsync(None));
        Assert.Equal(expected, first.PerKind.ToDictionary(p => p.Key, p => p.Value.Created));
        Assert.Equal(0, first.Updated + first.Unchanged);
        Assert.Equal(expected, second.PerKind.ToDictionary(p => p.Key, p => p.Value.Unchanged));
        Assert.Equal(0, second.Created + second.Updated);
    }

    [Fact]
    public async Task Import_of_a_changed_node_reports_it_updated_and_stores_the_change()
    {
        var dataset = Fixture("tiny");
        await Store.ImportAsync(dataset, None);
        var gamma = dataset.Programs.Single(p => p.Id == "program:meti-gamma");
        var renamed = dataset with { Programs = dataset.Programs.Select(p => p == gamma ? p with { Name = p.Name with { Ja = "新ガンマ事業" } } : p).ToList() };

        var report = await Store.ImportAsync(renamed, None);

        Assert.Equal(new KindCounts(0, 1, dataset.Programs.Count - 1), report.PerKind[NodeKind.Program]);
        var stored = Assert.IsType<Program>(Assert.Single(await Store.GetNodesAsync(["program:meti-gamma"], None)));
        Assert.Equal("新ガンマ事業", stored.Name.Ja);
    }

    [Fact]
    public async Task Export_returns_exactly_what_was_imported()
    {
        var dataset = Fixture("tiny");
        await Store.ImportAsync(dataset, None);

        var exported = await Store.ExportAsync(None);

        Assert.Equal(
            dataset.Nodes().OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => NodeWriter.ToJson(n)),
            exported.Nodes().OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => NodeWriter.ToJson(n)));
    }

    [Fact]
    public async Task GetNodes_returns_the_known_ids_with_their_kinds_and_leaves_out_unknown_ones()
    {
        await Store.ImportAsync(Fixture("tiny"), None);
        var nodes = await Store.GetNodesAsync(["program:jst-beta", "region:north-city", "transfer:s1-a", "program:nope"], None);
        Assert.Equal(["program:jst-beta", "region:north-city", "transfer:s1-a"], nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal("agency:jst", nodes.OfType<Program>().Single().RunBy);
        Assert.Equal("region:north-pref", nodes.OfType<Region>().Single().Within);
        Assert.Equal(Stage.Prototype, nodes.OfType<Transfer>().Single().Stage);
    }

    [Fact]
    public async Task ListNodes_filters_programs_by_ministry_including_agencies_and_sub_programs()
    {
        await Store.ImportAsync(Fixture("tiny"), None);
        var page = await Store.ListNodesAsync(new NodeQuery(NodeKind.Program, [MinistryCode.MEXT]), None);
        Assert.Equal(["program:jst-beta", "program:mext-alpha", "program:mext-alpha-1"], page.Nodes.Select(n => n.Id));
        Assert.Equal(3, page.TotalCount);
    }

    [Theory]
    [InlineData(MinistryCode.METI, new[] { "program:joint-theta", "program:meti-delta", "program:meti-eta", "program:meti-gamma", "program:nedo-epsilon" })]
    [InlineData(MinistryCode.MHLW, new[] { "program:joint-theta", "program:mhlw-zeta" })]
    public async Task ListNodes_lists_a_joint_program_under_each_of_its_ministries(MinistryCode ministry, string[] expected)
    {
        await Store.ImportAsync(Fixture("tiny"), None);
        var page = await Store.ListNodesAsync(new NodeQuery(NodeKind.Program, [ministry]), None);
        Assert.Equal(expected, page.Nodes.Select(n => n.Id));
    }

    [Theory]
    [InlineData("ガンマ", "program:meti-gamma")]
    [InlineData("GAMMA", "program:meti-gamma")]
    [InlineData("phase i", "program:mext-alpha-1")]
    public async Task ListNodes_finds_names_containing_text_in_Japanese_or_English(string text, string expectedId)
    {
        await Store.ImportAsync(Fixture("tiny"), None);
        var page = await Store.ListNodesAsync(new NodeQuery(NodeKind.Program, NameContains: text), None);
        Assert.Equal([expectedId], page.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task ListNodes_pages_by_id_without_losing_or_repeating_any()
    {
        await Store.ImportAsync(Fixture("tiny"), None);
        var all = new List<string>();
        string? after = null;
        NodePage page;
        do
        {
            page = await Store.ListNodesAsync(new NodeQuery(NodeKind.Transfer, First: 5, After: after), None);
            Assert.Equal(Fixture("tiny").Transfers.Count, page.TotalCount);
            all.AddRange(page.Nodes.Select(n => n.Id));
            after = page.EndCursor;
        } while (page.HasNextPage);
        Assert.Equal(Fixture("tiny").Transfers.Select(t => t.Id).Order(StringComparer.Ordinal), all);
    }

    [Fact]
    public async Task Transfers_of_a_program_come_in_fiscal_year_order()
    {
        await Store.ImportAsync(Fixture("tiny"), None);
        var outgoing = await Store.GetTransfersAsync(["program:meti-gamma"], TransferDirection.Outgoing, None);
        var incoming = await Store.GetTransfersAsync(["program:meti-gamma"], TransferDirection.Incoming, None);
        Assert.Equal(["transfer:s5-a", "transfer:s4-b", "transfer:s1-b", "transfer:s2-b"], outgoing.Select(t => t.Id));
        Assert.Equal(["transfer:s4-a", "transfer:s1-a", "transfer:s2-a"], incoming.Select(t => t.Id));
    }
}
