using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Lineage.Core.Entities;
using Lineage.Core.Model;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class LinkType : ObjectGraphType<Link>
{
    public LinkType()
    {
        Name = "Link";
        Description = "A relation between a program and another program, a coordination body or a ministry, that is not a hand-off of seeds (LINKED_TO). Lineage never follows it.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Link;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<LinkKindType>>("kind").Resolve(c => c.Source.LinkKind);
        Field<NonNullGraphType<ProgramType>>("from").Description("The program whose source passage states the relation.").Resolve(c => c.LoadNode(c.Source.From));
        Field<NonNullGraphType<LinkEndUnion>>("to").Description("What the source names on the other side: a program, a coordination body, or a ministry (a forum co-hosted with METI).").Resolve(c => c.LoadNode(c.Source.To));
        Field<StringGraphType>("note").Description("The curator's reading of the passage.").Resolve(c => c.Source.Note);
        this.AddEvidence(c => c.Source.Evidence);
    }
}

/// <summary>What a link points at: another program, a coordination body (an organization of kind COORDINATION_BODY) or a ministry.</summary>
public sealed class LinkEndUnion : UnionGraphType
{
    public LinkEndUnion()
    {
        Name = "LinkEnd";
        Type<ProgramType>();
        Type<OrganizationType>();
        Type<MinistryType>();
    }
}

internal static class LinkFields
{
    /// <summary>links(kinds): the node's links in both directions (it is either end), batched across one level of a query.</summary>
    public static void AddLinkFields<T>(this ObjectGraphType<T> type) where T : INode =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkType>>>>("links")
            .Description("Relations that are not hand-offs, in both directions (it is either end), with their evidence; by id. Lineage never follows them.")
            .Argument<ListGraphType<NonNullGraphType<LinkKindType>>>("kinds", a => a.Description = "Only links of these kinds (all when left out).")
            .Resolve(c =>
            {
                var kinds = c.GetArgument<List<LinkKind>?>("kinds");
                var links = c.Exploration().Referencing(NodeKind.Link, Relation.Linked).Load(c.Source.Id);
                return kinds is null ? (object)links : new Kept(links, kinds);
            });

    private sealed class Kept(IDataLoaderResult<IReadOnlyList<INode>?> inner, List<LinkKind> kinds) : IDataLoaderResult<IReadOnlyList<INode>>
    {
        public async Task<IReadOnlyList<INode>> GetResultAsync(CancellationToken cancellationToken = default) =>
            ((await inner.GetResultAsync(cancellationToken)) ?? []).Where(n => n is Link l && kinds.Contains(l.LinkKind)).ToList();

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
