using Microsoft.Extensions.Options;

namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// Checks <see cref="Neo4jOptions"/> at start. Every message names the setting as it is configured
/// (<c>Lineage:Neo4j:…</c>) and says what a good value looks like. The resilience limits mirror Polly's own
/// ranges, so a bad value fails here rather than on the first call.
/// </summary>
internal sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    private const string S = Neo4jOptions.Section;

    public ValidateOptionsResult Validate(string? name, Neo4jOptions o)
    {
        var problems = new List<string>();

        if (string.IsNullOrWhiteSpace(o.Uri))
            problems.Add($"{S}:Uri is required when Lineage:Store is neo4j: Neo4j's HTTP endpoint, e.g. http://localhost:7474.");
        else if (!System.Uri.TryCreate(o.Uri, UriKind.Absolute, out var uri))
            problems.Add($"{S}:Uri '{o.Uri}' is not an absolute URL; use e.g. http://localhost:7474.");
        else if (uri.Scheme.StartsWith("bolt", StringComparison.OrdinalIgnoreCase) || uri.Scheme.StartsWith("neo4j", StringComparison.OrdinalIgnoreCase))
            problems.Add($"{S}:Uri '{o.Uri}' is a Bolt URI; this store speaks Neo4j's HTTP Query API: use http://host:7474 (https://host for Aura).");
        else if (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps)
            problems.Add($"{S}:Uri '{o.Uri}' must use http or https.");

        if (string.IsNullOrWhiteSpace(o.Database) || o.Database.Contains('/', StringComparison.Ordinal))
            problems.Add($"{S}:Database '{o.Database}' is not a database name (default: neo4j).");

        var hasUser = !string.IsNullOrEmpty(o.User);
        var hasPassword = !string.IsNullOrEmpty(o.Password);
        var hasToken = !string.IsNullOrEmpty(o.BearerToken);
        if (hasUser != hasPassword)
            problems.Add($"{S}:User and {S}:Password go together: set both for basic authentication, or neither.");
        if (hasToken && (hasUser || hasPassword))
            problems.Add($"{S}:BearerToken and {S}:User/Password are alternatives: set one of them.");

        Range(problems, "AttemptTimeout", o.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        Range(problems, "TotalTimeout", o.TotalTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        if (o.TotalTimeout < o.AttemptTimeout)
            problems.Add($"{S}:TotalTimeout ({o.TotalTimeout}) must be at least {S}:AttemptTimeout ({o.AttemptTimeout}).");
        if (o.MaxRetryAttempts is < 0 or > 20)
            problems.Add($"{S}:MaxRetryAttempts must be between 0 and 20 (got {o.MaxRetryAttempts}).");
        Range(problems, "RetryBaseDelay", o.RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        if (o.BreakerFailureRatio is <= 0 or > 1)
            problems.Add($"{S}:BreakerFailureRatio must be above 0 and at most 1 (got {o.BreakerFailureRatio}).");
        if (o.BreakerMinimumThroughput < 2)
            problems.Add($"{S}:BreakerMinimumThroughput must be at least 2 (got {o.BreakerMinimumThroughput}).");
        Range(problems, "BreakerSamplingDuration", o.BreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        Range(problems, "BreakDuration", o.BreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        if (o.ImportBatchSize is < 1 or > 10_000)
            problems.Add($"{S}:ImportBatchSize must be between 1 and 10000 (got {o.ImportBatchSize}).");

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Range(List<string> problems, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
            problems.Add($"{S}:{key} must be between {min} and {max} (got {value}).");
    }
}
