using Lineage.Core.Datasets;
using Lineage.Core.Store;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Hosting;

/// <summary>
/// Prepares the store before the server takes requests: schema first, then the shipped dataset when
/// the store is empty. A broken dataset stops start-up with every problem listed — serving an empty
/// graph silently would look like "no lineage" to users.
/// </summary>
internal sealed partial class DatasetSeeder(ILineageStore store, IOptions<LineageOptions> options, ILogger<DatasetSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var settings = options.Value;
        if (settings.ImportOnStart == ImportOnStart.Never || !await store.IsEmptyAsync(cancellationToken)) return;
        var directory = settings.ResolvedDataDirectory;
        var dataset = DatasetLoader.LoadDirectory(directory);
        var report = await store.ImportAsync(dataset, cancellationToken);
        LogImported(report.Created, report.Updated, report.Unchanged, directory);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the dataset: {Created} created, {Updated} updated, {Unchanged} unchanged (from {Directory})")]
    private partial void LogImported(int created, int updated, int unchanged, string directory);
}
