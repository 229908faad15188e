using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;
using SupplierDD.RiskScoring.Scoring.Model;
using SupplierDD.RiskScoring.Screening;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>Reads the projection, hits and reviews into the model's facts. A new source adds its record to <see cref="SupplierFacts.Extra"/> here.</summary>
public static class FactsLoader
{
    /// <summary>Facts of <paramref name="ids"/> (all suppliers when null); placeholders without a snapshot are left out.</summary>
    public static async Task<List<SupplierFacts>> LoadAsync(RiskDbContext db, IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        var suppliers = db.Suppliers.AsNoTracking().Where(s => s.Version > 0);
        var facilities = db.Facilities.AsNoTracking();
        var hits = db.ScreeningHits.AsNoTracking().Where(h => h.State != HitState.Withdrawn);
        var scores = db.Scores.AsNoTracking();
        if (ids is not null)
        {
            suppliers = suppliers.Where(s => ids.Contains(s.Id));
            facilities = facilities.Where(f => ids.Contains(f.SupplierId));
            hits = hits.Where(h => ids.Contains(h.SupplierId));
            scores = scores.Where(s => ids.Contains(s.SupplierId));
        }
        var facilitiesBySupplier = (await facilities.ToListAsync(ct)).ToLookup(f => f.SupplierId);
        var hitsBySupplier = (await hits.ToListAsync(ct)).ToLookup(h => h.SupplierId);
        var reviewed = await scores.Where(s => s.ReviewedAt != null).ToDictionaryAsync(s => s.SupplierId, s => s.ReviewedAt, ct);

        return (await suppliers.ToListAsync(ct)).Select(s => new SupplierFacts
        {
            SupplierId = s.Id, Name = s.Name, CountryCode = s.CountryCode, RegionCode = s.RegionCode, Roles = s.Roles, Status = s.Status,
            RegisteredAt = s.FirstSeenAt, LastReviewedAt = reviewed.GetValueOrDefault(s.Id),
            Facilities = facilitiesBySupplier[s.Id].Select(f => new FacilityFact(f.Id, f.Name, f.CountryCode, f.RegionCode)).ToList(),
            Screening = hitsBySupplier[s.Id].Select(h => new ScreeningFact(h.Id, h.List, h.EntityName, h.State switch
            {
                HitState.Confirmed => ScreeningState.Confirmed,
                HitState.Dismissed => ScreeningState.Dismissed,
                _ => ScreeningState.Open,
            }, h.Score, h.DecidedBy)).ToList(),
        }).ToList();
    }

    /// <summary>Live links touching <paramref name="ids"/> (all when null).</summary>
    public static async Task<List<SupplyEdge>> LoadEdgesAsync(RiskDbContext db, IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        var links = db.Links.AsNoTracking().Where(l => !l.Removed);
        if (ids is not null) links = links.Where(l => ids.Contains(l.UpstreamId) || ids.Contains(l.DownstreamId));
        return await links.Select(l => new SupplyEdge(l.UpstreamId, l.DownstreamId, l.Material)).ToListAsync(ct);
    }
}
