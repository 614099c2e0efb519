namespace Lineage.Store.Neo4j.Client;

/// <summary>A node as typed JSON returns it (<c>{"$type":"Node","_value":{"_element_id",…}}</c>).</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as typed JSON returns it.</summary>
public sealed record Neo4jRelationship(
    string ElementId, string Type, string StartNodeElementId, string EndNodeElementId, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// A value .NET has no exact type for (ZonedDateTime with its zone id, Duration, Time, Point, …): Neo4j's type name and
/// its text, so the type is kept rather than flattened to a string.
/// </summary>
public sealed record Neo4jTypedValue(string Type, string Value);
