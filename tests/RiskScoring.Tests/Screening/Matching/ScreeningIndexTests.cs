using SupplierDD.RiskScoring.Screening.Matching;

namespace SupplierDD.RiskScoring.Tests.Screening.Matching;

public sealed class ScreeningIndexTests
{
    private const string Daqo = "Xinjiang Daqo New Energy Co., Ltd.";
    private const string Hoshine = "Hoshine Silicon Industry (Shanshan) Co., Ltd";

    [Fact]
    public void Build_RealUflpaList_IndexesEveryEntityAndAlias()
    {
        var entities = UflpaList.Entities;

        Assert.Equal(52, entities.Count);
        Assert.Equal(52, UflpaList.Index.EntityCount);
        Assert.Equal(entities.Sum(e => 1 + e.Aliases.Count), UflpaList.Index.NameCount);
    }

    [Fact]
    public void Match_PinyinOfListedChineseName_Finds()
    {
        var hit = Assert.Single(UflpaList.Index.Match(["Xinjiang Daquan Xinnengyuan Gufen Youxian Gongsi"]));

        Assert.Equal(UflpaList.ByName(Daqo).Id, hit.EntityId);
    }

    [Fact]
    public void Match_ChineseNameOfListedEntity_FindsItThroughTheAlias()
    {
        var hit = Assert.Single(UflpaList.Index.Match(["合盛硅业（鄯善）有限公司"]));

        Assert.Equal(UflpaList.ByName(Hoshine).Id, hit.EntityId);
        Assert.Equal("Hesheng Silicon Industry (Shanshan) Co.", hit.ListedName);
        Assert.True(hit.ListedNameIsAlias);
        Assert.Equal(Hoshine, hit.EntityName);
    }

    [Fact]
    public void Match_EveryHit_SaysWhichNamesAndTokensMatched()
    {
        var hits = UflpaList.Index.Match(["Acme Solar", "新疆大全新能源股份有限公司"]);

        var hit = Assert.Single(hits);
        Assert.Equal("新疆大全新能源股份有限公司", hit.QueryName);
        Assert.Equal(Daqo, hit.ListedName);
        Assert.False(hit.ListedNameIsAlias);
        Assert.Contains(hit.Tokens, t => t is { QueryToken: "xinjiang", ListedToken: "xinjiang", Kind: TokenKind.Place, QuerySource: "新疆", ListedSource: "xinjiang" });
        var daqo = Assert.Single(hit.Tokens, t => t.Kind == TokenKind.Distinctive);
        Assert.Equal(("daquan", "daqo", "大全"), (daqo.QueryToken, daqo.ListedToken, daqo.QuerySource));
        Assert.InRange(daqo.Similarity, 0.5, 1.0);
        Assert.Contains(hit.Tokens, t => t.QueryToken == "energy" && t.Similarity == 1.0);
        Assert.Empty(hit.UnmatchedQueryTokens);
    }

    [Fact]
    public void Match_AllHitsOnTheRealList_ExplainThemselves()
    {
        var index = UflpaList.Index;
        foreach (var pair in LabelledPair.Load().Where(p => p.ExpectMatch))
            foreach (var hit in index.Match([pair.Query]))
            {
                Assert.False(string.IsNullOrEmpty(hit.QueryName));
                Assert.False(string.IsNullOrEmpty(hit.ListedName));
                Assert.NotEmpty(hit.Tokens);
                Assert.All(hit.Tokens, t => Assert.InRange(t.Similarity, 0.0, 1.0));
                Assert.InRange(hit.Score, index.Threshold, 1.0);
            }
    }

    [Fact]
    public void Match_SeveralNamesOfOneSupplier_ReturnsOneMatchPerEntityWithItsBestPair()
    {
        var hits = UflpaList.Index.Match(["Xinjiang Daqo New Energy Co Ltd", "新疆大全新能源股份有限公司", "Xinjiang Daqin Energy"]);

        var hit = Assert.Single(hits);
        Assert.Equal(1.0, hit.Score);
        Assert.Equal("Xinjiang Daqo New Energy Co Ltd", hit.QueryName);
    }

    [Fact]
    public void Match_HitsComeBestFirst()
    {
        var hits = UflpaList.Index.Match(["Western Gold Hami Gold Mine Co., Ltd.", "Western Gold Co."]);

        Assert.True(hits.Count >= 2);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.EntityId), hits.Select(h => h.EntityId));
    }

    [Fact]
    public void Match_RaisingTheThreshold_DropsBorderlineHits()
    {
        const string borderline = "新疆大全新能源股份有限公司"; // a brand spelling, scores below 1
        var lenient = ScreeningIndex.Build(UflpaList.Entities, new MatchingOptions { Threshold = 0.90 });
        var strict = ScreeningIndex.Build(UflpaList.Entities, new MatchingOptions { Threshold = 0.99 });

        var score = Assert.Single(lenient.Match([borderline])).Score;
        Assert.InRange(score, 0.90, 0.99);
        Assert.Empty(strict.Match([borderline]));
        Assert.Single(strict.Match(["Xinjiang Daqo New Energy Company Limited"]));
    }

    [Fact]
    public void Match_LoweringTheThreshold_AddsWeakerCandidates()
    {
        var lenient = ScreeningIndex.Build(UflpaList.Entities, new MatchingOptions { Threshold = 0.5 });

        Assert.Empty(UflpaList.Index.Match(["Xinjiang Hengtong Nonferrous Metals Industry Co., Ltd."]));
        Assert.NotEmpty(lenient.Match(["Xinjiang Hengtong Nonferrous Metals Industry Co., Ltd."]));
    }

    [Fact]
    public void Match_DifferentCountry_LowersTheScoreButKeepsTheCandidate()
    {
        var options = new MatchingOptions { CountryMismatchPenalty = 0.2, Threshold = 0.5 };
        var index = ScreeningIndex.Build(UflpaList.Entities, options);

        var daqo = UflpaList.ByName(Daqo).Id;
        var sameCountry = Assert.Single(index.Match([Daqo], "CN"), h => h.EntityId == daqo);
        var otherCountry = Assert.Single(index.Match([Daqo], "US"), h => h.EntityId == daqo);

        Assert.False(sameCountry.CountryMismatch);
        Assert.True(otherCountry.CountryMismatch);
        Assert.Equal(sameCountry.Score * 0.8, otherCountry.Score, 3);
    }

    [Fact]
    public void Match_XinjiangWithAnotherDistinctiveName_DoesNotMatchJustForThePlace()
    {
        Assert.Empty(UflpaList.Index.Match(["Xinjiang Sandgrouse Polysilicon Co., Ltd."]));
    }

    [Fact]
    public void Match_OnlyLegalFormsOrNoNames_FindsNothing()
    {
        Assert.Empty(UflpaList.Index.Match(["Co., Ltd.", "", "有限公司"]));
        Assert.Empty(UflpaList.Index.Match([]));
    }

    [Fact]
    public void Match_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        var queries = LabelledPair.Load().Select(p => p.Query).ToArray();
        var expected = queries.Select(q => string.Join(',', UflpaList.Index.Match([q]).Select(h => h.EntityId))).ToArray();

        var actual = new string[queries.Length];
        Parallel.For(0, queries.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = string.Join(',', UflpaList.Index.Match([queries[i]]).Select(h => h.EntityId)));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Build_OptionsChangedAfterwards_DoNotChangeTheIndex()
    {
        var options = new MatchingOptions();
        var index = ScreeningIndex.Build(UflpaList.Entities, options);

        options.Threshold = 0.999;

        Assert.NotEmpty(index.Match(["新疆大全新能源股份有限公司"]));
    }
}
