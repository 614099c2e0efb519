namespace Lineage.Server.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>The response cache (Lineage:Cache), keyed by the data version each request asks the store for.</summary>
    public static IServiceCollection AddResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ResponseCache>();
        return services;
    }
}
