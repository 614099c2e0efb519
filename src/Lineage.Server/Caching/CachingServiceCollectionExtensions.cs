namespace Lineage.Server.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>The response cache (Lineage:Cache) and the per-request data version it is keyed by.</summary>
    public static IServiceCollection AddResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ResponseCache>();
        services.AddScoped<RequestDataVersion>();
        return services;
    }
}
