using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// Strict UTF-8: bytes that are not UTF-8 (or encode a surrogate) are an INVALID_ENCODING error naming where they
/// are, never replaced with U+FFFD and never left for a decoder deep inside to throw on.
/// </summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Throws when <paramref name="bytes"/> are not UTF-8; <paramref name="what"/> names them in the message.</summary>
    public static void Require(ReadOnlySpan<byte> bytes, string what)
    {
        if (Utf8.IsValid(bytes)) return;
        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done) offset += consumed;
        throw new GraphQLHttpException(ErrorCodes.InvalidEncoding,
            $"{what} is not valid UTF-8: byte 0x{bytes[offset]:X2} at offset {offset} does not begin or continue a UTF-8 character.");
    }

    /// <summary>The text of bytes already checked by <see cref="Require"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => Strict.GetString(bytes);
}
