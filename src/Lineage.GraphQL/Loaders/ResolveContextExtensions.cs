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

    /// <summary>
    /// The `lang` argument of a name, JA when not given. Every name and title asks, so the coerced value is read as it
    /// is; only a value of another shape goes through GraphQL.NET's general conversion.
    /// </summary>
    public static Language Lang(this IResolveFieldContext context) =>
        context.Arguments is not { Count: > 0 } arguments || !arguments.TryGetValue("lang", out var lang) || lang.Value is null ? Language.Ja
        : lang.Value is Language given ? given : context.GetArgument("lang", Language.Ja);

    /// <summary>A referenced node (<see cref="RequestLoaders.Node"/>).</summary>
    public static object LoadNode(this IResolveFieldContext context, string id) => context.Loaders().Node(id);

    public static object? LoadOptional(this IResolveFieldContext context, string? id) => id is null ? null : context.LoadNode(id);

    /// <summary>A node by id only if it is of the kind asked for, so program(id: "org:…") is null, not a type error.</summary>
    public static object? LoadOfKind(this IResolveFieldContext context, string id, NodeKind kind) => context.LoadNode(id) switch
    {
        INode node => node.Kind == kind ? node : null,
        var pending => new Filtered((IDataLoaderResult<INode?>)pending, n => n is not null && n.Kind == kind),
    };

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
