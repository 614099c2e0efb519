using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Store.Neo4j;

public static class Neo4jStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Neo4j store as the <see cref="ILineageStore"/>, with its Query API client; options come from
    /// <c>Lineage:Neo4j</c> of <paramref name="configuration"/> (the root configuration) and are validated at start.
    /// </summary>
    public static IServiceCollection AddNeo4jStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNeo4jQueryApi(configuration);
        services.AddSingleton<Neo4jStore>();
        services.AddSingleton<ILineageStore>(sp => sp.GetRequiredService<Neo4jStore>());
        return services;
    }
}
