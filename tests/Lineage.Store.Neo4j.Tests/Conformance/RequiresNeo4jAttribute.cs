namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>
/// Marks a test class that needs a live Neo4j. Without <c>LINEAGE_TEST_NEO4J_URI</c> every test of the class —
/// inherited ones included, which a [Fact] attribute of our own could not reach — is reported skipped with
/// <see cref="SkipReason"/> by <see cref="Neo4jTestFramework"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : Attribute
{
    public const string UriVariable = "LINEAGE_TEST_NEO4J_URI";
    public const string UserVariable = "LINEAGE_TEST_NEO4J_USER";
    public const string PasswordVariable = "LINEAGE_TEST_NEO4J_PASSWORD";

    /// <summary>Null when a Neo4j is configured; otherwise why the tests do not run and how to run them.</summary>
    public static string? SkipReason =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UriVariable))
            ? $"No Neo4j to test against: set {UriVariable} (e.g. http://localhost:7474) and {UserVariable}/{PasswordVariable} " +
              "to run the store conformance suite on Neo4j (CI does, with a neo4j:5 service container)."
            : null;
}

/// <summary>A single test that needs a live Neo4j: skipped with the same printed reason when there is none.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute() => Skip = RequiresNeo4jAttribute.SkipReason;
}
