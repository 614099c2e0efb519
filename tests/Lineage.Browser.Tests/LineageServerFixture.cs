using Lineage.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Lineage.Browser.Tests;

/// <summary>
/// The real service on Kestrel at a free loopback port (a browser and Node need a real socket, which
/// WebApplicationFactory's in-memory server is not), wired exactly as `serve` wires it — the same
/// <see cref="HostingExtensions"/>, with this directory as the content root, where the build copied the
/// server's appsettings.json, data/ and wwwroot/ide — on its own SQLite file seeded from the shipped dataset.
/// </summary>
public sealed class LineageServerFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-browser-").FullName;
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The GraphQL endpoint, where browsers get the IDE.</summary>
    public Uri GraphQL => new(BaseAddress, "graphql");

    /// <summary>
    /// A line for the test run's own output (xunit diagnostic messages, on in xunit.runner.json), which
    /// `dotnet test` shows at any verbosity — unlike a passing test's ITestOutputHelper output.
    /// </summary>
    public void Announce(string message) => diagnostics.OnMessage(new DiagnosticMessage(message));

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args =
            [
                "--Urls=http://127.0.0.1:0",
                "--Lineage:Sqlite:Path=" + Path.Combine(_directory, "lineage.db"),
                "--Logging:LogLevel:Default=Warning",
            ],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(HostingExtensions).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.AddLineageService();
        _app = builder.Build();
        _app.MapLineage();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>One server for every test class that talks to it.</summary>
[CollectionDefinition(Name)]
public sealed class LineageServerCollectionDefinition : ICollectionFixture<LineageServerFixture>
{
    public const string Name = "Lineage server";
}
