using System.Globalization;
using System.Text;

namespace Lineage.Rendering.Layout;

/// <summary>An edge to lay out: from node index to node index, drawn <see cref="Thickness"/> wide.</summary>
public sealed record LayoutEdge(int From, int To, double Thickness);

public sealed record PlacedBox(double X, double Y, double W, double H);

/// <summary>Where every node went and each edge's SVG path (drawn from its own From to its own To).</summary>
public sealed record LayoutResult(IReadOnlyList<PlacedBox> Boxes, IReadOnlyList<string> Paths, double Width, double Height, bool Stacked);

/// <summary>
/// A layered (Sugiyama) layout, deterministic to the byte: cycles broken by reversing depth-first back edges,
/// longest-path layers, long edges carried by dummy slots, crossings minimised by barycentre sweeps (the best
/// ordering of 12 sweeps is kept; ties keep the previous order), then each layer placed as close to its
/// neighbours as the boxes allow (isotonic regression, so nothing overlaps).
/// Wide pictures read left to right, one column per layer, edges as curves through the gaps between columns
/// and through their dummy slots, so no edge crosses a box. When columns would be narrower than
/// <see cref="MinColumn"/> the same order is stacked top to bottom, full width, and every edge runs in its own
/// lane in the left margin (a lane is reused where edges do not overlap).
/// GraphShape's Sugiyama was the kept library to use here; it builds on net10 but seeds its crossing
/// minimisation with <c>new Random(DateTime.Now.Millisecond)</c>, so the same data gave a different picture on
/// every run — which a cited picture cannot have.
/// </summary>
public static class LayeredLayout
{
    public const double MinColumn = 150;
    public const double MaxColumn = 340;
    public const double ColumnGap = 36;
    public const double RowGap = 14;
    public const double LaneGap = 7;

    /// <param name="count">Number of nodes (indices 0..count-1, in a stable order: it breaks every tie).</param>
    /// <param name="heightAt">The height a node needs at a given width (its wrapped text).</param>
    public static LayoutResult Compute(int count, IReadOnlyList<LayoutEdge> edges, Func<int, double, double> heightAt, double left, double top, double width)
    {
        var layers = Layers(count, edges, out var reversed);
        var layerCount = count == 0 ? 0 : layers.Max() + 1;
        var chains = Chains(edges, layers, reversed, out var slotsPerLayer, out var slotEdge);
        var order = Order(count, layerCount, layers, chains, slotsPerLayer);
        var column = layerCount == 0 ? width : (width - (layerCount - 1) * ColumnGap) / layerCount;
        if (column >= MinColumn || layerCount <= 1)
        {
            // Columns wider than a comfortable line are not drawn: the picture is centred instead.
            var used = Math.Min(column, MaxColumn);
            var inset = (width - (layerCount * used + (layerCount - 1) * ColumnGap)) / 2;
            return Columns(count, edges, heightAt, left + Math.Max(0, inset), top, used, layers, reversed, chains, order, slotEdge) with { Width = width };
        }
        return Stack(count, edges, heightAt, left, top, width, layers, order);
    }

    // ---- layers -------------------------------------------------------------------------------------------

