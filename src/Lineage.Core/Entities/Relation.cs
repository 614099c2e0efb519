namespace Lineage.Core.Entities;

/// <summary>
/// The references one node holds to another, by name; a store keeps them as edges or a link table.
/// Which kinds hold which: see <see cref="Relations.Of"/>.
/// </summary>
public enum Relation
{
    /// <summary>Program → the program it is a phase or part of; ClusterProject → the cluster project it is a strategy of.</summary>
    Parent,
    /// <summary>Program → the ministry or agency that runs it.</summary>
    RunBy,
    /// <summary>Program, Project, ClusterProject → a region it is confined to; Organization → where it is located.</summary>
    Region,
    /// <summary>Project → a participating organization.</summary>
    Participant,
    /// <summary>ClusterProject, Outcome → its program.</summary>
    Program,
    /// <summary>Outcome, Transfer → its project.</summary>
    Project,
    /// <summary>Outcome → its cluster project.</summary>
    ClusterProject,
    /// <summary>ClusterProject → the organization that is its office.</summary>
    Office,
    /// <summary>Outcome, Transfer → its cohort.</summary>
    Cohort,
    /// <summary>Region → the region it lies within.</summary>
    Within,
    /// <summary>Link → the program, coordination body or ministry at either of its ends (so Program.links finds both directions).</summary>
    Linked,
}
