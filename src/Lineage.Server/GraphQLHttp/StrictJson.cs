using System.Text.Json;
using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// JSON read strictly: at most <see cref="MaxDepth"/> levels, and every string and property name Unicode text. A
/// <c>\ud800</c> escape is valid JSON but not text; System.Text.Json only notices when the string is read, so
/// everything is read here once, and the error names the place (<c>variables.v[2]</c>).
/// </summary>
internal static class StrictJson
{
    public const int MaxDepth = 64;

    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string what)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            throw new GraphQLHttpException(ErrorCodes.BadRequest, $"{what} is not valid JSON: {e.Message}");
        }
        try
        {
            RequireText(document.RootElement, "");
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static void RequireText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = Read(() => property.Name, path.Length == 0 ? "a property name" : $"a property name in `{path}`");
                    RequireText(property.Value, path.Length == 0 ? name : $"{path}.{name}");
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) RequireText(item, $"{path}[{i++}]");
                break;
            case JsonValueKind.String:
                Read(element.GetString, path.Length == 0 ? "the body" : $"`{path}`");
                break;
        }
    }

    private static string Read(Func<string?> read, string where)
    {
        try
        {
            return read() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw new GraphQLHttpException(ErrorCodes.InvalidEncoding,
                $"{char.ToUpperInvariant(where[0])}{where[1..]} contains a lone surrogate escape (such as \\ud800 without its pair), which is not Unicode text.");
        }
    }
}
