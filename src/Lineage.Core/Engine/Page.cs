using Lineage.Core.Lineage;

namespace Lineage.Core.Engine;

/// <summary>One page in key order after a cursor, without sorting what lies beyond it.</summary>
internal static class Page
{
    public static (IReadOnlyList<PathKey> Items, bool HasMore) Select(IEnumerable<PathKey> keys, PathKey? after, int first)
    {
        // The first+1 smallest keys after the cursor, kept in a max-heap: one more than the page tells whether another follows.
        var heap = new PriorityQueue<PathKey, PathKey>(Comparer<PathKey>.Create((a, b) => b.CompareTo(a)));
        foreach (var key in keys)
        {
            if (after is not null && key.CompareTo(after) <= 0) continue;
            if (heap.Count <= first) heap.Enqueue(key, key);
            else if (key.CompareTo(heap.Peek()) < 0) heap.DequeueEnqueue(key, key);
        }
        var items = new List<PathKey>(heap.Count);
        while (heap.Count > 0) items.Add(heap.Dequeue());
        items.Reverse();
        var hasMore = items.Count > first;
        return (hasMore ? items[..first] : items, hasMore);
    }
}
