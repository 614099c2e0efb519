using System.CommandLine;
using Lineage.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Cli;

/// <summary>`serve` (also what no command means): the service, on the platform's own hosting and configuration.</summary>
internal static class ServeCommand
{
    /// <summary>Loopback by default: the service is put on a network on purpose (ASPNETCORE_URLS, --urls), not by accident.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static void AddTo(Command root, CliContext cli)
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {DefaultUrls}; also ASPNETCORE_URLS)." };
        var serve = new Command("serve", "Run the service (the default): POST/GET /graphql, the IDE, widgets, /healthz, /readyz.");
        serve.Options.Add(urls);
        root.Options.Add(urls);
        Func<ParseResult, CancellationToken, Task<int>> action = (parse, ct) =>
            RunAsync([.. CliContext.Settings(parse), .. parse.GetValue(urls) is { } u ? new[] { "--urls=" + u } : []], cli, ct);
        serve.SetAction(action);
        root.SetAction(action);
        root.Subcommands.Add(serve);
    }

    public static async Task<int> RunAsync(string[] settings, CliContext cli, CancellationToken cancellationToken)
    {
        // appsettings.json ships beside the executable; the working directory is the user's, for relative paths.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings, ContentRootPath = AppContext.BaseDirectory });
        if (!ListensSomewhere(builder.Configuration)) builder.WebHost.UseUrls(DefaultUrls);
        // Start-up failures are the CLI's one line (CliApp); the host's "Hosting failed to start" would repeat them with a stack.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.AddLineageService();
        var app = builder.Build();

        // Settings first, before anything starts; the store and the dataset come next, as the host starts (DatasetSeeder).
        app.Services.GetService<IStartupValidator>()?.Validate();
        app.MapLineage();
        await app.RunAsync(cancellationToken);
        await cli.Err.FlushAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    /// <summary>Whether the platform's own settings already say where to listen (urls, ports, Kestrel endpoints).</summary>
    internal static bool ListensSomewhere(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
