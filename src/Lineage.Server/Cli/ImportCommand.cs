using Lineage.Core.Datasets;
using Lineage.Core.Store;

namespace Lineage.Server.Cli;

internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (Help.Wants(args)) return Help.Print(output, "import");
        var positional = Help.Positional(args);
        if (positional.Count != 1) return Help.Usage(errors, "import takes one argument: the dataset directory.");
        // Validate before touching the store: a broken dataset must not even create a database file.
        var dataset = DatasetLoader.LoadDirectory(positional[0]);
        using var host = CliHost.Build(Help.Settings(args));
        var store = host.Services.GetRequiredService<ILineageStore>();
        await store.InitializeAsync(CancellationToken.None);
        var report = await store.ImportAsync(dataset, CancellationToken.None);
        output.WriteLine($"{"kind",-15} {"created",8} {"updated",8} {"unchanged",10}");
        foreach (var (kind, counts) in report.PerKind.OrderBy(p => p.Key))
            output.WriteLine($"{kind,-15} {counts.Created,8} {counts.Updated,8} {counts.Unchanged,10}");
        output.WriteLine($"{"total",-15} {report.Created,8} {report.Updated,8} {report.Unchanged,10}");
        return 0;
    }
}
