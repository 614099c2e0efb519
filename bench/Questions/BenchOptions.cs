using System.Globalization;

namespace Lineage.Bench.Questions;

public sealed record BenchOptions(string Dataset, bool Engine, string? Sqlite, string? Url, int Count, int Seed)
{
    /// <summary>The options, or null when they are incomplete or unknown (the caller prints the usage).</summary>
    public static BenchOptions? Parse(string[] args)
    {
        string? dataset = null, sqlite = null, url = null;
        bool engine = false;
        int count = 1000, seed = 1;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--dataset": dataset = Value(); break;
                    case "--engine": engine = true; break;
                    case "--sqlite": sqlite = Value(); break;
                    case "--url": url = Value(); break;
                    case "--count": count = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                    default: return null;
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                return null;
            }
        }
        var targets = (engine ? 1 : 0) + (sqlite is null ? 0 : 1) + (url is null ? 0 : 1);
        return dataset is null || targets != 1 || count < 1 ? null : new BenchOptions(dataset, engine, sqlite, url, count, seed);
    }
}
