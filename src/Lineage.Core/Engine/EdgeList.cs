using System.Buffers;

namespace Lineage.Core.Engine;

/// <summary>
/// Hand-off indices in a rented array, given back when the question is answered: a ministry names a hundred thousand
/// hand-offs of a national-scale graph, and a fresh array of that size for every question costs more to clear, fault
/// in and collect than to fill.
/// </summary>
internal sealed class EdgeList : IDisposable
{
    private int[] _items;

    public EdgeList(int capacity) => _items = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public int this[int i] => _items[i];

    public ReadOnlySpan<int> Span => _items.AsSpan(0, Count);

    public void Add(int edge)
    {
        if (Count == _items.Length) Grow(Count + 1);
        _items[Count++] = edge;
    }

    public void AddRange(ReadOnlySpan<int> edges)
    {
        if (Count + edges.Length > _items.Length) Grow(Count + edges.Length);
        edges.CopyTo(_items.AsSpan(Count));
        Count += edges.Length;
    }

    /// <summary>Keeps the hand-offs that pass, in their order.</summary>
    public void RemoveAll(Func<int, bool> drop)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
            if (!drop(_items[i])) _items[kept++] = _items[i];
        Count = kept;
    }

    /// <summary>Empties the list for <see cref="Add"/> to fill it again (in place).</summary>
    public void Clear() => Count = 0;

    public void Sort() => _items.AsSpan(0, Count).Sort();

    private void Grow(int needed)
    {
        var larger = ArrayPool<int>.Shared.Rent(Math.Max(needed, 2 * _items.Length));
        _items.AsSpan(0, Count).CopyTo(larger);
        ArrayPool<int>.Shared.Return(_items);
        _items = larger;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_items);
        _items = [];
        Count = 0;
    }
}
