using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Core.Store;
using Lineage.Tests;
using Xunit;

namespace Lineage.Conformance;

/// <summary>
/// What every store must keep of issue 15's model: links (LINKED_TO) stored and read in both directions, never followed
/// by lineage; hand-offs with their basis and inference; programs without a runner; organizations' dates.
/// Fixture: tests/Fixtures/links; the expected answers below are read off that file by hand.
/// </summary>
public abstract class LinkConformance : CapabilityConformance
{
    private const string Fixture = "links";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Links_come_in_both_directions_for_programs_bodies_and_ministries_batched_by_target()
    {
        await ImportAsync(Fixture);

        var refs = await Port<IEntityQueries>().GetReferencingAsync(NodeKind.Link, Relation.Linked,
            ["program:mext-cluster", "org:council", "ministry:mext", "program:special-zone"], None);

        Assert.Equal(
            [("ministry:mext", "link:meti-consortium-events-mext"),
             ("org:council", "link:mext-cluster-council"),
             ("program:mext-cluster", "link:meti-cluster-selection-mext-cluster"),
             ("program:mext-cluster", "link:mext-cluster-council"),
             ("program:mext-cluster", "link:mext-cluster-directive-meti-cluster")],
            refs.Select(r => (r.Target, r.Node.Id)));
        var selection = Assert.IsType<Link>(refs.Single(r => r.Node.Id == "link:meti-cluster-selection-mext-cluster").Node);
        Assert.Equal(("program:meti-cluster", "program:mext-cluster", LinkKind.SelectionPreference), (selection.From, selection.To, selection.LinkKind));
        Assert.Equal("fixture fact selection", Assert.Single(selection.Evidence).Quote);
    }

    [Fact]
    public async Task Lineage_never_follows_a_link()
    {
        await ImportAsync(Fixture);

        // mext-cluster is LINKED_TO meti-cluster, but no hand-off goes from one to the other.
        var viaLink = await Store.QueryLineageAsync(new LineageQuery(ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.ForPrograms("program:meti-cluster")), None);
        var viaTransfer = await Store.QueryLineageAsync(new LineageQuery(ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.ForPrograms("program:meti-consortium")), None);

        Assert.Equal(0, viaLink.TotalCount);
        Assert.Equal(["transfer:cluster-to-consortium"], viaTransfer.Nodes.SelectMany(p => p.Steps).Select(s => s.Id));
    }

    [Fact]
    public async Task Hand_offs_keep_their_basis_and_inference()
    {
        await ImportAsync(Fixture);

        var outgoing = await Store.GetTransfersAsync(["program:mext-cluster", "program:meti-consortium"], TransferDirection.Outgoing, None);

        var inferred = outgoing.Single(t => t.Id == "transfer:cluster-to-consortium");
        Assert.Equal((Basis.Inferred, "rebuilt from an example (できる)"), (inferred.Basis, inferred.Inference));
        var stated = outgoing.Single(t => t.Id == "transfer:consortium-to-cluster");
        Assert.Equal((Basis.Stated, (string?)null), (stated.Basis, stated.Inference));
    }

    [Fact]
    public async Task Links_a_runnerless_program_and_dates_read_back_and_export_as_imported()
    {
        var dataset = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, Fixture));
        await Store.ImportAsync(dataset, None);

        var read = await Store.GetNodesAsync(["link:mext-cluster-council", "program:special-zone", "org:venture"], None);
        var exported = await Store.ExportAsync(None);

        var zone = Assert.IsType<Program>(read.Single(n => n.Id == "program:special-zone"));
        Assert.Null(zone.RunBy);
        Assert.Equal("no source names who runs it", zone.Note);
        var venture = Assert.IsType<Organization>(read.Single(n => n.Id == "org:venture"));
        Assert.Equal([(OrganizationDateKind.Founded, "1999", Basis.Inferred), (OrganizationDateKind.Listed, "2002-09", Basis.Stated)],
            venture.Dates.Select(d => (d.Kind, d.Date, d.Basis)));
        Assert.Equal("works through the council", Assert.IsType<Link>(read.Single(n => n.Id == "link:mext-cluster-council")).Note);
        Assert.Equal(dataset.Nodes().Select(n => NodeWriter.ToJson(n)).Order(StringComparer.Ordinal),
            exported.Nodes().Select(n => NodeWriter.ToJson(n)).Order(StringComparer.Ordinal));
        Assert.Equal(4, exported.Links.Count);
    }

    [Fact]
    public async Task Links_page_in_id_order()
    {
        await ImportAsync(Fixture);

        var first = await Store.ListNodesAsync(new NodeQuery(NodeKind.Link, First: 3), None);
        var rest = await Store.ListNodesAsync(new NodeQuery(NodeKind.Link, First: 3, After: first.EndCursor), None);

        Assert.Equal(4, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.Equal(
            ["link:meti-cluster-selection-mext-cluster", "link:meti-consortium-events-mext", "link:mext-cluster-council", "link:mext-cluster-directive-meti-cluster"],
            first.Nodes.Concat(rest.Nodes).Select(n => n.Id));
    }
}
