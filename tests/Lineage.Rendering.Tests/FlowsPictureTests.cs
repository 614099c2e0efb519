using System.Text.RegularExpressions;
using Lineage.Core.Model;
using Lineage.Rendering.Loading;

namespace Lineage.Rendering.Tests;

/// <summary>
/// Flows pictures count seeds as the data says, worked out here by hand from data/transfers.json and
/// data/hamamatsu.json: MEXT → METI is 8 transfers; JST's 22 seeds-discovery tasks (FY2005) and 7
/// fostering-research tasks are cohorts whose split between programs the source does not give; the named
/// seeds (metal laser, Aomori FPD, Hamamatsu endoscope) count 1 each; the Knowledge Cluster hand-off to the
/// 他府省連携枠 without a number counts 1 (its phase I's "hand-off" to the Industrial Cluster was a policy bullet, now a
/// link: issue 15). 22 + 7 + 3 + 1 = 33 seeds in 8 hand-offs.
/// </summary>
[Collection("dataset")]
public sealed partial class FlowsPictureTests(DatasetStore data)
{
    [Fact]
    public async Task The_title_counts_seeds_and_hand_offs_of_MEXT_to_METI_each_once()
    {
        var scene = await data.SceneAsync(PictureMode.Flows, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), lang: Language.En);
        Assert.EndsWith("33 seeds in 8 hand-offs", scene.Title, StringComparison.Ordinal);
        var ja = await data.SceneAsync(PictureMode.Flows, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI));
        Assert.EndsWith("シーズ33件（移行8件）", ja.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_seed_numbers_never_add_one_cohort_total_twice()
    {
        var svg = new SvgReader(await data.SvgAsync(PictureMode.Flows, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), lang: Language.En));
        // Each cohort is one box that prints its total once, and says the split is not reported.
        var cohorts = svg.OfKind("cohort").ToList();
        Assert.Equal(2, cohorts.Count);
        Assert.Contains(cohorts, c => c.Text.StartsWith("22 seeds, split between 2 programs; shares not reported", StringComparison.Ordinal));
        Assert.Contains(cohorts, c => c.Text.StartsWith("7 seeds, split between 2 programs; shares not reported", StringComparison.Ordinal));
        // The receiving programs print no number of their own, so nothing adds the cohort per program.
        Assert.All(svg.OfKind("program"), p => Assert.DoesNotMatch(Seeds(), p.Text));
        // Every printed number, added up, is the number of seeds: each cohort counted once.
        var printed = svg.OfKind("handoff").Concat(cohorts).SelectMany(b => Seeds().Matches(b.Text)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(33, printed.Sum());
        Assert.Equal(1, printed.Count(n => n == 22));
        Assert.Equal(1, printed.Count(n => n == 7));
    }

    [Fact]
    public async Task Every_pair_prints_its_own_seeds_as_the_data_gives_them()
    {
        // Worked out from the data files: what each pair of programs handed on outside cohorts.
        var expected = data.Data.Transfers
            .Where(t => t.Cohort is null)
            .GroupBy(t => (t.From, t.To))
            .ToDictionary(g => g.Key, g => g.Where(t => t.Project is not null).Select(t => t.Project).Distinct().Count() + g.Where(t => t.Project is null).Sum(t => t.Count ?? 1));
        var scene = await data.SceneAsync(PictureMode.Flows, DatasetStore.AllMinistries, DatasetStore.AllMinistries, lang: Language.En);
        var boxes = scene.Boxes.ToDictionary(b => b.Id);
        var handOffs = scene.Boxes.Where(b => b.Kind == Scenes.BoxKind.Handoff).ToList();
        Assert.Equal(expected.Count, handOffs.Count);
        foreach (var h in handOffs)
        {
            var from = boxes[scene.Edges.First(e => e.To == h.Id).From].ProgramId!;
            var to = boxes[scene.Edges.First(e => e.From == h.Id).To].ProgramId!;
            var line = scene.Texts.First(t => t.Box == h.Id).Text;
            Assert.Equal(expected[(from, to)] == 1 ? "1 seed" : $"{expected[(from, to)]} seeds", line);
        }
        // The whole graph: the 3 cohort-free named seeds counted once each whatever their branches, every count, each cohort once.
        var total = data.Data.Transfers.Where(t => t.Cohort is null && t.Project is not null).Select(t => t.Project).Distinct().Count()
            + data.Data.Transfers.Where(t => t.Cohort is null && t.Project is null).Sum(t => t.Count ?? 1)
            + data.Data.Cohorts.Sum(c => c.Total);
        Assert.EndsWith($"{total} seeds in {data.Data.Transfers.Count} hand-offs", scene.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cohort_band_is_as_wide_as_its_total_and_its_shares_are_drawn_as_unknown()
    {
        var scene = await data.SceneAsync(PictureMode.Flows, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI));
        var cohort = scene.Boxes.Single(b => b.Id == "cohort-cohort-jst-seeds-discovery-fy2005");
        var into = scene.Edges.Where(e => e.To == cohort.Id).ToList();
        var outOf = scene.Edges.Where(e => e.From == cohort.Id).ToList();
        Assert.Single(into);
        Assert.Equal(Scenes.EdgeStyle.Stated, into[0].Style);
        Assert.Equal(2, outOf.Count);
        Assert.All(outOf, e => Assert.Equal(Scenes.EdgeStyle.ShareNotReported, e.Style));
        // The widest band of the picture: 22 is its largest number.
        Assert.Equal(scene.Edges.Max(e => e.Width), into[0].Width);
        Assert.All(outOf, e => Assert.True(e.Width < into[0].Width));
    }

    [GeneratedRegex(@"\b(\d+) seeds?\b")]
    private static partial Regex Seeds();
}
