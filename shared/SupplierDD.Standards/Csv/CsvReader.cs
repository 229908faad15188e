using System.Text;

namespace SupplierDD.Standards.Csv;

/// <summary>
/// Streaming RFC 4180 reader for spreadsheets exported by procurement teams: comma separator, quoted fields
/// with "" escapes and embedded line breaks, CRLF, LF or CR line ends, strict UTF-8 with an optional BOM.
/// </summary>
/// <remarks>Rows are numbered as a spreadsheet program shows them, so error messages point where the supplier looks.</remarks>
public sealed class CsvReader : IDisposable
{
    private const char Separator = ',';
    private const char Quote = '"';
    private const int EndOfFile = -1;

    private readonly StrictUtf8CharSource source;
    private readonly List<string> fields = [];
    private readonly StringBuilder field = new();
    private int rowsSeen;
    private long currentLine = 1;
    private bool disposed;

    /// <summary>Creates a reader over <paramref name="stream"/>; nothing is read until the first row is asked for.</summary>
    /// <param name="stream">A readable stream of UTF-8 text; it need not be seekable.</param>
    /// <param name="leaveOpen">Whether the stream stays open when the reader is disposed.</param>
    /// <remarks>
    /// A UTF-8 byte-order mark is skipped; a UTF-16 one makes the first read throw <see cref="CsvEncodingException"/>.
    /// </remarks>
    public CsvReader(Stream stream, bool leaveOpen = false) => source = new StrictUtf8CharSource(stream, leaveOpen);

    /// <summary>
    /// 1-based spreadsheet row of the record last returned: the header is row 1 and blank lines count,
    /// because a spreadsheet program shows them as empty rows. 0 before the first record.
    /// </summary>
    public int RowNumber { get; private set; }

    /// <summary>Physical line (1-based) where the record last returned started; quoted fields may span lines.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next record, skipping fully empty lines.</summary>
    /// <param name="fields">The record's fields, unquoted and unescaped; empty when the method returns false.</param>
    /// <returns>False at the end of the file.</returns>
    /// <exception cref="CsvFormatException">An unterminated quote, or a quote inside an unquoted field.</exception>
    /// <exception cref="CsvEncodingException">The file is UTF-16 or contains bytes that are not UTF-8.</exception>
    public bool TryReadRow(out string[] fields)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            while (true)
            {
                var next = source.Peek();
                if (next == EndOfFile)
                {
                    fields = [];
                    return false;
                }

                var startLine = currentLine;
                if (next is '\r' or '\n')
                {
                    ConsumeLineBreak();
                    rowsSeen++;
                    continue;
                }

                ReadRecord();
                rowsSeen++;
                RowNumber = rowsSeen;
                LineNumber = startLine;
                fields = this.fields.ToArray();
                return true;
            }
        }
        catch (DecoderFallbackException error)
        {
            var row = rowsSeen + 1;
            throw new CsvEncodingException(
                $"row {row}: the file is not valid UTF-8 ({error.Message}); it was probably saved as GBK or ANSI, " +
                "save it as \"CSV UTF-8 (Comma delimited)\" and upload it again", row, currentLine, error);
        }
    }

    /// <summary>Closes the stream unless the reader was created with leaveOpen.</summary>
    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        source.Dispose();
    }

    private void ReadRecord()
    {
        fields.Clear();
        while (true)
        {
            ReadField();
            var terminator = source.Peek();
            if (terminator == Separator)
            {
                source.Read();
                continue;
            }

            if (terminator != EndOfFile)
                ConsumeLineBreak();
            return;
        }
    }

    private void ReadField()
    {
        field.Clear();
        if (source.Peek() == Quote)
            ReadQuotedField();
        else
            ReadUnquotedField();
        fields.Add(field.ToString());
    }

    private void ReadUnquotedField()
    {
        while (true)
        {
            var c = source.Peek();
            if (c is EndOfFile or Separator or '\r' or '\n')
                return;
            if (c == Quote)
                throw Problem($"field {fields.Count + 1} contains a quote (\") but does not start with one; " +
                    "put the whole field in quotes and write each quote inside it twice (\"\")", currentLine);
            field.Append((char)source.Read());
        }
    }

    private void ReadQuotedField()
    {
        var openingLine = currentLine;
        source.Read();
        while (true)
        {
            var c = source.Read();
            switch (c)
            {
                case EndOfFile:
                    throw Problem($"the quoted field {fields.Count + 1} that opens on line {openingLine} is never closed; " +
                        "a closing quote (\") is missing", openingLine);
                case Quote when source.Peek() == Quote:
                    source.Read();
                    field.Append(Quote);
                    break;
                case Quote:
                    RequireFieldEndAfterClosingQuote();
                    return;
                case '\r':
                    field.Append('\r');
                    if (source.Peek() == '\n')
                        field.Append((char)source.Read());
                    currentLine++;
                    break;
                case '\n':
                    field.Append('\n');
                    currentLine++;
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }

    private void RequireFieldEndAfterClosingQuote()
    {
        var after = source.Peek();
        if (after is EndOfFile or Separator or '\r' or '\n')
            return;
        throw Problem($"field {fields.Count + 1} has {DescribeCharacter(after)} after its closing quote; " +
            "a quoted field must end at the quote, and quotes inside it must be written twice (\"\")", currentLine);
    }

    private void ConsumeLineBreak()
    {
        // CRLF, LF and a lone CR (old Mac exports) each end one line.
        if (source.Read() == '\r' && source.Peek() == '\n')
            source.Read();
        currentLine++;
    }

    private CsvFormatException Problem(string description, long line)
    {
        var row = rowsSeen + 1;
        return new CsvFormatException($"row {row} (line {line}): {description}", row, line);
    }

    private static string DescribeCharacter(int c) =>
        char.IsControl((char)c) || char.IsWhiteSpace((char)c) ? $"the character U+{c:X4}" : $"'{(char)c}'";
}
