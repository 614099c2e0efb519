using System.CommandLine;
using Lineage.Core.Store;
using Lineage.Server.Export;

namespace Lineage.Server.Cli;

internal static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format")
        {
            Description = "json: dataset files, importable again; graphml: for Gephi/yEd, typed attributes; csv: one RFC 4180 file per kind; " +
                          "cypher: a cypher-shell script of MERGE statements.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. ExportFormats.All.Select(f => f.Name)]);
        var outDir = new Option<string>("--out") { Description = "The folder to write into (created when missing).", DefaultValueFactory = _ => "export" };
        var export = new Command("export", "Write the stored graph into a folder.");
        export.Options.Add(format);
        export.Options.Add(outDir);
        export.SetAction((parse, ct) => RunAsync(ExportFormats.Find(parse.GetRequiredValue(format))!, parse.GetRequiredValue(outDir), CliContext.Settings(parse), cli, ct));
        return export;
    }

    private static async Task<int> RunAsync(IExportFormat format, string outDir, IReadOnlyList<string> settings, CliContext cli, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build([.. settings]);
        var store = host.Services.GetRequiredService<ILineageStore>();
        await store.InitializeAsync(cancellationToken);
        var dataset = await store.ExportAsync(cancellationToken);
        if (!dataset.Nodes().Any())
        {
            await cli.Err.WriteLineAsync("The store is empty; nothing written. Import a dataset first (import <dir>).");
            return ExitCodes.DatasetProblems;
        }
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await cli.Err.WriteLineAsync($"Cannot write to '{outDir}': {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        foreach (var line in await format.WriteAsync(dataset, outDir, cancellationToken)) await cli.Out.WriteLineAsync(line);
        return ExitCodes.Ok;
    }
}
