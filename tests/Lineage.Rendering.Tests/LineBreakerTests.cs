using Lineage.Rendering.Text;

namespace Lineage.Rendering.Tests;

/// <summary>Line breaking by the typesetter's rules, with a fixed-pitch measure so the expected lines can be worked out by hand.</summary>
public sealed class LineBreakerTests
{
    // A CJK character is 10 wide, anything else 6: easy to count.
    private static double Pitch(string s) => s.Sum(c => c >= 0x2E80 ? 10.0 : 6.0);

    // The kinsoku sets as JIS X 4051 lists them (the part our texts use), written here, not taken from the code.
    private const string MayNotStart = "、。，．）」』】〕〉》ーっゃゅょァィゥェォッャュョ々";
    private const string MayNotEnd = "（「『【〔〈《";

    [Fact]
    public void An_opening_bracket_moves_to_the_next_line_with_what_it_opens()
    {
        // 7 characters fit; a greedy break would leave "（" at the end of the first line.
        Assert.Equal(["研究開発事業", "（他府省）"], LineBreaker.Wrap("研究開発事業（他府省）", 70, Pitch));
    }

    [Fact]
    public void A_comma_never_starts_a_line_it_takes_the_character_before_it_along()
    {
        Assert.Equal(["シーズ発", "掘、試験"], LineBreaker.Wrap("シーズ発掘、試験", 50, Pitch));
    }

    [Fact]
    public void A_closing_bracket_stays_on_the_line_of_what_it_closes()
    {
        Assert.Equal(["産業クラスター計", "画（第Ⅰ期）"], LineBreaker.Wrap("産業クラスター計画（第Ⅰ期）", 80, Pitch));
    }

    [Theory]
    [InlineData("地域新生コンソーシアム研究開発事業（他府省連携枠）")]
    [InlineData("一括のシーズ22件の一部（事業ごとの内訳の記載なし）")]
    [InlineData("「クリスタルバレイ構想」に基づいて、液晶先端技術研究センター【青森】を設置。")]
    [InlineData("ガゴメ昆布やイカの高度利用化による高付加価値化")]
    public void At_every_width_no_line_breaks_a_kinsoku_rule_and_nothing_is_lost(string text)
    {
        for (var width = 25; width <= 400; width++)
        {
            var lines = LineBreaker.Wrap(text, width, Pitch);
            Assert.Equal(text, string.Concat(lines));
            foreach (var line in lines)
            {
                Assert.False(MayNotStart.Contains(line[0], StringComparison.Ordinal), $"width {width}: '{line}' starts with {line[0]}");
                Assert.False(MayNotEnd.Contains(line[^1], StringComparison.Ordinal), $"width {width}: '{line}' ends with {line[^1]}");
                Assert.True(Pitch(line) <= width || line.Length <= 2, $"width {width}: '{line}' is {Pitch(line)} wide");
            }
        }
    }

    [Fact]
    public void English_breaks_between_words_and_keeps_every_word_whole()
    {
        const string Text = "Regional consortium R&D program, inter-ministry collaboration track";
        var lines = LineBreaker.Wrap(Text, 120, Pitch);
        Assert.Equal(Text, SvgReader.Join(lines));
        // Every line ends at a space or after a hyphen: no word is split anywhere else.
        var words = Text.Split(' ', '-');
        Assert.All(lines, l => Assert.All(l.Split(' ', '-').Where(w => w.Length > 0), w => Assert.Contains(w, words)));
        Assert.All(lines, l => Assert.True(Pitch(l) <= 120, l));
    }

    [Fact]
    public void A_fiscal_year_and_a_count_are_never_split()
    {
        var lines = LineBreaker.Wrap("事業化 · FY2005–2006", 60, Pitch);
        Assert.Contains(lines, l => l.Contains("FY2005", StringComparison.Ordinal));
        var ja = LineBreaker.Wrap("シーズ22件を3事業で分担", 45, Pitch);
        Assert.Contains(ja, l => l.Contains("22件", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_split_between_characters_not_cut()
    {
        var lines = LineBreaker.Wrap("Supercalifragilistic", 40, Pitch);
        Assert.Equal("Supercalifragilistic", string.Concat(lines));
        Assert.All(lines, l => Assert.True(Pitch(l) <= 40));
    }

    [Fact]
    public void Text_is_measured_with_the_installed_CJK_font()
    {
        var m = TextMeasure.Shared;
        Assert.Equal("Noto Sans CJK JP", m.Family);
        // A kanji is one em wide in Noto Sans CJK; Latin is proportional.
        Assert.InRange(m.Width("漢字", 10), 19.5, 20.5);
        Assert.True(m.Width("iiii", 13) < m.Width("WWWW", 13) / 2);
    }
}
