using System.Diagnostics;
using System.Globalization;
using Lineage.Bench.Questions;
using Lineage.Core.Datasets;
using Lineage.Core.Engine;
using Lineage.Core.Lineage;
using Lineage.Store.Sqlite;
using Microsoft.Extensions.Options;

// dotnet bench/Questions/bin/Release/net10.0/Lineage.Bench.Questions.dll --dataset /tmp/gen1m (--engine | --sqlite FILE | --url URL) [--count 1000] [--seed 1]
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Lineage.Bench.Questions --dataset DIR (--engine | --sqlite FILE | --url URL) [--count N=1000] [--seed S=1]");
    Console.Error.WriteLine("  Draws N random lineage questions from DIR's catalogue and answers each one, after a warm-up pass:");
    Console.Error.WriteLine("  --engine      the engine in process, over the graph built from DIR (validated first)");
    Console.Error.WriteLine("  --sqlite F    the embedded store in process, on F (imported from DIR before)");
    Console.Error.WriteLine("  --url U       a running server's GraphQL endpoint, one request at a time (its cache should be off)");
    Console.Error.WriteLine("  Prints one line: the target, the count, p50, p90, p99 and max in milliseconds, and the answers counted.");
    return 2;
}

var questions = QuestionSet.Draw(Catalogue.Read(options.Dataset), options.Count, options.Seed);
Func<LineageQuery, Task<int>> ask;
string target;
if (options.Engine)
{
    var loading = Stopwatch.StartNew();
    var graph = LineageGraph.Of(DatasetLoader.LoadDirectory(options.Dataset));
    Console.Error.WriteLine($"graph of {graph.HandOffs.Length:N0} hand-offs built in {loading.Elapsed.TotalSeconds:F1} s");
    ask = q => Task.FromResult(LineageEngine.Answer(graph, q).TotalCount);
    target = "engine (in process)";
}
else if (options.Sqlite is { } file)
{
    var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = file }));
    ask = async q => (await store.QueryLineageAsync(q, CancellationToken.None)).TotalCount;
    target = "embedded SQLite store (in process)";
}
else
{
    var client = new GraphQLClient(new Uri(options.Url!)); // lives as long as the program
    ask = client.TotalCountAsync;
    target = $"HTTP {options.Url}";
}

foreach (var q in questions) await ask(q); // warm-up: JIT, the store's snapshot, pools
var times = new double[questions.Count];
long answers = 0;
for (var i = 0; i < questions.Count; i++)
{
    var started = Stopwatch.GetTimestamp();
    answers += await ask(questions[i]);
    times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
var sorted = times.Order().ToArray();
double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{target}: {questions.Count} questions, p50 {At(0.50):F2} ms, p90 {At(0.90):F2} ms, p99 {At(0.99):F2} ms, max {sorted[^1]:F2} ms, {answers:N0} paths counted"));
var slowest = Enumerable.Range(0, times.Length).OrderByDescending(i => times[i]).Take(3);
foreach (var i in slowest) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slow: {times[i]:F1} ms  {Describe(questions[i])}"));
return 0;

static string Describe(LineageQuery q) =>
    $"from {Side(q.From)} to {Side(q.To)}, maxHops {q.MaxHops}, minStage {q.MinStage?.ToString() ?? "-"}, window {q.FiscalYearFrom?.ToString(CultureInfo.InvariantCulture) ?? "-"}–{q.FiscalYearTo?.ToString(CultureInfo.InvariantCulture) ?? "-"}";

static string Side(Lineage.Core.Selectors.ProgramSelector s) =>
    s.IsAny ? "any" : string.Join(" ", s.Ministries.Select(m => m.ToString()).Concat(s.Agencies).Concat(s.Programs).Concat(s.Regions));
