using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Hosting;

/// <summary>
/// Prepares the store before the server takes requests: schema first, then the shipped dataset when the store is
/// empty, or at every start with ImportOnStart=Always — a sync, so the store then holds exactly data/ (what data/ no
/// longer holds is deleted, also nodes that another import added). A broken dataset stops start-up with every problem
/// listed: serving an empty graph silently would look like "no lineage" to users. A store filled earlier from an older
/// data/ is kept as it is but named in a warning, so that nobody reads last month's graph thinking it is this one.
/// Whether data/ changed is told first by the fingerprint of its files, which every import records in the store: when
/// they are the files the store was filled from, nothing is read or compared.
/// Runs as the host starts, before the server listens; a failure ends start-up as the CLI's one clear line.
/// </summary>
internal sealed partial class DatasetSeeder(ILineageStore store, IOptions<LineageOptions> options, ILogger<DatasetSeeder> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await SyncAsync(cancellationToken);
        // Before the server listens: /readyz then means that questions are answered at once, not after loading the graph.
        await store.WarmUpAsync(cancellationToken);
    }

    private async Task SyncAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.ImportOnStart == ImportOnStart.Never) return;
        var directory = settings.ResolvedDataDirectory;
        var empty = await store.IsEmptyAsync(cancellationToken);
        // The files the store was last imported from, unchanged and not imported over since: the store holds exactly
        // data/, whatever ImportOnStart says, and nothing needs reading — at a million transfers, reading and comparing
        // every node would take a minute of every start.
        if (!empty && await IsAsImportedAsync(directory, cancellationToken)) return;
        if (empty || settings.ImportOnStart == ImportOnStart.Always)
        {
            // Checked, then read again a file at a time as it is written: a large data/ is never in memory whole.
            var check = DatasetLoader.Check(directory);
            if (check.Problems.Count > 0) throw new DatasetValidationException(check.Problems);
            var report = await store.ImportAsync(check.Folder!, null, cancellationToken);
            LogImported(report.Created, report.Updated, report.Unchanged, report.Deleted, directory);
            return;
        }
        await WarnIfBehindAsync(directory, cancellationToken);
    }

    private async Task<bool> IsAsImportedAsync(string directory, CancellationToken cancellationToken) =>
        await store.GetDatasetFingerprintAsync(cancellationToken) is { } imported && DatasetFingerprint.Of(directory) == imported;

    private async Task WarnIfBehindAsync(string directory, CancellationToken cancellationToken)
    {
        var shipped = DatasetLoader.Check(directory);
        if (shipped.Problems.Count > 0)
        {
            // The store is served as it is; the broken folder is not imported, only reported.
            LogShippedInvalid(directory, shipped.Problems.Count);
            return;
        }
        var report = await store.PlanImportAsync(shipped.Folder!, cancellationToken);
        if (report.Created + report.Updated + report.Deleted > 0) LogBehind(directory, report.Created, report.Updated, report.Deleted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the dataset: {Created} created, {Updated} updated, {Unchanged} unchanged, {Deleted} deleted (from {Directory})")]
    private partial void LogImported(int created, int updated, int unchanged, int deleted, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is older than the dataset in {Directory}: {Added} nodes there are not in the store, {Changed} differ and {Removed} in the store are no longer there. " +
        "Serving the store as it is; to update it run the import command with that folder (e.g. `dotnet run --project src/Lineage.Server -- import data`) or start with Lineage:ImportOnStart=Always.")]
    private partial void LogBehind(string directory, int added, int changed, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dataset in {Directory} has {Count} problems and was not compared with the store; run the validate command on it to see them.")]
    private partial void LogShippedInvalid(string directory, int count);
}
