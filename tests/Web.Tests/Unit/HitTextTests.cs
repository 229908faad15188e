using SupplierDD.Web.Pages.Risk;

namespace SupplierDD.Web.Tests.Unit;

public sealed class HitTextTests
{
    static string Marked(IReadOnlyList<HitText.Part> parts) => string.Concat(parts.Select(p => p.Matched ? $"[{p.Text}]" : p.Text));

    [Fact]
    public void Highlight_LatinTokens_MarksWordsAndJoinedSyllables()
    {
        var parts = HitText.Highlight("Xinjiang Da Quan New Energy Co., Ltd.", ["xinjiang", "daquan"]);
        Assert.Equal("[Xinjiang Da Quan] New Energy Co., Ltd.", Marked(parts));
    }

    [Fact]
    public void Highlight_HanSources_MarksTheCharactersTheTokensCameFrom()
    {
        var parts = HitText.Highlight("合盛硅业（鄯善）有限公司", ["hesheng", "shanshan"], ["合盛", "鄯善", null]);
        Assert.Equal("[合盛]硅业（[鄯善]）有限公司", Marked(parts));
    }

    [Fact]
    public void Highlight_NothingMatched_ReturnsTheNameAsIs()
    {
        var parts = HitText.Highlight("Suzhou Canalstone Solar", ["daquan"], ["大全"]);
        Assert.Equal("Suzhou Canalstone Solar", Marked(parts));
        Assert.Single(parts);
    }
}
