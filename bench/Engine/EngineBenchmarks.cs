using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Lineage.Core.Engine;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.Bench.Engine;

/// <summary>The headline question and its neighbours on the shipped data: what a widget or the IDE asks.</summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ShippedDataBenchmarks
{
    private LineageGraph _graph = LineageGraph.Empty;

    [GlobalSetup]
    public void Setup() => _graph = Graphs.Shipped();

    [Benchmark(Description = "headline: MEXT → METI, COMMERCIALIZED")]
    public int Headline() => LineageEngine.Answer(_graph, new LineageQuery(ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.ForMinistries(MinistryCode.METI), Stage.Commercialized)).TotalCount;

    [Benchmark(Description = "every path, maxHops 8")]
    public int Everything() => LineageEngine.Answer(_graph, new LineageQuery(ProgramSelector.Any, ProgramSelector.Any, MaxHops: 8)).TotalCount;

    [Benchmark(Description = "flows by ministry")]
    public int Flows() => FlowEngine.Answer(_graph, new FlowQuery(FlowGrouping.Ministry, ProgramSelector.Any, ProgramSelector.Any)).Count;
}

/// <summary>Questions of each kind on a generated national-scale graph (LINEAGE_BENCH_TRANSFERS, default 1,000,000).</summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class GeneratedGraphBenchmarks
{
    private LineageGraph _graph = LineageGraph.Empty;
    private string _secondPage = "";

    [GlobalSetup]
    public void Setup()
    {
        var transfers = int.TryParse(Environment.GetEnvironmentVariable("LINEAGE_BENCH_TRANSFERS"), out var n) && n > 0 ? n : 1_000_000;
        _graph = Graphs.Generated(transfers);
        _secondPage = LineageEngine.Answer(_graph, MinistryToMinistry).Paths[^1].Cursor;
    }

    private static readonly LineageQuery MinistryToMinistry = new(ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.ForMinistries(MinistryCode.METI));

    [Benchmark(Description = "ministry → ministry (MEXT → METI)")]
    public int Ministries() => LineageEngine.Answer(_graph, MinistryToMinistry).TotalCount;

    [Benchmark(Description = "ministry → ministry, second page")]
    public int SecondPage() => LineageEngine.Answer(_graph, MinistryToMinistry with { After = _secondPage }).TotalCount;

    [Benchmark(Description = "ministry → any, maxHops 8, window 2005–2015")]
    public int MinistryWindow() => LineageEngine.Answer(_graph, new LineageQuery(ProgramSelector.ForMinistries(MinistryCode.MOE), ProgramSelector.Any, MaxHops: 8, FiscalYearFrom: 2005, FiscalYearTo: 2015)).TotalCount;

    [Benchmark(Description = "one program downstream (program → any)")]
    public int Downstream() => LineageEngine.Answer(_graph, new LineageQuery(ProgramSelector.ForPrograms("program:p42"), ProgramSelector.Any, MaxHops: 8)).TotalCount;

    [Benchmark(Description = "one program upstream (any → program)")]
    public int Upstream() => LineageEngine.Answer(_graph, new LineageQuery(ProgramSelector.Any, ProgramSelector.ForPrograms("program:p42"), MaxHops: 8)).TotalCount;

    [Benchmark(Description = "region → agency, PROTOTYPE")]
    public int RegionToAgency() => LineageEngine.Answer(_graph, new LineageQuery(ProgramSelector.Any with { Regions = ["region:r3"] }, ProgramSelector.Any with { Agencies = ["agency:meti-1"] }, Stage.Prototype)).TotalCount;

    [Benchmark(Description = "flows by ministry, whole graph")]
    public int Flows() => FlowEngine.Answer(_graph, new FlowQuery(FlowGrouping.Ministry, ProgramSelector.Any, ProgramSelector.Any)).Count;
}
