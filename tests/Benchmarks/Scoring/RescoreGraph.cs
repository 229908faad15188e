using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.Benchmarks.Scoring;

/// <summary>
/// A synthetic PV supply graph as the risk model sees it: quartz → MG-Si → polysilicon →
/// ingot/wafer → cell → module, links only one tier down, upstream tiers small and concentrated
/// (a few large polysilicon makers supply most wafer plants), about 1 % of facilities in Xinjiang,
/// 0.1 % confirmed and 0.5 % open screening hits, and review dates up to 900 days back (one in five never reviewed). Deterministic for a given seed.
/// </summary>
public sealed class RescoreGraph
{
    static readonly string[] Tiers = ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Wafer", "Cell", "Module"];
    static readonly double[] SupplierShare = [0.02, 0.03, 0.05, 0.15, 0.25, 0.50];
    /// <summary>Share of all links that end in tier k (k = 1..5).</summary>
    static readonly double[] LinkShare = [0, 0.06, 0.065, 0.125, 0.25, 0.50];
    static readonly string[] ChinaRegions = ["CN-NM", "CN-SC", "CN-YN", "CN-QH", "CN-NX", "CN-JS", "CN-ZJ", "CN-AH"];
    static readonly (string Country, string? Region)[] Abroad = [("VN", "VN-43"), ("MY", "MY-13"), ("TH", "TH-20"), ("IN", "IN-GJ"), ("DE", "DE-BY"), ("US", "US-WA")];
    /// <summary>Higher = a stronger pull towards the large (low-index) suppliers of a tier.</summary>
    const double Skew = 1.6;

    RescoreGraph(List<SupplierFacts> suppliers, List<SupplyEdge> edges, int[] tierStart, int[] tierCount)
    {
        Suppliers = suppliers;
        Edges = edges;
        TierStart = tierStart;
        TierCount = tierCount;
    }

    public List<SupplierFacts> Suppliers { get; }
    public List<SupplyEdge> Edges { get; }
    public int[] TierStart { get; }
    public int[] TierCount { get; }

    /// <summary>Index of the polysilicon tier.</summary>
    public const int PolysiliconTier = 2;

    public static RescoreGraph Generate(int supplierCount, int linkCount, int seed, DateTimeOffset now)
    {
        var rng = new Random(seed);
        var count = new int[Tiers.Length];
        var start = new int[Tiers.Length];
        for (int t = 0, assigned = 0; t < Tiers.Length; t++)
        {
            count[t] = t == Tiers.Length - 1 ? supplierCount - assigned : Math.Max(2, (int)Math.Round(supplierCount * SupplierShare[t]));
            start[t] = assigned;
            assigned += count[t];
        }

        var suppliers = new List<SupplierFacts>(supplierCount);
        for (var t = 0; t < Tiers.Length; t++)
            for (var i = 0; i < count[t]; i++)
                suppliers.Add(MakeSupplier(start[t] + i, t, rng, now));

        var edges = new List<SupplyEdge>(linkCount);
        for (int t = 1, linksAssigned = 0; t < Tiers.Length; t++)
        {
            var pairLinks = t == Tiers.Length - 1 ? linkCount - linksAssigned : (int)Math.Round(linkCount * LinkShare[t]);
            linksAssigned += pairLinks;
            int nUp = count[t - 1], nDown = count[t];
            var maxFanIn = Math.Min(nUp, 40);
            pairLinks = Math.Clamp(pairLinks, nDown, nDown * maxFanIn);
            var fanIn = new int[nDown];
            Array.Fill(fanIn, 1);
            for (var extra = pairLinks - nDown; extra > 0;)
            {
                var d = rng.Next(nDown);
                if (fanIn[d] >= maxFanIn)
                    continue;
                fanIn[d]++;
                extra--;
            }
            var chosen = new HashSet<int>();
            for (var d = 0; d < nDown; d++)
            {
                chosen.Clear();
                while (chosen.Count < fanIn[d])
                    chosen.Add((int)(nUp * Math.Pow(rng.NextDouble(), Skew)));
                foreach (var u in chosen)
                    edges.Add(new SupplyEdge(suppliers[start[t - 1] + u].SupplierId, suppliers[start[t] + d].SupplierId, Tiers[t - 1]));
            }
        }
        return new RescoreGraph(suppliers, edges, start, count);
    }

    static SupplierFacts MakeSupplier(int index, int tier, Random rng, DateTimeOffset now)
    {
        var (country, region) = Location(rng);
        var facilities = new FacilityFact[1 + (rng.Next(4) == 0 ? 1 : 0)];
        for (var f = 0; f < facilities.Length; f++)
        {
            // About 1 % of facilities in Xinjiang, in every tier.
            var (fc, fr) = rng.Next(100) == 0 ? ("CN", "CN-XJ") : Location(rng);
            facilities[f] = new FacilityFact(Guid.NewGuid(), $"Plant {index}-{f}", fc, fr);
        }
        var roll = rng.Next(1000);
        ScreeningFact[] screening = roll switch
        {
            < 1 => [Hit(ScreeningState.Confirmed)],
            < 6 => [Hit(ScreeningState.Open)],
            < 16 => [Hit(ScreeningState.Dismissed)],
            _ => [],
        };
        return new SupplierFacts
        {
            SupplierId = Guid.NewGuid(),
            Name = $"{Tiers[tier]} Supplier {index:D6}",
            CountryCode = country,
            RegionCode = region,
            Facilities = facilities,
            Roles = [Tiers[tier]],
            Status = "Approved",
            Screening = screening,
            RegisteredAt = now.AddDays(-400 - rng.Next(1000)),
            LastReviewedAt = rng.Next(5) == 0 ? null : now.AddDays(-rng.Next(900)),
        };
    }

    static (string Country, string? Region) Location(Random rng) =>
        rng.Next(10) < 7 ? ("CN", ChinaRegions[rng.Next(ChinaRegions.Length)]) : Abroad[rng.Next(Abroad.Length)];

    static ScreeningFact Hit(ScreeningState state) => new(Guid.NewGuid(), "UFLPA Entity List", "Listed Entity", state, 0.9);
}
