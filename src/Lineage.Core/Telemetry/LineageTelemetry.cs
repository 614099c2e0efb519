using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Lineage.Core.Telemetry;

/// <summary>
/// The service's own traces and metrics, with nothing but System.Diagnostics: any listener (OpenTelemetry in the
/// host, dotnet-trace, a test) can read them, and Core stays free of telemetry packages. One source and one meter,
/// both named "Lineage"; the host exports them when OTEL_* variables ask for it.
/// </summary>
public static class LineageTelemetry
{
    public const string Name = "Lineage";

    /// <summary>Spans: one per GraphQL operation, one per store call (and the lineage engine's own).</summary>
    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>How long one lineage question took to answer (the engine records it), in seconds.</summary>
    public static readonly Histogram<double> LineageDuration = Meter.CreateHistogram<double>(
        "lineage.query.duration", unit: "s", description: "Time to answer one lineage question.");

    /// <summary>How long one GraphQL operation took, parse to result, in seconds; tagged with its name and outcome.</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "lineage.graphql.operation.duration", unit: "s", description: "Time to execute one GraphQL operation.");

    /// <summary>How long one call of the store port took, in seconds; tagged with the operation.</summary>
    public static readonly Histogram<double> StoreCallDuration = Meter.CreateHistogram<double>(
        "lineage.store.call.duration", unit: "s", description: "Time of one call to the store.");
}
