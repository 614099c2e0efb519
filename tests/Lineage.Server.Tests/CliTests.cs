using Lineage.Server.Cli;
using Lineage.Tests;

namespace Lineage.Server.Tests;

/// <summary>The executable's verbs, run in-process as a user would run them.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lineage-cli-").FullName;

    private string Db => "--Lineage:Sqlite:Path=" + Path.Combine(_dir, "lineage.db");

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => InProcessCli.RunAsync(args);

    public static TheoryData<string> BadDatasets()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "bad-datasets")).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Fact]
    public async Task An_unknown_store_stops_start_up_with_a_message_naming_the_setting_and_its_values()
    {
        var (exit, _, err) = await Run("--Lineage:Store=mongodb", Db);
        Assert.Equal(2, exit);
        Assert.Equal("Configuration error: Lineage:Store = 'mongodb' is not allowed: use sqlite | neo4j.", err.TrimEnd());
    }

    [Fact]
    public async Task Validate_accepts_the_shipped_dataset()
    {
        var (exit, output, _) = await Run("validate", RepoPaths.Data);
        Assert.Equal(0, exit);
        Assert.Contains("valid", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadDatasets))]
    public async Task A_bad_dataset_fails_validate_and_import_and_leaves_the_store_exactly_as_it_was(string name)
    {
        var bad = Path.Combine(RepoPaths.Fixtures, "bad-datasets", name, "data");
        Assert.Equal(0, (await Run("import", Path.Combine(RepoPaths.Fixtures, "tiny"), Db)).Exit);
        var before = await ExportAsync("before");

        var validate = await Run("validate", bad);
        var import = await Run("import", bad, Db);

        Assert.Equal(1, validate.Exit);
        Assert.Equal(1, import.Exit);
        using var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "bad-datasets", name, "expected-problem.json")));
        Assert.Contains(expected.RootElement.GetProperty("file").GetString() + ": ", import.Err, StringComparison.Ordinal);
        Assert.Contains(expected.RootElement.GetProperty("messageContains").GetString()!, validate.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", import.Err, StringComparison.Ordinal);
        Assert.Equal(before, await ExportAsync("after"));
    }

    [Fact]
    public async Task A_bad_dataset_never_creates_a_database_file()
    {
        var (exit, _, _) = await Run("import", Path.Combine(RepoPaths.Fixtures, "many-problems"), Db);
        Assert.Equal(1, exit);
        Assert.False(File.Exists(Path.Combine(_dir, "lineage.db")));
    }

    [Fact]
    public async Task Import_prints_counts_per_kind_and_a_second_import_changes_nothing()
    {
        var first = await Run("import", RepoPaths.Data, Db);
        var second = await Run("import", RepoPaths.Data, Db);

        Assert.Equal(0, first.Exit);
        var nodes = Lineage.Core.Datasets.DatasetLoader.LoadDirectory(RepoPaths.Data).Nodes().Count();
        Assert.Matches($@"total\s+{nodes}\s+0\s+0\s+0", first.Out);
        Assert.Matches($@"total\s+0\s+0\s+{nodes}\s+0", second.Out);
    }

    [Fact]
    public async Task Export_json_then_import_into_an_empty_store_then_export_gives_identical_files()
    {
        Assert.Equal(0, (await Run("import", RepoPaths.Data, Db)).Exit);
        var first = await ExportAsync("first");
        var secondDb = "--Lineage:Sqlite:Path=" + Path.Combine(_dir, "second.db");
        Assert.Equal(0, (await Run("import", Path.Combine(_dir, "first"), secondDb)).Exit);
        Assert.Equal(0, (await Run("export", "--format", "json", "--out", Path.Combine(_dir, "second"), secondDb)).Exit);

        Assert.Equal(first, Read(Path.Combine(_dir, "second")));
        Assert.True(first.Count >= 5);
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_a_clear_error_not_a_crash()
    {
        var blocker = Path.Combine(_dir, "a-file");
        await File.WriteAllTextAsync(blocker, "not a directory");
        var (exit, _, err) = await Run("import", Path.Combine(RepoPaths.Fixtures, "tiny"), "--Lineage:Sqlite:Path=" + Path.Combine(blocker, "lineage.db"));
        Assert.Equal(3, exit);
        Assert.Contains("Store unavailable", err, StringComparison.Ordinal);
        Assert.Contains(blocker, err, StringComparison.Ordinal);
    }

    private static readonly string[] UnreachableNeo4j =
        ["--Lineage:Store=neo4j", "--Lineage:Neo4j:Uri=http://127.0.0.1:1", "--Lineage:Neo4j:User=neo4j", "--Lineage:Neo4j:Password=unused"];

    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    public async Task Import_and_export_on_an_unreachable_Neo4j_end_with_store_unavailable_naming_it(string command)
    {
        string[] args = command == "import" ? ["import", Path.Combine(RepoPaths.Fixtures, "tiny"), .. UnreachableNeo4j] : ["export", .. UnreachableNeo4j];

        var (exit, output, err) = await Run(args);

        Assert.Equal(3, exit);
        Assert.Contains("Store unavailable: Cannot reach Neo4j at http://127.0.0.1:1", err, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Validate_needs_no_store_so_it_works_whatever_store_is_configured()
    {
        var (exit, output, _) = await Run(["validate", Path.Combine(RepoPaths.Fixtures, "tiny"), .. UnreachableNeo4j]);

        Assert.Equal(0, exit);
        Assert.Contains("Transfer", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4j_without_its_address_is_a_configuration_error_naming_the_setting()
    {
        var (exit, _, err) = await Run("export", "--Lineage:Store=neo4j");

        Assert.Equal(2, exit);
        Assert.Contains("Lineage:Neo4j:Uri is required", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_on_a_broken_data_folder_stops_with_the_problems_and_exit_1_not_a_stack_trace()
    {
        var bad = Path.Combine(RepoPaths.Fixtures, "bad-datasets", "duplicate-key", "data");

        var (exit, output, err) = await Run("--Lineage:DataDirectory=" + bad, Db, "--urls=http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.StartsWith("The dataset has 1 problem(s); nothing was imported:", err, StringComparison.Ordinal);
        Assert.Contains("dataset.json: line 416, column 7: duplicate key 'stage'", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_on_an_unreachable_Neo4j_stops_with_one_line_and_exit_3()
    {
        var (exit, _, err) = await Run([.. UnreachableNeo4j, "--urls=http://127.0.0.1:0"]);

        Assert.Equal(3, exit);
        Assert.StartsWith("Store unavailable: Cannot reach Neo4j at http://127.0.0.1:1", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Schema_prints_the_SDL_with_the_lineage_query()
    {
        var (exit, output, _) = await Run("schema");
        Assert.Equal(0, exit);
        Assert.Contains("lineage(", output, StringComparison.Ordinal);
        Assert.Contains("type LineagePath", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("schema")]
    public async Task Every_command_has_help(string command)
    {
        var (exit, output, _) = await Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  Lineage.Server " + command, output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var (exit, _, err) = await Run("frobnicate");
        Assert.Equal(2, exit);
        Assert.Contains("Unknown command or argument 'frobnicate'", err, StringComparison.Ordinal);
    }

    private async Task<SortedDictionary<string, string>> ExportAsync(string name)
    {
        Assert.Equal(0, (await Run("export", "--format", "json", "--out", Path.Combine(_dir, name), Db)).Exit);
        return Read(Path.Combine(_dir, name));
    }

    private static SortedDictionary<string, string> Read(string dir) =>
        new(Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllText), StringComparer.Ordinal);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
