namespace Lineage.Core.Model;

/// <summary>
/// How far a seed got inside a receiving program. The order is the point: "reached PROTOTYPE"
/// means PROTOTYPE or anything after it, so the numeric values are the rank.
/// </summary>
public enum Stage
{
    Seed = 0,
    JointResearch = 1,
    Prototype = 2,
    Practical = 3,
    Commercialized = 4,
}
