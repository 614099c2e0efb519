using System.Diagnostics;
using System.Text;
using Lineage.Server.Cli;

namespace Lineage.Server.Tests;

/// <summary>The executable as a user runs it: its own process (dotnet Lineage.Server.dll), environment and signals.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    private readonly IReadOnlyList<(string Folder, UnixFileMode Mode)> _opened;

    private CliProcess(Process process, IReadOnlyList<(string Folder, UnixFileMode Mode)> opened)
    {
        _process = process;
        _opened = opened;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_err) _err.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Out { get { lock (_out) return _out.ToString(); } }

    public string Err { get { lock (_err) return _err.ToString(); } }

    /// <summary>The server's build output copied beside the tests (the project reference brings its runtimeconfig too).</summary>
    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "Lineage.Server.dll");

    /// <param name="asUser">Run as this user through setpriv (for a root test run, where no file is unreadable).</param>
    public static CliProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, string? asUser = null)
    {
        var start = new ProcessStartInfo(asUser is null ? "dotnet" : "setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        var opened = asUser is null ? [] : OpenToOthers(AppContext.BaseDirectory);
        if (asUser is not null)
        {
            foreach (var a in new[] { $"--reuid={asUser}", $"--regid={asUser}", "--clear-groups", "--", "dotnet" }) start.ArgumentList.Add(a);
            start.Environment["HOME"] = Path.GetTempPath();
        }
        start.ArgumentList.Add(ServerDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        // The test run's own environment must not leak into what is tested.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Lineage__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal) || k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>()) start.Environment[key] = value;
        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), opened);
    }

    /// <summary>
    /// Lets another user reach the build output: a checkout in a `mktemp -d` folder (mode 0700) is closed to everyone
    /// but its owner, and the process run as that user could not even find its own executable. Each folder on the way
    /// that lacks search permission for others gets it until the process is disposed.
    /// </summary>
    private static List<(string Folder, UnixFileMode Mode)> OpenToOthers(string folder)
    {
        var opened = new List<(string, UnixFileMode)>();
        if (OperatingSystem.IsWindows()) return opened;
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var mode = File.GetUnixFileMode(dir.FullName);
            if (mode.HasFlag(UnixFileMode.OtherExecute)) continue;
            File.SetUnixFileMode(dir.FullName, mode | UnixFileMode.OtherExecute);
            opened.Add((dir.FullName, mode));
        }
        return opened;
    }

    public static async Task<(int Exit, string Out, string Err)> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? asUser = null)
    {
        using var p = Start(args, environment, asUser: asUser);
        var exit = await p.WaitAsync(TimeSpan.FromSeconds(120));
        return (exit, p.Out, p.Err);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Lineage.Server did not exit within {timeout.TotalSeconds} s:\n{Out}\n{Err}");
        }
        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    /// <summary>Waits until standard error has a line containing <paramref name="text"/>.</summary>
    public async Task WaitForErrAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Err.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"Never printed '{text}' (exited: {_process.HasExited}):\n{Out}\n{Err}");
            await Task.Delay(20);
        }
    }

    /// <summary>What Ctrl+C sends.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process.Dispose();
        if (!OperatingSystem.IsWindows())
            foreach (var (folder, mode) in _opened) File.SetUnixFileMode(folder, mode);
    }
}

/// <summary>The executable's verbs run in this process, as CliApp runs them, with what they print.</summary>
internal static class InProcessCli
{
    /// <summary>A hang (a FIFO opened for reading, a lock never given up) fails the test instead of stalling the run.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, errors).WaitAsync(TimeSpan.FromSeconds(120));
        return (exit, output.ToString(), errors.ToString());
    }
}
