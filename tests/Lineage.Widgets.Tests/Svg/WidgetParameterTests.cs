using Lineage.Core.Model;
using Lineage.Rendering.Output;
using Lineage.Server.Widgets;
using Microsoft.Extensions.Primitives;

namespace Lineage.Widgets.Tests.Svg;

/// <summary>Query strings, options and text layout: the rules users meet before anything is drawn.</summary>
public sealed class WidgetParameterTests
{
    private static WidgetRequest Parse(params (string Key, string Value)[] query) =>
        WidgetRequest.Parse(query.Select(q => new KeyValuePair<string, StringValues>(q.Key, q.Value)));

    [Fact]
    public void Selectors_take_ministry_codes_and_ids_mixed()
    {
        var r = Parse(("from", "mext, program:jst-seeds-discovery"), ("to", "METI,agency:nedo,region:shizuoka"), ("minStage", "prototype"), ("maxHops", "3"));
        Assert.Equal([MinistryCode.MEXT], r.Query.From.Ministries);
        Assert.Equal(["program:jst-seeds-discovery"], r.Query.From.Programs);
        Assert.Equal(["agency:nedo"], r.Query.To.Agencies);
        Assert.Equal(["region:shizuoka"], r.Query.To.Regions);
        Assert.Equal(Stage.Prototype, r.Query.MinStage);
        Assert.Equal(3, r.Query.MaxHops);
        Assert.Equal(["MEXT", "program:jst-seeds-discovery"], r.From);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var e = Assert.Throws<WidgetParameterException>(() => Parse(("from", "3"), ("maxHops", "0"), ("theme", "neon"), ("colour", "red")));
        Assert.Equal(4, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Contains("'3'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("unknown parameter 'colour'", StringComparison.Ordinal));
    }

    [Fact]
    public void Height_is_only_for_the_embed_page_and_must_be_a_length()
    {
        Assert.Throws<WidgetParameterException>(() => Parse(("height", "400")));
        var ok = WidgetRequest.Parse([new("height", "60vh")], allowHeight: true);
        Assert.Equal("60vh", ok.Height);
        Assert.Throws<WidgetParameterException>(() => WidgetRequest.Parse([new("height", "1px;background:url(x)")], allowHeight: true));
    }

    [Fact]
    public void Widget_options_name_the_setting_that_is_wrong()
    {
        var options = new WidgetOptions();
        options.FrameAncestors.Add("https://reports.example.org");
        options.FrameAncestors.Add("javascript:alert(1)");
        options.CorsOrigins.Add("https://reports.example.org/path");
        var problems = options.Problems();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Lineage:Widgets:FrameAncestors", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Lineage:Widgets:CorsOrigins", StringComparison.Ordinal));
        Assert.Equal(["'self'"], new WidgetOptions().EffectiveFrameAncestors);
    }

    [Fact]
    public void Text_that_XML_cannot_hold_is_replaced_not_fatal()
    {
        Assert.Equal("a\uFFFDb", SvgWriter.Safe("a\u0001b"));
        Assert.Equal("漢字😀", SvgWriter.Safe("漢字😀"));
        Assert.Equal("\uFFFD", SvgWriter.Safe("\uD800"));
    }
}
