using GraphQL.Types;
using Lineage.Core.Entities;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.GraphQL.Entities;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class MinistryType : ObjectGraphType<Ministry>
{
    public MinistryType()
    {
        Name = "Ministry";
        this.AddNodeFields();
        Interface<RunnerInterface>();
        // A String, as Agency.code is: `runBy { code }` then works on either runner. Its values are MinistryCode's.
        Field<NonNullGraphType<StringGraphType>>("code").Description("MEXT, METI, … (the values of MinistryCode).").Resolve(c => global::Lineage.Core.Datasets.EnumText.ToText(c.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyType>>>>("agencies")
            .Description("The agencies under the ministry (JST under MEXT, NEDO under METI), all of them.")
            .ResolveAsync(async c => await AllAgenciesAsync(c.Store(), c.Source.Code, c.CancellationToken));
        this.RelatedConnection<Ministry, ProgramType>("programs", c => new EntityQuery(NodeKind.Program, Ministries: [c.Source.Code]),
            "Programs run by the ministry or its agencies, alone or jointly, sub-programs included.");
        this.AddLinkFields();
    }

    /// <summary>Every agency, page after page: a ministry's agencies are few, and a list field must not cut them off.</summary>
    private static async Task<List<Agency>> AllAgenciesAsync(ILineageStore store, MinistryCode code, CancellationToken ct)
    {
        var agencies = new List<Agency>();
        string? after = null;
        NodePage page;
        do
        {
            page = await store.ListNodesAsync(new NodeQuery(NodeKind.Agency, [code], First: LineageQuery.MaxPageSize, After: after), ct);
            agencies.AddRange(page.Nodes.Cast<Agency>());
            after = page.EndCursor;
        } while (page.HasNextPage);
        return agencies;
    }
}

public sealed class AgencyType : ObjectGraphType<Agency>
{
    public AgencyType()
    {
        Name = "Agency";
        this.AddNodeFields();
        Interface<RunnerInterface>();
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<MinistryType>>("ministry").Resolve(c => c.LoadNode(c.Source.Ministry));
        this.RelatedConnection<Agency, ProgramType>("programs", c => new EntityQuery(NodeKind.Program, Agencies: [c.Source.Id]),
            "Programs the agency runs, alone or jointly, sub-programs included.");
    }
}

/// <summary>
/// Who runs a program: a ministry or one of its agencies. An interface, not a union, so that what both have is asked
/// for directly (`runBy { code name }`) without a fragment per type.
/// </summary>
public sealed class RunnerInterface : InterfaceGraphType<INode>
{
    public RunnerInterface()
    {
        Name = "Runner";
        Description = "A ministry or an agency: who runs a program.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("name").Argument<LangType>("lang");
        Field<NonNullGraphType<LocalizedNameType>>("names");
        Field<NonNullGraphType<StringGraphType>>("code").Description("MEXT, METI, … for a ministry; JST, NEDO, … for an agency.");
    }
}
