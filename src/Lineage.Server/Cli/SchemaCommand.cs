using System.CommandLine;
using GraphQL;
using GraphQL.Types;

namespace Lineage.Server.Cli;

internal static class SchemaCommand
{
    public static Command Create(CliContext cli)
    {
        var schema = new Command("schema", "Print the GraphQL schema (SDL) to standard output.");
        schema.SetAction(async (parse, ct) =>
        {
            await cli.Out.WriteAsync(Sdl([.. CliContext.Settings(parse)]).AsMemory(), ct);
            return ExitCodes.Ok;
        });
        return schema;
    }

    public static string Sdl(string[] settings)
    {
        using var host = CliHost.Build(settings);
        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
    }
}
