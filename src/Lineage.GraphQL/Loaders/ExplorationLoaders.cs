using System.Collections.Concurrent;
using Lineage.Core.Entities;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.GraphQL.Loaders;

/// <summary>Which way Program.downstream / upstream looks.</summary>
public enum LineageDirection { Downstream, Upstream }

/// <summary>One program's downstream or upstream question; equal keys share one answer within a request.</summary>
/// <remarks><see cref="Basis"/> is the bases asked for as text (an equal key must compare equal, a list would not).</remarks>
public sealed record ProgramLineageKey(string Program, LineageDirection Direction, int MaxHops, Stage? MinStage, int? FiscalYearFrom, int? FiscalYearTo, int First, string? After, string? Basis = null)
{
    /// <summary>Downstream: seeds leaving the program (or its phases and parts), as far as they went. Upstream: seeds that reached it, from their first program.</summary>
    public LineageQuery ToQuery()
    {
        var self = ProgramSelector.ForPrograms(Program);
        IReadOnlyList<Basis>? basis = Basis?.Split(',').Select(Enum.Parse<Basis>).ToList();
        return Direction == LineageDirection.Downstream
            ? new LineageQuery(self, ProgramSelector.Any, MinStage, MaxHops, FiscalYearFrom, FiscalYearTo, First, After, basis)
            : new LineageQuery(ProgramSelector.Any, self, MinStage, MaxHops, FiscalYearFrom, FiscalYearTo, First, After, basis);
    }
}

/// <summary>Request-scoped batch loaders over the capability ports; each level of a query costs one store call per loader.</summary>
public sealed class ExplorationLoaders
{
    private readonly IServiceProvider _services;
    private readonly ConcurrentDictionary<(NodeKind, Relation), BatchLoader<string, IReadOnlyList<INode>>> _referencing = new();

    public ExplorationLoaders(IServiceProvider services)
    {
        _services = services;
        Lineage = new BatchLoader<ProgramLineageKey, LineagePage>(async (keys, ct) =>
        {
            var ordered = keys.ToList();
            var pages = await Ports.Get<ILineageBatchQueries>(_services).QueryLineageManyAsync(ordered.Select(k => k.ToQuery()).ToList(), ct);
            return ordered.Zip(pages).ToDictionary(p => p.First, p => p.Second);
        });
    }

    public BatchLoader<ProgramLineageKey, LineagePage> Lineage { get; }

    /// <summary>The nodes of <paramref name="kind"/> whose <paramref name="relation"/> points at a key (a program's children, a project's transfers…).</summary>
    public BatchLoader<string, IReadOnlyList<INode>> Referencing(NodeKind kind, Relation relation) =>
        _referencing.GetOrAdd((kind, relation), k => new BatchLoader<string, IReadOnlyList<INode>>(async (targets, ct) =>
        {
            var found = await Ports.Get<IEntityQueries>(_services).GetReferencingAsync(k.Item1, k.Item2, targets, ct);
            var byTarget = found.GroupBy(r => r.Target, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<INode>)g.Select(r => r.Node).ToList(), StringComparer.Ordinal);
            foreach (var t in targets) byTarget.TryAdd(t, []);
            return byTarget;
        }));
}
