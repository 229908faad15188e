using SupplierDD.RiskScoring.Screening.Matching;

namespace SupplierDD.RiskScoring.Tests.Screening.Matching;

public sealed class NameNormalizerTests
{
    private static readonly NameNormalizer Normalizer = new();

    private static string Tokens(string raw) => string.Join(' ', Normalizer.Normalize(raw).Tokens.Select(t => t.Text));

    private static string Kinds(string raw) =>
        string.Join(' ', Normalizer.Normalize(raw).Tokens.Select(t => $"{t.Text}:{t.Kind.ToString()[0]}"));

    [Fact]
    public void Normalize_FullWidthLatin_BecomesAsciiTokens()
    {
        Assert.Equal(Tokens("Xinjiang Daqo New Energy Co., Ltd."), Tokens("Ｘｉｎｊｉａｎｇ　Ｄａｑｏ　Ｎｅｗ　Ｅｎｅｒｇｙ　Ｃｏ．，Ｌｔｄ．"));
        Assert.Equal("xinjiang daqo new energy", Tokens("ＸＩＮＪＩＡＮＧ　ＤＡＱＯ　ＮＥＷ　ＥＮＥＲＧＹ"));
    }

    [Fact]
    public void Normalize_FullWidthParentheses_SeparateLikeAsciiOnes()
    {
        Assert.Equal(Tokens("合盛硅业(鄯善)有限公司"), Tokens("合盛硅业（鄯善）有限公司"));
    }

    [Theory]
    [InlineData("Hoshine Silicon Industry (Shanshan) Co., Ltd", "co,ltd")]
    [InlineData("Camel Group Company Limited", "group,company,limited")]
    [InlineData("Xinjiang Zhongtai Chemical Joint Stock Co., Ltd.", "joint stock,co,ltd")]
    [InlineData("Rare Earth Magnesium Technology Group Holdings, Ltd.", "group,holdings,ltd")]
    [InlineData("Hesheng Guiye Youxian Gongsi", "youxian gongsi")]
    public void Normalize_EnglishAndPinyinLegalForms_AreRemovedAndRemembered(string raw, string legalForms)
    {
        var name = Normalizer.Normalize(raw);

        Assert.Equal(legalForms, string.Join(',', name.LegalForms));
        Assert.DoesNotContain(name.Tokens, t => t.Text is "co" or "ltd" or "group" or "limited" or "gongsi" or "youxian");
    }

    [Theory]
    [InlineData("新疆大全新能源股份有限公司", "股份有限公司")]
    [InlineData("新疆中泰（集团）有限责任公司", "集团,有限责任公司")]
    [InlineData("合盛硅业（鄯善）有限公司", "有限公司")]
    [InlineData("世纪阳光集团控股有限公司", "集团,控股,有限公司")]
    public void Normalize_ChineseLegalForms_AreRemovedAndRemembered(string raw, string legalForms)
    {
        Assert.Equal(legalForms, string.Join(',', Normalizer.Normalize(raw).LegalForms));
    }

    [Fact]
    public void Normalize_HanCharacters_BecomePinyinThroughIcu()
    {
        Assert.Equal("hesheng silicon industry shanshan", Tokens("合盛硅业（鄯善）有限公司"));
        Assert.Equal("xinjiang zhongtai chemical", Tokens("新疆中泰化学股份有限公司"));
    }

    [Fact]
    public void Normalize_SyllablesOfOneChineseWord_AreGrouped()
    {
        // 大全 is one name: "daquan", not "da" "quan"; 新能源 is the generic "new energy".
        Assert.Equal("xinjiang:P daquan:D new:G energy:G", Kinds("新疆大全新能源股份有限公司"));
    }

    [Theory]
    [InlineData("Xin Jiang Da Quan New Energy Co., Ltd.")]
    [InlineData("xin jiang da quan xin neng yuan gu fen you xian gong si")]
    [InlineData("Xinjiang Daquan Xinnengyuan Gufen Youxian Gongsi")]
    public void Normalize_LatinPinyinSpacedOrJoined_GivesTheSameTokensAsTheHan(string latin)
    {
        Assert.Equal(Kinds("新疆大全新能源股份有限公司"), Kinds(latin));
    }

    [Theory]
    [InlineData("新疆生产建设兵团", "xinjiang")]
    [InlineData("Xinjiang Production and Construction Corps", "xinjiang")]
    [InlineData("新疆维吾尔自治区乌鲁木齐市", "xinjiang urumqi")]
    [InlineData("Wulumuqi Shi", "urumqi")]
    [InlineData("和田", "hotan")]
    [InlineData("Hetian", "hotan")]
    [InlineData("Kashi", "kashgar")]
    [InlineData("吐鲁番", "turpan")]
    [InlineData("Hongyuan New Materials (Baotou) Co., Ltd.", "baotou")]
    [InlineData("Shanshan County", "shanshan")]
    public void Normalize_PlaceQualifiers_AreMarkedWithTheirCanonicalName(string raw, string places)
    {
        var name = Normalizer.Normalize(raw);

        Assert.Equal(places, string.Join(' ', name.Tokens.Where(t => t.Kind == TokenKind.Place).Select(t => t.Text)));
    }

    [Fact]
    public void Normalize_IndustryWords_AreGenericInEnglishChineseAndPinyin()
    {
        Assert.Equal("silicon:G industry:G", Kinds("硅业"));
        Assert.Equal("silicon:G industry:G", Kinds("Gui Ye"));
        Assert.Equal("new:G energy:G technology:G", Kinds("New Energy Technology"));
        Assert.Equal("new:G energy:G technology:G", Kinds("新能源科技"));
    }

    [Fact]
    public void Normalize_PunctuationAmpersandAndAccents_AreFolded()
    {
        Assert.Equal(Tokens("Heze Cotton and Linen Co., Ltd."), Tokens("HEZE COTTON & LINEN CO.,LTD."));
        Assert.Equal("dongguan luzhou shoe", Tokens("Dongguan Lüzhou Shoes"));
        Assert.Equal("dongguan luzhou shoe", Tokens("Dongguan Lvzhou Shoes"));
        Assert.Equal("xian", Tokens("Xi'an"));
    }

    [Fact]
    public void Normalize_Initials_StayTogether()
    {
        Assert.Equal("donghai ja solar technology", Tokens("Donghai J.A. Solar Technology"));
    }

    [Fact]
    public void Normalize_TokensRememberTheTextTheyCameFrom()
    {
        var name = Normalizer.Normalize("新疆大全新能源股份有限公司");

        Assert.Equal(["新疆", "大全", "新能源", "新能源"], name.Tokens.Select(t => t.Source));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Co., Ltd.")]
    [InlineData("有限公司")]
    [InlineData("（）")]
    public void Normalize_NothingButLegalFormsOrPunctuation_HasNoTokens(string raw)
    {
        Assert.Empty(Normalizer.Normalize(raw).Tokens);
    }
}
