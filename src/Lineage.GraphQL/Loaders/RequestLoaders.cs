using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.GraphQL.Loaders;

/// <summary>The batch loaders of one GraphQL request (scoped), so results are shared within it and never across users.</summary>
public sealed class RequestLoaders
{
    public RequestLoaders(ILineageStore store)
    {
        Nodes = new BatchLoader<string, INode>(async (ids, ct) =>
            (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal));
        Outgoing = new BatchLoader<string, IReadOnlyList<Transfer>>(async (ids, ct) => Group(ids, await store.GetTransfersAsync(ids, TransferDirection.Outgoing, ct), t => t.From));
        Incoming = new BatchLoader<string, IReadOnlyList<Transfer>>(async (ids, ct) => Group(ids, await store.GetTransfersAsync(ids, TransferDirection.Incoming, ct), t => t.To));
    }

    public BatchLoader<string, INode> Nodes { get; }
    public BatchLoader<string, IReadOnlyList<Transfer>> Outgoing { get; }
    public BatchLoader<string, IReadOnlyList<Transfer>> Incoming { get; }

    private static IReadOnlyDictionary<string, IReadOnlyList<Transfer>> Group(IReadOnlyCollection<string> ids, IReadOnlyList<Transfer> transfers, Func<Transfer, string> key)
    {
        var byKey = transfers.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<Transfer>)g.ToList(), StringComparer.Ordinal);
        foreach (var id in ids) byKey.TryAdd(id, []);
        return byKey;
    }
}
