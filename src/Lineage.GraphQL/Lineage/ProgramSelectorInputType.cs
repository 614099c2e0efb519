using GraphQL;
using GraphQL.Types;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Lineage;

/// <summary>Which programs an end of a lineage path may be; all given lists must match, any value within a list.</summary>
public sealed class ProgramSelectorInputType : InputObjectGraphType<ProgramSelector>
{
    public ProgramSelectorInputType()
    {
        Name = "ProgramSelector";
        Description = "Which programs an end of a path may be. Lists combine with AND, values within a list with OR; an empty selector matches every program.";
        Field<ListGraphType<NonNullGraphType<MinistryCodeType>>>("ministries")
            .Description("Programs run by these ministries or their agencies (MEXT includes JST), sub-programs included.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("agencies")
            .Description("Programs run by these agencies, by id (agency:jst) or code (JST).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("programs")
            .Description("These programs and their phases and parts (program:mext-knowledge-cluster includes its 第I期).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("regions")
            .Description("Programs confined to these regions, or seeds located in them, sub-regions included.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProgramSelector(
        List(value, "ministries").Cast<MinistryCode>().ToList(),
        List(value, "agencies").Cast<string>().Select(SelectorText.AgencyId).ToList(),
        List(value, "programs").Cast<string>().ToList(),
        List(value, "regions").Cast<string>().ToList());

    private static IEnumerable<object> List(IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var list) && list is IEnumerable<object?> items ? items.OfType<object>() : [];
}
