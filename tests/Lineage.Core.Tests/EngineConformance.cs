using Lineage.Conformance;
using Lineage.Core.Model;

namespace Lineage.Core.Tests;

/// <summary>The whole answer suite against the engine itself, on every build (as Jaeger runs its suite on the memory store).</summary>
public sealed class EngineConformance : AnswerConformance
{
    protected override Task<IAnswering> LoadAsync(Dataset dataset) => Task.FromResult<IAnswering>(new EngineAnswering(dataset));
}
