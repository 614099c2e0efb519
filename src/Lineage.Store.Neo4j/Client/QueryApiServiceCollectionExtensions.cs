using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Neo4j.Client;

public static class QueryApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="QueryApiClient"/>: options from <c>Lineage:Neo4j</c> validated at start, a named
    /// HttpClient from <see cref="IHttpClientFactory"/> and the resilience pipeline of <see cref="QueryApiResilience"/>.
    /// </summary>
    public static IServiceCollection AddNeo4jQueryApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());

        services.AddHttpClient(QueryApiClient.HttpClientName, client =>
            {
                // The pipeline's total and per-attempt timeouts govern; HttpClient's 100 s default would cut across them.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("neo4j", (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
                var logger = context.ServiceProvider.GetRequiredService<ILogger<QueryApiClient>>();
                QueryApiResilience.Configure(builder, options, logger);
            });

        services.TryAddSingleton<QueryApiClient>();
        return services;
    }
}
