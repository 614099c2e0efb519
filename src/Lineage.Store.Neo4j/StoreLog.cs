using Microsoft.Extensions.Logging;

namespace Lineage.Store.Neo4j;

internal static partial class StoreLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Neo4j schema ensured at {Endpoint}: {Count} constraints and indexes")]
    public static partial void SchemaEnsured(ILogger logger, string endpoint, int count);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "Imported into Neo4j at {Endpoint}: {Created} created, {Updated} updated, {Unchanged} unchanged, {Deleted} deleted")]
    public static partial void Imported(ILogger logger, string endpoint, int created, int updated, int unchanged, int deleted);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Neo4j at {Endpoint} is not healthy: {Reason}")]
    public static partial void Unhealthy(ILogger logger, string endpoint, string reason);
}
