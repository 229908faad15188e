using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts.RiskScoring;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>
/// Stores new assessments. A score or band that moved is recorded in the history and announced with
/// <c>RiskScoreChanged</c> (in the same SaveChanges, through the outbox); new evidence alone is stored silently.
/// </summary>
public static class ScoreWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Returns how many suppliers' score or band changed.</summary>
    public static async Task<int> WriteAsync(RiskDbContext db, IReadOnlyCollection<RiskAssessment> assessments, DateTimeOffset now, CancellationToken ct)
    {
        var changed = 0;
        foreach (var chunk in assessments.Chunk(1000))
        {
            var ids = chunk.Select(a => a.SupplierId).ToList();
            var existing = await db.Scores.Where(s => ids.Contains(s.SupplierId)).ToDictionaryAsync(s => s.SupplierId, ct);
            foreach (var assessment in chunk)
            {
                var score = Math.Round(assessment.Score, 1, MidpointRounding.AwayFromZero);
                var band = assessment.Band.ToString();
                var factors = JsonSerializer.Serialize(assessment.Factors, Json);
                existing.TryGetValue(assessment.SupplierId, out var row);
                if (row is not null && row.Score == score && row.ModelBand == band)
                {
                    if (row.FactorsJson != factors || row.ModelVersion != assessment.ModelVersion)
                    {
                        row.FactorsJson = factors;
                        row.ModelVersion = assessment.ModelVersion;
                        row.ComputedAt = now;
                        row.Revision++;
                    }
                    continue;
                }

                var previousScore = row?.Score;
                var previousBand = row?.Band;
                var reason = CodedText.Of(RiskTexts.ChangeRescored, ("modelVersion", assessment.ModelVersion), ("modelBand", band));
                if (row is null)
                {
                    row = new RiskScore { SupplierId = assessment.SupplierId, ReviewState = ReviewState.Unreviewed, ReviewVersion = 1 };
                    db.Scores.Add(row);
                    reason = CodedText.Of(RiskTexts.ChangeFirstScore, ("modelVersion", assessment.ModelVersion));
                }
                else if (row.ModelBand != band)
                {
                    if (band == "Critical") reason = ReopenForCritical(row) ?? reason;
                    // An approval was of the old band: the new one needs a look.
                    else if (row.ReviewState == ReviewState.Approved) row.ReviewState = ReviewState.Unreviewed;
                    row.ReviewVersion++;
                }
                row.Score = score;
                row.ModelBand = band;
                row.Band = row.BandInForce();
                row.ModelVersion = assessment.ModelVersion;
                row.FactorsJson = factors;
                row.ComputedAt = now;
                row.ChangedAt = now;
                row.Revision++;
                Announce(db, row, previousScore, previousBand, assessment, reason, now);
                changed++;
            }
        }
        return changed;
    }

    /// <summary>
    /// The model moved to Critical. Whatever an analyst decided weighed evidence that did not make the supplier Critical,
    /// so an override (even one two analysts agreed on) and a pending request stop holding, and the review opens again:
    /// the band in force is Critical until two analysts agree on a lower one.
    /// </summary>
    static CodedText? ReopenForCritical(RiskScore row)
    {
        var lifted = row.OverrideBand;
        row.OverrideBand = null;
        row.OverrideRequestedBy = null;
        row.OverrideConfirmedBy = null;
        row.PendingBand = null;
        row.PendingBy = null;
        row.PendingJustification = null;
        row.PendingAt = null;
        row.ReviewState = ReviewState.Unreviewed;
        return lifted is null || lifted == "Critical" ? null : CodedText.Of(RiskTexts.ChangeCriticalReopened, ("overrideBand", lifted));
    }

    /// <summary>Records a change of score or band and publishes it.</summary>
    public static void Announce(RiskDbContext db, RiskScore row, double? previousScore, string? previousBand, RiskAssessment? assessment, CodedText reason, DateTimeOffset now)
    {
        db.ScoreChanges.Add(new RiskScoreChange
        {
            SupplierId = row.SupplierId, At = now, PreviousScore = previousScore, Score = row.Score, PreviousBand = previousBand, Band = row.Band, ModelVersion = row.ModelVersion,
            ReasonCode = reason.Code, ReasonArgs = reason.ArgsJson(),
        });
        var contributions = assessment?.Factors.ToDictionary(f => f.Factor, f => Math.Round(f.Contribution, 1))
            ?? JsonSerializer.Deserialize<List<FactorContribution>>(row.FactorsJson, Json)?.ToDictionary(f => f.Factor, f => Math.Round(f.Contribution, 1))
            ?? [];
        db.Publish(new RiskScoreChanged
        {
            SupplierId = row.SupplierId, PreviousScore = previousScore, Score = row.Score, PreviousBand = previousBand, Band = row.Band, ModelBand = row.ModelBand,
            ModelVersion = row.ModelVersion, Contributions = contributions, OccurredAt = now,
        });
    }
}
