using Lineage.Core.Datasets;

namespace Lineage.Server.Cli;

internal static class ValidateCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        if (Help.Wants(args)) return Help.Print(output, "validate");
        var positional = Help.Positional(args);
        if (positional.Count != 1) return Help.Usage(errors, "validate takes one argument: the dataset directory.");
        var (nodes, problems) = DatasetLoader.ReadDirectory(positional[0]);
        problems.AddRange(DatasetValidator.Validate(nodes));
        if (problems.Count == 0)
        {
            output.WriteLine($"{positional[0]}: valid — {nodes.Count} nodes.");
            foreach (var kind in nodes.GroupBy(n => n.Node.Kind).OrderBy(g => g.Key))
                output.WriteLine($"  {kind.Key,-15} {kind.Count(),6}");
            return 0;
        }
        errors.WriteLine($"{positional[0]}: {problems.Count} problem(s):");
        foreach (var problem in problems) errors.WriteLine("  " + problem);
        return 1;
    }
}
