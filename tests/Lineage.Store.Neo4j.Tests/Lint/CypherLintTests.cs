using System.Diagnostics;
using Lineage.Store.Neo4j.Cypher;
using Lineage.Tests;

namespace Lineage.Store.Neo4j.Tests.Lint;

/// <summary>
/// Every statement in cypher/ passes Neo4j's own Cypher front end (syntax and semantic analysis, Cypher 5 and 25),
/// through tools/cypher-lint, which this project's build installs from its lock file (tools/NodeTools.targets).
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Every_statement_in_cypher_passes_Neo4j_s_own_Cypher_front_end()
    {
        var tool = Path.Combine(RepoPaths.Root, "tools", "cypher-lint");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules", "@neo4j-cypher", "language-support")),
            "tools/cypher-lint/node_modules is missing: the build of this project runs `npm ci` there (tools/NodeTools.targets); did it fail?");

        var start = new ProcessStartInfo("node", ["tools/cypher-lint/lint.mjs", "cypher"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"cypher-lint failed (exit {process.ExitCode}):\n{output}\n{errors}");
        Assert.Contains(" 0 problem(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assembly_embeds_exactly_the_files_of_cypher()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "cypher"), "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, CypherFiles.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schema_has_a_uniqueness_constraint_for_every_id_and_a_cjk_full_text_index_on_names()
    {
        var schema = CypherFiles.GetAll("schema.cypher").Select(s => s.Text).ToList();
        foreach (var label in new[] { "Node", "Source", "Ministry", "Agency", "Program", "Region", "Organization", "Project", "ClusterProject", "Cohort", "Outcome" })
            Assert.Contains(schema, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(schema, s => s.Contains("FOR ()-[t:TRANSFERRED_TO]-() REQUIRE t.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(schema, s => s.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal) && s.Contains("'cjk'", StringComparison.Ordinal));
        Assert.All(schema, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
    }
}
