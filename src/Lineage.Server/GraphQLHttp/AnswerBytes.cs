namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// Where an answer is serialized: the serializer hands a small answer over in one write, and those bytes are the
/// answer kept — one array, sized to fit, not a MemoryStream's growing buffer and then its copy.
/// </summary>
internal sealed class AnswerBytes : Stream
{
    private byte[] _bytes = [];
    private int _length;

    /// <summary>The bytes written; the buffer itself when it is exactly full.</summary>
    public byte[] ToArray() => _length == _bytes.Length ? _bytes : _bytes.AsSpan(0, _length).ToArray();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > _bytes.Length)
            Array.Resize(ref _bytes, _length == 0 ? buffer.Length : Math.Max(_length + buffer.Length, 2 * _bytes.Length));
        buffer.CopyTo(_bytes.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override void Flush() { }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
