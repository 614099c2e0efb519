namespace Lineage.GraphQL.Limits;

/// <summary>
/// The request extension that asks for the cost estimate: <c>"extensions": {"cost": "validate"}</c> answers with
/// <c>extensions.cost</c> without running the query, <c>"report"</c> runs it and adds the estimate.
/// </summary>
public static class CostExtension
{
    public const string Name = "cost";
    public const string Validate = "validate";
    public const string Report = "report";
}
