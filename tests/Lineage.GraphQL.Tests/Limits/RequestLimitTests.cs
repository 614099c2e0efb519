namespace Lineage.GraphQL.Tests.Limits;

/// <summary>
/// Each limit the request gate enforces before GraphQL.NET parses or validates, at its boundary: one over is refused
/// with its own code and a message naming the setting, the limit itself is let through.
/// </summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task A_document_longer_than_MaxDocumentLength_is_refused_before_parsing()
    {
        using var graphql = new LimitedGraphQL(new Dictionary<string, string?> { ["MaxDocumentLength"] = "100" });
        var query = "{ ministries { id } }".PadRight(101);

        var (code, message) = await graphql.RefusalAsync(query);
        Assert.Equal("DOCUMENT_TOO_LARGE", code);
        Assert.Contains("101 characters long; the limit is 100 (Lineage:GraphQL:MaxDocumentLength)", message, StringComparison.Ordinal);
        await graphql.EstimateAsync(query.TrimEnd().PadRight(100));
    }

    [Fact]
    public async Task More_tokens_than_MaxTokens_are_refused_and_comments_are_not_counted()
    {
        using var graphql = new LimitedGraphQL(new Dictionary<string, string?> { ["MaxTokens"] = "16" });
        // 20 tokens: {, then `a : ministries { id }` (6) three times, then }.
        var (code, message) = await graphql.RefusalAsync("{ a: ministries { id } b: ministries { id } c: ministries { id } }");
        Assert.Equal("MAX_TOKENS", code);
        Assert.Contains("more than 16 tokens (Lineage:GraphQL:MaxTokens)", message, StringComparison.Ordinal);

        await graphql.EstimateAsync("# a long comment costs the lexer almost nothing and counts for nothing\n{ a: ministries { id } }"); // 7 tokens
    }

    [Fact]
    public async Task More_aliases_than_MaxAliases_are_refused()
    {
        using var graphql = new LimitedGraphQL();
        string Aliases(int n) => "{ " + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}: __typename ")) + "}";

        var (code, message) = await graphql.RefusalAsync(Aliases(101));
        Assert.Equal("MAX_ALIASES", code);
        Assert.Contains("more than 100 aliases (Lineage:GraphQL:MaxAliases)", message, StringComparison.Ordinal);
        await graphql.EstimateAsync(Aliases(100));
    }

    [Theory]
    [InlineData("{ REPEAT }", "ministries { id } ")]
    [InlineData("{ REPEAT }", "... on Query { ministries { id } } ")]
    [InlineData("{ REPEAT } fragment M on Query { ministries { id } }", "...M ")]
    public async Task More_fields_of_one_response_name_than_MaxRepeatedFields_are_refused_however_they_are_spelled(string shape, string field)
    {
        using var graphql = new LimitedGraphQL();

        var (code, message) = await graphql.RefusalAsync(shape.Replace("REPEAT", string.Concat(Enumerable.Repeat(field, 21)), StringComparison.Ordinal));
        Assert.Equal("MAX_REPEATED_FIELDS", code);
        Assert.Contains("`ministries` is asked for more than 20 times in one selection set (Lineage:GraphQL:MaxRepeatedFields)", message, StringComparison.Ordinal);
        await graphql.EstimateAsync(shape.Replace("REPEAT", string.Concat(Enumerable.Repeat(field, 20)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fields_merged_from_fields_of_one_name_count_together()
    {
        using var graphql = new LimitedGraphQL();
        // Each `ministries` asks for `id` 11 times; merged, as execution and field-merge validation see them, 22 times.
        var eleven = string.Concat(Enumerable.Repeat("id ", 11));
        var (code, message) = await graphql.RefusalAsync($"{{ ministries {{ {eleven}}} ministries {{ {eleven}}} }}");
        Assert.Equal("MAX_REPEATED_FIELDS", code);
        Assert.Contains("`id`", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragment_doubling_stops_at_MaxFields_after_expanding_only_that_many()
    {
        // Without the limit on repeated names, only the expansion budget stands between 2^30 copies and the server.
        using var graphql = new LimitedGraphQL(new Dictionary<string, string?> { ["MaxRepeatedFields"] = "10000" });
        var doubling = global::Lineage.Fuzz.Amplification.FragmentDoubling(30);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (code, message) = await graphql.RefusalAsync(doubling);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("MAX_FIELDS", code);
        Assert.Contains("more than 2000 fields once its fragments are expanded (Lineage:GraphQL:MaxFields); it was expanding fragment F0 → F1 → F2", message, StringComparison.Ordinal);
        // 2^30 expanded fields would be gigabytes; 2,000 of them are a few hundred kilobytes.
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated / 1024} KB allocated");
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        using var graphql = new LimitedGraphQL();
        // program (1) → parent ×14 (2–15) is depth 15; one more parent is 16.
        string Chain(int parents) =>
            "{ program(id: \"p\") { ...F0 } } " + string.Concat(Enumerable.Range(0, parents).Select(i => $"fragment F{i} on Program {{ parent {{ ...F{i + 1} }} }} ")) + $"fragment F{parents} on Program {{ id }}";

        var (code, message) = await graphql.RefusalAsync(Chain(15));
        Assert.Equal("MAX_DEPTH", code);
        Assert.Contains("`parent` at depth 16 exceeds the limit of 15 (Lineage:GraphQL:MaxDepth)", message, StringComparison.Ordinal);
        await graphql.EstimateAsync(Chain(13)); // id at depth 15
    }

    [Fact]
    public async Task GraphiQLs_own_introspection_query_passes_every_limit()
    {
        using var graphql = new LimitedGraphQL();
        var cost = await graphql.EstimateAsync(GraphQLHarness.Query("graphiql-introspection"));
        Assert.InRange(cost, 1, 25_000);
    }

    [Theory]
    [InlineData("{ __type(name: \"Program\") { fields { type { fields { type { name } } } } } }", null)]
    [InlineData("{ __schema { types { possibleTypes { interfaces { name } } } } }", null)]
    [InlineData("{ __type(name: \"Program\") { fields { type { fields { type { fields { name } } } } } } }", "fields")]
    [InlineData("{ __schema { types { possibleTypes { interfaces { fields { name } } } } } }", "fields")]
    [InlineData("{ __schema { types { inputFields { type { inputFields { type { inputFields { name } } } } } } } }", "inputFields")]
    public async Task Introspection_may_nest_two_of_its_lists_but_not_three(string query, string? refusedAt)
    {
        using var graphql = new LimitedGraphQL();
        if (refusedAt is null)
        {
            await graphql.EstimateAsync(query);
            return;
        }
        var (code, message) = await graphql.RefusalAsync(query);
        Assert.Equal("MAX_INTROSPECTION_DEPTH", code);
        Assert.StartsWith($"Introspection is too deep: `{refusedAt}`", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_is_under_the_depth_limit_too_but_a_chain_of_ofType_counts_once()
    {
        using var graphql = new LimitedGraphQL(new Dictionary<string, string?> { ["MaxDepth"] = "4" });
        var ofTypes = string.Concat(Enumerable.Repeat("ofType { ", 12)) + "name" + new string('}', 12);
        await graphql.EstimateAsync($"{{ __type(name: \"Program\") {{ fields {{ type {{ {ofTypes} }} }} }} }}"); // __type, fields, type, name: 4

        var (code, _) = await graphql.RefusalAsync("{ __type(name: \"Program\") { fields { args { type { name } } } } }"); // 5
        Assert.Equal("MAX_DEPTH", code);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_parser_allows_is_MAX_DEPTH_not_an_internal_error()
    {
        using var graphql = new LimitedGraphQL();
        var (code, message) = await graphql.RefusalAsync("{ lineage(from: " + string.Concat(Enumerable.Repeat("{a: ", 65)) + "1" + new string('}', 65) + ") { totalCount } }");
        Assert.Equal("MAX_DEPTH", code);
        Assert.Contains("more than 64 levels deep", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fragment_no_operation_uses_is_bounded_too()
    {
        // Validation reads every fragment; an unused one must not be a way around the limits.
        using var graphql = new LimitedGraphQL();
        var (code, _) = await graphql.RefusalAsync("{ __typename } fragment Unused on Query { " + string.Concat(Enumerable.Repeat("ministries { id } ", 21)) + "}");
        Assert.Equal("MAX_REPEATED_FIELDS", code);
    }

    [Theory]
    [InlineData("mutation { x }", "no mutations")]
    [InlineData("subscription S { ministries { id } }", "no subscriptions")]
    [InlineData("query A { ministries { id } } mutation B { ministries { id } }", "no mutations")]
    public async Task Mutations_and_subscriptions_are_refused_as_unsupported(string query, string mentions)
    {
        using var graphql = new LimitedGraphQL();
        var (code, message) = await graphql.RefusalAsync(query);
        Assert.Equal("UNSUPPORTED_OPERATION", code);
        Assert.Contains(mentions, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\ud800", "a lone surrogate (\\ud800 without its pair)")]
    [InlineData("\\udc00x", "a lone surrogate (\\udc00 without its pair)")]
    [InlineData("\\ufffe", "the noncharacter U+FFFE")]
    public async Task A_GraphQL_string_that_is_not_Unicode_text_is_INVALID_ENCODING_at_its_place(string escape, string mentions)
    {
        using var graphql = new LimitedGraphQL();
        var response = await graphql.ExecuteAsync($"{{\n  search(text: \"a{escape}\") {{ matchedName }} }}");
        var error = response["errors"]![0]!;
        Assert.Equal("INVALID_ENCODING", (string?)error["extensions"]!["code"]);
        Assert.Contains(mentions, (string)error["message"]!, StringComparison.Ordinal);
        Assert.Equal(2, (int)error["locations"]![0]!["line"]!);
        Assert.Equal(16, (int)error["locations"]![0]!["column"]!);
    }

    [Fact]
    public async Task A_bad_cost_extension_is_a_BAD_REQUEST_saying_what_it_takes()
    {
        using var graphql = new LimitedGraphQL();
        var refused = await graphql.ExecuteAsync("{ __typename }", cost: "estimate");
        Assert.Equal("BAD_REQUEST", (string?)refused["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains("extensions.cost must be \"validate\" (estimate only) or \"report\"", (string)refused["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gate_honours_the_requests_cancellation_before_parsing()
    {
        using var graphql = new LimitedGraphQL();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => graphql.ExecuteAsync("{ __typename }", cancellationToken: cancelled.Token));
    }
}
