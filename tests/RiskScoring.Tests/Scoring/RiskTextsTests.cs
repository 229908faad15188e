using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Scoring;

/// <summary>
/// Texts the risk API composes travel as codes with arguments: every code has an English and a Chinese template in the
/// Web app's RiskTextResource files, and the English template says what the English text says.
/// </summary>
public sealed partial class RiskTextsTests(SqliteRisk factory) : IClassFixture<SqliteRisk>
{
    static Dictionary<string, string> Resx(string fileName)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SupplierDD.sln"))) folder = folder.Parent;
        var path = Path.Combine(folder!.FullName, "services", "Web", "Resources", "Localization", fileName);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
    }

    static IEnumerable<string> Placeholders(string template) => Placeholder().Matches(template).Select(m => m.Value).Distinct().Order();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void EveryCode_HasTheSameEnglishTemplateAndAChineseOne_WithTheSamePlaceholders()
    {
        var english = Resx("RiskTextResource.resx");
        var chinese = Resx("RiskTextResource.zh-CN.resx");
        foreach (var (code, template) in RiskTexts.Templates)
        {
            Assert.True(english.TryGetValue(code, out var en), $"{code} is missing from RiskTextResource.resx");
            Assert.Equal(template, en);
            Assert.True(chinese.TryGetValue(code, out var zh) && zh.Length > 0, $"{code} is missing from RiskTextResource.zh-CN.resx");
            Assert.Equal(Placeholders(template), Placeholders(zh!));
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh!);
        }
        foreach (var word in RiskTexts.Words)
            Assert.True(english.ContainsKey(word) && chinese.ContainsKey(word), $"{word} is missing from a RiskTextResource file");
        Assert.Equal(english.Keys.Order(), chinese.Keys.Order());
    }

    [Fact]
    public async Task EvidenceAndChanges_CarryKnownCodes_WhoseEnglishIsTheText()
    {
        var s = Snapshots.Supplier(name: "Hoshine Silicon Industry (Shanshan) Co., Ltd.", region: "CN-SC", facilities: [Snapshots.Facility("CN-XJ")]);
        await factory.PublishAsync(Snapshots.Registered(s));
        await factory.Eventually(db => db.ScreeningHits.AnyAsync(h => h.SupplierId == s.SupplierId), "a hit", TimeSpan.FromSeconds(30));
        await factory.Eventually(db => db.Scores.AnyAsync(x => x.SupplierId == s.SupplierId && x.FactorsJson.Contains("screening-open")), "scored with the hit", TimeSpan.FromSeconds(30));

        var risk = await factory.ClientAs("risk-analyst").GetFromJsonAsync<SupplierRisk>($"/api/suppliers/{s.SupplierId}/risk", ScoreWriter.Json);
        var evidence = risk!.Factors.SelectMany(f => f.Evidence).ToList();
        Assert.Contains(evidence, e => e.Code == "evidence.region.facility.xinjiang");
        Assert.Contains(evidence, e => e.Code == "evidence.hit.open");
        Assert.Contains(evidence, e => e.Code == "evidence.staleness.never");
        foreach (var e in evidence)
        {
            Assert.NotNull(e.Code);
            Assert.True(RiskTexts.Templates.ContainsKey(e.Code!), $"unknown code {e.Code}");
            Assert.Equal(e.Text, RiskTexts.English(new CodedText(e.Code!, e.Args!)));
        }
        var change = Assert.Single(risk.History);
        Assert.Equal(RiskTexts.ChangeFirstScore, change.ReasonCode);
        Assert.Equal(RiskTexts.English(new CodedText(change.ReasonCode!, change.ReasonArgs!)), change.Reason);
    }

    [Fact]
    public void UpstreamCapAndFloorEvidence_CarryKnownCodes()
    {
        var poly = Tests.Scoring.Model.Make.InXinjiang("Xinjiang Poly");
        var wafer = Tests.Scoring.Model.Make.Supplier("Wafer Co");
        var cell = Tests.Scoring.Model.Make.Supplier("Cell Co");
        var scores = Tests.Scoring.Model.Make.Engine().ScoreAll(Tests.Scoring.Model.Make.Chain(poly, wafer, cell));

        var evidence = scores.Values.SelectMany(a => a.Factors).SelectMany(f => f.Evidence).ToList();
        Assert.Contains(evidence, e => e.Code == "evidence.upstream.direct.floor");
        Assert.Contains(evidence, e => e.Code == "evidence.upstream.tiers.floor");
        Assert.Contains(evidence, e => e.Code == "evidence.floor");
        Assert.All(evidence, e => Assert.True(e.Code is not null && RiskTexts.Templates.ContainsKey(e.Code), $"{e.Kind}: unknown code {e.Code}"));
        // Where the wording is the same, the English template says exactly what the text says.
        Assert.All(evidence.Where(e => e.Kind is "floor" or "region"), e => Assert.Equal(e.Text, RiskTexts.English(new CodedText(e.Code!, e.Args!))));
    }
}
