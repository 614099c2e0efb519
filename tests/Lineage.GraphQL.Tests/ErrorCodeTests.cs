using GraphQL;
using GraphQL.Types;
using Lineage.Core.Store;
using Lineage.GraphQL.Errors;
using Lineage.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Lineage.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.GraphQL.Tests;

/// <summary>The catalogue of error codes: one entry per code, each documented, and a missing capability is not an outage.</summary>
public sealed class ErrorCodeTests
{
    [Fact]
    public void Every_code_is_listed_once_with_a_status_a_client_can_act_on()
    {
        Assert.Equal(ErrorCodes.All.Count, ErrorCodes.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ErrorCodes.All, c => Assert.Matches("^[A-Z][A-Z_]+$", c.Code));
        Assert.All(ErrorCodes.All, c => Assert.InRange(c.HttpStatus, 400, 599));
        // Only what can pass by itself is transient: a retry of a bad argument gets the same answer.
        Assert.Equal(["CANCELLED", "DEADLINE_EXCEEDED", "STORE_UNAVAILABLE"], ErrorCodes.All.Where(c => c.Transient).Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void README_lists_every_code_with_its_status()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.All(ErrorCodes.All, c => Assert.Contains($"| `{c.Code}` | {c.HttpStatus} | {(c.Transient ? "yes" : "no")} |", readme, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_store_without_a_capability_is_reported_as_not_supported_not_as_unavailable()
    {
        // A store that offers the port but not flows (as a new store might): only ILineageStore is registered.
        var directory = Directory.CreateTempSubdirectory("lineage-capability-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Lineage:Sqlite:Path"] = Path.Combine(directory, "lineage.db"),
            }).Build();
            var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddOptions();
            services.AddOptions<SqliteStoreOptions>().BindConfiguration(SqliteStoreOptions.Section);
            services.AddSingleton<SqliteStore>().AddSingleton<ILineageStore>(sp => sp.GetRequiredService<SqliteStore>());
            services.AddLineageGraphQL(configuration);
            await using var provider = services.BuildServiceProvider();
            using var scope = provider.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(o =>
            {
                o.Query = "{ flows(groupBy: MINISTRY) { sourceId } }";
                o.RequestServices = scope.ServiceProvider;
            });

            var error = Assert.Single(result.Errors!);
            Assert.Equal(ErrorCodes.NotSupported.Code, error.Code);
            Assert.Contains("IFlowQueries", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
