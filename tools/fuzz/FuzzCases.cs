using System.Text;
using System.Text.Json;

namespace Lineage.Fuzz;

/// <summary>One hostile HTTP request to /graphql: a body (POST) or a query string (GET), with headers.</summary>
public sealed record FuzzCase(string Kind, string Method, string? ContentType, string? Accept, byte[]? Body, string? QueryString);

/// <summary>
/// Malformed and hostile GraphQL-over-HTTP requests from a seed: the same seed gives the same requests, so a failure
/// found once is found again. Each request is a valid one broken in one way — bad bytes, truncated JSON, random
/// GraphQL tokens, deep nesting, huge numbers, lone surrogates, wrong JSON types, operation types, odd headers and
/// query strings, small amplifications — so that every layer (HTTP, JSON, GraphQL parser, limits, validation,
/// resolvers) gets its share.
/// </summary>
public sealed class FuzzCases(int seed)
{
    public const string Json = "application/json";
    public const string GraphQLResponse = "application/graphql-response+json";

    private static readonly (string Query, string? Variables)[] Valid =
    [
        ("{ ministries { id code } }", null),
        ("{ lineage(from: {ministries: [MEXT]}, to: {ministries: [METI]}, minStage: COMMERCIALIZED) { totalCount nodes { project { name } steps { from { id } to { id } stage } } } }", null),
        ("query Q($id: ID!, $hops: Int) { program(id: $id) { id name downstream(maxHops: $hops) { totalCount nodes { hops } } } }", """{"id":"program:jst-regional-joint-research","hops":4}"""),
        ("{ search(text: \"浜松\", first: 5) { kind match node { id } } }", null),
        ("{ flows(groupBy: MINISTRY, from: {ministries: [MEXT]}) { transferCount seedCount source { id } } }", null),
        ("query P($first: Int, $after: String) { programs(first: $first, after: $after) { totalCount nodes { id name budgets { fiscalYear } } pageInfo { endCursor } } }", """{"first":3,"after":null}"""),
        ("{ node(id: \"region:okinawa\") { id ... on Region { name programs(first: 2) { nodes { id } } } } }", null),
        ("query IntrospectionQuery { __schema { queryType { name } types { name kind fields { name } } } }", null),
        ("fragment P on Program { id name } { programs(first: 2) { nodes { ...P parent { ...P } } } }", null),
        ("query($s: Stage) { lineage(minStage: $s, maxHops: 2, first: 5) { totalCount } }", """{"s":"PROTOTYPE"}"""),
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "...", "$", "@", "!", "=", "|", "&", ",", "query", "mutation", "subscription",
        "fragment", "on", "true", "false", "null", "lineage", "programs", "program", "search", "flows", "node", "nodes",
        "ministries", "__schema", "__type", "__typename", "fields", "ofType", "first", "maxHops", "id", "name", "text",
        "from", "to", "MEXT", "METI", "COMMERCIALIZED", "0", "-1", "2147483648", "1e400", "\"a\"", "\"\"\"block\"\"\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"unterminated", "$v", "@skip(if: true)", "#comment\n", "\u00e9", "\ud83d\ude00", "\u202e",
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "99999999999999999999999999999999", "-9223372036854775809", "9223372036854775808", "2147483648",
        "-2147483649", "1.7976931348623157e309", "0.0000000000000000000000000000000000001", "-0", "1E+999999", "123456789012345678901234567890.5",
    ];

    private static readonly string?[] ContentTypes =
    [
        null, "text/plain", "application/graphql", "application/json; charset=iso-8859-1", "application/json; charset=utf-16",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json;;", "garbage/", "application/JSON",
    ];

