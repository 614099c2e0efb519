using Lineage.Server.Hosting;

namespace Lineage.Server.Cli;

/// <summary>The services a CLI command needs (store, schema) with the same configuration as the service, without a web server.</summary>
internal static class CliHost
{
    public static IHost Build(string[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddLineageCore(builder.Configuration);
        return builder.Build();
    }
}
