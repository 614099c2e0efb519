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

    [Fact]
    public void Every_hand_off_in_data_says_its_basis_and_every_inferred_one_how()
    {
        // The reader takes a missing basis as STATED (older files); the curated files must not lean on that default.
        var unsaid = new List<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Data, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("transfers", out var transfers)) continue;
            foreach (var t in transfers.EnumerateArray())
                if (!t.TryGetProperty("basis", out _)) unsaid.Add($"{Path.GetFileName(file)}: {t.GetProperty("id").GetString()}");
        }
        Assert.True(unsaid.Count == 0, "hand-offs without basis:\n" + string.Join("\n", unsaid));
        Assert.All(Data.Transfers.Where(t => t.Basis == Basis.Inferred), t => Assert.False(string.IsNullOrWhiteSpace(t.Inference), t.Id));
    }

    [Fact]
    public void No_figure_of_the_regional_technology_page_sits_on_the_consortium_program()
    {
        // Source 003's 「地域技術開発支援事業の実績」 (H9–H18) are that program's results, not 地域新生コンソーシアム's (FY2000–2007).
        var page = Data.Outcomes.Where(o => o.Evidence.Any(e => e.Quote.Contains("H9-H18", StringComparison.Ordinal) || e.Quote.Contains("約6,500件", StringComparison.Ordinal)
            || e.Quote.Contains("約3,200社", StringComparison.Ordinal) || e.Quote.Contains("約１／２が実用化", StringComparison.Ordinal))).ToList();
        Assert.Equal(3, page.Count);
        Assert.All(page, o => Assert.Equal("program:meti-regional-tech-dev-support", o.Program));
    }

    /// <summary>Evidence on nodes and on the facts inside them (participants, budgets, totals, participation, dates).</summary>
    private static IEnumerable<(string Owner, Evidence Evidence)> AllEvidence(Dataset data)
    {
        foreach (var node in data.Nodes())
        {
            foreach (var e in node.Evidence) yield return (node.Id, e);
            var inner = node switch
            {
                Program p => p.Budgets.SelectMany(b => b.Evidence).Concat(p.BudgetTotals.SelectMany(t => t.Evidence)),
                Organization o => o.Dates.SelectMany(d => d.Evidence),
                Project p => p.Participants.SelectMany(x => x.Evidence),
                ClusterProject c => c.Participation.SelectMany(x => x.Evidence),
                _ => [],
            };
            foreach (var e in inner) yield return (node.Id, e);
        }
    }
}
