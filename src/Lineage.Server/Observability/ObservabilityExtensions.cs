using Lineage.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Lineage.Server.Observability;

/// <summary>
/// OpenTelemetry, configured the standard way: the OTLP exporter reads the OTEL_* variables
/// (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, …), and with none of the exporter
/// endpoints set nothing is registered at all — no listener, so the spans are never even created.
/// </summary>
public static class ObservabilityExtensions
{
    private static readonly string[] EndpointVariables =
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];

    public static bool IsEnabled(IConfiguration configuration) =>
        !string.Equals(configuration["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase)
        && EndpointVariables.Any(v => !string.IsNullOrWhiteSpace(configuration[v]));

    public static IServiceCollection AddLineageObservability(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration)) return services;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("lineage"))
            .WithTracing(ConfigureTracing)
            .WithMetrics(ConfigureMetrics)
            .UseOtlpExporter();
        return services;
    }

    /// <summary>What is traced: incoming requests, outgoing HTTP (Neo4j's Query API), and Lineage's own spans.</summary>
    public static void ConfigureTracing(TracerProviderBuilder tracing) => tracing
        .AddSource(LineageTelemetry.Name)
        .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
        .AddHttpClientInstrumentation();

    public static void ConfigureMetrics(MeterProviderBuilder metrics) => metrics
        .AddMeter(LineageTelemetry.Name)
        .AddAspNetCoreInstrumentation()
        .AddHttpClientInstrumentation()
        .AddRuntimeInstrumentation();
}
