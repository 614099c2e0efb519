using System.Diagnostics;
using System.Text;
using Lineage.Server.Cli;
using Lineage.Tests;

namespace Lineage.Server.Tests;

/// <summary>
/// Every kind of broken file a dataset folder can hold (as a person or a file system makes them) is a clear problem
/// naming the file: validate and import exit 1, and the store's export is byte for byte what it was. Never a crash,
/// never a hang (a FIFO is never opened). The broken text kinds are fixtures in tests/Fixtures/bad-datasets; the
/// kinds git cannot hold are made here.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // FIFOs, symbolic links to devices and Unix file modes
public sealed class CliBrokenFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lineage-broken-").FullName;

    private string Db => "--Lineage:Sqlite:Path=" + Path.Combine(_dir, "lineage.db");

    private static readonly string Tiny = Path.Combine(RepoPaths.Fixtures, "tiny", "graph.json");

    /// <summary>Makes the broken entry in a folder that otherwise holds a valid dataset; returns the name problems must show.</summary>
    private static string Make(string kind, string folder)
    {
        switch (kind)
        {
            case "fifo":
                Shell("mkfifo", Path.Combine(folder, "pipe.json"));
                return "pipe.json";
            case "symlink-loop":
                File.CreateSymbolicLink(Path.Combine(folder, "a.json"), "b.json");
                File.CreateSymbolicLink(Path.Combine(folder, "b.json"), "a.json");
                return "a.json";
            case "dangling-symlink":
                File.CreateSymbolicLink(Path.Combine(folder, "gone.json"), "nowhere.json");
                return "gone.json";
            case "directory":
                Directory.CreateDirectory(Path.Combine(folder, "folder.json"));
                return "folder.json";
            case "empty-file":
                File.WriteAllBytes(Path.Combine(folder, "empty.json"), []);
                return "empty.json";
            case "device":
                File.CreateSymbolicLink(Path.Combine(folder, "zero.json"), "/dev/zero");
                return "zero.json";
            case "too-large":
                using (var big = File.Create(Path.Combine(folder, "big.json")))
                {
                    big.SetLength(17L * 1024 * 1024);
                }
                return "big.json";
            case "ten-megabyte-note":
                var graph = File.ReadAllText(Tiny).Replace("\"stage\": \"COMMERCIALIZED\",", $"\"stage\": \"COMMERCIALIZED\", \"note\": \"{new string('x', 10 * 1024 * 1024)}\",", StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(folder, "graph.json"), graph);
                return "graph.json";
            case "unreadable":
                File.Copy(Tiny, Path.Combine(folder, "locked.json"));
                File.SetUnixFileMode(Path.Combine(folder, "locked.json"), UnixFileMode.None);
                return "locked.json";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    public static TheoryData<string, string> Kinds() => new()
    {
        { "fifo", "not a regular file (a FIFO, socket or device, which is not opened)" },
        { "symlink-loop", "is a symbolic link that cannot be followed (a loop?)" },
        { "dangling-symlink", "is a symbolic link to 'nowhere.json', which does not exist" },
        { "directory", "is a directory, not a dataset file" },
        { "empty-file", "is empty (0 bytes)" },
        { "device", "not a regular file" },
        { "too-large", "is 17 MB; a dataset file may be at most 16 MB" },
        { "ten-megabyte-note", "$.transfers[1].note: is 10,485,760 characters long; a note may be at most 4,000" },
        { "unreadable", "cannot be read: permission denied" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_broken_file_fails_validate_and_import_naming_the_file_and_leaves_the_store_as_it_was(string kind, string message)
    {
        Assert.Equal(0, (await Run("import", Path.Combine(RepoPaths.Fixtures, "tiny"), Db)).Exit);
        var before = await ExportAsync("before");
        var folder = Directory.CreateDirectory(Path.Combine(_dir, kind)).FullName;
        if (kind != "ten-megabyte-note") File.Copy(Tiny, Path.Combine(folder, "graph.json"));
        var file = Make(kind, folder);

        // Root reads every file whatever its mode: the unreadable case then runs the executable as nobody.
        var asNobody = kind == "unreadable" && Environment.UserName == "root";
        if (asNobody)
        {
            File.SetUnixFileMode(_dir, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(Path.Combine(folder, "graph.json"), (UnixFileMode)0b110_100_100);
        }
        var validate = asNobody ? await CliProcess.RunAsync(["validate", folder], asUser: "65534") : await Run("validate", folder);
        var import = asNobody ? await CliProcess.RunAsync(["import", folder, Db], asUser: "65534") : await Run("import", folder, Db);

        Assert.True(validate.Exit == 1, $"validate exited {validate.Exit}:\n{validate.Err}");
        Assert.Equal(1, import.Exit);
        Assert.Contains($"{file}: ", validate.Err, StringComparison.Ordinal);
        Assert.Contains(message, validate.Err, StringComparison.Ordinal);
        Assert.Contains($"{file}: ", import.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", import.Err, StringComparison.Ordinal);
        Assert.Equal(before, await ExportAsync("after"));
    }

    [Fact]
    public async Task A_typo_in_one_file_is_one_problem_not_hundreds_of_dangling_references()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "data")).FullName;
        foreach (var f in Directory.GetFiles(RepoPaths.Data)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        var sources = Path.Combine(folder, "sources.json");
        var lines = File.ReadAllLines(sources);
        var at = Array.FindIndex(lines, l => l.Contains("\"id\": \"source:000\"", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("\"id\": ", "\"id\" ", StringComparison.Ordinal); // a missing colon
        File.WriteAllLines(sources, lines);

        var (exit, _, err) = await Run("validate", folder);

        Assert.Equal(1, exit);
        var problems = err.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        var problem = Assert.Single(problems);
        Assert.StartsWith($"  sources.json: line {at + 1}, column ", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", problem, StringComparison.Ordinal);
        Assert.Contains("References between nodes were not checked", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_a_folder_that_does_not_exist_is_a_usage_error()
    {
        var (exit, _, err) = await Run("validate", "/nonexistent");
        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent", err, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => InProcessCli.RunAsync(args);

    private static void Shell(string program, params string[] args)
    {
        using var p = Process.Start(program, args);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    private async Task<SortedDictionary<string, byte[]>> ExportAsync(string name)
    {
        var dir = Path.Combine(_dir, "export-" + name);
        Assert.Equal(0, (await Run("export", "--format", "json", "--out", dir, Db)).Exit);
        return new SortedDictionary<string, byte[]>(Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), StringComparer.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
