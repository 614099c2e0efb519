using Microsoft.Extensions.Logging;

namespace Lineage.Store.Neo4j.Client;

internal static partial class ClientLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning,
        Message = "Neo4j at {Uri} failed ({Cause}); retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string uri, string cause, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error,
        Message = "Neo4j at {Uri} keeps failing ({Cause}); circuit breaker open for {BreakDuration}")]
    public static partial void BreakerOpened(ILogger logger, string uri, string cause, TimeSpan breakDuration);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Neo4j at {Uri} answers again; circuit breaker closed")]
    public static partial void BreakerClosed(ILogger logger, string uri);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Rolling back Neo4j transaction {TransactionId} failed")]
    public static partial void RollbackFailed(ILogger logger, string transactionId, Exception exception);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Debug, Message = "Neo4j transaction {TransactionId} {Outcome}")]
    public static partial void TransactionEnded(ILogger logger, string transactionId, string outcome);
}
