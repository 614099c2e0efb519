using Lineage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Store.Sqlite;

public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>Registers the SQLite store as the <see cref="ILineageStore"/>; options come from Lineage:Sqlite.</summary>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.AddOptions<SqliteStoreOptions>().BindConfiguration(SqliteStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SqliteStore>();
        services.AddSingleton<ILineageStore>(sp => sp.GetRequiredService<SqliteStore>());
        return services;
    }
}
