using System.Text.Json;
using Lineage.Conformance.Cases;
using Lineage.Core.Lineage;
using Lineage.Core.Search;
using Xunit;

namespace Lineage.Conformance;

/// <summary>What every store must answer for <see cref="ISearchQueries"/>; expected answers in tests/Fixtures/search-cases.json.</summary>
public abstract class SearchConformance : CapabilityConformance
{
    private static readonly (string Fixture, IReadOnlyList<(string Name, JsonElement Query, JsonElement Expect)> Cases) File = CaseFile.Load("search-cases.json");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in File.Cases) data.Add(c.Name);
        return data;
    }

    private static SearchQuery Read(JsonElement q) => new(
        q.GetProperty("text").GetString()!,
        CaseFile.Strings(q, "kinds")?.Select(Kind).ToList(),
        CaseFile.Int(q, "first") ?? LineageQuery.MaxPageSize);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Search_answers_the_expected_nodes_in_rank_order(string caseName)
    {
        var c = File.Cases.Single(x => x.Name == caseName);
        await ImportAsync(File.Fixture);

        var hits = await Port<ISearchQueries>().SearchAsync(Read(c.Query), CancellationToken.None);

        Assert.Equal(CaseFile.Strings(c.Expect), hits.Select(h => h.Node.Id));
    }

    [Fact]
    public async Task An_exact_name_match_says_so_and_comes_first()
    {
        await ImportAsync(File.Fixture);
        var hits = await Port<ISearchQueries>().SearchAsync(new SearchQuery("浜松市"), CancellationToken.None);
        Assert.Equal(SearchMatch.Exact, hits[0].Match);
        Assert.Equal("浜松市", hits[0].MatchedName);
    }

    [Theory]
    [InlineData("   ", "text")]
    [InlineData("浜松", "first", 0)]
    [InlineData("浜松", "first", 101)]
    public async Task Search_arguments_out_of_range_are_refused_naming_them(string text, string argument, int first = 10)
    {
        await ImportAsync(File.Fixture);
        var e = await Assert.ThrowsAsync<InvalidQueryException>(() => Port<ISearchQueries>().SearchAsync(new SearchQuery(text, First: first), CancellationToken.None));
        Assert.Equal(argument, e.Argument);
    }
}
