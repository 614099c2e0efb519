using GraphQL;
using GraphQL.Types;
using Lineage.Core.Model;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

/// <summary>The fields every node type shares: id, bilingual name, evidence.</summary>
internal static class NodeFields
{
    public static void AddNodeFields<T>(this ObjectGraphType<T> type, string nameField = "name") where T : INode
    {
        type.Interface<NodeInterface>();
        // Node is an interface: GraphQL.NET picks the concrete type of a result by asking each type.
        type.IsTypeOf = o => o is T;
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>(nameField)
            .Description("The name in the language asked for (JA by default); EN falls back to JA when there is no English name.")
            .Argument<LangType>("lang")
            .Resolve(c => c.Source.Name.In(c.Lang()));
        type.Field<NonNullGraphType<LocalizedNameType>>(nameField == "name" ? "names" : nameField + "s").Resolve(c => c.Source.Name);
        type.AddEvidence(c => c.Source.Evidence);
    }

    public static void AddEvidence<T>(this ObjectGraphType<T> type, Func<IResolveFieldContext<T>, IReadOnlyList<Evidence>> evidence) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description("Where this fact comes from: source documents and verbatim quotes.")
            .Resolve(c => evidence(c));
}

public sealed class LocalizedNameType : ObjectGraphType<LocalizedName>
{
    public LocalizedNameType()
    {
        Name = "LocalizedName";
        Field<NonNullGraphType<StringGraphType>>("ja").Resolve(c => c.Source.Ja);
        Field<StringGraphType>("en").Resolve(c => c.Source.En);
        Field<BooleanGraphType>("enOfficial").Description("true: the official English name; false: a plain rendering of ours.").Resolve(c => c.Source.EnOfficial);
    }
}

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.LoadNode(c.Source.Source));
        Field<NonNullGraphType<StringGraphType>>("quote").Description("Verbatim from the source text.").Resolve(c => c.Source.Quote);
    }
}
