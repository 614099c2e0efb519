using GraphQL;
using Lineage.GraphQL.Errors;
using Lineage.GraphQL.Limits;
using Lineage.GraphQL.Loaders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lineage.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The Lineage schema, its limits and error mapping; the host adds a store and an HTTP endpoint.</summary>
    public static IServiceCollection AddLineageGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QueryLimitsOptions>().Bind(configuration.GetSection(QueryLimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RequestLoaders>();
        services.AddScoped<ExplorationLoaders>();
        services.AddGraphQL(b => b
            .AddSchema<LineageSchema>()
            .AddGraphTypes(typeof(LineageSchema).Assembly)
            .AddSystemTextJson()
            .AddComplexityAnalyzer((complexity, sp) => QueryLimits.Configure(complexity, sp.GetRequiredService<IOptions<QueryLimitsOptions>>().Value))
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(ErrorMapping.Map));
        return services;
    }
}
