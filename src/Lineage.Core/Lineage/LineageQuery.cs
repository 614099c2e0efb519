using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.Core.Lineage;

/// <summary>The lineage question of DESIGN.md §3, as every store receives it.</summary>
public sealed record LineageQuery(
    ProgramSelector From,
    ProgramSelector To,
    Stage? MinStage = null,
    int MaxHops = LineageQuery.DefaultMaxHops,
    int? FiscalYearFrom = null,
    int? FiscalYearTo = null,
    int First = LineageQuery.DefaultPageSize,
    string? After = null,
    IReadOnlyList<Basis>? Basis = null)
{
    public const int DefaultMaxHops = 4;
    public const int MaxMaxHops = 8;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Checks the arguments a user controls; the message names the argument and its limit.</summary>
    public LineageQuery Validated()
    {
        if (MaxHops < 1 || MaxHops > MaxMaxHops)
            throw new InvalidQueryException("maxHops", $"maxHops must be between 1 and {MaxMaxHops} (got {MaxHops}).");
        if (First < 0 || First > MaxPageSize)
            throw new InvalidQueryException("first", $"first must be between 0 and {MaxPageSize} (got {First}).");
        if (FiscalYearFrom > FiscalYearTo)
            throw new InvalidQueryException("fiscalYearFrom", $"fiscalYearFrom ({FiscalYearFrom}) is after fiscalYearTo ({FiscalYearTo}).");
        if (After is not null) _ = PathCursor.Decode(After);
        return this;
    }
}

/// <summary>A user's argument that cannot be answered as given; maps to a GraphQL error with a stable code.</summary>
public sealed class InvalidQueryException : Exception
{
    public InvalidQueryException(string argument, string message) : base(message) => Argument = argument;
    public InvalidQueryException() : this("", "Invalid query.") { }
    public InvalidQueryException(string message) : this("", message) { }
    public InvalidQueryException(string message, Exception inner) : base(message, inner) => Argument = "";
    public string Argument { get; }
}
