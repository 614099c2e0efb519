using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lineage.Rendering.Scenes;

namespace Lineage.Rendering.Output;

/// <summary>The scene as JSON for the web component, which draws it as it is (no layout of its own).</summary>
public static class SceneJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        // Japanese stays readable UTF-8; markup characters are still escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static byte[] Write(Scene scene) => JsonSerializer.SerializeToUtf8Bytes(scene, Options);

    public static Scene? Read(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<Scene>(json, Options);
}
