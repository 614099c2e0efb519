using System.Text.Json;
using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>A GraphQL request as the spec defines it, read strictly so a malformed request gets a 400 that says why.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, string? VariablesJson, string? ExtensionsJson)
{
    /// <summary>A POST body: UTF-8 JSON (checked by <see cref="Utf8Text"/> and <see cref="StrictJson"/>).</summary>
    public static GraphQLHttpRequest FromBody(ReadOnlyMemory<byte> body)
    {
        Utf8Text.Require(body.Span, "The request body");
        using var document = StrictJson.Parse(body, "The request body");
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw Bad("The request body must be a JSON object with a `query` string.");
        string? query = null, operationName = null, variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query": query = StringOrNull(property); break;
                case "operationName": operationName = StringOrNull(property); break;
                case "variables": variables = ObjectOrNull(property); break;
                case "extensions": extensions = ObjectOrNull(property); break;
            }
        }
        return new(query ?? throw Bad("The request has no `query` string."), operationName, variables, extensions);
    }

    /// <summary>GET parameters, decoded by <see cref="QueryParameters"/>.</summary>
    public static GraphQLHttpRequest FromQueryString(string? queryString)
    {
        var parameters = QueryParameters.Parse(queryString);
        var query = Single(parameters, "query") ?? throw Bad("GET /graphql needs a `query` parameter (or send Accept: text/html for the IDE).");
        return new(query, Single(parameters, "operationName"), ParseObject("variables", Single(parameters, "variables")), ParseObject("extensions", Single(parameters, "extensions")));
    }

    private static string? StringOrNull(JsonProperty p) => p.Value.ValueKind switch
    {
        JsonValueKind.String => p.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw Bad($"`{p.Name}` must be a string, not {Describe(p.Value.ValueKind)}."),
    };

    private static string? ObjectOrNull(JsonProperty p) => p.Value.ValueKind switch
    {
        JsonValueKind.Object => p.Value.GetRawText(),
        JsonValueKind.Null => null,
        _ => throw Bad($"`{p.Name}` must be a JSON object, not {Describe(p.Value.ValueKind)}."),
    };

    private static string? Single(IReadOnlyDictionary<string, List<string>> parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0) return null;
        if (values.Count > 1) throw Bad($"The `{name}` parameter is given {values.Count} times; give it once.");
        return values[0];
    }

    private static string? ParseObject(string name, string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        using var document = StrictJson.Parse(System.Text.Encoding.UTF8.GetBytes(text), $"`{name}`", name);
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Object => document.RootElement.GetRawText(),
            JsonValueKind.Null => null,
            var kind => throw Bad($"`{name}` must be a JSON object, not {Describe(kind)}."),
        };
    }

    private static GraphQLHttpException Bad(string message) => new(ErrorCodes.BadRequest, message);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
