using GraphQL.Types;

namespace Lineage.GraphQL.Limits;

/// <summary>
/// List sizes of the introspection types, taken from the schema itself: <c>__Schema.types</c> is the number of types,
/// and a list under a type (fields, enumValues, …) is that list's total over the schema divided by the number of
/// types, rounded up. So the cost of asking for everything — GraphiQL's introspection query — is about the number of
/// objects in its answer, and asking for it twice costs twice as much.
/// </summary>
internal sealed class IntrospectionSizes
{
    private readonly Dictionary<string, int> _sizes;

    public IntrospectionSizes(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        var total = Math.Max(types.Count, 1);
        _sizes = new(StringComparer.Ordinal)
        {
            ["__Schema.types"] = types.Count,
            ["__Schema.directives"] = directives.Count,
            ["__Type.fields"] = PerItem(fields.Count, total),
            ["__Type.inputFields"] = PerItem(types.OfType<IInputObjectGraphType>().Sum(t => t.Fields.Count), total),
            ["__Type.interfaces"] = PerItem(types.OfType<IImplementInterfaces>().Sum(t => t.ResolvedInterfaces.Count), total),
            ["__Type.possibleTypes"] = PerItem(types.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count), total),
            ["__Type.enumValues"] = PerItem(types.OfType<EnumerationGraphType>().Sum(t => t.Values.Count), total),
            ["__Field.args"] = PerItem(fields.Sum(f => f.Arguments?.Count ?? 0), Math.Max(fields.Count, 1)),
            ["__Directive.args"] = PerItem(directives.Sum(d => d.Arguments?.Count ?? 0), Math.Max(directives.Count, 1)),
        };
    }

    public int SizeOf(string field) => _sizes.GetValueOrDefault(field, CostModel.AssumedListSize);

    private static int PerItem(int count, int per) => Math.Max(1, (count + per - 1) / per);
}
