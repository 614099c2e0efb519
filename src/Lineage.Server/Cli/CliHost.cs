using Lineage.Server.Hosting;

namespace Lineage.Server.Cli;

/// <summary>The services a CLI command needs (store, schema) with the same configuration as the service, without a web server.</summary>
internal static class CliHost
{
    public static IHost Build(string[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = AppContext.BaseDirectory });
        // A command's output is its answer and, on failure, one clear line (CliApp); the store client's own warnings
        // (a retry, a breaker) stay, the framework's per-request chatter does not. These rules outrank appsettings.json.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System", LogLevel.Error);
        builder.Logging.AddFilter("Polly", LogLevel.None);
        builder.Logging.AddFilter("Lineage", LogLevel.Warning);
        builder.Services.AddLineageCore(builder.Configuration);
        var host = builder.Build();
        // The checks the service runs at start (ValidateOnStart), run here too: a command never starts the host.
        host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        return host;
    }
}
