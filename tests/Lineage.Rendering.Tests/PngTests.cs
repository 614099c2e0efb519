using System.Globalization;
using Lineage.Core.Model;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Output;
using Lineage.Rendering.Themes;
using SkiaSharp;

namespace Lineage.Rendering.Tests;

/// <summary>The PNG is the SVG rasterised: read back pixel by pixel, it shows the SVG's boxes where the SVG puts them.</summary>
[Collection("dataset")]
public sealed class PngTests(DatasetStore data)
{
    private static SKColor Hex(string hex) => SKColor.Parse(hex);

    private static bool Near(SKColor a, SKColor b, int tolerance = 10) =>
        Math.Abs(a.Red - b.Red) <= tolerance && Math.Abs(a.Green - b.Green) <= tolerance && Math.Abs(a.Blue - b.Blue) <= tolerance;

    [Theory]
    [InlineData("paths", "light", 960)]
    [InlineData("paths", "dark", 480)]
    [InlineData("flows", "dark", 1600)]
    public async Task The_PNG_shows_every_box_of_the_SVG_at_the_same_place(string mode, string theme, int width)
    {
        var svgBytes = await data.SvgAsync(mode == "flows" ? PictureMode.Flows : PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI),
            theme: theme == "dark" ? ThemeName.Dark : ThemeName.Light, width: width);
        var svg = new SvgReader(svgBytes);
        using var png = SKBitmap.Decode(PngWriter.Rasterise(svgBytes, width));
        Assert.Equal(width, png.Width);
        var background = Hex(theme == "dark" ? "#111418" : "#ffffff");
        var checkedBoxes = 0;
        foreach (var box in svg.Boxes.Where(b => b.Kind is "program" or "cohort"))
        {
            var accent = box.Accent!.Value;
            // The coloured stripe is where the SVG draws it …
            var stripe = png.GetPixel((int)(accent.X + accent.W / 2), (int)(accent.Y + accent.H / 2));
            Assert.True(Near(stripe, Hex(accent.Fill)), $"{box.Id}: the stripe at ({accent.X}, {accent.Y}) is {stripe}, not {accent.Fill}");
            // … the box's fill just inside its bottom-right corner, and the background just above its top edge.
            var inside = png.GetPixel((int)(box.X + box.W - 4), (int)(box.Y + box.H - 4));
            Assert.True(Near(inside, Hex(box.Fill)), $"{box.Id}: inside is {inside}, not {box.Fill}");
            var outside = png.GetPixel((int)(box.X + box.W / 2), (int)box.Y - 4);
            Assert.True(Near(outside, background, 40), $"{box.Id}: above the box is {outside}, not the background");
            checkedBoxes++;
        }
        Assert.True(checkedBoxes >= 5, $"only {checkedBoxes} boxes were compared");
    }

    [Fact]
    public async Task The_PNG_of_an_empty_answer_says_so_where_the_SVG_writes_it_and_is_blank_elsewhere()
    {
        var svgBytes = await data.SvgAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MOE), DatasetStore.Ministries(MinistryCode.MLIT), Stage.Commercialized, Language.En, width: 600);
        var svg = new SvgReader(svgBytes);
        using var png = SKBitmap.Decode(PngWriter.Rasterise(svgBytes, 600));
        Assert.Equal(600, png.Width);
        Assert.Equal((int)Math.Ceiling(double.Parse((string)svg.Document.Root!.Attribute("height")!, CultureInfo.InvariantCulture)), png.Height);
        int Ink(double x, double y, double w, double h)
        {
            var ink = 0;
            for (var px = (int)x; px < x + w; px++)
                for (var py = (int)y; py < y + h; py++)
                    if (!Near(png.GetPixel(px, py), SKColors.White, 60)) ink++;
            return ink;
        }
        var message = svg.Boxes.Single(b => b.Id == "empty");
        Assert.Equal(["No lineage matches these settings."], message.Lines);
        Assert.True(Ink(message.X, message.Y, message.W, message.H) > 150, "the message is drawn");
        var title = svg.OfKind("title").Single();
        Assert.True(Ink(title.X, title.Y, title.W, title.H) > 300, "the title is drawn");
        // Right of the message's text and below everything, nothing is drawn.
        var bottom = svg.Boxes.Max(b => b.Y + b.H);
        Assert.Equal(0, Ink(0, bottom + 2, 600, png.Height - bottom - 2));
        Assert.Equal(0, Ink(400, message.Y, 200, message.H));
    }

    [Fact]
    public async Task The_same_question_gives_the_same_PNG_bytes()
    {
        var svg = await data.SvgAsync(PictureMode.Paths, DatasetStore.Ministries(MinistryCode.MEXT), DatasetStore.Ministries(MinistryCode.METI), theme: ThemeName.Dark);
        Assert.Equal(PngWriter.Rasterise(svg, 960), PngWriter.Rasterise(svg, 960));
    }
}
