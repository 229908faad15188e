using System.Text;
using SupplierDD.Standards.Csv;
using SupplierDD.Standards.Tests.Support;

namespace SupplierDD.Standards.Tests;

public sealed class CsvReaderTests
{
    [Fact]
    public void TryReadRow_PlainRows_ReturnsFieldsAndRowNumbers()
    {
        var rows = ReadAll(TestStreams.Utf8("name,country\nLongi,CN\nJinko,CN\n"));

        Assert.Equal(["name", "country"], rows[0].Fields);
        Assert.Equal(["Jinko", "CN"], rows[2].Fields);
        Assert.Equal([1, 2, 3], rows.Select(row => row.Row));
        Assert.Equal([1L, 2L, 3L], rows.Select(row => row.Line));
    }

    [Fact]
    public void TryReadRow_Utf8ByteOrderMark_IsSkipped()
    {
        var rows = ReadAll(TestStreams.Utf8("name,province\n隆基,陕西\n", withBom: true));

        Assert.Equal("name", rows[0].Fields[0]);
        Assert.Equal(["隆基", "陕西"], rows[1].Fields);
    }

    [Fact]
    public void TryReadRow_NoByteOrderMark_ReadsChineseText()
    {
        var rows = ReadAll(TestStreams.Utf8("江苏,浙江\n"));

        Assert.Equal(["江苏", "浙江"], rows[0].Fields);
    }

    [Fact]
    public void TryReadRow_QuotedFieldWithComma_KeepsCommaInField()
    {
        var rows = ReadAll(TestStreams.Utf8("\"Suzhou, Jiangsu\",CN\n"));

        Assert.Equal(["Suzhou, Jiangsu", "CN"], rows[0].Fields);
    }

    [Fact]
    public void TryReadRow_DoubledQuotesInQuotedField_BecomeOneQuote()
    {
        var rows = ReadAll(TestStreams.Utf8("\"The \"\"Sun\"\" Co.\",\"\"\"\"\n"));

        Assert.Equal(["The \"Sun\" Co.", "\""], rows[0].Fields);
    }

    [Fact]
    public void TryReadRow_EmbeddedNewlines_KeepTextAndTrackStartLines()
    {
        var rows = ReadAll(TestStreams.Utf8("id,address\n1,\"Line one\nLine two\nLine three\"\n2,\"A\r\nB\"\n3,plain\n"));

        Assert.Equal("Line one\nLine two\nLine three", rows[1].Fields[1]);
        Assert.Equal("A\r\nB", rows[2].Fields[1]);
        Assert.Equal([1, 2, 3, 4], rows.Select(row => row.Row));
        Assert.Equal([1L, 2L, 5L, 7L], rows.Select(row => row.Line));
    }

    [Theory]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("a,b\r\nc,d")]
    public void TryReadRow_AnyLineEnding_SplitsRecords(string text)
    {
        var rows = ReadAll(TestStreams.Utf8(text));

        Assert.Equal(2, rows.Count);
        Assert.Equal(["c", "d"], rows[1].Fields);
        Assert.Equal(2L, rows[1].Line);
    }

    [Fact]
    public void TryReadRow_EmptyLines_AreSkippedButCountAsSpreadsheetRows()
    {
        var rows = ReadAll(TestStreams.Utf8("h1,h2\n\na,b\r\n\r\n\nc,d\n\n"));

        Assert.Equal([["h1", "h2"], ["a", "b"], ["c", "d"]], rows.Select(row => row.Fields));
        Assert.Equal([1, 3, 6], rows.Select(row => row.Row));
        Assert.Equal([1L, 3L, 6L], rows.Select(row => row.Line));
    }

    [Theory]
    [InlineData("a,,\n", new[] { "a", "", "" })]
    [InlineData(",\n", new[] { "", "" })]
    [InlineData("\"\"\n", new[] { "" })]
    [InlineData(" a , b \n", new[] { " a ", " b " })]
    public void TryReadRow_EmptyOrSpacedFields_AreKeptAsWritten(string text, string[] expected)
    {
        Assert.Equal(expected, ReadAll(TestStreams.Utf8(text)).Single().Fields);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n")]
    public void TryReadRow_NoRecords_ReturnsFalseWithEmptyFields(string text)
    {
        using var reader = new CsvReader(TestStreams.Utf8(text, withBom: true));

        Assert.False(reader.TryReadRow(out var fields));
        Assert.Empty(fields);
    }

    [Fact]
    public void TryReadRow_MultiByteCharactersSplitAcrossReads_DecodeCorrectly()
    {
        var bytes = Encoding.UTF8.GetBytes("省份,名称\n新疆维吾尔自治区,\"光伏😀\"\n");

        var rows = ReadAll(new OneByteAtATimeStream(bytes));

        Assert.Equal(["新疆维吾尔自治区", "光伏😀"], rows[1].Fields);
    }

    [Fact]
    public void TryReadRow_HundredThousandGeneratedRows_StreamsWithoutLoadingTheFile()
    {
        const int dataRows = 100_000;
        var stream = new GeneratedCsvStream(dataRows);
        using var reader = new CsvReader(stream);

        Assert.True(reader.TryReadRow(out var header));
        Assert.True(reader.TryReadRow(out var first));
        var producedAfterFirstRow = stream.BytesProduced;
        var count = 1;
        var last = first;
        while (reader.TryReadRow(out var row))
        {
            count++;
            last = row;
        }

        Assert.Equal(["id", "name", "address", "capacity_mw"], header);
        Assert.Equal(dataRows, count);
        Assert.Equal(["100000", GeneratedCsvStream.NameOf(dataRows), "No. 100000 Solar Road\nSuzhou, \"Industrial Park\"", "150000.0"], last);
        Assert.Equal(dataRows + 1, reader.RowNumber);
        Assert.Equal(2L * dataRows, reader.LineNumber);
        Assert.True(producedAfterFirstRow < stream.BytesProduced / 50,
            $"the first row needed {producedAfterFirstRow} of {stream.BytesProduced} bytes");
    }

    [Fact]
    public void Dispose_WithoutLeaveOpen_ClosesStream()
    {
        var stream = TestStreams.Utf8("a\n");

        new CsvReader(stream).Dispose();

        Assert.False(stream.CanRead);
    }

    [Fact]
    public void Dispose_WithLeaveOpen_KeepsStreamOpen()
    {
        var stream = TestStreams.Utf8("a\n");

        new CsvReader(stream, leaveOpen: true).Dispose();

        Assert.True(stream.CanRead);
    }

    [Fact]
    public void TryReadRow_AfterDispose_ThrowsObjectDisposedException()
    {
        var reader = new CsvReader(TestStreams.Utf8("a\n"));
        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => reader.TryReadRow(out _));
    }

    internal static List<(string[] Fields, int Row, long Line)> ReadAll(Stream stream)
    {
        using var reader = new CsvReader(stream);
        var rows = new List<(string[] Fields, int Row, long Line)>();
        while (reader.TryReadRow(out var fields))
            rows.Add((fields, reader.RowNumber, reader.LineNumber));
        return rows;
    }
}
