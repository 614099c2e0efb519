using Lineage.Server.Hosting;

namespace Lineage.Server.Cli;

internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        // appsettings.json ships beside the executable; the working directory is the user's, for relative paths.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddLineageService();
        var app = builder.Build();
        app.MapLineage();
        await app.RunAsync();
        await errors.FlushAsync();
        return 0;
    }
}
