namespace Lineage.GraphQL.Tests;

/// <summary>Search over the shipped dataset, in Japanese and English.</summary>
public sealed class SearchTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    private async Task<List<(string Id, string Match)>> Search(string text, string[]? kinds = null, int first = 20)
    {
        var data = await graphql.DataAsync(GraphQLHarness.Query("search"), GraphQLHarness.Variables(new { text, kinds, first }));
        return data["search"]!.AsArray().Select(h => ((string)h!["node"]!["id"]!, (string)h["match"]!)).ToList();
    }

    [Fact]
    public async Task Search_finds_Hamamatsu_by_a_partial_Japanese_name()
    {
        var ids = (await Search("浜松")).Select(h => h.Id).ToList();
        Assert.Contains("region:hamamatsu", ids);
        Assert.Contains("org:hamamatsu-univ-med", ids);
        Assert.Contains("cluster:hamamatsu-optronics", ids);
    }

    [Fact]
    public async Task Search_finds_Hamamatsu_by_a_partial_English_word_in_any_case()
    {
        var ids = (await Search("HAMAMAT")).Select(h => h.Id).ToList();
        Assert.Contains("region:hamamatsu", ids);
        Assert.Contains("org:hamamatsu-univ-med", ids);
        Assert.Contains("cluster:hamamatsu-optronics", ids);
    }

    [Fact]
    public async Task Search_ranks_an_exact_name_first()
    {
        var hits = await Search("浜松医科大学");
        Assert.Equal(("org:hamamatsu-univ-med", "EXACT"), hits[0]);
    }

    [Fact]
    public async Task Search_finds_a_program_by_a_part_of_its_Japanese_name_and_limits_kinds()
    {
        var hits = await Search("知的クラスター", ["PROGRAM"]);
        Assert.Contains(hits, h => h.Id == "program:mext-knowledge-cluster");
        Assert.All(hits, h => Assert.StartsWith("program:", h.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_finds_English_words_in_any_order()
    {
        var hits = await Search("navigation surgical");
        Assert.Contains(hits, h => h.Id == "project:hamamatsu-endoscope-navigation" && h.Match == "ALL_TERMS");
    }

    [Fact]
    public async Task Search_finds_a_ministry_by_its_code()
    {
        Assert.Equal(("ministry:mext", "EXACT"), (await Search("mext"))[0]);
    }
}
