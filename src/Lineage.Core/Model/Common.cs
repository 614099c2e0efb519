namespace Lineage.Core.Model;

/// <summary>A bilingual name: Japanese as in the source; English official or our plain rendering.</summary>
public sealed record LocalizedName(string Ja, string? En = null, bool? EnOfficial = null)
{
    public string In(Language lang) => lang == Language.En && En is not null ? En : Ja;
}

public enum Language { Ja, En }

/// <summary>Where a fact comes from: a source document and a verbatim quote of it.</summary>
public sealed record Evidence(string Source, string Quote);

/// <summary>Anything in the graph with an id, a name and evidence.</summary>
public interface INode
{
    string Id { get; }
    NodeKind Kind { get; }
    LocalizedName Name { get; }
    IReadOnlyList<Evidence> Evidence { get; }
}
