namespace Lineage.Core.Datasets;

/// <summary>One thing wrong with a dataset, located well enough for an editor to jump to it.</summary>
public sealed record DatasetProblem(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
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