    private static int[] Layers(int count, IReadOnlyList<LayoutEdge> edges, out bool[] reversed)
    {
        reversed = new bool[edges.Count];
        var outgoing = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < edges.Count; i++) outgoing[edges[i].From].Add(i);
        var state = new int[count]; // 0 new, 1 on the stack, 2 done
        for (var root = 0; root < count; root++)
        {
            if (state[root] != 0) continue;
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < outgoing[node].Count)
                {
                    stack.Push((node, next + 1));
                    var e = outgoing[node][next];
                    var to = edges[e].To;
                    if (state[to] == 1) reversed[e] = true;
                    else if (state[to] == 0)
                    {
                        state[to] = 1;
                        stack.Push((to, 0));
                    }
                }
                else state[node] = 2;
            }
        }
        var layer = new int[count];
        var preds = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        var indegree = new int[count];
        var succ = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < edges.Count; i++)
        {
            var (u, v) = Directed(edges[i], reversed[i]);
            if (u == v) continue;
            succ[u].Add(v);
            indegree[v]++;
        }
        var ready = new SortedSet<int>(Enumerable.Range(0, count).Where(v => indegree[v] == 0));
        while (ready.Count > 0)
        {
            var u = ready.Min;
            ready.Remove(u);
            foreach (var v in succ[u])
            {
                layer[v] = Math.Max(layer[v], layer[u] + 1);
                if (--indegree[v] == 0) ready.Add(v);
            }
        }
        return layer;
    }

    private static (int From, int To) Directed(LayoutEdge e, bool reversed) => reversed ? (e.To, e.From) : (e.From, e.To);

    /// <summary>For each edge, the slots it passes: node indices first, then dummies numbered from count upwards.</summary>
    private static List<int>[] Chains(IReadOnlyList<LayoutEdge> edges, int[] layers, bool[] reversed, out List<int>[] slotsPerLayer, out Dictionary<int, int> slotEdge)
    {
        var count = layers.Length;
        var layerCount = count == 0 ? 0 : layers.Max() + 1;
        slotsPerLayer = Enumerable.Range(0, layerCount).Select(_ => new List<int>()).ToArray();
        for (var v = 0; v < count; v++) slotsPerLayer[layers[v]].Add(v);
        slotEdge = [];
        var next = count;
        var chains = new List<int>[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            var (u, v) = Directed(edges[i], reversed[i]);
            var chain = new List<int> { u };
            for (var l = layers[u] + 1; l < layers[v]; l++)
            {
                slotsPerLayer[l].Add(next);
                slotEdge[next] = i;
                chain.Add(next++);
            }
            chain.Add(v);
            chains[i] = chain;
        }
        return chains;
    }

    // ---- order --------------------------------------------------------------------------------------------

    private static List<int>[] Order(int count, int layerCount, int[] layers, List<int>[] chains, List<int>[] slotsPerLayer)
    {
        var up = new Dictionary<int, List<int>>();
        var down = new Dictionary<int, List<int>>();
        foreach (var chain in chains)
            for (var k = 0; k + 1 < chain.Count; k++)
            {
                if (chain[k] == chain[k + 1]) continue;
                (down.TryGetValue(chain[k], out var d) ? d : down[chain[k]] = []).Add(chain[k + 1]);
                (up.TryGetValue(chain[k + 1], out var u) ? u : up[chain[k + 1]] = []).Add(chain[k]);
            }
        var order = slotsPerLayer.Select(l => l.ToList()).ToArray();
        var best = order.Select(l => l.ToList()).ToArray();
        var bestCrossings = Crossings(order, down);
        for (var sweep = 0; sweep < 12 && bestCrossings > 0; sweep++)
        {
            var downward = sweep % 2 == 0;
            var position = Positions(order);
            for (var step = 1; step < layerCount; step++)
            {
                var l = downward ? step : layerCount - 1 - step;
                var neighbours = downward ? up : down;
                var keyed = order[l].Select((v, i) => (v, i, key: neighbours.TryGetValue(v, out var n) && n.Count > 0 ? n.Average(x => position[x]) : i)).ToList();
                order[l] = [.. keyed.OrderBy(x => x.key).ThenBy(x => x.i).Select(x => x.v)];
                for (var i = 0; i < order[l].Count; i++) position[order[l][i]] = i;
            }
            var crossings = Crossings(order, down);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = order.Select(x => x.ToList()).ToArray();
            }
        }
        return best;
    }

    private static Dictionary<int, int> Positions(List<int>[] order)
    {
        var position = new Dictionary<int, int>();
        foreach (var layer in order)
            for (var i = 0; i < layer.Count; i++) position[layer[i]] = i;
        return position;
    }

    internal static int Crossings(List<int>[] order, Dictionary<int, List<int>> down)
    {
        var position = Positions(order);
        var total = 0;
        foreach (var layer in order)
        {
            var pairs = layer.SelectMany(u => down.TryGetValue(u, out var d) ? d.Select(v => (position[u], position[v])) : []).ToList();
            for (var a = 0; a < pairs.Count; a++)
                for (var b = a + 1; b < pairs.Count; b++)
                    if ((pairs[a].Item1 - pairs[b].Item1) * (pairs[a].Item2 - pairs[b].Item2) < 0) total++;
        }
        return total;
    }

    // ---- left to right ------------------------------------------------------------------------------------

    private static LayoutResult Columns(int count, IReadOnlyList<LayoutEdge> edges, Func<int, double, double> heightAt, double left, double top, double column,
        int[] layers, bool[] reversed, List<int>[] chains, List<int>[] order, Dictionary<int, int> slotEdge)
    {
        var layerCount = order.Length;
        // Each side of a box stacks the edges attached to it; the box is at least as tall as that stack.
        var outSide = new double[count];
        var inSide = new double[count];
        for (var i = 0; i < edges.Count; i++)
        {
            var c = chains[i];
            outSide[c[0]] += edges[i].Thickness + 4;
            inSide[c[^1]] += edges[i].Thickness + 4;
        }
        var height = new Dictionary<int, double>();
        for (var v = 0; v < count; v++) height[v] = Math.Max(heightAt(v, column), Math.Max(outSide[v], inSide[v]) + 8);
        foreach (var (slot, e) in slotEdge) height[slot] = edges[e].Thickness + 8;

        var neighbours = new Dictionary<int, List<int>>();
        foreach (var chain in chains)
            for (var k = 0; k + 1 < chain.Count; k++)
            {
                (neighbours.TryGetValue(chain[k], out var a) ? a : neighbours[chain[k]] = []).Add(chain[k + 1]);
                (neighbours.TryGetValue(chain[k + 1], out var b) ? b : neighbours[chain[k + 1]] = []).Add(chain[k]);
            }
        var layerOf = new Dictionary<int, int>();
        for (var l = 0; l < layerCount; l++) foreach (var v in order[l]) layerOf[v] = l;

        var y = new Dictionary<int, double>();
        foreach (var layer in order)
        {
            var at = 0.0;
            foreach (var v in layer)
            {
                y[v] = at;
                at += height[v] + RowGap;
            }
        }
        for (var sweep = 0; sweep < 6; sweep++)
        {
            var downward = sweep % 2 == 0;
            for (var step = 0; step < layerCount; step++)
            {
                var l = downward ? step : layerCount - 1 - step;
                var from = downward ? l - 1 : l + 1;
                var desired = order[l].Select(v =>
                {
                    var near = neighbours.TryGetValue(v, out var n) ? n.Where(x => layerOf[x] == from).ToList() : [];
                    return near.Count == 0 ? y[v] : near.Average(x => y[x] + height[x] / 2) - height[v] / 2;
                }).ToList();
                var placed = Isotonic(desired, order[l].Select(v => height[v]).ToList(), RowGap);
                for (var i = 0; i < order[l].Count; i++) y[order[l][i]] = placed[i];
            }
        }
        var minY = y.Values.DefaultIfEmpty(0).Min();
        var boxes = new PlacedBox[count];
        double X(int l) => left + l * (column + ColumnGap);
        var bottom = top;
        foreach (var v in y.Keys.ToList())
        {
            y[v] = Math.Round(y[v] - minY + top, 2);
            bottom = Math.Max(bottom, y[v] + height[v]);
        }
        for (var v = 0; v < count; v++) boxes[v] = new PlacedBox(R(X(layers[v])), y[v], R(column), R(height[v]));

        // Attach points: on each side, the edges in the order of where their other end is, stacked and centred.
        var outY = new Dictionary<int, double>();
        var inY = new Dictionary<int, double>();
        void Attach(IEnumerable<int> edgeIds, Func<int, int> node, Func<int, double> otherEnd, Dictionary<int, double> into)
        {
            foreach (var group in edgeIds.GroupBy(node))
            {
                var list = group.OrderBy(otherEnd).ThenBy(e => e).ToList();
                var total = list.Sum(e => edges[e].Thickness + 4) - 4;
                var at = y[group.Key] + height[group.Key] / 2 - total / 2;
                foreach (var e in list)
                {
                    into[e] = R(at + edges[e].Thickness / 2);
                    at += edges[e].Thickness + 4;
                }
            }
        }
        var all = Enumerable.Range(0, edges.Count).ToList();
        Attach(all, e => chains[e][0], e => y[chains[e][1]] + height[chains[e][1]] / 2, outY);
        Attach(all, e => chains[e][^1], e => y[chains[e][^2]] + height[chains[e][^2]] / 2, inY);

        var paths = new string[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            var c = chains[e];
            var points = new List<(double X, double Y)> { (X(layerOf[c[0]]) + column, outY[e]) };
            for (var k = 1; k + 1 < c.Count; k++)
            {
                var cy = y[c[k]] + height[c[k]] / 2;
                points.Add((X(layerOf[c[k]]), cy));
                points.Add((X(layerOf[c[k]]) + column, cy));
            }
            points.Add((X(layerOf[c[^1]]), inY[e]));
            if (reversed[e]) points.Reverse();
            paths[e] = Curve(points);
        }
        var width = layerCount * column + (layerCount - 1) * ColumnGap;
        return new LayoutResult(boxes, paths, R(width), R(bottom - top), Stacked: false);
    }

    /// <summary>Alternating gap curves and straight runs through dummy slots; a curve's controls stay inside its gap.</summary>
    private static string Curve(List<(double X, double Y)> p)
    {
        var d = new StringBuilder().Append('M').Append(F(p[0].X)).Append(' ').Append(F(p[0].Y));
        for (var i = 1; i < p.Count; i++)
        {
            var (a, b) = (p[i - 1], p[i]);
            var crossesGap = i % 2 == 1;
            if (!crossesGap || Math.Abs(a.Y - b.Y) < 0.01) d.Append(" L").Append(F(b.X)).Append(' ').Append(F(b.Y));
            else
            {
                var mid = (a.X + b.X) / 2;
                d.Append(" C").Append(F(mid)).Append(' ').Append(F(a.Y)).Append(' ').Append(F(mid)).Append(' ').Append(F(b.Y)).Append(' ').Append(F(b.X)).Append(' ').Append(F(b.Y));
            }
        }
        return d.ToString();
    }

    /// <summary>The tops closest to <paramref name="desired"/> (least squares) that keep the order and a gap (pool-adjacent-violators).</summary>
    internal static List<double> Isotonic(IReadOnlyList<double> desired, IReadOnlyList<double> heights, double gap)
    {
        var offset = new double[desired.Count];
        for (var i = 1; i < desired.Count; i++) offset[i] = offset[i - 1] + heights[i - 1] + gap;
        var blocks = new List<(double Sum, int Count)>();
        for (var i = 0; i < desired.Count; i++)
        {
            blocks.Add((desired[i] - offset[i], 1));
            while (blocks.Count > 1 && blocks[^2].Sum / blocks[^2].Count > blocks[^1].Sum / blocks[^1].Count)
            {
                var merged = (blocks[^2].Sum + blocks[^1].Sum, blocks[^2].Count + blocks[^1].Count);
                blocks.RemoveRange(blocks.Count - 2, 2);
                blocks.Add(merged);
            }
        }
        var result = new List<double>(desired.Count);
        foreach (var (sum, n) in blocks)
            for (var k = 0; k < n; k++) result.Add(sum / n + offset[result.Count]);
        return result;
    }

    // ---- stacked (narrow) ---------------------------------------------------------------------------------

    private static LayoutResult Stack(int count, IReadOnlyList<LayoutEdge> edges, Func<int, double, double> heightAt, double left, double top, double width,
        int[] layers, List<int>[] order)
    {
        var sequence = ReadingOrder(count, edges, order);
        var index = new int[count];
        for (var i = 0; i < sequence.Count; i++) index[sequence[i]] = i;

        // Lanes in index space: two edges share a lane only when their spans do not touch.
        var laneOf = new int[edges.Count];
        var laneEnd = new List<int>();
        var laneWidth = new List<double>();
        foreach (var e in Enumerable.Range(0, edges.Count).OrderBy(e => Math.Min(index[edges[e].From], index[edges[e].To])).ThenBy(e => e))
        {
            var (a, b) = (Math.Min(index[edges[e].From], index[edges[e].To]), Math.Max(index[edges[e].From], index[edges[e].To]));
            var lane = laneEnd.FindIndex(end => end < a);
            if (lane < 0)
            {
                lane = laneEnd.Count;
                laneEnd.Add(b);
                laneWidth.Add(0);
            }
            laneEnd[lane] = b;
            laneWidth[lane] = Math.Max(laneWidth[lane], Thin(edges[e]));
            laneOf[e] = lane;
        }
        var laneX = new double[laneEnd.Count];
        var margin = 6.0;
        for (var lane = 0; lane < laneEnd.Count; lane++)
        {
            margin += laneWidth[lane] / 2;
            laneX[lane] = margin;
            margin += laneWidth[lane] / 2 + LaneGap;
        }
        margin += 4;
        var boxLeft = left + margin;
        var boxWidth = width - margin;

        var attached = Enumerable.Range(0, count).Select(_ => new List<(int Edge, bool Out)>()).ToArray();
        for (var e = 0; e < edges.Count; e++)
        {
            attached[edges[e].From].Add((e, true));
            attached[edges[e].To].Add((e, false));
        }
        var boxes = new PlacedBox[count];
        var y = top;
        foreach (var v in sequence)
        {
            var need = attached[v].Sum(a => Thin(edges[a.Edge]) + 6) + 8;
            var h = Math.Max(heightAt(v, boxWidth), need);
            boxes[v] = new PlacedBox(R(boxLeft), R(y), R(boxWidth), R(h));
            y += h + RowGap;
        }
        var attachY = new Dictionary<(int Edge, bool Out), double>();
        for (var v = 0; v < count; v++)
        {
            var list = attached[v].OrderBy(a => index[a.Out ? edges[a.Edge].To : edges[a.Edge].From]).ThenBy(a => a.Edge).ToList();
            for (var k = 0; k < list.Count; k++) attachY[list[k]] = R(boxes[v].Y + boxes[v].H * (k + 1) / (list.Count + 1));
        }
        var paths = new string[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            var lx = R(left + laneX[laneOf[e]]);
            var (y1, y2) = (attachY[(e, true)], attachY[(e, false)]);
            paths[e] = $"M{F(boxLeft)} {F(y1)} H{F(lx)} V{F(y2)} H{F(boxLeft)}";
        }
        return new LayoutResult(boxes, paths, R(width), R(Math.Max(0, y - RowGap - top)), Stacked: true);
    }

    /// <summary>
    /// The stacked order: a topological order that follows chains (a box comes right after the box it was last
    /// waiting for, so a seed's programs and hand-offs read one after another); ties go by the columns' order.
    /// </summary>
    private static List<int> ReadingOrder(int count, IReadOnlyList<LayoutEdge> edges, List<int>[] order)
    {
        var rank = new int[count];
        var r = 0;
        foreach (var layer in order)
            foreach (var v in layer.Where(v => v < count)) rank[v] = r++;
        var preds = Enumerable.Range(0, count).Select(_ => new HashSet<int>()).ToArray();
        var succ = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        foreach (var e in edges)
            if (e.From != e.To && rank[e.From] < rank[e.To] && preds[e.To].Add(e.From)) succ[e.From].Add(e.To);
        var priority = Enumerable.Repeat(-1, count).ToArray();
        var waiting = preds.Select(p => p.Count).ToArray();
        var ready = new SortedSet<(int NegPriority, int Rank, int Node)>();
        for (var v = 0; v < count; v++) if (waiting[v] == 0) ready.Add((1, rank[v], v));
        var sequence = new List<int>(count);
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            sequence.Add(next.Node);
            foreach (var v in succ[next.Node])
            {
                priority[v] = sequence.Count;
                if (--waiting[v] == 0) ready.Add((-priority[v], rank[v], v));
            }
        }
        return sequence;
    }

    /// <summary>In a stacked picture a band is drawn at most 12 wide: lanes must stay narrow.</summary>
    public static double Thin(LayoutEdge e) => Math.Min(e.Thickness, 12);

    private static double R(double v) => Math.Round(v, 2);

    internal static string F(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
