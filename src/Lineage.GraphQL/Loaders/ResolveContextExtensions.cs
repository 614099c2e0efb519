using GraphQL;
using GraphQL.DataLoader;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.GraphQL.Loaders;

internal static class ResolveContextExtensions
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();

    public static ILineageStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ILineageStore>();

    /// <summary>A referenced node, batched with every other reference of the same level.</summary>
    public static IDataLoaderResult<INode?> LoadNode(this IResolveFieldContext context, string id) => context.Loaders().Nodes.Load(id);

    public static object? LoadOptional(this IResolveFieldContext context, string? id) => id is null ? null : context.LoadNode(id);
}
