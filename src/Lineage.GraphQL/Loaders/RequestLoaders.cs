using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.GraphQL.Loaders;

/// <summary>
/// The batch loaders of one GraphQL request (scoped), so results are shared within it and never across users. Each is
/// made when a resolver first needs it: most requests need one or none.
/// </summary>
public sealed class RequestLoaders(ILineageStore store, IKnownNodes? known = null)
{
    private BatchLoader<string, Ministry>? _ministryOf;
    private BatchLoader<string, INode>? _nodes;
    private BatchLoader<string, IReadOnlyList<Transfer>>? _outgoing, _incoming;

    // A program's runner is a ministry or an agency; an agency's ministry needs a second hop, batched too.
    public BatchLoader<string, Ministry> MinistryOf => Once(ref _ministryOf, store, static store => new(async (ids, ct) =>
    {
        var runners = await store.GetNodesAsync(ids, ct);
        var agencyMinistries = runners.OfType<Agency>().Select(a => a.Ministry).Distinct(StringComparer.Ordinal).ToList();
        var parents = agencyMinistries.Count == 0 ? [] : await store.GetNodesAsync(agencyMinistries, ct);
        var ministries = runners.Concat(parents).OfType<Ministry>().DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        var result = new Dictionary<string, Ministry>(StringComparer.Ordinal);
        foreach (var runner in runners)
        {
            var ministryId = runner is Agency agency ? agency.Ministry : runner.Id;
            if (ministries.TryGetValue(ministryId, out var ministry)) result[runner.Id] = ministry;
        }
        return result;
    }));

    public BatchLoader<string, INode> Nodes => Once(ref _nodes, store, static store => new(async (ids, ct) =>
        (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, StringComparer.Ordinal)));

    public BatchLoader<string, IReadOnlyList<Transfer>> Outgoing => Once(ref _outgoing, store, static store => new(async (ids, ct) =>
        Group(ids, await store.GetTransfersAsync(ids, TransferDirection.Outgoing, ct), t => t.From)));

    public BatchLoader<string, IReadOnlyList<Transfer>> Incoming => Once(ref _incoming, store, static store => new(async (ids, ct) =>
        Group(ids, await store.GetTransfersAsync(ids, TransferDirection.Incoming, ct), t => t.To)));

    /// <summary>
    /// A referenced node: the node itself when the store holds it in memory, else a result batched with the other
    /// references of the level. A resolved value skips GraphQL.NET's deferred round and the store call.
    /// </summary>
    public object Node(string id) => known is not null && known.TryGetKnown(id, out var node) ? node : Nodes.Load(id);

    // One loader per request even if two resolvers ask at once: keys queued on a second one would be lost.
    private static T Once<T>(ref T? loader, ILineageStore store, Func<ILineageStore, T> make) where T : class =>
        Volatile.Read(ref loader) ?? Interlocked.CompareExchange(ref loader, make(store), null) ?? loader!;

    private static Dictionary<string, IReadOnlyList<Transfer>> Group(IReadOnlyCollection<string> ids, IReadOnlyList<Transfer> transfers, Func<Transfer, string> key)
    {
        var byKey = transfers.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<Transfer>)g.ToList(), StringComparer.Ordinal);
        foreach (var id in ids) byKey.TryAdd(id, []);
        return byKey;
    }
}
