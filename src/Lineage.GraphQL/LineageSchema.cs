using GraphQL.Types;
using Lineage.GraphQL.Queries;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL;

public sealed class LineageSchema : Schema
{
    public LineageSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
        Description = "Lineage: Japan's regional science-and-technology programs as a graph; where a seed funded by one ministry's program went next, and how far it got.";
        // Types reachable only through the Node interface still need to be known to node(id).
        RegisterType(typeof(SourceType));
        RegisterType(typeof(MinistryType));
        RegisterType(typeof(AgencyType));
        RegisterType(typeof(ProgramType));
        RegisterType(typeof(RegionType));
        RegisterType(typeof(OrganizationType));
        RegisterType(typeof(ProjectType));
        RegisterType(typeof(ClusterProjectType));
        RegisterType(typeof(CohortType));
        RegisterType(typeof(TransferType));
        RegisterType(typeof(OutcomeType));
        RegisterType(typeof(LinkType));
    }
}
