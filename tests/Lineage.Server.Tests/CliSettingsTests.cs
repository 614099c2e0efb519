using System.Net.Http;
using System.Text.Json;
using Lineage.Server.Cli;
using Lineage.Tests;
using Microsoft.Extensions.Configuration;

namespace Lineage.Server.Tests;

/// <summary>
/// Settings the platform's way: a bad value stops start-up with one line naming the setting, the value and what it
/// takes, exit 2, no stack trace; ASPNETCORE_URLS and --urls decide where to listen; the default is loopback:5000
/// in Production.
/// </summary>
public sealed class CliSettingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lineage-settings-").FullName;

    private string Db => "--Lineage:Sqlite:Path=" + Path.Combine(_dir, "lineage.db");

    public static TheoryData<string[], string> BadSettings() => new()
    {
        { ["--Lineage:ImportOnStart=Sometimes"], "Configuration error: Lineage:ImportOnStart = 'Sometimes' is not allowed: use IfEmpty | Always | Never." },
        { ["--Lineage:ImportOnStart=5"], "Configuration error: Lineage:ImportOnStart = '5' is not allowed: use IfEmpty | Always | Never." },
        { ["--Lineage:Sqlite:BusyTimeoutSeconds=abc"], "Configuration error: Lineage:Sqlite:BusyTimeoutSeconds = 'abc' is not allowed: use a whole number from 0 to 600." },
        { ["--Lineage:Sqlite:BusyTimeoutSeconds=900"], "Configuration error: Lineage:Sqlite:BusyTimeoutSeconds = '900' is not allowed: use a whole number from 0 to 600." },
        { ["--Lineage:GraphQL:MaxDepth=1"], "Configuration error: Lineage:GraphQL:MaxDepth = '1' is not allowed: use a whole number from 2 to 100." },
        { ["--Lineage:Store=neo4j", "--Lineage:Neo4j:Uri=http://127.0.0.1:1", "--Lineage:Neo4j:AttemptTimeout=soon"],
            "Configuration error: Lineage:Neo4j:AttemptTimeout = 'soon' is not allowed: use a duration as hh:mm:ss (00:00:30)." },
        { ["--Lineage:Store=neo4j", "--Lineage:Neo4j:Uri=bolt://localhost:7687"],
            "Configuration error: Lineage:Neo4j:Uri 'bolt://localhost:7687' is a Bolt URI; this store speaks Neo4j's HTTP Query API: use http://host:7474 (https://host for Aura)." },
        { ["--Lineage:Store=neo4j"], "Configuration error: Lineage:Neo4j:Uri is required when Lineage:Store is neo4j: Neo4j's HTTP endpoint, e.g. http://localhost:7474." },
        { ["--Lineage:GraphQL:MaxDeph=3"], "Configuration error: Lineage:GraphQL:MaxDeph is not a setting; did you mean Lineage:GraphQL:MaxDepth? (`help` lists every setting)" },
        { ["--Lineage:Limits:MaxDepth=3"], "Configuration error: Lineage:Limits is not a setting of Lineage (`help` lists every setting)." },
        { ["--Lineage:Widgets:CorsOrigins:0=reports.example.org/page"],
            "Configuration error: Lineage:Widgets:CorsOrigins has 'reports.example.org/page'; use * or an origin such as https://reports.example.org (scheme, host and port only, no path)." },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_stops_the_service_with_one_line_naming_setting_value_and_what_is_allowed(string[] settings, string expected)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await CliApp.RunAsync([.. settings, Db], output, errors);

        Assert.Equal(2, exit);
        Assert.Equal(expected, errors.ToString().TrimEnd());
        Assert.Equal("", output.ToString());
        Assert.False(File.Exists(Path.Combine(_dir, "lineage.db")), "a bad setting must stop start-up before the store is touched");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("schema")]
    public async Task Every_command_checks_the_settings_it_runs_with(string command)
    {
        string[] args = command is "validate" or "import" ? [command, Path.Combine(RepoPaths.Fixtures, "tiny")] : [command];
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await CliApp.RunAsync([.. args, "--Lineage:ImportOnStart=Sometimes", Db], output, errors);

        // validate touches no store and reads no settings it could get wrong; the others stop.
        if (command == "validate") Assert.Equal(0, exit);
        else Assert.Equal((2, "Configuration error: Lineage:ImportOnStart = 'Sometimes' is not allowed: use IfEmpty | Always | Never."), (exit, errors.ToString().TrimEnd()));
    }

    public static TheoryData<string, string, string> BadEnvironment() => new()
    {
        { "Lineage__ImportOnStart", "Sometimes", "Configuration error: Lineage:ImportOnStart = 'Sometimes' is not allowed: use IfEmpty | Always | Never." },
        { "Lineage__Sqlite__BusyTimeoutSeconds", "abc", "Configuration error: Lineage:Sqlite:BusyTimeoutSeconds = 'abc' is not allowed: use a whole number from 0 to 600." },
        { "Lineage__Store", "mongodb", "Configuration error: Lineage:Store = 'mongodb' is not allowed: use sqlite | neo4j." },
        { "Lineage__Neo4j__Uri", "bolt://localhost:7687",
            "Configuration error: Lineage:Neo4j:Uri 'bolt://localhost:7687' is a Bolt URI; this store speaks Neo4j's HTTP Query API: use http://host:7474 (https://host for Aura)." },
    };

    [Theory]
    [MemberData(nameof(BadEnvironment))]
    public async Task A_bad_environment_variable_is_one_line_and_exit_2_from_the_real_executable(string variable, string value, string expected)
    {
        var environment = new Dictionary<string, string?> { [variable] = value, ["Lineage__Sqlite__Path"] = Path.Combine(_dir, "lineage.db") };
        if (variable.StartsWith("Lineage__Neo4j", StringComparison.Ordinal)) environment["Lineage__Store"] = "neo4j";

        var (exit, output, errors) = await CliProcess.RunAsync([], environment);

        Assert.Equal(2, exit);
        Assert.Equal(expected, errors.TrimEnd());
        Assert.Equal("", output.Trim());
    }

    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("--urls")]
    [InlineData("--urls=")]
    public async Task The_platforms_own_urls_setting_decides_where_the_service_listens(string how)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var environment = new Dictionary<string, string?> { ["Lineage__Sqlite__Path"] = Path.Combine(_dir, "lineage.db"), ["Lineage__DataDirectory"] = Path.Combine(RepoPaths.Fixtures, "tiny") };
        string[] args = how switch
        {
            "ASPNETCORE_URLS" => [],
            "--urls" => ["--urls", url],
            _ => ["--urls=" + url],
        };
        if (how == "ASPNETCORE_URLS") environment["ASPNETCORE_URLS"] = url;
        using var server = CliProcess.Start(args, environment);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var body = await PollAsync(http, new Uri(url + "/healthz"), server);

        Assert.Contains("\"ok\"", body, StringComparison.Ordinal);
        Assert.Contains("Hosting environment: Production", server.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_urls_setting_the_service_listens_on_loopback_port_5000()
    {
        var empty = new ConfigurationBuilder().Build();
        var set = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:8080" }).Build();

        Assert.False(ServeCommand.ListensSomewhere(empty));
        Assert.True(ServeCommand.ListensSomewhere(set));
        Assert.Equal("http://127.0.0.1:5000", ServeCommand.DefaultUrls);
        // appsettings.json must not set Urls: a value there would outrank ASPNETCORE_URLS.
        using var appsettings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Lineage.Server", "appsettings.json")));
        Assert.DoesNotContain(appsettings.RootElement.EnumerateObject(), p => p.Name.Equals("Urls", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Dotnet_run_starts_in_Production_because_no_launch_profile_switches_the_environment()
    {
        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Lineage.Server", "Properties", "launchSettings.json")));
        foreach (var profile in launch.RootElement.GetProperty("profiles").EnumerateObject())
            if (profile.Value.TryGetProperty("environmentVariables", out var variables))
                foreach (var v in variables.EnumerateObject().Where(v => v.Name.EndsWith("ENVIRONMENT", StringComparison.Ordinal)))
                    Assert.Equal("Production", v.Value.GetString());
    }

    private static async Task<string> PollAsync(HttpClient http, Uri uri, CliProcess server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                return await http.GetStringAsync(uri);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (server.Err.Length > 0 && server.Err.Contains("error", StringComparison.OrdinalIgnoreCase)) break;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{uri} did not answer:\n{server.Out}\n{server.Err}");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
