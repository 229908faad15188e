using SupplierDD.Standards.Csv;

namespace SupplierDD.Standards.Tests;

public sealed class SpreadsheetFormulaTests
{
    [Theory]
    [InlineData("=SUM(1)")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@x")]
    [InlineData(" =1")]
    [InlineData("   @SUM(A1)")]
    [InlineData("\t1")]
    [InlineData("\r1")]
    [InlineData("=HYPERLINK(\"http://example.test\",\"click\")")]
    public void LooksLikeFormula_CellSpreadsheetWouldEvaluate_ReturnsTrue(string cell)
    {
        Assert.True(SpreadsheetFormula.LooksLikeFormula(cell));
    }

    [Theory]
    [InlineData("Jiangsu")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1.5")]
    [InlineData("   ")]
    [InlineData("a=b")]
    [InlineData("Wuxi-Suntech")]
    [InlineData("江苏")]
    public void LooksLikeFormula_OrdinaryCell_ReturnsFalse(string? cell)
    {
        Assert.False(SpreadsheetFormula.LooksLikeFormula(cell));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("Jiangsu", "Jiangsu")]
    [InlineData(null, "")]
    public void Neutralize_FormulaCell_IsPrefixedWithQuoteOthersUnchanged(string? cell, string expected)
    {
        Assert.Equal(expected, SpreadsheetFormula.Neutralize(cell));
    }
}
