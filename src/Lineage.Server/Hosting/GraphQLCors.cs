using Lineage.Server.Widgets;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Hosting;

/// <summary>
/// CORS for /graphql, so the &lt;lineage-graph&gt; component on a configured site (Lineage:Widgets:CorsOrigins) can
/// ask this server; without origins configured, only same-origin pages can. Only /graphql carries the policy: the
/// pictures and pages need none (the script is loaded as a classic script, which CORS does not govern).
/// </summary>
internal static class GraphQLCors
{
    public const string Policy = "graphql";

    public static IServiceCollection AddGraphQLCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WidgetOptions>>((cors, widgets) => cors.AddPolicy(Policy, policy =>
        {
            policy.WithMethods("GET", "POST").WithHeaders("content-type", "accept").SetPreflightMaxAge(TimeSpan.FromHours(1));
            var origins = widgets.Value.CorsOrigins;
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins([.. origins]);
        }));
        return services;
    }
}
