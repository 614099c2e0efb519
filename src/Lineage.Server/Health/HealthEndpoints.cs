using System.Text.Json;
using Lineage.Core.Store;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lineage.Server.Health;

/// <summary>
/// Health checks the platform's way: /healthz (tag live: the process answers, no check runs) and /readyz (tag ready:
/// the store answers; 503 with the reason when it does not), for load balancers and Kubernetes probes alike.
/// </summary>
internal static class HealthEndpoints
{
    private const string Live = "live";
    private const string Ready = "ready";

    public static IServiceCollection AddLineageHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [Ready]);
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Live), ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
    }

    /// <summary>{"status": "ok" | "ready" | "unavailable", "store": "…", "checks": {name: {status, description}}}.</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var ready = http.Request.Path.StartsWithSegments("/readyz");
        var status = report.Status == HealthStatus.Healthy ? (ready ? "ready" : "ok") : "unavailable";
        var body = new Dictionary<string, object?> { ["status"] = status };
        if (report.Entries.TryGetValue("store", out var store)) body["store"] = store.Description;
        body["checks"] = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });
        return http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted);
    }
}

/// <summary>The store as a health check: reachable and answering (<see cref="ILineageStore.CheckHealthAsync"/> never throws).</summary>
internal sealed class StoreHealthCheck(ILineageStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckHealthAsync(cancellationToken);
        return health.Healthy ? HealthCheckResult.Healthy(health.Description) : HealthCheckResult.Unhealthy(health.Description);
    }
}
