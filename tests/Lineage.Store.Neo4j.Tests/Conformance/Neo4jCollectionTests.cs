using System.Reflection;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>
/// The live-Neo4j classes share one database: run in parallel, one class's emptying would wipe another's data. xunit
/// runs the classes of one collection one at a time, so every such class must be in it — checked here, without a Neo4j.
/// </summary>
public sealed class Neo4jCollectionTests
{
    [Fact]
    public void Every_class_that_needs_a_live_Neo4j_is_in_the_one_Neo4j_collection()
    {
        var live = typeof(Neo4jDatabase).Assembly.GetTypes().Where(t => t.GetCustomAttribute<RequiresNeo4jAttribute>() is not null).ToList();

        Assert.True(live.Count >= 6, $"expected the live suites here, found {live.Count}");
        Assert.All(live, t => Assert.True(
            t.GetCustomAttribute<CollectionAttribute>() is not null
            && t.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CollectionAttribute)).ConstructorArguments[0].Value as string == Neo4jDatabaseCollectionDefinition.Name,
            $"{t.Name} needs a live Neo4j but is not in [Collection(\"{Neo4jDatabaseCollectionDefinition.Name}\")]"));
        var definition = typeof(Neo4jDatabaseCollectionDefinition).GetCustomAttribute<CollectionDefinitionAttribute>()!;
        Assert.True(definition.DisableParallelization);
    }
}
