using SupplierDD.Standards.Csv;
using SupplierDD.Standards.Tests.Support;

namespace SupplierDD.Standards.Tests;

public sealed class CsvHeaderTests
{
    private static readonly string[] Required = ["name", "local_name", "country", "uscc"];
    private static readonly string[] Optional = ["lei", "province"];

    [Fact]
    public void Read_AllRequiredColumns_IndexesThemInFileOrder()
    {
        var header = ReadHeader("uscc,name,country,local_name,lei\n");

        Assert.Equal(["uscc", "name", "country", "local_name", "lei"], header.Columns);
        Assert.Equal(1, header.IndexOf("name"));
        Assert.Equal(4, header.IndexOf("lei"));
        Assert.Equal(-1, header.IndexOf("province"));
    }

    [Fact]
    public void Read_DifferentCaseAndSurroundingSpaces_StillMatches()
    {
        var header = ReadHeader(" Name ,LOCAL_NAME,Country , USCC\n", withBom: true);

        Assert.Equal(0, header.IndexOf("name"));
        Assert.Equal(1, header.IndexOf("Local_Name"));
        Assert.Equal(3, header.IndexOf(" uscc "));
        Assert.Equal(["Name", "LOCAL_NAME", "Country", "USCC"], header.Columns);
    }

    [Fact]
    public void Read_MissingRequiredColumns_ListsEveryMissingColumn()
    {
        var error = Assert.Throws<CsvHeaderException>(() => ReadHeader("name,province\n"));

        Assert.Equal(["local_name", "country", "uscc"], error.MissingColumns);
        Assert.Equal(1, error.RowNumber);
        Assert.Contains("local_name, country, uscc", error.Message);
        Assert.Contains("the header has: name, province", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Read_EmptyFile_ThrowsListingExpectedHeader(string text)
    {
        var error = Assert.Throws<CsvHeaderException>(() => ReadHeader(text));

        Assert.Equal("the file is empty; expected a header row: name,local_name,country,uscc,lei,province", error.Message);
        Assert.Equal(Required, error.MissingColumns);
    }

    [Fact]
    public void Read_DuplicateColumnIgnoringCase_Throws()
    {
        var error = Assert.Throws<CsvHeaderException>(() => ReadHeader("name,local_name,country,uscc,Name\n"));

        Assert.Contains("'Name' appears twice (columns 1 and 5)", error.Message);
        Assert.Empty(error.MissingColumns);
    }

    [Fact]
    public void Read_TrailingBlankHeaderCells_AreAllowed()
    {
        var header = ReadHeader("name,local_name,country,uscc,,\n");

        Assert.Equal(6, header.Columns.Count);
        Assert.Equal(-1, header.IndexOf(""));
    }

    [Fact]
    public void Read_ColumnNeitherRequiredNorOptional_IsListedAsUnknown()
    {
        var header = ReadHeader("name,local_name,country,uscc,provnce,lei\n");

        Assert.Equal(["provnce"], header.UnknownColumns);
    }

    [Fact]
    public void Get_CellWithSpaces_ReturnsTrimmedValue()
    {
        var header = ReadHeader("name,local_name,country,uscc\n");

        Assert.Equal("Longi", header.Get(["  Longi ", "隆基", "CN", ""], "NAME"));
    }

    [Fact]
    public void Get_EmptyCell_ReturnsEmptyString()
    {
        var header = ReadHeader("name,local_name,country,uscc\n");

        Assert.Equal("", header.Get(["Longi", "隆基", "CN", "  "], "uscc"));
    }

    [Fact]
    public void Get_RowShorterThanHeader_ReturnsNull()
    {
        var header = ReadHeader("name,local_name,country,uscc\n");

        Assert.Null(header.Get(["Longi", "隆基"], "uscc"));
    }

    [Fact]
    public void Get_ColumnNotInHeader_ReturnsNull()
    {
        var header = ReadHeader("name,local_name,country,uscc\n");

        Assert.Null(header.Get(["Longi", "隆基", "CN", "x"], "lei"));
    }

    [Fact]
    public void Read_FollowedByRows_LeavesReaderOnFirstDataRow()
    {
        using var reader = new CsvReader(TestStreams.Utf8("name,local_name,country,uscc\nLongi,隆基,CN,916101007197160490\n"));
        var header = CsvHeader.Read(reader, Required, Optional);

        Assert.True(reader.TryReadRow(out var row));
        Assert.Equal("CN", header.Get(row, "country"));
        Assert.Equal(2, reader.RowNumber);
    }

    private static CsvHeader ReadHeader(string text, bool withBom = false)
    {
        using var reader = new CsvReader(TestStreams.Utf8(text, withBom));
        return CsvHeader.Read(reader, Required, Optional);
    }
}
