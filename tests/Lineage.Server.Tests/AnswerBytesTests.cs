using Lineage.Server.GraphQLHttp;

namespace Lineage.Server.Tests;

/// <summary>
/// The stream answers are serialized into: whatever the pieces it is handed, its bytes are those pieces in order, and a
/// single piece is kept without a copy of the wrong size.
/// </summary>
public sealed class AnswerBytesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(70_000)]
    public async Task Pieces_of_any_size_come_out_as_their_concatenation(int piece)
    {
        var expected = new byte[200_003];
        new Random(piece).NextBytes(expected);
        await using var stream = new AnswerBytes();
        for (var at = 0; at < expected.Length; at += piece)
        {
            var length = Math.Min(piece, expected.Length - at);
            // Both ways the serializer may write: synchronous spans and asynchronous memory.
            if ((at / piece) % 2 == 0) stream.Write(expected, at, length);
            else await stream.WriteAsync(expected.AsMemory(at, length));
        }
        Assert.Equal(expected.Length, stream.Length);
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void One_piece_is_the_answer_exactly_and_nothing_written_is_empty()
    {
        using var empty = new AnswerBytes();
        Assert.Empty(empty.ToArray());
        using var stream = new AnswerBytes();
        stream.Write("{\"data\":{}}"u8);
        Assert.Equal("{\"data\":{}}"u8.ToArray(), stream.ToArray());
    }
}
