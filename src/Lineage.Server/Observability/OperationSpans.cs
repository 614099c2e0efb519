using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Lineage.Core.Telemetry;

namespace Lineage.Server.Observability;

/// <summary>
/// One span per GraphQL operation, around parsing, validation and execution: its name and type, a hash of the
/// document (the text itself may be large and is the client's), and the error codes of the result. Attribute
/// names follow OpenTelemetry's GraphQL conventions where they have one.
/// </summary>
internal sealed class OperationSpans : IConfigureExecution
{
    public float SortOrder => 0;

    // Neither a span nor the duration has a listener unless OpenTelemetry is configured: then nothing is measured.
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next) =>
        LineageTelemetry.Source.HasListeners() || LineageTelemetry.OperationDuration.Enabled ? MeasuredAsync(options, next) : next(options);

    private static async Task<ExecutionResult> MeasuredAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = LineageTelemetry.Source.StartActivity("graphql", ActivityKind.Internal);
        if (span is not null && options.Query is { } query)
            span.SetTag("graphql.document.sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))));
        var result = await next(options);

        var operation = result.Operation;
        var type = operation?.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            OperationType.Query => "query",
            _ => null,
        };
        var name = operation?.Name?.StringValue ?? options.OperationName;
        var codes = result.Errors?.Select(e => e.Code ?? "UNKNOWN").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() ?? [];
        if (span is not null)
        {
            span.DisplayName = type is null ? "graphql" : name is null ? type : $"{type} {name}";
            span.SetTag("graphql.operation.type", type);
            span.SetTag("graphql.operation.name", name);
            if (codes.Length > 0)
            {
                span.SetTag("graphql.error.codes", codes);
                span.SetStatus(ActivityStatusCode.Error, string.Join(",", codes));
            }
        }
        LineageTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("graphql.operation.name", name),
            new KeyValuePair<string, object?>("graphql.operation.type", type),
            new KeyValuePair<string, object?>("outcome", codes.Length == 0 ? "ok" : "error"));
        return result;
    }
}
