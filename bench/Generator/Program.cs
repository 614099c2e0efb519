using System.Globalization;
using Lineage.Bench.Generator;

// dotnet run --project bench/Generator -c Release -- --transfers 1000000 --seed 1 --out /tmp/lineage-1m
var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Lineage.Bench.Generator --transfers N [--seed S] --out DIR");
    Console.Error.WriteLine("  Writes a dataset in the data/ format with N transfers, N/10 programs (at most 100,000), 0.3 N projects and");
    Console.Error.WriteLine("  up to 1,000 regions; the same N and S always give the same bytes.");
    return 2;
}
var started = System.Diagnostics.Stopwatch.StartNew();
var counts = SyntheticDataset.Write(options);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {options.Out}: {string.Join(", ", counts.Select(c => $"{c.Value:N0} {c.Key}"))} in {started.Elapsed.TotalSeconds:F1} s"));
return 0;
