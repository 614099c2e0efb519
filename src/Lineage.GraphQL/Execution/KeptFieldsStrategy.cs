using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Lineage.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's serial strategy, with each selection set's fields collected once per object type rather than for every
/// object of every request. Collecting walks the selection set and its fragments and looks up each field by name: for
/// an answer of a few dozen fields, a tenth of executing it. The fields collected depend only on the document and the
/// type — unless a @skip or @include decides, and those take variables; a document with any directive is collected as
/// before, every time. Kept with the selection set itself, so a document that is let go takes its fields with it.
/// </summary>
internal sealed class KeptFieldsStrategy : SerialExecutionStrategy
{
    private sealed class Kept
    {
        // Per object type; one in nearly every case (more under an interface or a union). Replaced whole, never changed.
        public (IGraphType Type, (GraphQLField Field, FieldType Definition)[] Fields)[] ByType = [];
    }

    private static readonly ConditionalWeakTable<GraphQLSelectionSet, Kept> Collected = new();

    protected override void SetSubFieldNodes(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        if (context.DirectiveValues is not null || parent.SelectionSet is not { } selectionSet)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var fields = FieldsOf(context, selectionSet, parent.GetObjectGraphType(context.Schema) ?? parent.GraphType);
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            nodes[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        parent.SubFields = nodes;
    }

    private (GraphQLField Field, FieldType Definition)[] FieldsOf(global::GraphQL.Execution.ExecutionContext context, GraphQLSelectionSet selectionSet, IGraphType type)
    {
        var kept = Collected.GetOrCreateValue(selectionSet);
        foreach (var (known, fields) in Volatile.Read(ref kept.ByType))
            if (ReferenceEquals(known, type)) return fields;
        var collected = CollectFieldsFrom(context, type, selectionSet, null).Values.ToArray();
        lock (kept) kept.ByType = [.. kept.ByType, (type, collected)];
        return collected;
    }
}
