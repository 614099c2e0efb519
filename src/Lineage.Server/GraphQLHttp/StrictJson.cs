using System.Text.Json;
using Lineage.GraphQL.Errors;
using Lineage.GraphQL.Limits;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// JSON read strictly: at most <see cref="MaxDepth"/> levels, and every string and property name Unicode text
/// (<see cref="UnicodeText"/>). A <c>\ud800</c> escape is valid JSON but not text; System.Text.Json only notices when
/// the string is read, so everything is read here once, and the error names the place (<c>variables.v[2]</c>).
/// </summary>
internal static class StrictJson
{
    public const int MaxDepth = 64;

    /// <param name="root">The name of the value parsed, as error messages call its parts (<c>variables</c>); empty for the body.</param>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string what, string root = "")
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
            // Most bodies are text throughout: one pass finds that without naming a path; a body that is not is walked
            // again to say where.
            if (!IsPlain(utf8.Span) && !IsTextThroughout(document.RootElement)) RequireText(document.RootElement, root);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    // Valid UTF-8 cannot spell a surrogate, so without a \u escape the only way not to be text is U+FFFE or U+FFFF,
    // whose UTF-8 begins EF BF: a JSON without either pattern is text throughout, told without reading a string.
    private static bool IsPlain(ReadOnlySpan<byte> utf8) => utf8.IndexOf("\\u"u8) < 0 && utf8.IndexOf(NoncharacterLead) < 0;

    private static ReadOnlySpan<byte> NoncharacterLead => [0xEF, 0xBF];

    private static bool IsTextThroughout(JsonElement element)
    {
        try
        {
            return IsText(element);
        }
        catch (InvalidOperationException)
        {
            return false; // a lone surrogate escape, found when the string was read
        }
    }

    private static bool IsText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    if (!IsText(property.Name) || !IsText(property.Value)) return false;
                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (!IsText(item)) return false;
                return true;
            case JsonValueKind.String:
                return IsText(element.GetString() ?? "");
            default:
                return true;
        }
    }

    private static bool IsText(string text) => UnicodeText.Problem(text) is null;

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
        string text;
        try
        {
            text = read() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw NotText(where, "a lone surrogate escape (such as \\ud800 without its pair)");
        }
        return UnicodeText.Problem(text) is { } problem ? throw NotText(where, problem) : text;
    }

    private static GraphQLHttpException NotText(string where, string problem) =>
        new(ErrorCodes.InvalidEncoding, $"{char.ToUpperInvariant(where[0])}{where[1..]} contains {problem}: it is not Unicode text.");
}
