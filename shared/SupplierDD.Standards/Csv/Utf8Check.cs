using System.Buffers;
using System.Text.Unicode;

namespace SupplierDD.Standards.Csv;

/// <summary>Checks that an upload is UTF-8 before it is parsed, so the supplier gets one clear answer up front.</summary>
public static class Utf8Check
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Reads <paramref name="stream"/> to its end, a buffer at a time, and reports the first byte that is not UTF-8.</summary>
    /// <param name="stream">The upload; it is read once and not rewound.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>Valid, or the offset and line of the first invalid byte, or a UTF-16 byte-order mark at offset 0.</returns>
    public static async Task<Utf8CheckResult> CheckAsync(Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new byte[BufferSize];
        // A UTF-8 byte never decodes to more than one UTF-16 char, so this never runs out of room.
        var scratch = new char[BufferSize];

        var end = await FillAsync(stream, bytes, 0, ByteOrderMark.MaxLength, ct).ConfigureAwait(false);
        var endOfStream = end < ByteOrderMark.MaxLength;
        if (ByteOrderMark.IsUtf16(bytes.AsSpan(0, end)))
            return new Utf8CheckResult(false, 0, 1, ByteOrderMark.Utf16Problem);

        var start = ByteOrderMark.IsUtf8(bytes.AsSpan(0, end)) ? ByteOrderMark.Utf8Length : 0;
        long offsetOfBuffer = 0;
        var lines = new LineCounter();
        while (true)
        {
            var pending = bytes.AsSpan(start, end - start);
            var status = Utf8.ToUtf16(pending, scratch, out var consumed, out _,
                replaceInvalidSequences: false, isFinalBlock: endOfStream);
            lines.Count(pending[..consumed]);
            if (status == OperationStatus.InvalidData)
                return Invalid(offsetOfBuffer + start + consumed, lines.Line, pending[consumed]);
            if (endOfStream)
                return Utf8CheckResult.Valid;

            // Carry the start of a character split across two reads into the next buffer.
            var carried = pending.Length - consumed;
            pending[consumed..].CopyTo(bytes);
            offsetOfBuffer += start + consumed;
            start = 0;
            var read = await stream.ReadAsync(bytes.AsMemory(carried), ct).ConfigureAwait(false);
            end = carried + read;
            endOfStream = read == 0;
        }
    }

    private static Utf8CheckResult Invalid(long offset, long line, byte value) =>
        new(false, offset, line,
            $"byte 0x{value:X2} at byte offset {offset} (line {line}) is not valid UTF-8; the file was probably saved as GBK or ANSI, " +
            "save it as \"CSV UTF-8 (Comma delimited)\" and upload it again");

    private static async Task<int> FillAsync(Stream stream, byte[] buffer, int offset, int atLeast, CancellationToken ct)
    {
        var end = offset;
        while (end < atLeast)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(end), ct).ConfigureAwait(false);
            if (read == 0)
                break;
            end += read;
        }

        return end;
    }

    /// <summary>Counts lines the way <see cref="CsvReader"/> does: CRLF, LF and a lone CR each end one line.</summary>
    private sealed class LineCounter
    {
        private bool previousWasCarriageReturn;

        public long Line { get; private set; } = 1;

        public void Count(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (b == (byte)'\n' && !previousWasCarriageReturn)
                    Line++;
                else if (b == (byte)'\r')
                    Line++;
                previousWasCarriageReturn = b == (byte)'\r';
            }
        }
    }
}
