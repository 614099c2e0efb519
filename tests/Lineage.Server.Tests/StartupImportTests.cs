using System.Text.Json.Nodes;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Server.Hosting;
using Lineage.Store.Sqlite;
using Lineage.Tests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Tests;

/// <summary>
/// What start-up does with a store that already holds a dataset: by default it serves it untouched but warns when
/// data/ has moved on; with ImportOnStart=Always it brings the store up to date.
/// </summary>
public sealed class StartupImportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-startup-").FullName;
    private readonly List<(LogLevel Level, string Message)> _log = [];

    [Fact]
    public async Task A_store_behind_data_is_served_unchanged_with_a_warning_counting_the_difference()
    {
        using var store = await StoreWithTinyAsync();
        var newer = TinyChanged();

        await Seeder(store, newer, ImportOnStart.IfEmpty).SeedAsync(CancellationToken.None);

        Assert.Equal(Stage.Commercialized, await StageOfAsync(store, "transfer:s1-b"));
        var warning = Assert.Single(_log, l => l.Level == LogLevel.Warning);
        Assert.Contains("1 nodes there are not in the store, 1 differ and 0 in the store are no longer there", warning.Message, StringComparison.Ordinal);
        Assert.Contains(newer, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_equal_to_data_starts_without_a_warning()
    {
        using var store = await StoreWithTinyAsync();

        await Seeder(store, Path.Combine(RepoPaths.Fixtures, "tiny"), ImportOnStart.IfEmpty).SeedAsync(CancellationToken.None);

        Assert.DoesNotContain(_log, l => l.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Always_imports_what_changed_and_keeps_the_rest()
    {
        using var store = await StoreWithTinyAsync();

        await Seeder(store, TinyChanged(), ImportOnStart.Always).SeedAsync(CancellationToken.None);

        Assert.Equal(Stage.Prototype, await StageOfAsync(store, "transfer:s1-b"));
        Assert.Contains(_log, l => l.Message.Contains("1 created, 1 updated", StringComparison.Ordinal) && l.Message.Contains("0 deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Always_makes_the_store_exactly_data_so_what_data_no_longer_holds_is_deleted()
    {
        using var store = await StoreWithTinyAsync();
        var smaller = TinyWithout("transfer:s1-b");

        await Seeder(store, smaller, ImportOnStart.Always).SeedAsync(CancellationToken.None);

        Assert.Empty(await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None));
        Assert.Contains(_log, l => l.Message.Contains("1 deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IfEmpty_warns_when_the_store_holds_what_data_no_longer_has_and_deletes_nothing()
    {
        using var store = await StoreWithTinyAsync();

        await Seeder(store, TinyWithout("transfer:s1-b"), ImportOnStart.IfEmpty).SeedAsync(CancellationToken.None);

        Assert.Single(await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None));
        var warning = Assert.Single(_log, l => l.Level == LogLevel.Warning);
        Assert.Contains("0 nodes there are not in the store, 0 differ and 1 in the store are no longer there", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_data_folder_beside_a_filled_store_is_reported_and_the_store_served_as_it_is()
    {
        using var store = await StoreWithTinyAsync();
        var broken = Path.Combine(RepoPaths.Fixtures, "bad-datasets", "dangling-reference", "data");
        var before = NodeWriter.ToJson((await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None)).Single());

        await Seeder(store, broken, ImportOnStart.IfEmpty).SeedAsync(CancellationToken.None);

        Assert.Contains(_log, l => l.Level == LogLevel.Warning && l.Message.Contains("problems", StringComparison.Ordinal));
        Assert.Equal(before, NodeWriter.ToJson((await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None)).Single()));
    }

    [Fact]
    public async Task Always_with_the_files_the_store_was_imported_from_imports_nothing()
    {
        var (store, data) = await StoreSeededFromACopyOfTinyAsync();
        using var _ = store;
        var version = await store.GetDataVersionAsync(CancellationToken.None);
        _log.Clear();

        await Seeder(store, data, ImportOnStart.Always).SeedAsync(CancellationToken.None);

        // The fingerprint of the files matches the one the first start recorded: no import runs (none is logged).
        Assert.DoesNotContain(_log, l => l.Message.Contains("Imported", StringComparison.Ordinal));
        Assert.Equal(version, await store.GetDataVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Data_changed_after_the_store_was_filled_from_it_is_found_at_the_next_start()
    {
        var (store, data) = await StoreSeededFromACopyOfTinyAsync();
        using var _ = store;
        var file = Path.Combine(data, "graph.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"COMMERCIALIZED\"", "\"PROTOTYPE\"", StringComparison.Ordinal));

        await Seeder(store, data, ImportOnStart.IfEmpty).SeedAsync(CancellationToken.None);

        var warning = Assert.Single(_log, l => l.Level == LogLevel.Warning);
        Assert.Contains("0 nodes there are not in the store, 1 differ and 0 in the store are no longer there", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_only_reformatted_since_the_import_are_compared_in_full_and_start_without_a_warning()
    {
        var (store, data) = await StoreSeededFromACopyOfTinyAsync();
        using var _ = store;
        var file = Path.Combine(data, "graph.json");
        File.WriteAllText(file, JsonNode.Parse(File.ReadAllText(file))!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n\n");

        await Seeder(store, data, ImportOnStart.IfEmpty).SeedAsync(CancellationToken.None);

        Assert.DoesNotContain(_log, l => l.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_store_imported_over_since_its_start_import_is_compared_with_data_in_full()
    {
        var (store, data) = await StoreSeededFromACopyOfTinyAsync();
        using var _ = store;
        // Another import (the command, a test, an older Lineage) writes other data: the recorded fingerprint no longer holds.
        await store.ImportAsync(DatasetLoader.LoadDirectory(TinyChanged()) with { Fingerprint = null }, CancellationToken.None);

        await Seeder(store, data, ImportOnStart.IfEmpty).SeedAsync(CancellationToken.None);

        var warning = Assert.Single(_log, l => l.Level == LogLevel.Warning);
        Assert.Contains("0 nodes there are not in the store, 1 differ and 1 in the store are no longer there", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>A new store filled by a first start from a copy of tiny (data/), which the test may then change.</summary>
    private async Task<(SqliteStore Store, string Data)> StoreSeededFromACopyOfTinyAsync()
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, "lineage.db") }));
        var data = Directory.CreateDirectory(Path.Combine(_directory, "data")).FullName;
        File.Copy(Path.Combine(RepoPaths.Fixtures, "tiny", "graph.json"), Path.Combine(data, "graph.json"));
        await Seeder(store, data, ImportOnStart.IfEmpty).SeedAsync(CancellationToken.None);
        return (store, data);
    }

    private async Task<SqliteStore> StoreWithTinyAsync()
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, "lineage.db") }));
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny")), CancellationToken.None);
        return store;
    }

    /// <summary>tiny with transfer:s1-b lowered to PROTOTYPE and one project added.</summary>
    private string TinyChanged()
    {
        var graph = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "tiny", "graph.json")))!;
        graph["transfers"]!.AsArray().Single(t => (string?)t!["id"] == "transfer:s1-b")!["stage"] = "PROTOTYPE";
        graph["projects"]!.AsArray().Add(JsonNode.Parse("""
            {"id": "project:seed-new", "name": {"ja": "新シード"}, "evidence": [{"source": "source:fixture", "quote": "fixture"}]}
            """));
        var dir = Directory.CreateDirectory(Path.Combine(_directory, "newer")).FullName;
        File.WriteAllText(Path.Combine(dir, "graph.json"), graph.ToJsonString());
        return dir;
    }

    /// <summary>tiny without one node.</summary>
    private string TinyWithout(string id)
    {
        var graph = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "tiny", "graph.json")))!;
        foreach (var collection in graph.AsObject().Where(p => p.Value is JsonArray).Select(p => p.Value!.AsArray()))
            foreach (var node in collection.Where(n => (string?)n!["id"] == id).ToList()) collection.Remove(node);
        var dir = Directory.CreateDirectory(Path.Combine(_directory, "without")).FullName;
        File.WriteAllText(Path.Combine(dir, "graph.json"), graph.ToJsonString());
        return dir;
    }

    private DatasetSeeder Seeder(SqliteStore store, string dataDirectory, ImportOnStart mode) =>
        new(store, Options.Create(new LineageOptions { DataDirectory = dataDirectory, ImportOnStart = mode }), new ListLogger<DatasetSeeder>(_log));

    private static async Task<Stage> StageOfAsync(SqliteStore store, string id) =>
        ((Transfer)(await store.GetNodesAsync([id], CancellationToken.None)).Single()).Stage;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class ListLogger<T>(List<(LogLevel, string)> log) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add((logLevel, formatter(state, exception)));
    }
}
