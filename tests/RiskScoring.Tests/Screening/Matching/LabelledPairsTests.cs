using System.Text;
using SupplierDD.RiskScoring.Screening.Matching;
using Xunit.Abstractions;

namespace SupplierDD.RiskScoring.Tests.Screening.Matching;

/// <summary>
/// Precision and recall of the matcher with its default options on the labelled pairs (Data/labelled-pairs.csv)
/// against the real UFLPA list. The numbers go to the test output; a failure lists every misclassified pair
/// with the score the pair got.
/// </summary>
public sealed class LabelledPairsTests(ITestOutputHelper output)
{
    private const double MinimumRecall = 0.95;
    private const double MinimumPrecision = 0.95;

    [Fact]
    public void LabelledSet_HasAtLeast200PairsThatNameListedEntities()
    {
        var pairs = LabelledPair.Load();

        Assert.True(pairs.Count >= 200, $"only {pairs.Count} labelled pairs");
        Assert.Contains(pairs, p => p.ExpectMatch);
        Assert.Contains(pairs, p => !p.ExpectMatch);
        foreach (var pair in pairs.Where(p => p.ListedName != LabelledPair.AnyEntity))
            _ = UflpaList.ByName(pair.ListedName);
    }

    [Fact]
    public void Match_LabelledPairs_ReachesPrecisionAndRecallGoals()
    {
        var pairs = LabelledPair.Load();
        var index = UflpaList.Index;
        var diagnostic = ScreeningIndex.Build(UflpaList.Entities, new MatchingOptions { Threshold = 0.5, MaxResults = 1000 });
        var outcomes = pairs.Select(p => Evaluate(p, index)).ToList();

        int tp = outcomes.Count(o => o.Pair.ExpectMatch && o.Correct), fn = outcomes.Count(o => o.Pair.ExpectMatch && !o.Correct);
        int tn = outcomes.Count(o => !o.Pair.ExpectMatch && o.Correct), fp = outcomes.Count(o => !o.Pair.ExpectMatch && !o.Correct);
        var recall = tp / (double)(tp + fn);
        var precision = tp + fp == 0 ? 1 : tp / (double)(tp + fp);

        var report = new StringBuilder()
            .AppendLine($"{pairs.Count} pairs: TP {tp}, FN {fn}, TN {tn}, FP {fp}; recall {recall:0.000}, precision {precision:0.000}")
            .AppendLine("by kind (correct / pairs):");
        foreach (var kind in outcomes.GroupBy(o => o.Pair.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            report.AppendLine($"  {kind.Key}: {kind.Count(o => o.Correct)} / {kind.Count()}");
        report.AppendLine("closest calls (score of the labelled pair at threshold 0.5):");
        foreach (var (o, score) in outcomes.Where(o => o.Correct && o.Pair.ListedName != LabelledPair.AnyEntity)
                     .Select(o => (o, PairScore(o.Pair, diagnostic)))
                     .OrderBy(x => Math.Abs(x.Item2 - index.Threshold)).Take(8))
            report.AppendLine($"  {o.Pair}: {score:0.000}");
        var wrong = outcomes.Where(o => !o.Correct).ToList();
        if (wrong.Count > 0) report.AppendLine("misclassified:");
        foreach (var o in wrong) report.AppendLine($"  {o.Pair}: {Describe(o, diagnostic)}");
        output.WriteLine(report.ToString());

        Assert.True(recall >= MinimumRecall && precision >= MinimumPrecision,
            $"recall {recall:0.000} (goal {MinimumRecall}), precision {precision:0.000} (goal {MinimumPrecision})\n{report}");
    }

    private static double PairScore(LabelledPair pair, ScreeningIndex diagnostic)
    {
        var entity = UflpaList.ByName(pair.ListedName);
        return diagnostic.Match([pair.Query]).FirstOrDefault(h => h.EntityId == entity.Id)?.Score ?? 0;
    }

    private static Outcome Evaluate(LabelledPair pair, ScreeningIndex index)
    {
        var hits = index.Match([pair.Query]);
        if (pair.ListedName == LabelledPair.AnyEntity) return new Outcome(pair, hits, hits.Count == 0);
        var entity = UflpaList.ByName(pair.ListedName);
        var hit = hits.Any(h => h.EntityId == entity.Id);
        return new Outcome(pair, hits, hit == pair.ExpectMatch);
    }

    /// <summary>The pair's score at a low threshold, and what the query did hit, so a failure can be read without a debugger.</summary>
    private static string Describe(Outcome o, ScreeningIndex diagnostic)
    {
        var hits = string.Join("; ", o.Hits.Select(h => $"{h.EntityName} {h.Score:0.000}"));
        if (o.Pair.ListedName == LabelledPair.AnyEntity) return $"hits [{hits}]";
        var entity = UflpaList.ByName(o.Pair.ListedName);
        var pairHit = diagnostic.Match([o.Pair.Query]).FirstOrDefault(h => h.EntityId == entity.Id);
        var pairText = pairHit is null
            ? "not even a candidate at 0.5"
            : $"{pairHit.Score:0.000} via '{pairHit.ListedName}' [{string.Join(", ", pairHit.Tokens.Select(t => $"{t.QueryToken}~{t.ListedToken} {t.Similarity:0.00}"))}]";
        return $"score {pairText}; hits [{hits}]";
    }

    private sealed record Outcome(LabelledPair Pair, IReadOnlyList<NameMatch> Hits, bool Correct);
}
