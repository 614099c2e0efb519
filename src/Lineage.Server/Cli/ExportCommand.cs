using Lineage.Core.Store;
using Lineage.Server.Export;

namespace Lineage.Server.Cli;

internal static class ExportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (Help.Wants(args)) return Help.Print(output, "export");
        var name = Option(args, "--format") ?? "json";
        var outDir = Option(args, "--out") ?? "export";
        if (ExportFormats.Find(name) is not { } format) return Help.Usage(errors, $"Unknown export format '{name}'. Formats: {ExportFormats.Names}.");
        using var host = CliHost.Build(Help.Settings(args));
        var store = host.Services.GetRequiredService<ILineageStore>();
        await store.InitializeAsync(CancellationToken.None);
        var dataset = await store.ExportAsync(CancellationToken.None);
        if (!dataset.Nodes().Any())
        {
            await errors.WriteLineAsync("The store is empty; nothing written. Import a dataset first (import <dir>).");
            return 1;
        }
        Directory.CreateDirectory(outDir);
        foreach (var line in await format.WriteAsync(dataset, outDir, CancellationToken.None)) await output.WriteLineAsync(line);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 1)..];
        }
        return null;
    }
}
