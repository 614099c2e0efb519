using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Lineage.GraphQL.Limits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.GraphQL.Tests.Limits;

/// <summary>
/// The Lineage schema with the given Lineage:GraphQL settings and no store: what these tests send is refused, or only
/// estimated (<c>extensions: {"cost": "validate"}</c>), before any resolver would need one.
/// </summary>
public sealed class LimitedGraphQL : IDisposable
{
    private readonly ServiceProvider _services;

    public LimitedGraphQL(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings?.ToDictionary(p => "Lineage:GraphQL:" + p.Key, p => p.Value) ?? [])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLineageGraphQL(configuration);
        _services = services.BuildServiceProvider();
    }

    /// <summary>Runs one request; <paramref name="cost"/> is the cost extension's value (<c>validate</c>: estimate only).</summary>
    public async Task<JsonNode> ExecuteAsync(string query, string? cost = null, CancellationToken cancellationToken = default)
    {
        using var scope = _services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(o =>
        {
            o.Query = query;
            o.RequestServices = scope.ServiceProvider;
            o.CancellationToken = cancellationToken;
            if (cost is not null) o.Extensions = new Inputs(new Dictionary<string, object?> { [CostExtension.Name] = cost });
        });
        return JsonNode.Parse(scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result))!;
    }

    /// <summary>The one error a refused request gets.</summary>
    public async Task<(string Code, string Message)> RefusalAsync(string query)
    {
        var response = await ExecuteAsync(query, CostExtension.Validate);
        var errors = response["errors"]?.AsArray();
        Assert.True(errors is { Count: 1 }, "expected one error, got " + response.ToJsonString());
        Assert.Null(response["data"]);
        return ((string)errors[0]!["extensions"]!["code"]!, (string)errors[0]!["message"]!);
    }

    /// <summary>The estimated cost of a request the limits let through (nothing runs).</summary>
    public async Task<long> EstimateAsync(string query)
    {
        var response = await ExecuteAsync(query, CostExtension.Validate);
        Assert.True(response["errors"] is null, "refused: " + response.ToJsonString());
        return (long)response["extensions"]!["cost"]!["estimated"]!;
    }

    public void Dispose() => _services.Dispose();
}
