using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SupplierDD.Standards.Csv;

/// <summary>
/// Decodes a stream as strict UTF-8 one buffer at a time, so a 50 MB upload never sits in memory whole.
/// </summary>
/// <remarks>
/// Characters before an invalid byte are handed out first and the error is raised only when the reader
/// reaches it, which lets the reader name the exact row that holds the bad byte.
/// </remarks>
internal sealed class StrictUtf8CharSource : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly byte[] bytes = new byte[BufferSize];

    // A UTF-8 byte never yields more than one UTF-16 char, so this can hold any decoded buffer.
    private readonly char[] chars = new char[BufferSize];

    private int byteStart;
    private int byteEnd;
    private int charPosition;
    private int charEnd;
    private long streamOffset;
    private bool endOfStream;
    private bool startChecked;
    private (long Offset, byte Value)? invalidByte;

    public StrictUtf8CharSource(Stream stream, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
            throw new ArgumentException("the stream must be readable", nameof(stream));
        this.stream = stream;
        this.leaveOpen = leaveOpen;
    }

    /// <summary>The next character without consuming it, or -1 at the end.</summary>
    /// <exception cref="DecoderFallbackException">The next bytes are not UTF-8.</exception>
    public int Peek() => charPosition < charEnd || Fill() ? chars[charPosition] : -1;

    /// <summary>Consumes the next character, or returns -1 at the end.</summary>
    /// <exception cref="DecoderFallbackException">The next bytes are not UTF-8.</exception>
    public int Read() => charPosition < charEnd || Fill() ? chars[charPosition++] : -1;

    public void Dispose()
    {
        if (!leaveOpen)
            stream.Dispose();
    }

    private bool Fill()
    {
        if (!startChecked)
            SkipUtf8ByteOrderMark();

        while (true)
        {
            if (invalidByte is { } invalid)
                throw new DecoderFallbackException(
                    $"byte 0x{invalid.Value:X2} at byte offset {invalid.Offset} is not valid UTF-8", [invalid.Value], 0);

            var pending = bytes.AsSpan(byteStart, byteEnd - byteStart);
            if (pending.Length > 0 || endOfStream)
            {
                var status = Utf8.ToUtf16(pending, chars, out var bytesRead, out var charsWritten,
                    replaceInvalidSequences: false, isFinalBlock: endOfStream);
                byteStart += bytesRead;
                streamOffset += bytesRead;
                charPosition = 0;
                charEnd = charsWritten;
                if (status == OperationStatus.InvalidData)
                    invalidByte = (streamOffset, bytes[byteStart]);
                if (charsWritten > 0)
                    return true;
                if (status == OperationStatus.InvalidData)
                    continue;
                if (endOfStream)
                    return false;
            }

            ReadMoreBytes();
        }
    }

    private void SkipUtf8ByteOrderMark()
    {
        startChecked = true;
        while (!endOfStream && byteEnd < ByteOrderMark.MaxLength)
            ReadMoreBytes();

        var start = bytes.AsSpan(0, byteEnd);
        if (ByteOrderMark.IsUtf16(start))
            throw new CsvEncodingException($"row 1: {ByteOrderMark.Utf16Problem}", 1, 1);
        if (ByteOrderMark.IsUtf8(start))
        {
            byteStart = ByteOrderMark.Utf8Length;
            streamOffset = ByteOrderMark.Utf8Length;
        }
    }

    private void ReadMoreBytes()
    {
        // Keep the tail of a multi-byte character that was split across two reads.
        var carried = byteEnd - byteStart;
        Array.Copy(bytes, byteStart, bytes, 0, carried);
        byteStart = 0;
        byteEnd = carried;

        var read = stream.Read(bytes, byteEnd, bytes.Length - byteEnd);
        if (read == 0)
            endOfStream = true;
        else
            byteEnd += read;
    }
}
