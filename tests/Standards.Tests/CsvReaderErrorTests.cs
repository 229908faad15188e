using System.Text;
using SupplierDD.Standards.Csv;
using SupplierDD.Standards.Tests.Support;

namespace SupplierDD.Standards.Tests;

/// <summary>How <see cref="CsvReader"/> reports broken files; kept apart from <see cref="CsvReaderTests"/> for length.</summary>
public sealed class CsvReaderErrorTests
{
    // "江苏" as GBK, the encoding Excel on a Chinese Windows uses for plain "CSV (Comma delimited)".
    private static readonly byte[] JiangsuInGbk = [0xBD, 0xAD, 0xCB, 0xD5];

    [Fact]
    public void TryReadRow_UnterminatedQuote_ThrowsWithRowAndOpeningLine()
    {
        var error = Assert.Throws<CsvFormatException>(() =>
            CsvReaderTests.ReadAll(TestStreams.Utf8("name,address\nok,fine\n\"Trina,Changzhou\nmore\n")));

        Assert.Equal(3, error.RowNumber);
        Assert.Equal(3L, error.LineNumber);
        Assert.StartsWith("row 3 (line 3):", error.Message);
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void TryReadRow_StrayQuoteInUnquotedField_ThrowsNamingField()
    {
        var error = Assert.Throws<CsvFormatException>(() =>
            CsvReaderTests.ReadAll(TestStreams.Utf8("name,size\npanel,72\"\n")));

        Assert.Equal(2, error.RowNumber);
        Assert.Equal(2L, error.LineNumber);
        Assert.Contains("field 2 contains a quote", error.Message);
    }

    [Fact]
    public void TryReadRow_TextAfterClosingQuote_Throws()
    {
        var error = Assert.Throws<CsvFormatException>(() =>
            CsvReaderTests.ReadAll(TestStreams.Utf8("\"Jinko\" Solar,CN\n")));

        Assert.Equal(1, error.RowNumber);
        Assert.Contains("after its closing quote", error.Message);
    }

    [Fact]
    public void TryReadRow_ErrorOnLaterLineOfMultiLineRecord_ReportsThatLine()
    {
        var error = Assert.Throws<CsvFormatException>(() =>
            CsvReaderTests.ReadAll(TestStreams.Utf8("h1,h2\n\"a\nb\",c\"d\n")));

        Assert.Equal(2, error.RowNumber);
        Assert.Equal(3L, error.LineNumber);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a' })]
    public void TryReadRow_Utf16ByteOrderMark_ThrowsSayingSaveAsUtf8(byte[] bytes)
    {
        using var reader = new CsvReader(TestStreams.Bytes(bytes));

        var error = Assert.Throws<CsvEncodingException>(() => reader.TryReadRow(out _));

        Assert.Contains("UTF-16", error.Message);
        Assert.Contains("UTF-8", error.Message);
        Assert.Equal(1, error.RowNumber);
    }

    [Fact]
    public void TryReadRow_Utf16TextFromEncoder_ThrowsEncodingException()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("name\nJinko\n")).ToArray();

        Assert.Throws<CsvEncodingException>(() => CsvReaderTests.ReadAll(TestStreams.Bytes(bytes)));
    }

    [Fact]
    public void TryReadRow_GbkBytes_ThrowsEncodingExceptionWithRowNumber()
    {
        using var reader = new CsvReader(TestStreams.Utf8WithRawBytes("name,province\nLongi,Shaanxi\n\nTrina,#\n", "#", JiangsuInGbk));

        Assert.True(reader.TryReadRow(out _));
        Assert.True(reader.TryReadRow(out _));
        var error = Assert.Throws<CsvEncodingException>(() => reader.TryReadRow(out _));

        Assert.Equal(4, error.RowNumber);
        Assert.Equal(4L, error.LineNumber);
        Assert.StartsWith("row 4: the file is not valid UTF-8", error.Message);
        Assert.IsType<DecoderFallbackException>(error.InnerException);
    }

    [Fact]
    public void TryReadRow_InvalidByteFarIntoLargeFile_ReportsExactRow()
    {
        var stream = new GeneratedCsvStream(20_000, invalidByteInRow: 12_345);
        using var reader = new CsvReader(stream);
        var rowsRead = 0;

        var error = Assert.Throws<CsvEncodingException>(() =>
        {
            while (reader.TryReadRow(out _))
                rowsRead++;
        });

        Assert.Equal(12_345, rowsRead);
        Assert.Equal(12_346, error.RowNumber);
        Assert.Equal(2L * 12_345, error.LineNumber);
    }

    [Fact]
    public void TryReadRow_FileEndsInsideMultiByteCharacter_ThrowsEncodingException()
    {
        var stream = TestStreams.Bytes([.. Encoding.UTF8.GetBytes("a,b\nc,"), 0xE6, 0x96]);

        var error = Assert.Throws<CsvEncodingException>(() => CsvReaderTests.ReadAll(stream));

        Assert.Equal(2, error.RowNumber);
    }
}
