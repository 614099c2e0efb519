using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Lineage.GraphQL.Errors;

namespace Lineage.GraphQL.Limits;

/// <summary>
/// One walk over a document in the shape execution would give it: the fields of a selection set are collected with
/// their fragments expanded and merged by response name, then each merged field's children are walked together
/// (GraphQL's CollectFields). On the way it enforces the limits that keep validation and execution linear — fields
/// after expansion (so fragment doubling stops after MaxFields steps, not 2^n), aliases, fields per response name
/// (what field-merge validation compares pairwise), depth, introspection nesting — and sums the
/// <see cref="CostModel"/> over the merged fields. The first limit exceeded stops the walk.
/// </summary>
internal sealed class SelectionWalk
{
    /// <summary>The introspection lists that make a recursive query explode (graphql-js's MaxIntrospectionDepthRule: three nested is one too many).</summary>
    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];
    private const int MaxIntrospectionLists = 2;

    private readonly ISchema _schema;
    private readonly GraphQLDocument _document;
    private readonly QueryLimitsOptions _limits;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private int _selections;
    private int _aliases;

    public SelectionWalk(ISchema schema, GraphQLDocument document, QueryLimitsOptions limits, CancellationToken cancellationToken)
    {
        _schema = schema;
        _document = document;
        _limits = limits;
        _cancellationToken = cancellationToken;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment); // a duplicate name is validation's to report
    }

    /// <summary>Walks an operation and returns its estimated cost; throws <see cref="LimitExceededException"/> at the first limit exceeded.</summary>
    public double Operation(GraphQLOperationDefinition operation, CostModel model)
    {
        IGraphType? root = operation.Operation == OperationType.Query ? _schema.Query : null; // RequestGate refuses the others first
        return Walk([new(operation.SelectionSet, root)], 0, default, 0, model);
    }

    /// <summary>Walks the fragments no operation used: validation visits them too, so they must be as bounded.</summary>
    public void UnusedFragments(CostModel model)
    {
        foreach (var (name, fragment) in _fragments)
        {
            if (_expanded.Contains(name)) continue;
            _expanding.Add(name);
            Walk([new(fragment.SelectionSet, TypeNamed(fragment.TypeCondition))], 0, default, 0, model);
            _expanding.Remove(name);
        }
    }

    private double Walk(List<Scope> sets, int depth, CostScope scope, int introspectionLists, CostModel model)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var groups = new Dictionary<string, List<Scope<GraphQLField>>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var set in sets) Collect(set.Selections, set.Type, groups, order);

        double total = 0;
        foreach (var responseName in order)
        {
            var fields = groups[responseName];
            var (first, parent) = fields[0];
            var name = first.Name.StringValue;
            var definition = Definition(parent, name, depth == 0);

            // ofType has one object per level (no fan-out), and type wrappers need a chain of it: it adds no depth.
            var fieldDepth = name == "ofType" ? depth : depth + 1;
            if (fieldDepth > _limits.MaxDepth)
                throw Refuse(ErrorCodes.MaxDepth, $"Query is too deep: `{responseName}` at depth {fieldDepth} exceeds the limit of {_limits.MaxDepth} (Lineage:GraphQL:MaxDepth).", first);
            var lists = introspectionLists + (parent?.Name == "__Type" && IntrospectionLists.Contains(name) ? 1 : 0);
            if (lists > MaxIntrospectionLists)
                throw Refuse(ErrorCodes.MaxIntrospectionDepth,
                    $"Introspection is too deep: `{name}` is nested inside {MaxIntrospectionLists} other lists of fields, inputFields, interfaces or possibleTypes; at most {MaxIntrospectionLists} may be nested.", first);

            var children = new List<Scope>();
            foreach (var (field, type) in fields)
            {
                if (field.SelectionSet is null) continue;
                var childType = Definition(type, name, depth == 0) is { } d ? CostModel.Shape(d.ResolvedType).Named : null;
                children.Add(new(field.SelectionSet, childType));
            }
            if (definition is null || parent is null)
            {
                Walk(children, fieldDepth, scope, lists, model); // an unknown field: validation names it; its selections still count
                continue;
            }
            var cost = model.Enter(parent, definition, first, scope);
            var childrenCost = children.Count == 0 ? 0 : Walk(children, fieldDepth, cost.ChildScope, lists, model);
            total += cost.Total(childrenCost);
        }
        return total;
    }

    private void Collect(GraphQLSelectionSet set, IGraphType? type, Dictionary<string, List<Scope<GraphQLField>>> groups, List<string> order)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in set.Selections)
        {
            if (++_selections > _limits.MaxFields)
                throw Refuse(ErrorCodes.MaxFields,
                    $"The query selects more than {_limits.MaxFields} fields once its fragments are expanded (Lineage:GraphQL:MaxFields)"
                    + (_expanding.Count > 0 ? $"; it was expanding fragment {string.Join(" → ", _expanding)}." : "."), selection);
            if ((_selections & 255) == 0) _cancellationToken.ThrowIfCancellationRequested();
            switch (selection)
            {
                case GraphQLField field:
                    if (field.Alias is not null && ++_aliases > _limits.MaxAliases)
                        throw Refuse(ErrorCodes.MaxAliases, $"The query uses more than {_limits.MaxAliases} aliases (Lineage:GraphQL:MaxAliases).", field);
                    var responseName = (field.Alias?.Name ?? field.Name).StringValue;
                    if (!groups.TryGetValue(responseName, out var group))
                    {
                        groups[responseName] = group = [];
                        order.Add(responseName);
                    }
                    group.Add(new(field, type));
                    if (group.Count > _limits.MaxRepeatedFields)
                        throw Refuse(ErrorCodes.MaxRepeatedFields,
                            $"`{responseName}` is asked for more than {_limits.MaxRepeatedFields} times in one selection set (Lineage:GraphQL:MaxRepeatedFields); ask for it once.", field);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, inline.TypeCondition is null ? type : TypeNamed(inline.TypeCondition), groups, order);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragmentName = spread.FragmentName.Name.StringValue;
                    // An unknown fragment or a cycle is validation's to report; walking it again would never end.
                    if (!_fragments.TryGetValue(fragmentName, out var fragment) || !_expanding.Add(fragmentName)) break;
                    _expanded.Add(fragmentName);
                    Collect(fragment.SelectionSet, TypeNamed(fragment.TypeCondition), groups, order);
                    _expanding.Remove(fragmentName);
                    break;
            }
        }
    }

    private FieldType? Definition(IGraphType? parent, string name, bool atRoot) => name switch
    {
        "__typename" => _schema.TypeNameMetaFieldType,
        "__schema" when atRoot && parent == _schema.Query => _schema.SchemaMetaFieldType,
        "__type" when atRoot && parent == _schema.Query => _schema.TypeMetaFieldType,
        _ => (parent as IComplexGraphType)?.GetField(name),
    };

    private IGraphType? TypeNamed(GraphQLTypeCondition? condition) => condition is null ? null : _schema.AllTypes[condition.Type.Name.Value];

    private LimitExceededException Refuse(ErrorCode code, string message, ASTNode node) =>
        new(new LimitError(code, message, _document.Source, node));

    private readonly record struct Scope(GraphQLSelectionSet Selections, IGraphType? Type);

    private readonly record struct Scope<T>(T Node, IGraphType? Type);
}

/// <summary>Unwinds a <see cref="SelectionWalk"/> at the first limit exceeded.</summary>
internal sealed class LimitExceededException(LimitError error) : Exception(error.Message)
{
    public LimitError Error { get; } = error;
}
