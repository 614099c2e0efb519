using System.CommandLine;
using System.CommandLine.Help;
using Lineage.Core.Datasets;
using Lineage.Core.Store;
using Lineage.Server.Hosting;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Cli;

/// <summary>
/// The executable's verbs on System.CommandLine. No verb means `serve`, so `dotnet run --project src/Lineage.Server`
/// starts the service. Every failure a user can act on ends here as one clear line and an exit code
/// (<see cref="ExitCodes"/>); Ctrl+C reaches each command as its CancellationToken.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, CancellationToken cancellationToken = default)
    {
        var cli = new CliContext(stdout ?? Console.Out, stderr ?? Console.Error);
        var root = Commands(cli);
        var parse = root.Parse(args);
        if (parse.Action is not CliHelp)
        {
            var problem = parse.Errors.Select(e => e.Message).FirstOrDefault()
                ?? (CliContext.FirstStray(parse) is { } stray ? $"Unknown command or argument '{stray}' (settings are written --Section:Key=value)." : null);
            if (problem is not null)
            {
                await cli.Err.WriteLineAsync(problem);
                await cli.Err.WriteLineAsync($"See: {root.Name} {(IsRoot(parse.CommandResult.Command) ? "" : parse.CommandResult.Command.Name + " ")}--help");
                return ExitCodes.UsageOrConfiguration;
            }
        }
        var serve = IsRoot(parse.CommandResult.Command) || parse.CommandResult.Command.Name == "serve";
        var invocation = new InvocationConfiguration
        {
            Output = cli.Out,
            Error = cli.Err,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C is handled below: System.CommandLine's own handler returns 130 at once and lets the command run on
            // unobserved; ours lets the command wind down (an import rolls back) and report it.
            ProcessTerminationTimeout = null,
        };
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The service stops on Ctrl+C through the host's own lifetime.
        using var sigint = serve ? null : System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Cancel);
        using var sigterm = serve ? null : System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Cancel);
        try
        {
            return await parse.InvokeAsync(invocation, interrupted.Token);
        }
        catch (Exception e) when (Explain(e) is { } explained)
        {
            foreach (var line in explained.Lines) await cli.Err.WriteLineAsync(line);
            return explained.Exit;
        }

        void Cancel(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true; // the process ends when the command has wound down, not now
            interrupted.Cancel();
        }
    }

    /// <summary>The executable's name, fixed: under `dotnet test` the process is testhost, and the help must not say so.</summary>
    public const string Name = "Lineage.Server";

    internal static bool IsRoot(Command command) => command.Name == Name;

    private static Command Commands(CliContext cli)
    {
        // A plain command as the root (not RootCommand, whose name is the running executable's).
        var root = new Command(Name, "Lineage — Japan's regional S&T programs as a graph, answered over GraphQL.") { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        ServeCommand.AddTo(root, cli);
        root.Subcommands.Add(ValidateCommand.Create(cli));
        root.Subcommands.Add(ImportCommand.Create(cli));
        root.Subcommands.Add(ExportCommand.Create(cli));
        root.Subcommands.Add(SchemaCommand.Create(cli));
        CliHelp.Configure(root);
        return root;
    }

    /// <summary>The one place where failures become words and exit codes; null for a bug, which keeps its stack trace.</summary>
    private static (IReadOnlyList<string> Lines, int Exit)? Explain(Exception e) => e switch
    {
        OptionsValidationException v => (v.Failures.Select(f => "Configuration error: " + f).ToList(), ExitCodes.UsageOrConfiguration),
        AggregateException a when a.InnerExceptions.All(i => Explain(i) is not null) =>
            (a.InnerExceptions.SelectMany(i => Explain(i)!.Value.Lines).ToList(), a.InnerExceptions.Max(i => Explain(i)!.Value.Exit)),
        InvalidStoreException s => (["Configuration error: " + s.Message], ExitCodes.UsageOrConfiguration),
        // A setting of a section the catalogue does not know yet: the binder's own sentence names key and value.
        InvalidOperationException c when c.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            (["Configuration error: " + c.Message], ExitCodes.UsageOrConfiguration),
        IOException io when io.InnerException is AddressInUseException =>
            ([$"Configuration error: Urls: {io.Message} Choose another with --urls or ASPNETCORE_URLS."], ExitCodes.UsageOrConfiguration),
        DatasetValidationException d => (DatasetProblems(d.Problems), ExitCodes.DatasetProblems),
        StoreUnavailableException s => (["Store unavailable: " + s.Message], ExitCodes.StoreUnavailable),
        OperationCanceledException => (["Cancelled; nothing more was written (an import is rolled back, so the store is as it was)."], ExitCodes.Cancelled),
        _ => null,
    };

    internal static List<string> DatasetProblems(IReadOnlyList<DatasetProblem> problems, bool referencesChecked = true)
    {
        var lines = new List<string> { $"The dataset has {problems.Count} problem(s); nothing was imported:" };
        lines.AddRange(problems.Select(p => "  " + p));
        if (!referencesChecked) lines.Add(ValidateCommand.ReferencesNotChecked);
        return lines;
    }
}
