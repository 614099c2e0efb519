using System.Text;
using Lineage.Rendering.Scenes;

namespace Lineage.Rendering.Output;

/// <summary>What a box or edge says on hover in the static SVG (its &lt;title&gt;): the label, then each transfer with its seed, stage, years, what was inferred (for a hand-off no source states) and verbatim quotes.</summary>
internal static class Hover
{
    public static string Text(SceneBox box, SceneEdge? edge)
    {
        var sb = new StringBuilder(box.Label);
        if (edge?.Reason is { } reason) sb.Append('\n').Append(reason);
        foreach (var h in box.Evidence)
        {
            sb.Append('\n').Append(h.Seed).Append(" · ").Append(h.Stage);
            if (h.Years is not null) sb.Append(" · ").Append(h.Years);
            if (h.Inferred is not null) sb.Append('\n').Append(h.Inferred);
            foreach (var q in h.Quotes) sb.Append("\n「").Append(q.Quote).Append("」 — ").Append(q.Source);
        }
        return sb.ToString();
    }
}
