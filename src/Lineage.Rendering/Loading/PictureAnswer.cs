using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;

namespace Lineage.Rendering.Loading;

/// <summary>
/// A question's answer and every node it names (programs, their runners and ministries, seeds, sources,
/// cohorts, transfers, the selectors' own nodes), so that the scene is built without another look-up.
/// Paths mode fills <see cref="Paths"/> (the first <see cref="PictureLoader.MaxPaths"/> of <see cref="TotalPaths"/>);
/// flows mode fills <see cref="Rows"/>.
/// </summary>
public sealed record PictureAnswer(
    PictureQuestion Question,
    IReadOnlyList<LineagePath> Paths,
    int TotalPaths,
    IReadOnlyList<FlowRow> Rows,
    IReadOnlyDictionary<string, INode> Nodes)
{
    public T? Node<T>(string? id) where T : class, INode => id is not null && Nodes.TryGetValue(id, out var n) ? n as T : null;

    /// <summary>The code of the ministry in charge of a program (through its agency), or null when unknown.</summary>
    public string? MinistryOf(string programId)
    {
        var runner = Node<Program>(programId)?.RunBy;
        return Nodes.GetValueOrDefault(runner ?? "") switch
        {
            Ministry m => m.Code.ToString(),
            Agency a when Node<Ministry>(a.Ministry) is { } m => m.Code.ToString(),
            _ => null,
        };
    }

    public string NameOf(string id) => Nodes.TryGetValue(id, out var n) ? n.Name.In(Question.Lang) : id;
}
