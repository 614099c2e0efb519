using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Lineage.Tests;

namespace Lineage.Widgets.Tests.Infrastructure;

/// <summary>
/// The real server as its own process on a free loopback port, on its own SQLite file, seeded from a
/// dataset directory: what a user runs, so the widgets are tested through Kestrel, not a test host.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        Address = address;
    }

    public Uri Address { get; }

    public string Origin => Address.GetLeftPart(UriPartial.Authority);

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server's own build output, next to this test's (same configuration).</summary>
    private static string ServerDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0/
        var dll = Path.Combine(RepoPaths.Root, "src", "Lineage.Server", "bin", configuration, "net10.0", "Lineage.Server.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"The server is not built at {dll}; build Lineage.sln first.");
        return dll;
    }

    public static async Task<ServerProcess> StartAsync(string dataDirectory, params string[] settings)
    {
        var directory = Directory.CreateTempSubdirectory("lineage-widgets-").FullName;
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(ServerDll());
        start.ArgumentList.Add($"--Lineage:DataDirectory={dataDirectory}");
        start.ArgumentList.Add($"--Lineage:Sqlite:Path={Path.Combine(directory, "lineage.db")}");
        start.ArgumentList.Add($"--Urls={address.GetLeftPart(UriPartial.Authority)}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, directory, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The server exited with {process.ExitCode} before it was ready:\n{server.Output}");
            try
            {
                using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new TimeoutException($"The server at {address} was not ready within 90 s:\n{server.Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
