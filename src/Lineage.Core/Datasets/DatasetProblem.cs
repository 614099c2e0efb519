namespace Lineage.Core.Datasets;

/// <summary>
/// One thing wrong with a dataset, located well enough for an editor to jump to it: the file, the JSON path of the
/// value, and for problems found while reading the text (syntax, encoding, duplicate keys) its line and column, both
/// counted from 1, the column in characters as an editor counts them.
/// </summary>
public sealed record DatasetProblem(string File, string Path, string Message)
{
    public int? Line { get; init; }
    public int? Column { get; init; }

    public override string ToString()
    {
        var at = Line is { } line ? $"line {line}, column {Column ?? 1}: " : "";
        var path = Path == "$" && Line is not null ? "" : Path + ": ";
        return $"{File}: {at}{path}{Message}";
    }
}

/// <summary>A dataset that cannot be imported; carries every problem found, not just the first.</summary>
public sealed class DatasetValidationException : Exception
{
    public DatasetValidationException(IReadOnlyList<DatasetProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    public DatasetValidationException() : this([]) { }
    public DatasetValidationException(string message) : base(message) => Problems = [];
    public DatasetValidationException(string message, Exception inner) : base(message, inner) => Problems = [];

    public IReadOnlyList<DatasetProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DatasetProblem> problems) =>
        $"The dataset has {problems.Count} problem(s):" + Environment.NewLine +
        string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
