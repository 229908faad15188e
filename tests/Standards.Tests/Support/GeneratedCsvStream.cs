using System.Globalization;
using System.Text;

namespace SupplierDD.Standards.Tests.Support;

/// <summary>
/// A non-seekable supplier export produced row by row as it is read, so a test can see how far a reader
/// has pulled and prove it does not load the whole file.
/// </summary>
/// <remarks>
/// Header on line 1; data row i (1-based) is spreadsheet row i + 1 and starts on line 2i, because its
/// quoted address holds a line break.
/// </remarks>
internal sealed class GeneratedCsvStream : Stream
{
    public const string Header = "id,name,address,capacity_mw\n";

    private readonly int rowCount;
    private readonly int? invalidByteInRow;
    private byte[] pending = Encoding.UTF8.GetBytes(Header);
    private int pendingPosition;
    private long offsetOfPending;
    private int rowsProduced;

    public GeneratedCsvStream(int rowCount, int? invalidByteInRow = null)
    {
        this.rowCount = rowCount;
        this.invalidByteInRow = invalidByteInRow;
    }

    /// <summary>Bytes handed to the reader so far.</summary>
    public long BytesProduced { get; private set; }

    /// <summary>Stream offset of the 0xFF byte planted in the chosen row, once it has been produced.</summary>
    public long? InvalidByteOffset { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public static string NameOf(int row) => $"江苏光伏组件 Supplier {row} 有限公司";

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (pendingPosition == pending.Length && !ProduceNextRow())
                break;
            var chunk = Math.Min(count - written, pending.Length - pendingPosition);
            Array.Copy(pending, pendingPosition, buffer, offset + written, chunk);
            pendingPosition += chunk;
            written += chunk;
        }

        BytesProduced += written;
        return written;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool ProduceNextRow()
    {
        if (rowsProduced == rowCount)
            return false;
        rowsProduced++;

        offsetOfPending += pending.Length;
        var beforeName = Encoding.UTF8.GetBytes($"{rowsProduced},");
        var name = Encoding.UTF8.GetBytes(NameOf(rowsProduced));
        var rest = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $",\"No. {rowsProduced} Solar Road\nSuzhou, \"\"Industrial Park\"\"\",{rowsProduced * 1.5:0.0}\n"));
        if (rowsProduced == invalidByteInRow)
        {
            // 0xFF can never appear in UTF-8.
            InvalidByteOffset = offsetOfPending + beforeName.Length;
            pending = [.. beforeName, 0xFF, .. name, .. rest];
        }
        else
        {
            pending = [.. beforeName, .. name, .. rest];
        }

        pendingPosition = 0;
        return true;
    }
}
