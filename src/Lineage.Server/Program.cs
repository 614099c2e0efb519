using Lineage.Server.Cli;

// One executable: the service (default) and the CLI verbs. See `--help`.
return await CliApp.RunAsync(args);

/// <summary>Visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
