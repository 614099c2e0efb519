using Lineage.Store.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Neo4j.Tests.Client;

/// <summary>Wrong settings stop the start with a message naming the key, before any call is made.</summary>
public sealed class OptionsValidationTests
{
    private static void Start(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(kv => $"Lineage:Neo4j:{kv.Key}", kv => kv.Value)).Build();
        using var services = new ServiceCollection().AddNeo4jStore(configuration).BuildServiceProvider();
        // What the host does at start for options registered with ValidateOnStart.
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static string Failure(Dictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(() => Start(settings)).Message;

    [Fact]
    public void A_missing_uri_names_the_setting_and_an_example()
    {
        Assert.Contains("Lineage:Neo4j:Uri is required", Failure([]), StringComparison.Ordinal);
        Assert.Contains("http://localhost:7474", Failure([]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "is a Bolt URI")]
    [InlineData("neo4j+s://abc.databases.neo4j.io", "is a Bolt URI")]
    [InlineData("localhost:7474", "must use http or https")]
    [InlineData("not a url", "is not an absolute URL")]
    public void A_uri_that_is_not_the_http_endpoint_is_refused(string uri, string message) =>
        Assert.Contains(message, Failure(new() { ["Uri"] = uri }), StringComparison.Ordinal);

    [Fact]
    public void A_user_without_a_password_is_refused() =>
        Assert.Contains("Lineage:Neo4j:User and Lineage:Neo4j:Password go together",
            Failure(new() { ["Uri"] = "http://localhost:7474", ["User"] = "neo4j" }), StringComparison.Ordinal);

    [Fact]
    public void A_token_and_a_user_together_are_refused() =>
        Assert.Contains("BearerToken and Lineage:Neo4j:User/Password are alternatives",
            Failure(new() { ["Uri"] = "http://localhost:7474", ["User"] = "neo4j", ["Password"] = "p", ["BearerToken"] = "t" }), StringComparison.Ordinal);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var message = Failure(new() { ["Uri"] = "http://localhost:7474", ["MaxRetryAttempts"] = "-1", ["BreakDuration"] = "00:00:00.1", ["TotalTimeout"] = "00:00:01" });
        Assert.Contains("MaxRetryAttempts must be between 0 and 20", message, StringComparison.Ordinal);
        Assert.Contains("BreakDuration must be between", message, StringComparison.Ordinal);
        Assert.Contains("TotalTimeout (00:00:01) must be at least", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_uri_alone_is_enough_for_a_server_without_auth() => Start(new() { ["Uri"] = "http://neo4j:7474" });
}
