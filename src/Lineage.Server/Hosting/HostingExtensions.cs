using Lineage.GraphQL;
using Lineage.Server.GraphQLHttp;
using Lineage.Server.Health;
using Lineage.Server.Widgets;
using Lineage.Server.Ide;
using Lineage.Server.Security;

namespace Lineage.Server.Hosting;

/// <summary>Everything the service registers and maps, in one place (eShop's Extensions.cs).</summary>
public static class HostingExtensions
{
    public static IServiceCollection AddLineageCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LineageOptions>().Bind(configuration.GetSection(LineageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddLineageStore(configuration);
        services.AddLineageGraphQL(configuration);
        return services;
    }

    public static WebApplicationBuilder AddLineageService(this WebApplicationBuilder builder)
    {
        builder.Services.AddLineageCore(builder.Configuration);
        builder.Services.AddHostedService<DatasetSeeder>();
        return builder;
    }

    public static WebApplication MapLineage(this WebApplication app)
    {
        app.UseLineageSecurity(); // first: every response below gets the security headers and no stack trace
        app.UseLineageIde("/graphql"); // browsers asking for a page at /graphql get the IDE; the rest goes on to GraphQL
        app.MapGraphQLHttp("/graphql");
        app.MapHealth();
        app.MapLineageWidgets();
        return app;
    }
}
