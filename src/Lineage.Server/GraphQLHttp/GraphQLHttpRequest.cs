using System.Text.Json;

namespace Lineage.Server.GraphQLHttp;

/// <summary>A GraphQL request as the spec defines it, read strictly so a malformed request gets a 400 that says why.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, string? VariablesJson, string? ExtensionsJson)
{
    public static GraphQLHttpRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new BadGraphQLRequestException("The request body must be a JSON object with a `query` string.");
        string? query = null, operationName = null, variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query": query = StringOrNull(property); break;
                case "operationName": operationName = StringOrNull(property); break;
                case "variables": variables = ObjectOrNull(property); break;
                case "extensions": extensions = ObjectOrNull(property); break;
            }
        }
        return new(query ?? throw new BadGraphQLRequestException("The request has no `query` string."), operationName, variables, extensions);
    }

    public static GraphQLHttpRequest FromQueryString(IQueryCollection parameters)
    {
        var query = Single(parameters, "query") ?? throw new BadGraphQLRequestException("GET /graphql needs a `query` parameter (or send Accept: text/html for the IDE).");
        var variables = Single(parameters, "variables");
        var extensions = Single(parameters, "extensions");
        return new(query, Single(parameters, "operationName"), ParseObject("variables", variables), ParseObject("extensions", extensions));
    }

    private static string? StringOrNull(JsonProperty p) => p.Value.ValueKind switch
    {
        JsonValueKind.String => p.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new BadGraphQLRequestException($"`{p.Name}` must be a string, not {Describe(p.Value.ValueKind)}."),
    };

    private static string? ObjectOrNull(JsonProperty p) => p.Value.ValueKind switch
    {
        JsonValueKind.Object => p.Value.GetRawText(),
        JsonValueKind.Null => null,
        _ => throw new BadGraphQLRequestException($"`{p.Name}` must be a JSON object, not {Describe(p.Value.ValueKind)}."),
    };

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0) return null;
        if (values.Count > 1) throw new BadGraphQLRequestException($"The `{name}` parameter is given {values.Count} times; give it once.");
        return values[0];
    }

    private static string? ParseObject(string name, string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind switch
            {
                JsonValueKind.Object => doc.RootElement.GetRawText(),
                JsonValueKind.Null => null,
                var kind => throw new BadGraphQLRequestException($"`{name}` must be a JSON object, not {Describe(kind)}."),
            };
        }
        catch (JsonException e)
        {
            throw new BadGraphQLRequestException($"`{name}` is not valid JSON: {e.Message}");
        }
    }

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

/// <summary>The HTTP request is not a GraphQL request (400, whatever the Accept header).</summary>
internal sealed class BadGraphQLRequestException(string message) : Exception(message);
