using System.Text.Json.Nodes;
using Lineage.Server.Cli;
using Lineage.Tests;
using Microsoft.Data.Sqlite;

namespace Lineage.Server.Tests;

/// <summary>import as a sync from the command line: deleted counts, --dry-run, a locked store, and Ctrl+C.</summary>
public sealed class CliImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lineage-import-").FullName;

    private string DbPath => Path.Combine(_dir, "lineage.db");
    private string Db => "--Lineage:Sqlite:Path=" + DbPath;
    private static string TinyDir => Path.Combine(RepoPaths.Fixtures, "tiny");

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => InProcessCli.RunAsync(args);

    /// <summary>tiny without the given nodes, as a dataset folder.</summary>
    private string TinyWithout(params string[] ids) => FixtureData.FixtureWithout("tiny", _dir, ids);

    [Fact]
    public async Task An_import_prints_how_many_it_deleted_and_the_store_no_longer_has_them()
    {
        Assert.Equal(0, (await Run("import", TinyDir, Db)).Exit);

        var (exit, output, _) = await Run("import", TinyWithout("transfer:s1-b"), Db);

        Assert.Equal(0, exit);
        Assert.Matches(@"Transfer\s+0\s+0\s+\d+\s+1\r?\n", output);
        Assert.Matches(@"total\s+0\s+0\s+\d+\s+1\r?\n", output);
        var exported = await Run("export", "--out", Path.Combine(_dir, "export"), Db);
        Assert.Equal(0, exported.Exit);
        Assert.DoesNotContain("transfer:s1-b", File.ReadAllText(Path.Combine(_dir, "export", "transfers.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_prints_created_updated_deleted_and_writes_nothing()
    {
        Assert.Equal(0, (await Run("import", TinyDir, Db)).Exit);
        var before = Path.Combine(_dir, "before");
        Assert.Equal(0, (await Run("export", "--out", before, Db)).Exit);

        var (exit, output, _) = await Run("import", TinyWithout("transfer:s1-b", "transfer:s2-a"), "--dry-run", Db);

        Assert.Equal(0, exit);
        Assert.Contains("Dry run: nothing was written.", output, StringComparison.Ordinal);
        Assert.Matches(@"Transfer\s+0\s+0\s+\d+\s+2\r?\n", output);
        var after = Path.Combine(_dir, "after");
        Assert.Equal(0, (await Run("export", "--out", after, Db)).Exit);
        Assert.Equal(Read(before), Read(after));
    }

    [Fact]
    public async Task A_dry_run_against_no_store_yet_creates_no_file()
    {
        var (exit, output, _) = await Run("import", TinyDir, "--dry-run", Db);

        Assert.Equal(0, exit);
        Assert.Matches(@"total\s+\d+\s+0\s+0\s+0", output);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task A_store_locked_past_the_busy_timeout_exits_3_with_a_message_and_nothing_changes()
    {
        Assert.Equal(0, (await Run("import", TinyDir, Db)).Exit);
        var export = Path.Combine(_dir, "before");
        Assert.Equal(0, (await Run("export", "--out", export, Db)).Exit);
        await using (var writer = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            await writer.OpenAsync();
            await using var tx = writer.BeginTransaction(deferred: false); // holds the write lock

            var (exit, _, err) = await Run("import", TinyWithout("transfer:s1-b"), Db, "--Lineage:Sqlite:BusyTimeoutSeconds=1");

            Assert.Equal(3, exit);
            Assert.Contains("Store unavailable: The SQLite store at", err, StringComparison.Ordinal);
            Assert.Contains("is locked by another writer; gave up after 1 s (Lineage:Sqlite:BusyTimeoutSeconds)", err, StringComparison.Ordinal);
            Assert.Single(err.TrimEnd().Split('\n'), l => !l.StartsWith("Importing", StringComparison.Ordinal));
        }
        var after = Path.Combine(_dir, "after");
        Assert.Equal(0, (await Run("export", "--out", after, Db)).Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(export, "transfers.json")), File.ReadAllText(Path.Combine(after, "transfers.json")));
    }

    [Fact]
    public async Task Ctrl_C_during_an_import_rolls_it_back_and_the_store_is_as_it_was()
    {
        Assert.Equal(0, (await Run("import", TinyDir, Db)).Exit);
        var before = Path.Combine(_dir, "before");
        Assert.Equal(0, (await Run("export", "--out", before, Db)).Exit);
        var big = BigDataset(40_000);

        using var import = CliProcess.Start(["import", big, Db]);
        await import.WaitForErrAsync("in one transaction (Ctrl+C rolls it back)", TimeSpan.FromSeconds(120));
        await Task.Delay(300); // well inside the transaction: the import of 40 000 nodes takes seconds
        import.Interrupt();
        var exit = await import.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exit == 130, $"exit {exit}: the import finished before Ctrl+C arrived or failed otherwise:\n{import.Out}\n{import.Err}");
        Assert.Contains("Cancelled; nothing more was written", import.Err, StringComparison.Ordinal);
        Assert.Equal("", import.Out);
        var after = Path.Combine(_dir, "after");
        Assert.Equal(0, (await Run("export", "--out", after, Db)).Exit);
        Assert.Equal(Read(before), Read(after));
    }

    /// <summary>tiny plus <paramref name="regions"/> generated regions: a valid dataset whose import takes a while.</summary>
    private string BigDataset(int regions)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "big")).FullName;
        File.Copy(Path.Combine(TinyDir, "graph.json"), Path.Combine(dir, "graph.json"));
        var items = Enumerable.Range(0, regions).Select(i =>
            $$"""{"id": "region:generated-{{i:D6}}", "name": {"ja": "生成地域{{i}}"}, "kind": "AREA", "evidence": [{"source": "source:fixture", "quote": "fixture"}]}""");
        File.WriteAllText(Path.Combine(dir, "generated.json"), "{\"regions\": [\n" + string.Join(",\n", items) + "\n]}\n");
        return dir;
    }

    private static SortedDictionary<string, string> Read(string dir) =>
        new(Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllText), StringComparer.Ordinal);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
