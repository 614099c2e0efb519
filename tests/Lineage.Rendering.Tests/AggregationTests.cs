using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Scenes;
using Lineage.Rendering.Themes;
using CoreProgram = Lineage.Core.Model.Program;

namespace Lineage.Rendering.Tests;

/// <summary>A large answer: 45 programs (more than a picture can show one by one) in a chain alternating MEXT and METI.</summary>
public sealed class AggregationTests
{
    private static readonly LocalizedName NoName = new("");

    private static PictureAnswer Chain(int programs, Language lang)
    {
        var nodes = new Dictionary<string, INode>(StringComparer.Ordinal)
        {
            ["ministry:mext"] = new Ministry("ministry:mext", MinistryCode.MEXT, new LocalizedName("文部科学省", "MEXT"), []),
            ["ministry:meti"] = new Ministry("ministry:meti", MinistryCode.METI, new LocalizedName("経済産業省", "METI"), []),
        };
        for (var i = 0; i < programs; i++)
        {
            var id = $"program:p{i:00}";
            nodes[id] = new CoreProgram(id, new LocalizedName($"事業{i}", $"Program {i}"), i % 2 == 0 ? "ministry:mext" : "ministry:meti", [], null, null, null, null, null, [], [], []);
        }
        var paths = new List<LineagePath>();
        for (var i = 0; i + 1 < programs; i++)
        {
            var project = $"project:s{i:00}";
            nodes[project] = new Project(project, new LocalizedName($"シーズ{i}", $"Seed {i}"), [], [], []);
            var t = new Transfer($"transfer:t{i:00}", $"program:p{i:00}", $"program:p{i + 1:00}", project, 2000 + i % 10, null, Stage.Prototype, null, null, null, []);
            nodes[t.Id] = t;
            paths.Add(new LineagePath(LineagePath.IdOf([t.Id]), project, project, [t], $"c{i}"));
        }
        var question = new PictureQuestion(PictureMode.Paths, new LineageQuery(ProgramSelector.Any, ProgramSelector.Any), lang, ThemeName.Light, 960);
        return new PictureAnswer(question, paths, paths.Count, [], nodes);
    }

    [Fact]
    public void Past_forty_programs_the_picture_groups_them_by_ministry_and_says_so()
    {
        var scene = Pictures.Scene(Chain(45, Language.En));
        var programs = scene.Boxes.Where(b => b.Kind == BoxKind.Program).ToList();
        Assert.Equal(["METI", "MEXT"], programs.Select(b => b.Label).Order());
        Assert.Contains(scene.Texts, t => t.Text.StartsWith("45 programs are too many", StringComparison.Ordinal));
        // MEXT → METI and METI → MEXT: two hand-off boxes, listing all 44 seeds between them.
        var handOffs = scene.Boxes.Where(b => b.Kind == BoxKind.Handoff).ToList();
        Assert.Equal(2, handOffs.Count);
        Assert.Equal(44, handOffs.Sum(h => h.Evidence.Count));
        Assert.Equal(44, scene.Table.Rows.Count);
    }

    [Fact]
    public void Forty_programs_are_still_drawn_one_by_one()
    {
        var scene = Pictures.Scene(Chain(40, Language.En));
        Assert.Equal(40, scene.Boxes.Count(b => b.Kind == BoxKind.Program));
        Assert.DoesNotContain(scene.Texts, t => t.Text.Contains("too many", StringComparison.Ordinal));
    }
}
