using System.Globalization;

namespace Lineage.Rendering.Tests;

/// <summary>Points along an SVG path of the commands the writer uses (M, L, H, V, C), for checking where edges run.</summary>
internal static class PathGeometry
{
    public static List<(double X, double Y)> Sample(string d, int perSegment = 24)
    {
        var tokens = new List<string>();
        var current = "";
        foreach (var c in d)
        {
            if (char.IsLetter(c))
            {
                if (current.Length > 0) tokens.Add(current);
                tokens.Add(c.ToString());
                current = "";
            }
            else if (c == ' ' || c == ',')
            {
                if (current.Length > 0) tokens.Add(current);
                current = "";
            }
            else current += c;
        }
        if (current.Length > 0) tokens.Add(current);
        var points = new List<(double, double)>();
        double x = 0, y = 0;
        var i = 0;
        double N() => double.Parse(tokens[i++], CultureInfo.InvariantCulture);
        while (i < tokens.Count)
        {
            var command = tokens[i++];
            switch (command)
            {
                case "M": x = N(); y = N(); points.Add((x, y)); break;
                case "L" or "H" or "V":
                    var (nx, ny) = command == "L" ? (N(), N()) : command == "H" ? (N(), y) : (x, N());
                    for (var k = 1; k <= perSegment; k++) points.Add((x + (nx - x) * k / perSegment, y + (ny - y) * k / perSegment));
                    (x, y) = (nx, ny);
                    break;
                case "C":
                    var (x1, y1, x2, y2, x3, y3) = (N(), N(), N(), N(), N(), N());
                    for (var k = 1; k <= perSegment; k++)
                    {
                        var t = (double)k / perSegment;
                        var u = 1 - t;
                        points.Add((u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3));
                    }
                    (x, y) = (x3, y3);
                    break;
                default: throw new FormatException($"unexpected path command '{command}' in {d}");
            }
        }
        return points;
    }
}
