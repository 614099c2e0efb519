using Lineage.Core.Datasets;
using Lineage.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Cli;

/// <summary>
/// The executable's verbs. No verb (or options only) means `serve`, so `dotnet run --project
/// src/Lineage.Server` starts the service. Exit codes: 0 ok, 1 the input has problems, 2 usage or configuration error, 3 the store cannot be used.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        var verb = args.Length == 0 || (args[0].StartsWith('-') && !IsHelp(args[0])) ? "serve" : args[0];
        var rest = verb == "serve" && (args.Length == 0 || args[0] != "serve") ? args : args[1..];
        try
        {
            return verb switch
            {
                "serve" when rest.Any(IsHelp) => Help.Print(output, "serve"),
                "serve" => await ServeCommand.RunAsync(rest, errors),
                "validate" => ValidateCommand.Run(rest, output, errors),
                "import" => await ImportCommand.RunAsync(rest, output, errors),
                "export" => await ExportCommand.RunAsync(rest, output, errors),
                "schema" => await SchemaCommand.RunAsync(rest, output, errors),
                "help" or "--help" or "-h" => Help.Print(output, rest.FirstOrDefault()),
                _ => Help.Usage(errors, $"Unknown command '{verb}'."),
            };
        }
        catch (InvalidStoreException e)
        {
            await errors.WriteLineAsync("Configuration error: " + e.Message);
            return 2;
        }
        catch (OptionsValidationException e)
        {
            await errors.WriteLineAsync("Configuration error: " + string.Join(" ", e.Failures));
            return 2;
        }
        catch (Lineage.Core.Store.StoreUnavailableException e)
        {
            await errors.WriteLineAsync("Store unavailable: " + e.Message);
            return 3;
        }
        catch (DatasetValidationException e)
        {
            await errors.WriteLineAsync($"The dataset has {e.Problems.Count} problem(s); nothing was imported:");
            foreach (var problem in e.Problems) await errors.WriteLineAsync("  " + problem);
            return 1;
        }
    }

    internal static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?";
}
