using GraphQL.Types;
using GraphQLParser.AST;
using Lineage.Core.Lineage;

namespace Lineage.GraphQL.Limits;

/// <summary>
/// What a field costs, after the GraphQL Cost Directives spec (IBM) as HotChocolate and Apollo implement it, written
/// as one table instead of <c>@cost</c>/<c>@listSize</c> on the schema. A field costs its own weight plus, for every
/// item it returns, 1 for an object (0 for a scalar or enum) and the cost of the fields selected under it:
/// <c>cost = weight + size × (typeWeight + Σ children)</c>.
/// <list type="bullet">
/// <item>Weights, in units of about one object loaded and written (measured on a 2-core machine with the shipped
/// dataset, where one object is some 50 µs of a request): <c>lineage</c>, <c>Program.downstream</c> and
/// <c>Program.upstream</c> weigh <see cref="HopWeight"/> per <c>maxHops</c> (one program's downstream, 4 hops: about
/// 3 ms); <c>search</c> weighs <see cref="SearchWeight"/> (a scan of every name: about 10 ms); <c>flows</c> weighs
/// <see cref="FlowsWeight"/> (an aggregation over every hand-off: about 15 ms). Every other field weighs 0: its cost is
/// the objects it returns, which the batch loaders fetch a level at a time.</item>
/// <item>Sizes (<c>@listSize</c>): a connection's <c>nodes</c> and <c>edges</c> are sized by its <c>first</c>
/// (slicing argument, sized fields); <c>search</c> by its <c>first</c>; a path's <c>steps</c> by the <c>maxHops</c>
/// of the question it answers; <c>nodes(ids)</c> by the number of ids; <c>flows</c> and every other list by an
/// assumed size; introspection lists by the schema's own averages (<see cref="IntrospectionSizes"/>).</item>
/// </list>
/// A value the model cannot read (a missing variable) or one out of range counts as the largest allowed.
/// </summary>
internal sealed class CostModel(IntrospectionSizes introspection, ArgumentValues arguments)
{
    public const double HopWeight = 25;
    public const double SearchWeight = 300;
    public const double FlowsWeight = 200;
    /// <summary>Assumed length of a list without a slicing argument (children, budgets, transfersIn, …).</summary>
    public const int AssumedListSize = 10;
    /// <summary>Evidence lists are short (at most 4 quotes per fact in the dataset).</summary>
    public const int AssumedEvidenceSize = 5;
    /// <summary>Rows of <c>flows</c>: one per pair of ministries or programs that exchanged seeds.</summary>
    public const int AssumedFlowRows = 100;

    /// <summary>
    /// How one field counts: its weight, how many items it returns, what each item weighs, and the scope its children
    /// are costed in. All fields merged under one response name count once, as they execute once.
    /// </summary>
    public FieldCost Enter(IGraphType parent, FieldType definition, GraphQLField field, CostScope scope)
    {
        var key = $"{parent.Name}.{definition.Name}";
        var childScope = scope with { PageSize = null };
        double weight = 0;
        if (definition.Arguments?.Find("maxHops") is not null)
        {
            var hops = Clamp(arguments.Integer(field, definition, "maxHops"), 1, LineageQuery.MaxMaxHops);
            weight = HopWeight * hops;
            childScope = childScope with { Hops = hops };
        }
        if (key == "Query.search") weight = SearchWeight;
        if (key == "Query.flows") weight = FlowsWeight;

        var (isList, named) = Shape(definition.ResolvedType);
        var typeWeight = named is IComplexGraphType or IAbstractGraphType ? 1 : 0;
        double size = 1;
        if (isList)
        {
            size = key switch
            {
                _ when scope.PageSize is { } page && definition.Name is "nodes" or "edges" => page,
                "Query.search" => Clamp(arguments.Integer(field, definition, "first"), 1, LineageQuery.MaxPageSize),
                "Query.nodes" => Clamp(arguments.Count(field, definition, "ids"), 0, LineageQuery.MaxPageSize),
                "Query.flows" => AssumedFlowRows,
                "LineagePath.steps" => scope.Hops ?? LineageQuery.MaxMaxHops,
                _ when named.Name == "Evidence" => AssumedEvidenceSize,
                _ when parent.Name.StartsWith("__", StringComparison.Ordinal) => introspection.SizeOf(key),
                _ => AssumedListSize,
            };
        }
        else if (definition.Arguments?.Find("first") is not null)
        {
            // A connection: `first` slices its nodes and edges, one level down.
            childScope = childScope with { PageSize = Clamp(arguments.Integer(field, definition, "first"), 0, LineageQuery.MaxPageSize) };
        }
        return new FieldCost(weight, size, typeWeight, childScope);
    }

    /// <summary>Whether a type is a list (under any non-null wrappers), and the named type inside.</summary>
    public static (bool IsList, IGraphType Named) Shape(IGraphType? type)
    {
        var isList = false;
        while (type is NonNullGraphType or ListGraphType)
        {
            if (type is ListGraphType) isList = true;
            type = ((IProvideResolvedType)type).ResolvedType;
        }
        return (isList, type!);
    }

    private static int Clamp(long? value, int min, int max) => value is { } v ? (int)Math.Clamp(v, min, max) : max;
}

/// <summary>One field's terms in <c>weight + size × (typeWeight + Σ children)</c>, and the scope of its children.</summary>
internal readonly record struct FieldCost(double Weight, double Size, double TypeWeight, CostScope ChildScope)
{
    public double Total(double childrenCost) => Weight + Size * (TypeWeight + childrenCost);
}

/// <summary>What a field's cost depends on from the fields above it: the page size of the enclosing connection and the maxHops of the enclosing lineage question.</summary>
internal readonly record struct CostScope(int? PageSize, int? Hops);
