using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

public static partial class DatasetValidator
{
    /// <summary>What checking a part of a dataset (a file, a slice of nodes) found, kept until every part is checked.</summary>
    internal sealed record CheckedPart(List<DatasetProblem> Ids, List<DatasetProblem> Rules, List<DatasetProblem> Content, CrossFacts Facts);

    /// <summary>
    /// Checks one node at a time against the dataset's ids, keeping of the node only its problems and its facts for the
    /// rules across nodes (<see cref="Finish"/>): the node itself can go as soon as it is checked.
    /// </summary>
    internal sealed class NodeChecks(KnownIds known, NodePlaces places) : IDisposable
    {
        private readonly ContentChecker _content = new();

        public CheckedPart Found { get; } = new([], [], [], new CrossFacts());

        public void Check(LocatedNode n, NodePlace place)
        {
            IdRules(n, place, known, places, Found.Ids);
            NodeRules(n, known, Found.Rules);
            _content.Check(n, Found.Content);
            Found.Facts.Add(n.Node, place);
        }

        public void Dispose() => _content.Dispose();
    }
}
