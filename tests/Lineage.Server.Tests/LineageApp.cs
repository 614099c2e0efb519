using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Server.Tests;

/// <summary>The real service in memory, on its own SQLite file, seeded from a dataset directory (data/ by default).</summary>
public sealed class LineageApp : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-server-").FullName;

    public string DataDirectory { get; init; } = RepoPaths.Data;

    public string DatabasePath => Path.Combine(_directory, "lineage.db");

    /// <summary>The host environment; Development is what `dotnet run` selects.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>More configuration (e.g. Lineage:GraphQL:RequestTimeout), as on the command line.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Replaces services after the service's own registrations (a store port that blocks or fails).</summary>
    public Action<IServiceCollection>? ReplaceServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Lineage:Sqlite:Path", DatabasePath);
        builder.UseSetting("Lineage:DataDirectory", DataDirectory);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.UseEnvironment(Environment);
        if (ReplaceServices is not null) builder.ConfigureTestServices(ReplaceServices);
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        var response = await CreateClient().SendAsync(request);
        return (response, await ReadAsync(response));
    }

    public static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public static string Query(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Queries", name + ".graphql"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
