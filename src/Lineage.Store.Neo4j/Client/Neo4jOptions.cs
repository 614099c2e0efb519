namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// Bound from configuration section <c>Lineage:Neo4j</c> (environment: <c>Lineage__Neo4j__Uri</c>, …) and checked
/// at start by <see cref="Neo4jOptionsValidator"/>, so a wrong setting stops the host with a message naming the key.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Lineage:Neo4j";

    /// <summary>Neo4j's HTTP(S) endpoint, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public string? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>Basic authentication; leave User, Password and BearerToken empty for a server with auth disabled.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Bearer authentication (SSO tokens); not together with User/Password.</summary>
    public string? BearerToken { get; set; }

    /// <summary>How long one HTTP attempt may take before it is abandoned (and retried when that is safe).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one call may take across all its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries after a transient failure; 0 turns retrying off.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First retry delay; later ones grow exponentially, with jitter so that clients do not retry in step.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the circuit breaker.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls the breaker must see within the sampling window before it may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open breaker fails calls at once before it lets a trial call through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Rows per <c>UNWIND $rows</c> statement during an import.</summary>
    public int ImportBatchSize { get; set; } = 500;

    /// <summary>The endpoint without a trailing slash; valid once the options passed validation.</summary>
    internal string BaseUri => (Uri ?? "").TrimEnd('/');
}
