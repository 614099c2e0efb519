using SkiaSharp;
using Svg.Skia;

namespace Lineage.Rendering.Output;

/// <summary>The PNG is the SVG rasterised (Svg.Skia), never painted a second way: both show one layout.</summary>
public static class PngWriter
{
    /// <param name="svg">Bytes from <see cref="SvgWriter"/>.</param>
    /// <param name="pixelWidth">The PNG's width; its height keeps the picture's proportions.</param>
    public static byte[] Rasterise(byte[] svg, int pixelWidth)
    {
        using var stream = new MemoryStream(svg, writable: false);
        using var document = SKSvg.CreateFromStream(stream);
        var picture = document.Picture ?? throw new InvalidOperationException("The SVG could not be read back for rasterising.");
        var bounds = picture.CullRect;
        var scale = pixelWidth / bounds.Width;
        var pixelHeight = (int)Math.Ceiling(bounds.Height * scale);
        using var bitmap = new SKBitmap(new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            canvas.DrawPicture(picture);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
