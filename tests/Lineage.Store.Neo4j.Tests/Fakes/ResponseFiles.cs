namespace Lineage.Store.Neo4j.Tests.Fakes;

public static class ResponseFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Responses", name));
}
