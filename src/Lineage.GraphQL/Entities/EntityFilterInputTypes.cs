using GraphQL.Types;
using Lineage.Core.Entities;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Entities;

/// <summary>
/// The `where` of one kind's connection: only the filters that apply to the kind (EntityQuery.Applies), so the
/// schema itself says what can be asked. Every given filter must match; within a list any value matches.
/// </summary>
public abstract class EntityFilterInputType : InputObjectGraphType
{
    protected EntityFilterInputType(string name, NodeKind kind, Type? kindsType = null)
    {
        Name = name;
        Description = $"Filters for {kind} connections; every given filter must match, any value within a list.";
        bool Applies(string filter) => EntityQuery.Applies[filter].Contains(kind);
        if (Applies("ministries"))
            Field<ListGraphType<NonNullGraphType<MinistryCodeType>>>("ministries").Description(kind == NodeKind.Agency
                ? "Under these ministries."
                : "Tied to programs run by these ministries or their agencies (MEXT includes JST), sub-programs included.");
        if (Applies("agencies"))
            Field<ListGraphType<NonNullGraphType<IdGraphType>>>("agencies").Description("Tied to programs run by these agencies, by id (agency:jst) or code (JST).");
        if (Applies("kinds") && kindsType is not null)
            Field("kinds", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(kindsType))).Description("Of these kinds.");
        if (Applies("regions"))
            Field<ListGraphType<NonNullGraphType<IdGraphType>>>("regions").Description(kind == NodeKind.Region
                ? "These regions and every region within them."
                : "In or confined to these regions, sub-regions included.");
        if (Applies("programs"))
            Field<ListGraphType<NonNullGraphType<IdGraphType>>>("programs").Description("Tied to these programs, their phases and parts included.");
        if (Applies("projects"))
            Field<ListGraphType<NonNullGraphType<IdGraphType>>>("projects").Description(kind == NodeKind.Organization
                ? "Taking part in these projects."
                : "Of these projects (seeds).");
        if (Applies("organizations"))
            Field<ListGraphType<NonNullGraphType<IdGraphType>>>("organizations").Description(kind == NodeKind.Project
                ? "With these organizations taking part."
                : "With these organizations as office.");
        if (Applies("parent"))
            Field<IdGraphType>("parent").Description("Direct phases and parts of this program.");
        if (Applies("fiscalYears"))
        {
            Field<IntGraphType>("fiscalYearFrom").Description("Covering a fiscal year at or after this one (unknown years never match).");
            Field<IntGraphType>("fiscalYearTo").Description("Covering a fiscal year at or before this one.");
        }
        if (Applies("minStage"))
            Field<StageType>("minStage").Description("Reached at least this stage.");
        if (Applies("nameContains"))
            Field<StringGraphType>("nameContains").Description("Part of the Japanese or English name; case, full/half width and Ⅰ/I do not matter.");
    }

    /// <summary>The entity question for <paramref name="kind"/> from a parsed `where` (null: no filters).</summary>
    public static EntityQuery ToQuery(NodeKind kind, IDictionary<string, object?>? where, int first, string? after)
    {
        where ??= new Dictionary<string, object?>();
        List<T>? List<T>(string key) => where.TryGetValue(key, out var v) && v is IEnumerable<object?> items ? items.OfType<T>().ToList() : null;
        T? Value<T>(string key) where T : struct => where.TryGetValue(key, out var v) && v is T t ? t : null;
        string? Text(string key) => where.TryGetValue(key, out var v) ? v as string : null;
        return new EntityQuery(
            kind,
            List<MinistryCode>("ministries"),
            List<string>("agencies")?.Select(AgencyId).ToList(),
            List<object>("kinds")?.Select(KindText).ToList(),
            List<string>("regions"),
            List<string>("programs"),
            List<string>("projects"),
            List<string>("organizations"),
            Text("parent"),
            Value<int>("fiscalYearFrom"),
            Value<int>("fiscalYearTo"),
            Value<Stage>("minStage"),
            Text("nameContains"),
            first,
            after);
    }

    // Users know agencies by their codes; ids are what the graph stores.
    private static string AgencyId(string value) =>
        value.Contains(':', StringComparison.Ordinal) ? value : "agency:" + value.ToLowerInvariant();

    private static string KindText(object value) => value switch
    {
        RegionKind k => Core.Datasets.EnumText.ToText(k),
        OrganizationKind k => Core.Datasets.EnumText.ToText(k),
        OutcomeKind k => Core.Datasets.EnumText.ToText(k),
        _ => value.ToString() ?? "",
    };
}

public sealed class ProgramFilterInputType() : EntityFilterInputType("ProgramFilter", NodeKind.Program);
public sealed class OrganizationFilterInputType() : EntityFilterInputType("OrganizationFilter", NodeKind.Organization, typeof(OrganizationKindType));
public sealed class RegionFilterInputType() : EntityFilterInputType("RegionFilter", NodeKind.Region, typeof(RegionKindType));
public sealed class ProjectFilterInputType() : EntityFilterInputType("ProjectFilter", NodeKind.Project);
public sealed class TransferFilterInputType() : EntityFilterInputType("TransferFilter", NodeKind.Transfer);
public sealed class ClusterProjectFilterInputType() : EntityFilterInputType("ClusterProjectFilter", NodeKind.ClusterProject);
public sealed class OutcomeFilterInputType() : EntityFilterInputType("OutcomeFilter", NodeKind.Outcome, typeof(OutcomeKindType));
public sealed class SourceFilterInputType() : EntityFilterInputType("SourceFilter", NodeKind.Source);

