using System.Text;
using System.Text.RegularExpressions;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>The curated dataset in data/: valid, and every quote really is in its source document.</summary>
public sealed partial class DatasetEvidenceTests
{
    private static readonly Dataset Data = DatasetLoader.LoadDirectory(RepoPaths.Data);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string Normalize(string text) => Whitespace().Replace(text.Normalize(NormalizationForm.FormC), "");

    [Fact]
    public void Every_evidence_quote_occurs_verbatim_in_its_source_document()
    {
        var sources = Data.Sources.ToDictionary(s => s.Id, s => Normalize(File.ReadAllText(Path.Combine(RepoPaths.Seeds, s.File))));
        var missing = new List<string>();
        var checkedQuotes = 0;
        foreach (var (owner, evidence) in AllEvidence(Data))
        {
            checkedQuotes++;
            var quote = Normalize(evidence.Quote);
            if (quote.Length == 0 || !sources[evidence.Source].Contains(quote, StringComparison.Ordinal))
                missing.Add($"{owner}: «{evidence.Quote}» not in {evidence.Source}");
        }
        Assert.True(missing.Count == 0, $"{missing.Count} of {checkedQuotes} quotes not found:\n" + string.Join("\n", missing));
        Assert.True(checkedQuotes >= Data.Nodes().Count());
    }

    [Fact]
    public void Every_source_file_exists_in_the_seeds_folder()
    {
        Assert.NotEmpty(Data.Sources);
        Assert.All(Data.Sources, s => Assert.True(File.Exists(Path.Combine(RepoPaths.Seeds, s.File)), s.File));
    }

    [Fact]
    public void Every_node_and_every_edge_carries_evidence()
    {
        Assert.All(Data.Nodes(), n => Assert.NotEmpty(n.Evidence));
        Assert.All(Data.Transfers, t => Assert.All(t.Evidence, e => Assert.False(string.IsNullOrWhiteSpace(e.Quote))));
    }

    /// <summary>Evidence on nodes and on the facts inside them (participants, budgets, participation).</summary>
    private static IEnumerable<(string Owner, Evidence Evidence)> AllEvidence(Dataset data)
    {
        foreach (var node in data.Nodes())
        {
            foreach (var e in node.Evidence) yield return (node.Id, e);
            var inner = node switch
            {
                Program p => p.Budgets.SelectMany(b => b.Evidence),
                Project p => p.Participants.SelectMany(x => x.Evidence),
                ClusterProject c => c.Participation.SelectMany(x => x.Evidence),
                _ => [],
            };
            foreach (var e in inner) yield return (node.Id, e);
        }
    }
}
