using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.GraphQL.Loaders;

/// <summary>The store's capability ports (IEntityQueries, IFlowQueries…), each registered by the store that offers it.</summary>
internal static class Ports
{
    public static T Port<T>(this IResolveFieldContext context) where T : class => Get<T>(context.RequestServices!);

    public static T Get<T>(IServiceProvider services) where T : class =>
        services.GetService<T>() ?? throw new Errors.CapabilityMissingException(
            $"The configured store does not offer {typeof(T).Name} yet; use Lineage:Store=sqlite for this field.");
}
