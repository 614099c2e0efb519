using System.Text.Json.Nodes;

namespace Lineage.GraphQL.Tests;

/// <summary>
/// A selection set's fields are collected once per object type and reused (KeptFieldsStrategy): what a request gets must
/// still depend on the type of each object and, through @skip and @include, on the request's variables.
/// </summary>
public sealed class KeptFieldsTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    private const string Program = "program:industry-academia-hub";
    private const string Project = "project:hamamatsu-endoscope-navigation";
    private const string Ministry = "ministry:mext";

    private const string Mixed = """
        query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Program { runBy { id } } ... on Project { regions { id } } } }
        """;

    private static readonly string[] IdAndName = ["id", "name"], IdOnly = ["id"], IdAndParent = ["id", "parent"], IdThenName = ["id", "name"];

    private static string[] Keys(JsonNode? item) => [.. item!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task One_selection_over_objects_of_different_types_gives_each_the_fields_of_its_own_type_whichever_comes_first()
    {
        foreach (var ids in new[] { new[] { Program, Project, Ministry }, [Ministry, Project, Program], [Project, Program, Ministry] })
        {
            var items = (await graphql.DataAsync(Mixed, GraphQLHarness.Variables(new { ids })))["nodes"]!.AsArray();
            Assert.Equal(ids, items.Select(i => (string?)i!["id"]));
            foreach (var item in items)
            {
                var expected = (string?)item!["__typename"] switch
                {
                    "Program" => new[] { "__typename", "id", "runBy" },
                    "Project" => ["__typename", "id", "regions"],
                    "Ministry" => ["__typename", "id"],
                    var other => throw new InvalidOperationException($"unexpected type {other}"),
                };
                Assert.Equal(expected, Keys(item));
            }
        }
    }

    [Fact]
    public async Task A_field_under_include_follows_each_requests_variable_in_the_same_document()
    {
        const string query = """query($on: Boolean!) { node(id: "program:industry-academia-hub") { id ... on Program { name @include(if: $on) } } }""";
        foreach (var on in new[] { true, false, true, false })
        {
            var node = (await graphql.DataAsync(query, GraphQLHarness.Variables(new { on })))["node"]!;
            Assert.Equal(on ? IdAndName : IdOnly, Keys(node));
        }
    }

    [Fact]
    public async Task A_literal_skip_leaves_the_field_out_every_time()
    {
        const string query = """{ node(id: "program:industry-academia-hub") { id ... on Program { name @skip(if: true) parent { id } } } }""";
        for (var i = 0; i < 3; i++)
            Assert.Equal(IdAndParent, Keys((await graphql.DataAsync(query))["node"]));
    }

    [Fact]
    public async Task A_response_key_asked_twice_is_merged_the_same_way_each_time()
    {
        const string query = """{ node(id: "program:industry-academia-hub") { ... on Program { runBy { id } runBy { name } } } }""";
        var first = (await graphql.DataAsync(query)).ToJsonString();
        var runBy = JsonNode.Parse(first)!["node"]!["runBy"];
        Assert.Equal(IdThenName, Keys(runBy));
        for (var i = 0; i < 2; i++) Assert.Equal(first, (await graphql.DataAsync(query)).ToJsonString());
    }
}
