namespace SupplierDD.Standards.Tests.Support;

/// <summary>
/// Hands out one byte per read, like a slow network stream, so every multi-byte character is split across reads.
/// </summary>
internal sealed class OneByteAtATimeStream(byte[] bytes) : Stream
{
    private int position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (count == 0 || position == bytes.Length)
            return 0;
        buffer[offset] = bytes[position++];
        return 1;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
