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

    public static ExplorationLoaders Exploration(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ExplorationLoaders>();

    public static ILineageStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ILineageStore>();

    /// <summary>A referenced node, batched with every other reference of the same level.</summary>
    public static IDataLoaderResult<INode?> LoadNode(this IResolveFieldContext context, string id) => context.Loaders().Nodes.Load(id);

    public static object? LoadOptional(this IResolveFieldContext context, string? id) => id is null ? null : context.LoadNode(id);

    /// <summary>A node by id only if it is of the kind asked for, so program(id: "org:…") is null, not a type error.</summary>
    public static IDataLoaderResult<INode?> LoadOfKind(this IResolveFieldContext context, string id, NodeKind kind) =>
        new Filtered(context.LoadNode(id), n => n is not null && n.Kind == kind);

    private sealed class Filtered(IDataLoaderResult<INode?> inner, Func<INode?, bool> keep) : IDataLoaderResult<INode?>
    {
        public async Task<INode?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var node = await inner.GetResultAsync(cancellationToken);
            return keep(node) ? node : null;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