    private static readonly string?[] Accepts =
    [
        null, "*/*", Json, GraphQLResponse, "application/xml", "text/html", "application/*;q=0", "*/*;q=0",
        "application/graphql-response+json;q=0.5, application/json;q=0.9", ";;;", "application/json; q=abc",
        string.Join(",", Enumerable.Repeat("text/plain", 200)),
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<FuzzCase> Take(int count)
    {
        for (var i = 0; i < count; i++) yield return Next();
    }

    public FuzzCase Next() => _random.Next(21) switch
    {
        0 => Post("valid", Envelope(Pick(Valid))),
        1 => Post("truncated-json", Truncate(Envelope(Pick(Valid)))),
        2 => Post("invalid-utf8", InsertBytes(Envelope(Pick(Valid)))),
        3 => Post("flipped-byte", FlipByte(Envelope(Pick(Valid)))),
        4 => Post("json-lone-surrogate", JsonLoneSurrogate()),
        5 => Post("graphql-lone-surrogate", Envelope(($"{{ search(text: \"a{Pick(["\\ud800", "\\udfff", "\\ud83d", "\\uDBFF\\u0041"])}b\") {{ matchedName }} }}", null))),
        6 => Post("truncated-graphql", Envelope((TruncateText(Pick(Valid).Query), null))),
        7 => Post("random-tokens", Envelope((RandomTokens(_random.Next(1, 200)), null))),
        8 => Post("mutated-graphql", Envelope((MutateTokens(Pick(Valid).Query), Pick(Valid).Variables))),
        9 => Post("deep-input", Envelope(($"{{ lineage(from: {Nest(_random.Next(30, 300), "{ministries: ", "[MEXT]", "}")}) {{ totalCount }} }}", null))),
        10 => Post("deep-list", Envelope(($"{{ search(text: \"a\", kinds: {Nest(_random.Next(30, 300), "[", "PROGRAM", "]")}) {{ kind }} }}", null))),
        11 => Post("deep-selection", Envelope(($"{{ program(id: \"program:mext-knowledge-cluster-1\") {{ {Nest(_random.Next(10, 300), Pick(["parent { ", "children { ", "x { "]), "id", " }")} }} }}", null))),
        12 => Post("deep-json-variables", Envelope(("query($v: ProgramSelector) { lineage(from: $v) { totalCount } }",
            "{\"v\": " + Nest(_random.Next(40, 200), "{\"ministries\": ", "[\"MEXT\"]", "}") + "}"))),
        13 => Post("huge-numbers", HugeNumberBody()),
        14 => Post("operation-types", Envelope((Pick(["mutation { x }", "subscription { x }", "mutation M { ministries { id } }", "subscription { ministries { id } }",
            "query A { ministries { id } } query A { ministries { code } }", "query A { ministries { id } } mutation B { x }", "query A { ministries { id } } query B { ministries { code } }", "{ a: ministries { id } } { b: ministries { id } }", ""]), null), operationName: Pick<object?>([null, "A", "B", "", 42, "M", (string[])["A"]]))),
        15 => Post("wrong-json-types", Encoding.UTF8.GetBytes(Pick([
            "42", "[]", "\"{ ministries { id } }\"", "null", "{}", "{\"query\": 42}", "{\"query\": [\"{ ministries { id } }\"]}", "{\"query\": {}}",
            "{\"query\": \"{ ministries { id } }\", \"variables\": \"{}\"}", "{\"query\": \"{ ministries { id } }\", \"variables\": [1]}",
            "{\"query\": \"{ ministries { id } }\", \"operationName\": {}}", "{\"query\": \"{ ministries { id } }\", \"extensions\": 1}",
            "{\"query\": \"{ ministries { id } }\", \"query\": \"{ x }\"}", "{\"query\": \"{ ministries { id } }\"} trailing", "\ufeff{\"query\": \"{ ministries { id } }\"}", "",
        ]))),
        16 => Post("extensions", Envelope(Pick(Valid), extensions: Pick(["{\"cost\": \"validate\"}", "{\"cost\": \"report\"}", "{\"cost\": 1}", "{\"cost\": \"bogus\"}",
            "{\"cost\": {\"x\": [1, 2]}}", "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"00\"}}", "{\"cost\": null}"]))),
        17 => Get(),
        18 => OddHeaders(),
        19 => Post("control-characters", Envelope(($"{{ search(text: \"{Pick(["\\u0000", "\u0001", "\u202e", "\u0007", "\u2028", "\ufeff", "\ufffe"])}\") {{ matchedName }} }}{Pick(["", "\u0000", "\u0001 { x }", "\u00a0"])}", null))),
        _ => Post("amplification", Envelope((Amplify(), null))),
    };

    // The body is what is under test here; odd headers have their own kind.
    private FuzzCase Post(string kind, byte[] body) => new(kind, "POST", Json, Pick([null, "*/*", Json, GraphQLResponse]), body, null);

    private FuzzCase Get()
    {
        var (query, variables) = Pick(Valid);
        string Escape(string s) => Uri.EscapeDataString(s);
        var queryString = _random.Next(9) switch
        {
            0 => $"?query={Escape(query)}" + (variables is null ? "" : $"&variables={Escape(variables)}"),
            1 => $"?query={Escape(query)}%FF",
            2 => $"?query=%G1{Escape(query)}",
            3 => $"?query={Escape(query)}%",
            4 => $"?query={Escape(query)}&query={Escape(query)}",
            5 => $"?query={Escape("mutation { ministries { id } }")}",
            6 => $"?query={Escape(query)}&variables=%7B%22id%22%3A%22%ED%A0%80%22%7D",
            7 => $"?query={Escape(TruncateText(query))}&extensions={Escape(Pick(["{\"cost\":\"validate\"}", "[", "{\"a\":\"\\ud800\"}"]))}",
            _ => $"?{Escape(RandomTokens(_random.Next(1, 50)))}={Escape(RandomTokens(_random.Next(1, 50)))}",
        };
        return new("get", "GET", null, Pick([null, Json, GraphQLResponse, "*/*"]), null, queryString);
    }

