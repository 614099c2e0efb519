using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Tests.Fakes;
using Lineage.Tests;

namespace Lineage.Store.Neo4j.Tests.Store;

/// <summary>Imports: one explicit transaction, only changed nodes written, what the dataset lacks deleted, counts as SQLite counts, all or nothing.</summary>
public sealed class ImportTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Dataset Tiny = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny"));

    /// <summary>A fake Neo4j whose store already holds these nodes (id → canonical JSON).</summary>
    private static FakeNeo4j Holding(IReadOnlyDictionary<string, string> stored) =>
        new((r, _) => StoreFakes.Plausible(r, q => q.File == "export.cypher"
            ? Typed.Result(["id", "json"], stored.Select(p => new object?[] { p.Key, p.Value }))
            : null));

    [Fact]
    public async Task An_import_that_changes_nothing_keeps_the_data_version()
    {
        var stored = Tiny.Nodes().ToDictionary(n => n.Id, n => NodeWriter.ToJson(n));
        var fake = Holding(stored);
        await using var host = new TestHost(fake);

        var report = await host.Store.ImportAsync(Tiny, None);

        Assert.Equal(Tiny.Nodes().Count(), report.Unchanged);
        Assert.DoesNotContain(fake.Requests, r => r.File == "bump-data-version.cypher");
    }

    [Fact]
    public async Task Import_writes_only_what_changed_in_one_transaction_and_counts_created_updated_unchanged()
    {
        var alpha = Tiny.Programs.Single(p => p.Id == "program:mext-alpha");
        var gamma = Tiny.Programs.Single(p => p.Id == "program:meti-gamma");
        var transfer = Tiny.Transfers[0];
        // Stored already: alpha as is, gamma under another name, one transfer as is; everything else is new.
        var stored = new Dictionary<string, string>
        {
            [alpha.Id] = NodeWriter.ToJson(alpha),
            [gamma.Id] = NodeWriter.ToJson(gamma with { Name = gamma.Name with { Ja = "旧ガンマ" } }),
            [transfer.Id] = NodeWriter.ToJson(transfer),
        };
        var fake = Holding(stored);
        await using var host = new TestHost(fake);

        var report = await host.Store.ImportAsync(Tiny, None);

        Assert.Equal(new KindCounts(Tiny.Programs.Count - 2, 1, 1), report.PerKind[NodeKind.Program]);
        Assert.Equal(new KindCounts(Tiny.Transfers.Count - 1, 0, 1), report.PerKind[NodeKind.Transfer]);
        Assert.Equal(Tiny.Nodes().Count(), report.Created + report.Updated + report.Unchanged);

        var r = fake.Requests;
        Assert.EndsWith("/query/v2/tx", r[0].Path, StringComparison.Ordinal);
        Assert.EndsWith("/query/v2/tx/tx-1/commit", r[^1].Path, StringComparison.Ordinal);
        Assert.All(r.Skip(1).SkipLast(1), x => Assert.EndsWith("/query/v2/tx/tx-1", x.Path, StringComparison.Ordinal));
        // Nodes before links (a link may point at a node later in the dataset), then transfers, and last, in the same
        // transaction, a new data version, so every reader's cached catalogue is read again once this commits.
        var files = r.Select(x => x.File).OfType<string>().Distinct().ToList();
        Assert.Equal("export.cypher", files[0]);
        Assert.DoesNotContain("delete-nodes.cypher", files);
        Assert.DoesNotContain("delete-transfers.cypher", files);
        Assert.Equal("import-nodes.cypher", files[1]);
        Assert.Equal("import-transfers.cypher", files[^2]);
        Assert.Equal("bump-data-version.cypher", files[^1]);

        var written = r.Where(x => x.File == "import-nodes.cypher")
            .SelectMany(x => x.Parameters.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("id").GetString())).ToList();
        Assert.DoesNotContain(alpha.Id, written);
        Assert.Contains(gamma.Id, written);
        var gammaRow = r.Where(x => x.File == "import-nodes.cypher").SelectMany(x => x.Parameters.GetProperty("rows").EnumerateArray())
            .Single(row => row.GetProperty("id").GetString() == gamma.Id);
        Assert.Equal("Program", gammaRow.GetProperty("kind").GetString());
        Assert.Equal(NodeWriter.ToJson(gamma), gammaRow.GetProperty("props").GetProperty("json").GetString());
    }

    [Fact]
    public async Task What_the_dataset_no_longer_holds_is_deleted_in_the_same_transaction_before_anything_is_written()
    {
        // Stored: all of tiny, plus a program and a transfer that the dataset no longer has.
        var stored = Tiny.Nodes().ToDictionary(n => n.Id, n => NodeWriter.ToJson(n));
        stored["program:gone"] = "{}";
        stored["transfer:gone"] = "{}";
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r, q => q.File == "export.cypher"
            ? Typed.Result(["id", "json"], stored.Select(p => new object?[] { p.Key, p.Value }))
            : null));
        await using var host = new TestHost(fake);

        var report = await host.Store.ImportAsync(Tiny, None);

        Assert.Equal(new KindCounts(0, 0, Tiny.Programs.Count, 1), report.PerKind[NodeKind.Program]);
        Assert.Equal(new KindCounts(0, 0, Tiny.Transfers.Count, 1), report.PerKind[NodeKind.Transfer]);
        var r = fake.Requests;
        var transfers = Assert.Single(r, x => x.File == "delete-transfers.cypher");
        var nodes = Assert.Single(r, x => x.File == "delete-nodes.cypher");
        Assert.Equal(["transfer:gone"], transfers.Parameters.GetProperty("ids").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["program:gone"], nodes.Parameters.GetProperty("ids").EnumerateArray().Select(x => x.GetString()));
        Assert.True(r.ToList().IndexOf(transfers) < r.ToList().IndexOf(nodes), "transfers are deleted before the nodes they join");
        Assert.All(r.Skip(1).SkipLast(1), x => Assert.EndsWith("/query/v2/tx/tx-1", x.Path, StringComparison.Ordinal));
        Assert.EndsWith("/query/v2/tx/tx-1/commit", r[^1].Path, StringComparison.Ordinal);
        Assert.DoesNotContain(r, x => x.File is "import-nodes.cypher" or "import-transfers.cypher");
    }

    [Fact]
    public async Task A_dry_run_reads_outside_any_transaction_and_writes_nothing()
    {
        var stored = new Dictionary<string, string> { ["program:gone"] = "{}" };
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r, q => q.File == "export.cypher"
            ? Typed.Result(["id", "json"], stored.Select(p => new object?[] { p.Key, p.Value }))
            : null));
        await using var host = new TestHost(fake);

        var report = await host.Store.PlanImportAsync(Tiny, None);

        Assert.Equal(Tiny.Nodes().Count(), report.Created);
        Assert.Equal(1, report.Deleted);
        var request = Assert.Single(fake.Requests);
        Assert.Equal("export.cypher", request.File);
        Assert.DoesNotContain("/tx", request.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organizations_get_the_extra_label_of_their_kind()
    {
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r));
        await using var host = new TestHost(fake);

        await host.Store.ImportAsync(Tiny, None);

        var rows = fake.Requests.Where(x => x.File == "import-nodes.cypher")
            .SelectMany(x => x.Parameters.GetProperty("rows").EnumerateArray()).ToList();
        foreach (var org in Tiny.Organizations)
        {
            var row = rows.Single(x => x.GetProperty("id").GetString() == org.Id);
            Assert.Equal(org.OrganizationKind == OrganizationKind.Other ? "OtherOrganization" : org.OrganizationKind.ToString(),
                row.GetProperty("organizationLabel").GetString());
        }
    }

    [Fact]
    public async Task A_transfer_whose_program_is_missing_rolls_the_whole_import_back()
    {
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r, q => q.File == "import-transfers.cypher"
            ? Typed.Result(["written"], [[(long)StoreFakes.Rows(q) - 1]])
            : null));
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Store.ImportAsync(Tiny, None));

        Assert.Contains("Nothing was imported", e.Message, StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Delete, fake.Requests[^1].Method);
        Assert.DoesNotContain(fake.Requests, x => x.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failure_mid_import_rolls_back_and_nothing_is_committed()
    {
        var fake = new FakeNeo4j((r, _) => r.File?.StartsWith("link-", StringComparison.Ordinal) == true
            ? FakeNeo4j.Status(System.Net.HttpStatusCode.ServiceUnavailable)
            : StoreFakes.Plausible(r));
        await using var host = new TestHost(fake);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => host.Store.ImportAsync(Tiny, None));

        Assert.Single(fake.Requests, x => x.File?.StartsWith("link-", StringComparison.Ordinal) == true); // not retried inside the transaction
        Assert.Equal(HttpMethod.Delete, fake.Requests[^1].Method);
        Assert.DoesNotContain(fake.Requests, x => x.Path.EndsWith("/commit", StringComparison.Ordinal));
    }
}
