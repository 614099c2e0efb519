using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Output;
using Lineage.Rendering.Themes;

namespace Lineage.Rendering.Tests;

/// <summary>What a paths picture says, against the dataset as data/ has it.</summary>
[Collection("dataset")]
public sealed class PathsPictureTests(DatasetStore data)
{
    private string Name(string id, Language lang = Language.Ja) => data.Data.Nodes().Single(n => n.Id == id).Name.In(lang);

    [Fact]
    public async Task The_headline_picture_names_both_programs_and_the_seed_that_was_commercialized()
    {
        var svg = new SvgReader(await data.SvgAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), Stage.Commercialized));
        var programs = svg.OfKind("program").ToDictionary(b => b.ProgramId!);
        Assert.Equal(["program:jst-regional-joint-research", "program:meti-new-regional-industry-tech"], programs.Keys.Order());
        foreach (var (id, box) in programs) Assert.StartsWith(Name(id), box.Compact, StringComparison.Ordinal);
        var handOff = Assert.Single(svg.OfKind("handoff"));
        Assert.Equal(["金属光造形複合加工機", "事業化"], handOff.Lines);
        const string Title = "系譜: 文部科学省 → 経済産業省 · 事業化以上に到達 · 1件";
        Assert.Equal(Title, svg.Document.Root!.Element(SvgReader.Svg + "title")!.Value);
        Assert.Equal(Title.Replace(" ", "", StringComparison.Ordinal), svg.OfKind("title").Single().Compact);
    }

    [Fact]
    public async Task A_hand_off_no_source_states_is_drawn_dashed_and_its_hover_says_what_was_inferred()
    {
        // A pair of programs whose every hand-off in data/ is INFERRED: its lines must be dashed, with the inference.
        var inferred = data.Data.Transfers.First(t => t.Basis == Basis.Inferred
            && data.Data.Transfers.Where(o => o.From == t.From && o.To == t.To).All(o => o.Basis == Basis.Inferred));
        var svg = new SvgReader(await data.SvgAsync(PictureMode.Paths, ProgramSelector.ForPrograms(inferred.From), ProgramSelector.ForPrograms(inferred.To), lang: Language.En));

        var lines = Edges(svg).Where(g => g.Element(SvgReader.Svg + "title")?.Value.Contains(inferred.Inference!, StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, lines.Count); // into the hand-off box and out of it
        Assert.All(lines, g => Assert.Equal("6 4", (string?)g.Element(SvgReader.Svg + "path")!.Attribute("stroke-dasharray")));

        // The headline's hand-off is stated: solid.
        var stated = new SvgReader(await data.SvgAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), Stage.Commercialized));
        Assert.NotEmpty(Edges(stated));
        Assert.All(Edges(stated), g => Assert.Null(g.Element(SvgReader.Svg + "path")!.Attribute("stroke-dasharray")));
    }

    private static List<System.Xml.Linq.XElement> Edges(SvgReader svg) =>
        svg.Document.Descendants(SvgReader.Svg + "g").Where(g => (string?)g.Attribute("class") == "edge" && g.Attribute("data-handoff") is not null).ToList();

    [Fact]
    public async Task Every_seed_of_every_path_is_named_on_the_picture()
    {
        var svg = new SvgReader(await data.SvgAsync(PictureMode.Paths, DatasetStore.AllMinistries, DatasetStore.AllMinistries, lang: Language.En));
        var shown = string.Join("\n", svg.OfKind("handoff").Select(b => b.Text));
        var named = data.Data.Transfers.Select(t => t.Project).OfType<string>().Distinct().ToList();
        Assert.Equal(5, named.Count);
        foreach (var project in named) Assert.Contains(Name(project, Language.En), shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_picture_is_titled_with_the_region_name_never_its_id()
    {
        var region = ProgramSelector.Any with { Regions = ["region:hamamatsu"] };
        foreach (var lang in new[] { Language.Ja, Language.En })
        {
            var scene = await data.SceneAsync(PictureMode.Paths, region, ProgramSelector.Any, lang: lang);
            Assert.Contains(Name("region:hamamatsu", lang), scene.Title, StringComparison.Ordinal);
            Assert.DoesNotContain("region:", string.Join("\n", scene.Texts.Select(t => t.Text)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_all_ministries_question_is_titled_in_words_and_shows_every_program_by_name()
    {
        var scene = await data.SceneAsync(PictureMode.Paths, DatasetStore.AllMinistries, DatasetStore.AllMinistries, lang: Language.En);
        Assert.StartsWith("Lineage: every ministry → every ministry", scene.Title, StringComparison.Ordinal);
        var svg = new SvgReader(SvgWriter.Write(scene));
        var programs = data.Data.Transfers.SelectMany(t => new[] { t.From, t.To }).Distinct().ToList();
        Assert.Equal(programs.Order(), svg.OfKind("program").Select(b => b.ProgramId!).Order());
        foreach (var box in svg.OfKind("program")) Assert.StartsWith(Name(box.ProgramId!, Language.En), box.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_question_gives_the_same_bytes_and_a_different_one_does_not()
    {
        var first = await data.SvgAsync(PictureMode.Flows, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), theme: ThemeName.Dark, width: 900);
        var second = await data.SvgAsync(PictureMode.Flows, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), theme: ThemeName.Dark, width: 900);
        Assert.Equal(first, second);
        Assert.NotEqual(first, await data.SvgAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), theme: ThemeName.Dark, width: 900));
    }

    [Fact]
    public async Task The_picture_is_laid_out_at_the_width_asked_and_carries_a_title_a_description_and_a_table()
    {
        foreach (var width in new[] { 480, 960, 1600 })
        {
            var scene = await data.SceneAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), width: width);
            Assert.Equal(width, scene.Width);
            Assert.All(scene.Boxes, b => Assert.InRange(b.X + b.W, 0, width));
            // One row per path: as many as the answers worked out for this question in tests/Fixtures/dataset-answers.json.
            Assert.Equal(DatasetAnswerCount("Every_MEXT_seed_that_reached_METI"), scene.Table.Rows.Count);
            var doc = new SvgReader(SvgWriter.Write(scene)).Document;
            Assert.Equal(scene.Title, doc.Root!.Element(SvgReader.Svg + "title")!.Value);
            Assert.Contains("高機能内視鏡と手術ナビゲーションシステム開発 | 知的クラスター創成事業（第I期） → 地域新生コンソーシアム研究開発事業 → 地域イノベーション創出研究開発事業",
                doc.Root.Element(SvgReader.Svg + "desc")!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_empty_answer_is_a_picture_that_says_so_in_the_language_asked()
    {
        var en = await data.SceneAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MOE), DatasetStore.Ministries(MinistryCode.MLIT), Stage.Commercialized, Language.En);
        Assert.Equal(Scenes.SceneKind.Empty, en.Kind);
        Assert.Contains(en.Texts, t => t.Text == "No lineage matches these settings.");
        var ja = await data.SceneAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MOE), DatasetStore.Ministries(MinistryCode.MLIT), Stage.Commercialized);
        Assert.Contains(ja.Texts, t => t.Text == "条件に合う系譜はありません。");
    }

    [Fact]
    public async Task The_component_reads_the_same_scene_as_JSON()
    {
        var scene = await data.SceneAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI));
        var json = SceneJson.Write(scene);
        var back = SceneJson.Read(json)!;
        Assert.Equal(SvgWriter.Write(scene), SvgWriter.Write(back));
        Assert.Contains("\"kind\":\"handoff\"", System.Text.Encoding.UTF8.GetString(json), StringComparison.Ordinal);
        Assert.Contains("地域結集型共同研究事業", System.Text.Encoding.UTF8.GetString(json), StringComparison.Ordinal);
    }

    private static int DatasetAnswerCount(string question) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Lineage.Tests.RepoPaths.Fixtures, "dataset-answers.json")))!["cases"]!.AsArray()
            .Single(c => (string?)c!["name"] == question)!["expect"]!.AsArray().Count;
}
