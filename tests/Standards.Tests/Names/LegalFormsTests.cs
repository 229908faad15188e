using SupplierDD.Standards.Names;

namespace SupplierDD.Standards.Tests.Names;

public sealed class LegalFormsTests
{
    [Theory]
    [InlineData("新疆测试硅业股份有限公司", "新疆测试硅业 ")]
    [InlineData("新疆测试硅业有限责任公司", "新疆测试硅业 ")]
    [InlineData("测试集团有限公司", "测试  ")]
    [InlineData("Jiangsu Sunridge", "Jiangsu Sunridge")]
    public void StripChinese_CutsWholeFormsLongestFirst(string text, string expected) =>
        Assert.Equal(expected, LegalForms.StripChinese(text));

    [Fact]
    public void Chinese_LongerFormsComeBeforeTheFormsTheyContain()
    {
        var forms = LegalForms.Chinese;
        for (var i = 0; i < forms.Count; i++)
            for (var j = i + 1; j < forms.Count; j++)
                Assert.False(forms[j].Contains(forms[i], StringComparison.Ordinal), $"{forms[j]} contains {forms[i]} but comes after it");
    }

    [Fact]
    public void LatinForms_AreLowerCaseWords_InNoTwoLists()
    {
        IReadOnlyList<string>[] lists = [LegalForms.English, LegalForms.OtherJurisdictions, LegalForms.EnglishStructure];
        var all = lists.SelectMany(l => l).ToList();
        Assert.All(all, form => Assert.Matches("^[a-z]+( [a-z]+)?$", form));
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(lists.Take(2).SelectMany(l => l), form => Assert.DoesNotContain(' ', form));
    }

    [Fact]
    public void ChineseForms_AreInNoTwoLists()
    {
        var all = LegalForms.Chinese.Concat(LegalForms.ChineseStructure).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("ltd")]
    [InlineData("limited")]
    [InlineData("corporation")]
    [InlineData("holdings")]
    public void English_HasTheCommonForms(string form) => Assert.Contains(form, LegalForms.English);
}
