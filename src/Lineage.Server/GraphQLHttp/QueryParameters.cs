using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// The query string of a GET, decoded strictly: <c>%XX</c> escapes must be well formed and decode to UTF-8. (ASP.NET
/// Core's own parser turns bad bytes into U+FFFD, which would run a different query than the one sent.)
/// </summary>
internal static class QueryParameters
{
    public static IReadOnlyDictionary<string, List<string>> Parse(string? queryString)
    {
        var parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(queryString)) return parameters;
        foreach (var pair in queryString.TrimStart('?').Split('&'))
        {
            if (pair.Length == 0) continue;
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals], "A parameter name");
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..], $"The `{name}` parameter");
            if (!parameters.TryGetValue(name, out var values)) parameters[name] = values = [];
            values.Add(value);
        }
        return parameters;
    }

    private static string Decode(string component, string what)
    {
        var bytes = new List<byte>(component.Length);
        for (var i = 0; i < component.Length; i++)
        {
            var c = component[i];
            if (c == '+') bytes.Add((byte)' ');
            else if (c == '%')
            {
                if (i + 2 >= component.Length || !Uri.IsHexDigit(component[i + 1]) || !Uri.IsHexDigit(component[i + 2]))
                    throw new GraphQLHttpException(ErrorCodes.BadRequest, $"{what} has a malformed escape at character {i}: % must be followed by two hex digits.");
                bytes.Add((byte)((Uri.FromHex(component[i + 1]) << 4) | Uri.FromHex(component[i + 2])));
                i += 2;
            }
            else if (c < 0x80) bytes.Add((byte)c);
            else
            {
                // The server decoded the raw request line already; put such characters back as UTF-8 to check them with the rest.
                var end = char.IsHighSurrogate(c) && i + 1 < component.Length ? i + 2 : i + 1;
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(component[i..end]));
                i = end - 1;
            }
        }
        var array = bytes.ToArray();
        Utf8Text.Require(array, what);
        return Utf8Text.Decode(array);
    }
}
