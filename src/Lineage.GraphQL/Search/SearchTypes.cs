using GraphQL;
using GraphQL.Types;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.GraphQL.Loaders;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Search;

public sealed class NodeKindType : EnumerationGraphType<NodeKind>
{
    public NodeKindType()
    {
        Name = "NodeKind";
        Description = "The kinds of node in the graph.";
    }
}

public sealed class SearchMatchType : EnumerationGraphType<SearchMatch>
{
    public SearchMatchType()
    {
        Name = "SearchMatch";
        Description = "How a name matched, best first: EXACT, PREFIX (starts with the text), SUBSTRING (contains it), ALL_TERMS (contains every space-separated part).";
    }
}

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<NodeInterface>>("node").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<NodeKindType>>("kind").Resolve(c => c.Source.Node.Kind);
        Field<NonNullGraphType<SearchMatchType>>("match").Resolve(c => c.Source.Match);
        Field<NonNullGraphType<StringGraphType>>("matchedName").Description("The name that matched, normalized (NFKC, lower case).").Resolve(c => c.Source.MatchedName);
    }
}

internal static class SearchField
{
    public static void AddSearchField(this ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Nodes whose Japanese or English name (or code: MEXT, JST) contains the text — partial words too, Japanese " +
                "needs no spaces (浜松 finds 浜松医科大学). Case, full/half width and Ⅰ/I do not matter. Exact names first, then names " +
                "starting with the text, then containing it, then containing every space-separated part; shorter names first within each.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<NodeKindType>>>("kinds", a => a.Description = "Only these kinds; omitted: every kind with a name.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = SearchQuery.DefaultFirst; a.Description = "How many hits (1–100)."; })
            .ResolveAsync(async c => await c.Port<ISearchQueries>().SearchAsync(new SearchQuery(
                c.GetArgument<string>("text"),
                c.GetArgument<List<NodeKind>?>("kinds"),
                c.GetArgument("first", SearchQuery.DefaultFirst)).Validated(), c.CancellationToken));
}
