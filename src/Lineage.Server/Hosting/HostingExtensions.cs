using Lineage.GraphQL;
using Lineage.Server.Caching;
using Lineage.Server.GraphQLHttp;
using Lineage.Server.Health;
using Lineage.Server.Home;
using Lineage.Server.Ide;
using Lineage.Server.Observability;
using Lineage.Server.Widgets;
using Lineage.Server.Security;

namespace Lineage.Server.Hosting;

/// <summary>Everything the service registers and maps, in one place (eShop's Extensions.cs).</summary>
public static class HostingExtensions
{
    private const string GraphQLPath = "/graphql";

    /// <summary>What the CLI commands and the service share: settings (checked at start), the store, the schema.</summary>
    public static IServiceCollection AddLineageCore(this IServiceCollection services, IConfiguration configuration)
    {
        // First, so that a bad value is reported in words before any binder trips over it.
        services.AddSettingsChecks(configuration);
        services.AddOptions<LineageOptions>().Bind(configuration.GetSection(LineageOptions.Section)).ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddLineageStore(configuration);
        services.AddLineageGraphQL(configuration);
        services.AddOptions<WidgetOptions>().Bind(configuration.GetSection(WidgetOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<WidgetOptions>, WidgetOptionsValidator>();
        services.WithoutDataAnnotationDuplicates();
        services.AddStoreTracing();
        return services;
    }

    public static WebApplicationBuilder AddLineageService(this WebApplicationBuilder builder)
    {
        builder.Services.AddLineageCore(builder.Configuration);
        builder.Services.AddSingleton<DatasetSeeder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatasetSeeder>());
        builder.Services.AddResponseCache(builder.Configuration);
        builder.Services.AddLineageHealthChecks();
        builder.Services.AddGraphQLCors();
        builder.Services.AddLineageObservability(builder.Configuration);
        builder.Services.AddSingleton<global::GraphQL.DI.IConfigureExecution, OperationSpans>();
        return builder;
    }

    public static WebApplication MapLineage(this WebApplication app)
    {
        app.UseLineageSecurity(); // first: every response below gets the security headers and no stack trace
        app.UseMiddleware<CacheFirst>(GraphQLPath); // a kept answer costs no more than sending it
        app.UseCors();
        app.MapLandingPage();
        app.UseLineageIde(GraphQLPath); // browsers asking for a page at /graphql get the IDE; the rest goes on to GraphQL
        app.MapGroup("").RequireCors(GraphQLCors.Policy).MapGraphQLHttp(GraphQLPath);
        app.MapHealth();
        app.MapLineageWidgets();
        return app;
    }
}
