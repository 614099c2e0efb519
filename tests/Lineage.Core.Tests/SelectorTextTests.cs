using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.Core.Tests;

public sealed class SelectorTextTests
{
    [Fact]
    public void A_widget_selector_reads_ministry_and_agency_codes_and_ids_of_each_kind()
    {
        var problems = new List<string>();

        var s = SelectorText.Parse(" mext, JST ,program:mext-knowledge-cluster,agency:nedo,region:hamamatsu", "from", problems);

        Assert.Empty(problems);
        Assert.Equal([MinistryCode.MEXT], s.Ministries);
        Assert.Equal(["agency:jst", "agency:nedo"], s.Agencies);
        Assert.Equal(["program:mext-knowledge-cluster"], s.Programs);
        Assert.Equal(["region:hamamatsu"], s.Regions);
    }

    [Theory]
    [InlineData("org:hamamatsu-univ-med")]
    [InlineData("program:")]
    [InlineData("浜松")]
    [InlineData("<script>")]
    public void A_token_of_no_known_form_is_a_problem_naming_the_argument_and_the_token(string token)
    {
        var problems = new List<string>();

        var s = SelectorText.Parse("MEXT," + token, "to", problems);

        Assert.Equal($"to: '{token}' is neither a ministry code (CAO, MIC, MEXT, MHLW, MAFF, METI, MLIT, MOE), an agency code (JST), nor a program:, agency: or region: id.", Assert.Single(problems));
        Assert.Equal([MinistryCode.MEXT], s.Ministries);
    }

    [Fact]
    public void No_text_is_the_empty_selector()
    {
        var problems = new List<string>();
        Assert.True(SelectorText.Parse(null, "from", problems).IsAny);
        Assert.True(SelectorText.Parse(" , ", "from", problems).IsAny);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("JST", "agency:jst")]
    [InlineData("agency:nedo", "agency:nedo")]
    [InlineData("科学技術振興機構", "agency:科学技術振興機構")]
    public void An_agency_code_becomes_its_id_and_an_id_stays_as_given(string given, string id) => Assert.Equal(id, SelectorText.AgencyId(given));
}

public sealed class SearchTextTests
{
    // Built from code units: an attribute's string cannot carry a lone surrogate through metadata intact.
    public static TheoryData<string, string> Texts() => new()
    {
        { "浜松" + (char)0xFFFE, "浜松" + (char)0xFFFD },
        { (char)0xD800 + "ＡＢＣ", (char)0xFFFD + "abc" },
        { "ｶﾅ  Ⅰ", "カナ i" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Search_text_with_characters_normalization_refuses_is_normalized_around_them(string text, string normalized) =>
        Assert.Equal(normalized, global::Lineage.Core.Search.SearchText.Normalize(text));
}