    private FuzzCase OddHeaders() =>
        new("headers", "POST", Pick(ContentTypes), Pick(Accepts), Envelope(Pick(Valid)), null);

    private string Amplify() => _random.Next(4) switch
    {
        0 => "{ " + string.Join(" ", Enumerable.Range(0, _random.Next(1, 60)).Select(i => $"programs(first: {i}) {{ totalCount }}")) + " }",
        // Enough aliased searches to be over MaxComplexity or MaxAliases: under them, each is a real search (some 10 ms).
        1 => "{ " + string.Join(" ", Enumerable.Range(0, _random.Next(81, 300)).Select(i => $"a{i}: search(text: \"a\") {{ matchedName }}")) + " }",
        2 => Amplification.FragmentDoubling(_random.Next(2, 31)),
        _ => Amplification.NestedIntrospection(_random.Next(1, 4)),
    };

    private byte[] JsonLoneSurrogate()
    {
        var surrogate = Pick(["\\ud800", "\\udfff", "\\ud83d", "\\udc00\\ud800"]);
        var text = _random.Next(4) switch
        {
            0 => $"{{\"query\": \"{{ ministries {{ id }} }}{surrogate}\"}}",
            1 => $"{{\"query\": \"{{ ministries {{ id }} }}\", \"operationName\": \"{surrogate}\"}}",
            2 => $"{{\"query\": \"query($t: String!) {{ search(text: $t) {{ matchedName }} }}\", \"variables\": {{\"t\": \"a{surrogate}\"}}}}",
            _ => $"{{\"query\": \"{{ ministries {{ id }} }}\", \"extensions\": {{\"{surrogate}\": 1}}}}",
        };
        return Encoding.UTF8.GetBytes(text);
    }

    private byte[] HugeNumberBody()
    {
        var n = Pick(HugeNumbers);
        var text = _random.Next(3) switch
        {
            0 => $"{{\"query\": \"{{ lineage(maxHops: {n}, first: {Pick(HugeNumbers)}) {{ totalCount }} }}\"}}",
            1 => $"{{\"query\": \"query($n: Int) {{ programs(first: $n) {{ totalCount }} }}\", \"variables\": {{\"n\": {n}}}}}",
            _ => $"{{\"query\": \"query($n: Float) {{ ministries {{ id }} }}\", \"variables\": {{\"n\": {n}, \"m\": [{n}, {Pick(HugeNumbers)}]}}}}",
        };
        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] Envelope((string Query, string? Variables) request, object? operationName = null, string? extensions = null)
    {
        var text = new StringBuilder("{\"query\": ").Append(JsonSerializer.Serialize(request.Query));
        if (request.Variables is not null) text.Append(", \"variables\": ").Append(request.Variables);
        if (operationName is not null) text.Append(", \"operationName\": ").Append(JsonSerializer.Serialize(operationName));
        if (extensions is not null) text.Append(", \"extensions\": ").Append(extensions);
        return Encoding.UTF8.GetBytes(text.Append('}').ToString());
    }

    private byte[] Truncate(byte[] body) => body[.._random.Next(body.Length)];

    private byte[] InsertBytes(byte[] body)
    {
        byte[][] bad = [[0xFF], [0xFE], [0xC0, 0xAF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [(byte)_random.Next(0x80, 0x100)]];
        var insert = Pick(bad);
        var at = _random.Next(body.Length + 1);
        return [.. body[..at], .. insert, .. body[at..]];
    }

    private byte[] FlipByte(byte[] body)
    {
        var copy = (byte[])body.Clone();
        copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        return copy;
    }

    private string TruncateText(string text) => text[.._random.Next(text.Length)];

    private string RandomTokens(int count) => string.Join(Pick([" ", "", "\n", ","]), Enumerable.Range(0, count).Select(_ => Pick(Tokens)));

    private string MutateTokens(string query)
    {
        var parts = query.Split(' ').ToList();
        for (var i = _random.Next(1, 6); i > 0 && parts.Count > 0; i--)
        {
            var at = _random.Next(parts.Count);
            switch (_random.Next(3))
            {
                case 0: parts.Insert(at, Pick(Tokens)); break;
                case 1: parts.RemoveAt(at); break;
                default: parts[at] = Pick(Tokens); break;
            }
        }
        return string.Join(' ', parts);
    }

    private static string Nest(int depth, string open, string inner, string close) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
