using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// The resilience pipeline around every Query API request, outermost first: a total timeout; jittered exponential
/// retries of transient failures (408/429/502/503/504, connection failures, attempt timeouts, Neo.TransientError.*)
/// for retryable requests only; a circuit breaker that counts transient failures of every request; a per-attempt
/// timeout. Client errors (400, Neo.ClientError.*) are neither retried nor counted: sending them again cannot help.
/// </summary>
internal static class QueryApiResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, Neo4jOptions o, ILogger logger)
    {
        var uri = o.BaseUri;
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "neo4j-total-timeout", Timeout = o.TotalTimeout });

        if (o.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "neo4j-retry",
                MaxRetryAttempts = o.MaxRetryAttempts,
                Delay = o.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = async args =>
                    QueryApiRequest.IsRetryable(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage())
                    && await IsTransientAsync(args.Outcome),
                OnRetry = args =>
                {
                    ClientLog.Retrying(logger, uri, Describe(args.Outcome), args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "neo4j-circuit-breaker",
            FailureRatio = o.BreakerFailureRatio,
            MinimumThroughput = o.BreakerMinimumThroughput,
            SamplingDuration = o.BreakerSamplingDuration,
            BreakDuration = o.BreakDuration,
            ShouldHandle = args => IsTransientAsync(args.Outcome),
            OnOpened = args =>
            {
                ClientLog.BreakerOpened(logger, uri, Describe(args.Outcome), args.BreakDuration);
                return default;
            },
            OnClosed = _ =>
            {
                ClientLog.BreakerClosed(logger, uri);
                return default;
            },
        });

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "neo4j-attempt-timeout", Timeout = o.AttemptTimeout });
    }

    internal static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutRejectedException } => true,
        { Result: { } response } => await QueryApiErrors.IsTransientAsync(response),
        _ => false,
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception?.Message ?? $"HTTP {(int?)outcome.Result?.StatusCode}";
}
