using System.Globalization;

namespace Lineage.Bench.Generator;

public sealed record GeneratorOptions(int Transfers, int Seed, string Out)
{
    public static GeneratorOptions? Parse(string[] args)
    {
        int? transfers = null;
        var seed = 1;
        string? output = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--transfers" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t > 0: transfers = t; break;
                case "--seed" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var s): seed = s; break;
                case "--out": output = args[i + 1]; break;
                default: return null;
            }
        }
        return transfers is null || output is null || args.Length % 2 != 0 ? null : new GeneratorOptions(transfers.Value, seed, output);
    }
}
