namespace Lineage.Server.Cli;

internal static class Help
{
    private const string Overview = """
        Lineage — Japan's regional S&T programs as a graph, answered over GraphQL.

        Usage: Lineage.Server [command] [options] [--Setting=value ...]

        Commands:
          serve (default)      Run the service: POST/GET /graphql, /healthz, /readyz.
          validate <dir>       Check a dataset directory; lists every problem; exit 1 when there are any.
          import <dir>         Validate, then write a dataset to the configured store in one transaction.
          export [options]     Write the stored graph out (--format json|graphml|csv|cypher, --out <dir>).
          schema               Print the GraphQL schema (SDL).
          help <command>       Help for one command.

        Settings (appsettings.json, --Section:Key=value, or environment Section__Key):
          Lineage:Store            sqlite (default) | neo4j
          Lineage:Sqlite:Path      SQLite file, created on first use (default lineage.db)
          Lineage:DataDirectory    dataset imported when the store is empty (default: data/ beside the executable)
          Lineage:ImportOnStart    IfEmpty (default) | Never
          Urls                     where to listen (default http://127.0.0.1:5000)
        """;

    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        ["serve"] = """
            Usage: Lineage.Server [serve] [--Urls=http://127.0.0.1:5000] [--Lineage:Store=sqlite] [--Lineage:Sqlite:Path=lineage.db]
            Runs the service. On start it creates the store's schema and, when the store is empty, imports the dataset.
            """,
        ["validate"] = """
            Usage: Lineage.Server validate <dir>
            Reads every *.json in <dir> (not *.schema.json) and reports every problem as  file: json-path: what is wrong.
            Exit 0 when the dataset is valid, 1 when it has problems, 2 on usage errors. Touches no store.
            """,
        ["import"] = """
            Usage: Lineage.Server import <dir> [--Lineage:Store=sqlite] [--Lineage:Sqlite:Path=lineage.db]
            Validates <dir>, then writes it to the store in one transaction: all of it or, on any problem, nothing.
            Prints created / updated / unchanged per kind. Importing the same dataset twice changes nothing.
            """,
        ["export"] = """
            Usage: Lineage.Server export [--format json|graphml|csv|cypher] [--out <dir>] [--Lineage:Store=...]
            Writes the stored graph into <dir> (default ./export):
              json     one dataset file per kind, importable again (export → import → export is identical)
              graphml  lineage.graphml for Gephi or yEd: nodes, typed edges, transfers with stage and fiscal years
              csv      one file per kind; nested values (names, evidence, budgets) as JSON in their cell
              cypher   lineage.cypher: constraints and MERGE statements, runnable with cypher-shell -f
            """,
        ["schema"] = """
            Usage: Lineage.Server schema
            Prints the GraphQL schema in SDL to standard output.
            """,
    };

    public static int Print(TextWriter output, string? command)
    {
        output.WriteLine(command is not null && Commands.TryGetValue(command, out var text) ? text : Overview);
        return 0;
    }

    public static int Usage(TextWriter errors, string problem)
    {
        errors.WriteLine(problem);
        errors.WriteLine(Overview);
        return 2;
    }

    public static bool Wants(string[] args) => args.Any(CliApp.IsHelp);

    /// <summary>Positional arguments, setting overrides (--Key=value) left for configuration.</summary>
    public static List<string> Positional(string[] args) => args.Where(a => !a.StartsWith('-')).ToList();

    public static string[] Settings(string[] args) => args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();
}
