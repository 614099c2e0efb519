using Lineage.Store.Neo4j;
using Lineage.Store.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Lineage.Server.Hosting;

/// <summary>The one place that knows which stores exist; nothing else in the host knows which is in use.</summary>
public static class StoreSelection
{
    public const string Sqlite = "sqlite";
    public const string Neo4j = "neo4j";
    public static readonly IReadOnlyList<string> Known = [Sqlite, Neo4j];

    /// <summary>Registers the configured store, or throws with a message naming the setting and the values it takes.</summary>
    public static IServiceCollection AddLineageStore(this IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration[$"{LineageOptions.Section}:Store"] ?? Sqlite;
        switch (store.Trim().ToLowerInvariant())
        {
            case Sqlite:
                return services.AddSqliteStore();
            case Neo4j:
                return services.AddNeo4jStore(configuration);
            default:
                throw new InvalidStoreException($"Lineage:Store = '{store}' is not allowed: use {string.Join(" | ", Known)}.");
        }
    }
}

/// <summary>Start-up cannot go on with this store setting; the message says what to change.</summary>
public sealed class InvalidStoreException : Exception
{
    public InvalidStoreException(string message) : base(message) { }
    public InvalidStoreException() { }
    public InvalidStoreException(string message, Exception inner) : base(message, inner) { }
}
