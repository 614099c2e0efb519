using Lineage.Conformance;
using Lineage.Conformance.Differential;
using Lineage.Core.Model;

namespace Lineage.Core.Tests;

/// <summary>The engine against the brute-force reference reading of the rules, on random graphs.</summary>
public sealed class EngineDifferential(DifferentialReport report) : DifferentialConformance(report)
{
    protected override int Graphs => 500;

    protected override string Subject => "engine";

    protected override int Threads => Environment.ProcessorCount;

    protected override Task<IAnswering> LoadAsync(Dataset dataset) => Task.FromResult<IAnswering>(new EngineAnswering(dataset));
}
