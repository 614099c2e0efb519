using Lineage.Core.Entities;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Search;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Store.Neo4j;

public static class Neo4jStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Neo4j store as the <see cref="ILineageStore"/> and the exploration ports, with its Query API client; options come from
    /// <c>Lineage:Neo4j</c> of <paramref name="configuration"/> (the root configuration) and are validated at start.
    /// </summary>
    public static IServiceCollection AddNeo4jStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNeo4jQueryApi(configuration);
        services.AddSingleton<Neo4jStore>();
        services.AddSingleton<ILineageStore>(sp => sp.GetRequiredService<Neo4jStore>());
        // The exploration capabilities are separate ports; the same store object serves them all (as AddSqliteStore).
        services.AddSingleton<IEntityQueries>(sp => sp.GetRequiredService<Neo4jStore>());
        services.AddSingleton<IFlowQueries>(sp => sp.GetRequiredService<Neo4jStore>());
        services.AddSingleton<ISearchQueries>(sp => sp.GetRequiredService<Neo4jStore>());
        services.AddSingleton<ILineageBatchQueries>(sp => sp.GetRequiredService<Neo4jStore>());
        return services;
    }
}
