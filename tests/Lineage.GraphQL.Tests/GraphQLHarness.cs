using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Search;
using Lineage.Core.Store;
using Lineage.Store.Sqlite;
using Lineage.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.GraphQL.Tests;

/// <summary>
/// The Lineage schema over the real SQLite store holding the shipped dataset (data/), with every store call counted.
/// Shared by the tests of a class; each execution is its own request scope, like an HTTP request.
/// </summary>
public sealed class GraphQLHarness : IAsyncLifetime, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-graphql-").FullName;
    private ServiceProvider? _services;

    public CountingStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lineage:Sqlite:Path"] = Path.Combine(_directory, "lineage.db"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSqliteStore();
        services.AddSingleton(sp => new CountingStore(sp.GetRequiredService<SqliteStore>()));
        // Every port the GraphQL layer asks for goes through the counter.
        services.AddSingleton<ILineageStore>(sp => sp.GetRequiredService<CountingStore>());
        services.AddSingleton<IEntityQueries>(sp => sp.GetRequiredService<CountingStore>());
        services.AddSingleton<IFlowQueries>(sp => sp.GetRequiredService<CountingStore>());
        services.AddSingleton<ISearchQueries>(sp => sp.GetRequiredService<CountingStore>());
        services.AddSingleton<ILineageBatchQueries>(sp => sp.GetRequiredService<CountingStore>());
        services.AddLineageGraphQL(configuration);
        _services = services.BuildServiceProvider();

        Store = _services.GetRequiredService<CountingStore>();
        await Store.InitializeAsync(CancellationToken.None);
        await Store.ImportAsync(DatasetLoader.LoadDirectory(RepoPaths.Data), CancellationToken.None);
        Store.Reset();
    }

    /// <summary>Runs one request and returns its JSON response ({ data, errors }).</summary>
    public async Task<JsonNode> ExecuteAsync(string query, Inputs? variables = null)
    {
        using var scope = _services!.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(o =>
        {
            o.Query = query;
            o.Variables = variables;
            o.RequestServices = scope.ServiceProvider;
        });
        var json = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        return JsonNode.Parse(json)!;
    }

    /// <summary>Runs a request that must succeed and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, Inputs? variables = null)
    {
        var response = await ExecuteAsync(query, variables);
        Assert.True(response["errors"] is null, $"errors: {response["errors"]?.ToJsonString()}");
        return response["data"]!;
    }

    /// <summary>The schema the requests run against.</summary>
    public ISchema Schema => _services!.GetRequiredService<ISchema>();

    public static string Query(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Queries", name + ".graphql"));

    public static Inputs Variables(object values) => new global::GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<Inputs>(System.Text.Json.JsonSerializer.Serialize(values))!;

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
