using System.CommandLine;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.Server.Cli;

internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "The dataset folder to import." }.AcceptExistingOnly();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what the import would create, update and delete; write nothing." };
        var import = new Command("import",
            "Validate a dataset folder, then make the configured store hold exactly it, in one transaction: created, updated and " +
            "deleted (what the folder no longer holds) per kind. All or nothing; Ctrl+C rolls it back. Importing it twice changes nothing.");
        import.Arguments.Add(dir);
        import.Options.Add(dryRun);
        import.SetAction((parse, ct) => RunAsync(parse.GetRequiredValue(dir).FullName, parse.GetValue(dryRun), CliContext.Settings(parse), cli, ct));
        return import;
    }

    private static async Task<int> RunAsync(string directory, bool dryRun, IReadOnlyList<string> settings, CliContext cli, CancellationToken cancellationToken)
    {
        var progress = new ProgressLine(cli.Err, TimeProvider.System);
        // Validate before touching the store: a broken dataset must not even create a database file.
        var check = DatasetLoader.Check(directory);
        if (check.Problems.Count > 0)
        {
            foreach (var line in CliApp.DatasetProblems(check.Problems, check.ReferencesChecked)) await cli.Err.WriteLineAsync(line);
            return ExitCodes.DatasetProblems;
        }
        // The files are read again a batch at a time as they are written: the nodes are never all in memory.
        var folder = check.Folder!;
        var count = check.NodeCount;
        progress.Phase($"read and checked {count:N0} nodes");
        progress.Total = count;
        using var host = CliHost.Build([.. settings]);
        var store = host.Services.GetRequiredService<ILineageStore>();
        ImportReport report;
        if (dryRun)
        {
            report = await store.PlanImportAsync(folder, cancellationToken);
            await cli.Out.WriteLineAsync("Dry run: nothing was written. An import would do this:");
        }
        else
        {
            await store.InitializeAsync(cancellationToken);
            await cli.Err.WriteLineAsync($"Importing {count} nodes in one transaction (Ctrl+C rolls it back) …");
            report = await store.ImportAsync(folder, progress, cancellationToken);
            progress.Phase("committed");
        }
        await cli.Out.WriteLineAsync($"{"kind",-15} {"created",8} {"updated",8} {"unchanged",10} {"deleted",8}");
        foreach (var (kind, counts) in report.PerKind.OrderBy(p => p.Key))
            await cli.Out.WriteLineAsync($"{kind,-15} {counts.Created,8} {counts.Updated,8} {counts.Unchanged,10} {counts.Deleted,8}");
        await cli.Out.WriteLineAsync($"{"total",-15} {report.Created,8} {report.Updated,8} {report.Unchanged,10} {report.Deleted,8}");
        return ExitCodes.Ok;
    }
}
