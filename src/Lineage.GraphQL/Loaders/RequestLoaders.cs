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
        // A program's runner is a ministry or an agency; an agency's ministry needs a second hop, batched too.
        MinistryOf = new BatchLoader<string, Ministry>(async (ids, ct) =>
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
        });
    }

    public BatchLoader<string, Ministry> MinistryOf { get; }

    public BatchLoader<string, INode> Nodes { get; }
    public BatchLoader<string, IReadOnlyList<Transfer>> Outgoing { get; }
    public BatchLoader<string, IReadOnlyList<Transfer>> Incoming { get; }

    private static Dictionary<string, IReadOnlyList<Transfer>> Group(IReadOnlyCollection<string> ids, IReadOnlyList<Transfer> transfers, Func<Transfer, string> key)
    {
        var byKey = transfers.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<Transfer>)g.ToList(), StringComparer.Ordinal);
        foreach (var id in ids) byKey.TryAdd(id, []);
        return byKey;
    }
}
