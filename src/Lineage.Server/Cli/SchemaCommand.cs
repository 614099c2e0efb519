using GraphQL;
using GraphQL.Types;

namespace Lineage.Server.Cli;

internal static class SchemaCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (Help.Wants(args)) return Help.Print(output, "schema");
        if (Help.Positional(args).Count > 0) return Help.Usage(errors, "schema takes no arguments.");
        await output.WriteAsync(Sdl(Help.Settings(args)));
        return 0;
    }

    public static string Sdl(string[] settings)
    {
        using var host = CliHost.Build(settings);
        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
    }
}
