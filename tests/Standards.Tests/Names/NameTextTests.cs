using SupplierDD.Standards.Names;

namespace SupplierDD.Standards.Tests.Names;

public sealed class NameTextTests
{
    [Theory]
    [InlineData("ＪＩＡＮＧＳＵ Ｓｏｌａｒ", "JIANGSU Solar")]
    [InlineData("大全（新疆）", "大全(新疆)")]
    [InlineData("Ｎｏ．１２３", "No.123")]
    [InlineData("Café", "Café")]
    public void Compatible_FoldsFullWidthAndCompatibilityForms(string text, string expected) =>
        Assert.Equal(expected, NameText.Compatible(text));

    [Fact]
    public void Compatible_ComposesAccents()
    {
        var decomposed = "Cafe\u0301";
        Assert.Equal("Caf\u00e9", NameText.Compatible(decomposed));
    }

    [Theory]
    [InlineData("jiangsu sunridge-silicon co., ltd.", new[] { "jiangsu", "sunridge", "silicon", "co", "ltd" })]
    [InlineData("新疆 测试硅业", new[] { "新疆", "测试硅业" })]
    [InlineData("cafe\u0301 & co", new[] { "cafe\u0301", "co" })]
    [InlineData("  ., ", new string[0])]
    public void Words_SplitsOnAnythingButLettersDigitsAndMarks(string text, string[] expected) =>
        Assert.Equal(expected, NameText.Words(text));
}
