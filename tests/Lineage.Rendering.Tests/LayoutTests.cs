using Lineage.Rendering.Layout;

namespace Lineage.Rendering.Tests;

/// <summary>The layered layout on random graphs (seeded, so a failure can be replayed): boxes never overlap, edges never run through a box.</summary>
public sealed class LayoutTests
{
    private static (int Count, List<LayoutEdge> Edges, Func<int, double, double> Height) RandomGraph(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(4, 40);
        var edges = new List<LayoutEdge>();
        for (var i = 0; i < count * 3 / 2; i++)
        {
            var a = random.Next(count);
            var b = random.Next(count);
            if (a != b) edges.Add(new LayoutEdge(a, b, random.Next(3) == 0 ? random.Next(2, 30) : 1.5)); // some back edges: cycles
        }
        var heights = Enumerable.Range(0, count).Select(_ => 20.0 + random.Next(0, 90)).ToArray();
        return (count, edges, (v, w) => heights[v] * 160 / Math.Max(80, w));
    }

    [Theory]
    [InlineData(480)]
    [InlineData(960)]
    [InlineData(1600)]
    public void Boxes_never_overlap_and_edges_never_cross_a_box(int width)
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var (count, edges, height) = RandomGraph(seed);
            var r = LayeredLayout.Compute(count, edges, height, 16, 50, width - 32);
            for (var a = 0; a < count; a++)
            {
                var p = r.Boxes[a];
                Assert.True(p.X >= 16 - 0.01 && p.X + p.W <= width - 16 + 0.01, $"seed {seed}: box {a} leaves the width: {p}");
                Assert.True(p.Y >= 50 - 0.01, $"seed {seed}: box {a} is above the top");
                for (var b = a + 1; b < count; b++)
                {
                    var q = r.Boxes[b];
                    var overlap = p.X < q.X + q.W && q.X < p.X + p.W && p.Y < q.Y + q.H && q.Y < p.Y + p.H;
                    Assert.False(overlap, $"seed {seed} width {width}: boxes {a} {p} and {b} {q} overlap");
                }
            }
            for (var e = 0; e < edges.Count; e++)
            {
                foreach (var (x, y) in PathGeometry.Sample(r.Paths[e]))
                    for (var v = 0; v < count; v++)
                    {
                        var b = r.Boxes[v];
                        // The ends touch their own boxes' sides: 1 unit inside is inside.
                        var inside = x > b.X + 1 && x < b.X + b.W - 1 && y > b.Y + 1 && y < b.Y + b.H - 1;
                        Assert.False(inside, $"seed {seed} width {width}: edge {e} ({edges[e].From}→{edges[e].To}) runs through box {v} at ({x:0.#}, {y:0.#})");
                    }
            }
        }
    }

    [Fact]
    public void The_same_graph_gives_the_same_layout()
    {
        var (count, edges, height) = RandomGraph(7);
        var first = LayeredLayout.Compute(count, edges, height, 0, 0, 960);
        var second = LayeredLayout.Compute(count, edges, height, 0, 0, 960);
        Assert.Equal(first.Boxes, second.Boxes);
        Assert.Equal(first.Paths, second.Paths);
    }

    [Fact]
    public void Crossing_minimisation_untangles_a_crossed_pair()
    {
        // 0→3 and 1→2 drawn in index order cross; the layout orders layer two as 3, 2.
        var edges = new List<LayoutEdge> { new(0, 3, 1), new(1, 2, 1) };
        var r = LayeredLayout.Compute(4, edges, (_, _) => 30, 0, 0, 960);
        Assert.True(r.Boxes[0].Y < r.Boxes[1].Y);
        Assert.True(r.Boxes[3].Y < r.Boxes[2].Y, "the targets follow their sources' order");
    }

    [Fact]
    public void Layers_are_placed_as_close_to_their_wish_as_their_order_allows()
    {
        // Desired tops 0, 0, 100 for three boxes 40 high with a gap of 10: the first two share the difference.
        var placed = LayeredLayout.Isotonic([0, 0, 100], [40, 40, 40], 10);
        Assert.Equal([-25, 25, 100], placed);
    }
}
