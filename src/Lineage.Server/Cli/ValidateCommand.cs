using System.CommandLine;
using Lineage.Core.Datasets;

namespace Lineage.Server.Cli;

internal static class ValidateCommand
{
    public const string ReferencesNotChecked =
        "References between nodes were not checked, since a file could not be read: they are once every file reads.";

    public static Command Create(CliContext cli)
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "The dataset folder: every *.json in it (not *.schema.json)." }.AcceptExistingOnly();
        var validate = new Command("validate",
            "Check a dataset folder and list every problem as  file: [line L, column C:] json-path: what is wrong. Touches no store.");
        validate.Arguments.Add(dir);
        validate.SetAction((parse, ct) => Task.FromResult(Run(parse.GetRequiredValue(dir).FullName, parse.GetRequiredValue(dir).ToString(), cli, ct)));
        return validate;
    }

    private static int Run(string directory, string shown, CliContext cli, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var check = DatasetLoader.Check(directory);
        if (check.Problems.Count == 0)
        {
            cli.Out.WriteLine($"{shown}: valid — {check.NodeCount} nodes.");
            foreach (var (kind, count) in check.Counts.OrderBy(c => c.Key))
                cli.Out.WriteLine($"  {kind,-15} {count,6}");
            return ExitCodes.Ok;
        }
        cli.Err.WriteLine($"{shown}: {check.Problems.Count} problem(s):");
        foreach (var problem in check.Problems) cli.Err.WriteLine("  " + problem);
        if (!check.ReferencesChecked) cli.Err.WriteLine(ReferencesNotChecked);
        return ExitCodes.DatasetProblems;
    }
}
