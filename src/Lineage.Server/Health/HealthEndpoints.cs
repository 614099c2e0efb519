using Lineage.Core.Store;

namespace Lineage.Server.Health;

internal static class HealthEndpoints
{
    /// <summary>/healthz: the process answers. /readyz: the store answers too (503 with the reason when not).</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        app.MapGet("/readyz", async (ILineageStore store, CancellationToken ct) =>
        {
            var health = await store.CheckHealthAsync(ct);
            return Results.Json(new { status = health.Healthy ? "ready" : "unavailable", store = health.Description },
                statusCode: health.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }
}
