using Lineage.Core.Entities;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Search;
using Lineage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Store.Sqlite;

public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>Registers the SQLite store as the <see cref="ILineageStore"/> and the exploration ports; options come from Lineage:Sqlite.</summary>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.AddOptions<SqliteStoreOptions>().BindConfiguration(SqliteStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SqliteStore>();
        services.AddSingleton<ILineageStore>(sp => sp.GetRequiredService<SqliteStore>());
        // The exploration capabilities are separate ports; the same store object serves them all.
        services.AddSingleton<IEntityQueries>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<IFlowQueries>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<ISearchQueries>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<ILineageBatchQueries>(sp => sp.GetRequiredService<SqliteStore>());
        // Not a port call (no I/O, so no span): the node references of an answer, looked up where they are kept.
        services.AddSingleton<IKnownNodes>(sp => sp.GetRequiredService<SqliteStore>());
        return services;
    }
}
