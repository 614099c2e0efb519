using System.Net;
using System.Text.Json.Nodes;

namespace Lineage.Server.Tests;

/// <summary>The questions of DESIGN.md §3 against the shipped dataset, end to end over HTTP.</summary>
public sealed class HeadlineQueryTests(LineageAppFixture app) : IClassFixture<LineageAppFixture>
{
    private static IEnumerable<JsonNode> Paths(JsonNode? body) => body!["data"]!["lineage"]!["nodes"]!.AsArray().Select(n => n!);

    [Fact]
    public async Task The_design_query_runs_unchanged_and_finds_the_regional_joint_research_seed_commercialized_by_METI()
    {
        var (response, body) = await app.App.PostAsync(LineageApp.Query("headline"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body!["errors"]);
        var paths = Paths(body).ToList();
        Assert.Equal(paths.Count, (int)body["data"]!["lineage"]!["totalCount"]!);
        Assert.All(paths, p => Assert.Equal("COMMERCIALIZED", (string?)p["reachedStage"]));
        var step = paths.SelectMany(p => p["steps"]!.AsArray()).Single(s =>
            (string?)s!["from"]!["id"] == "program:jst-regional-joint-research" && (string?)s["to"]!["id"] == "program:meti-new-regional-industry-tech");
        Assert.Equal("地域結集型共同研究事業", (string?)step!["from"]!["name"]);
        Assert.Equal("地域新規産業創造技術開発費補助事業", (string?)step["to"]!["name"]);
        Assert.Equal("COMMERCIALIZED", (string?)step["stage"]);
        var evidence = step["evidence"]!.AsArray();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.StartsWith("source:", (string?)e!["source"]!["id"], StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace((string?)e["source"]!["title"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)e["quote"]));
        });
    }

    [Fact]
    public async Task At_PROTOTYPE_the_Hamamatsu_seed_is_one_two_hop_path_through_METI_programs()
    {
        var (_, body) = await app.App.PostAsync(LineageApp.Query("lineage-by-stage"), new { minStage = "PROTOTYPE" });

        var hamamatsu = Paths(body).Single(p => (string?)p["key"] == "project:hamamatsu-endoscope-navigation");
        Assert.Equal(2, (int)hamamatsu["hops"]!);
        var steps = hamamatsu["steps"]!.AsArray();
        Assert.Equal(["program:mext-knowledge-cluster-1", "program:meti-regional-consortium"], steps.Select(s => (string?)s!["from"]!["id"]));
        Assert.Equal(["program:meti-regional-consortium", "program:meti-regional-innovation-rd"], steps.Select(s => (string?)s!["to"]!["id"]));
        Assert.Equal([2007, 2008], steps.Select(s => (int)s!["toFiscalYear"]!));
        Assert.All(steps, s => Assert.NotEmpty(s!["evidence"]!.AsArray()));
    }

    [Fact]
    public async Task At_COMMERCIALIZED_the_Hamamatsu_seed_is_not_an_answer()
    {
        var (_, body) = await app.App.PostAsync(LineageApp.Query("lineage-by-stage"), new { minStage = "COMMERCIALIZED" });

        var keys = Paths(body).Select(p => (string?)p["key"]).ToList();
        Assert.NotEmpty(keys);
        Assert.DoesNotContain("project:hamamatsu-endoscope-navigation", keys);
    }

    public static TheoryData<string> DatasetCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in DatasetAnswers.Cases) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(DatasetCases))]
    public async Task Lineage_over_HTTP_answers_the_dataset_questions_as_worked_out_from_the_rules(string name)
    {
        var c = DatasetAnswers.Cases.Single(x => x.Name == name);
        var (response, body) = await app.App.PostAsync(LineageApp.Query("lineage-question"), c.Variables);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body!["errors"]);
        var lineage = body["data"]!["lineage"]!;
        Assert.Equal(c.Expected.Count, (int)lineage["totalCount"]!);
        Assert.Equal(c.Expected, Paths(body).Select(p => $"{p["key"]}: {string.Join(" ", p["steps"]!.AsArray().Select(s => (string?)s!["id"]))}"));
        Assert.False((bool)lineage["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task A_seed_that_branches_has_one_path_per_branch_each_with_its_own_id()
    {
        // The Aomori flat-panel seed left 地域結集型共同研究事業 for a METI and a JST program (data/transfers.json).
        var (_, body) = await app.App.PostAsync(LineageApp.Query("lineage-question"),
            new { from = new { programs = (string[])["program:jst-regional-joint-research"] } });

        var aomori = Paths(body).Where(p => (string?)p["key"] == "project:aomori-large-fpd").ToList();
        Assert.Equal(2, aomori.Count);
        Assert.Equal(
            ["path:jst-regional-joint-research-to-jst-priority-regional-rd-aomori-fpd", "path:jst-regional-joint-research-to-meti-regional-consortium-aomori-fpd"],
            aomori.Select(p => (string?)p["id"]));
    }

    [Fact]
    public async Task A_selector_naming_an_id_that_is_not_in_the_graph_is_an_error_naming_it()
    {
        var (response, body) = await app.App.PostAsync(LineageApp.Query("lineage-question"),
            new { from = new { agencies = (string[])["科学技術振興機構"] }, to = new { programs = (string[])["program:does-not-exist"] } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(body!["errors"]!.AsArray())!;
        Assert.Equal("INVALID_ARGUMENT", (string?)error["extensions"]!["code"]);
        Assert.Contains("科学技術振興機構", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_come_in_English_when_asked_and_fall_back_to_Japanese()
    {
        var (_, body) = await app.App.PostAsync("""
            { program(id: "program:mext-knowledge-cluster") { ja: name en: name(lang: EN) names { ja en enOfficial } ministry { code } } }
            """);
        var program = body!["data"]!["program"]!;
        Assert.Equal("知的クラスター創成事業", (string?)program["ja"]);
        Assert.Equal((string?)program["names"]!["en"] ?? (string?)program["ja"], (string?)program["en"]);
        Assert.NotEqual((string?)program["ja"], (string?)program["en"]);
        Assert.Equal("MEXT", (string?)program["ministry"]!["code"]);
    }

    [Fact]
    public async Task Node_finds_any_kind_by_id_and_program_is_null_for_another_kind()
    {
        var (_, body) = await app.App.PostAsync("""
            { a: node(id: "project:hamamatsu-endoscope-navigation") { __typename id }
              b: node(id: "agency:jst") { __typename ... on Agency { ministry { code } } }
              c: program(id: "agency:jst") { id }
              d: node(id: "program:nope") { id } }
            """);
        var data = body!["data"]!;
        Assert.Equal("Project", (string?)data["a"]!["__typename"]);
        Assert.Equal("Agency", (string?)data["b"]!["__typename"]);
        Assert.Equal("MEXT", (string?)data["b"]!["ministry"]!["code"]);
        Assert.Null(data["c"]);
        Assert.Null(data["d"]);
    }

    [Fact]
    public async Task Programs_of_a_ministry_page_without_losing_or_repeating_any()
    {
        var seen = new List<string>();
        string? after = null;
        int? total = null;
        for (var i = 0; i < 50; i++)
        {
            var (_, body) = await app.App.PostAsync("""
                query($after: String) { programs(where: {ministries: [MEXT]}, first: 4, after: $after) {
                  totalCount nodes { id ministry { code } } pageInfo { hasNextPage endCursor } } }
                """, new { after });
            var programs = body!["data"]!["programs"]!;
            total ??= (int)programs["totalCount"]!;
            Assert.All(programs["nodes"]!.AsArray(), n => Assert.Equal("MEXT", (string?)n!["ministry"]!["code"]));
            seen.AddRange(programs["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            if (!(bool)programs["pageInfo"]!["hasNextPage"]!) break;
            after = (string?)programs["pageInfo"]!["endCursor"];
        }
        Assert.True(total > 4);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Contains("program:jst-seeds-discovery", seen);
    }

    [Fact]
    public async Task Ministries_list_every_ministry_with_its_agencies()
    {
        var (_, body) = await app.App.PostAsync("{ ministries { code agencies { code } } }");
        var ministries = body!["data"]!["ministries"]!.AsArray();
        Assert.Contains(ministries, m => (string?)m!["code"] == "METI" && m["agencies"]!.AsArray().Any(a => (string?)a!["code"] == "NEDO"));
        Assert.Contains(ministries, m => (string?)m!["code"] == "MEXT" && m["agencies"]!.AsArray().Any(a => (string?)a!["code"] == "JST"));
    }
}

/// <summary>One server for a test class: seeding the store is the slow part.</summary>
public sealed class LineageAppFixture : IDisposable
{
    public LineageApp App { get; } = new();

    public void Dispose() => App.Dispose();
}

/// <summary>The raw bytes of an answer: Japanese as UTF-8 text a person can read, markup characters still escaped.</summary>
public sealed class ResponseTextTests(LineageAppFixture app) : IClassFixture<LineageAppFixture>
{
    [Fact]
    public async Task Japanese_names_come_as_utf8_text_not_escapes_and_markup_stays_escaped()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ program(id: \"program:jst-regional-joint-research\") { name } echo: __type(name: \"Program\") { name } }"}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        var response = await app.App.CreateClient().SendAsync(request);
        var raw = System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\":\"地域結集型共同研究事業\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u5730", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_an_error_message_is_escaped_in_the_raw_answer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"query($n: Int) { programs(first: $n) { totalCount } }","variables":{"n":"<b>x"}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var response = await app.App.CreateClient().SendAsync(request);
        var raw = System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Contains("\\u003Cb\\u003Ex", raw, StringComparison.Ordinal); // the value is quoted back, escaped
        Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
    }
}
