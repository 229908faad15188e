using System.Globalization;
using System.Text;
using SupplierDD.Standards.Identifiers;

namespace SupplierDD.Benchmarks;

public sealed record GenSupplier(
    int Index, int Tier, string Name, string? LocalName, string[] Aliases, string? Scheme, string Value,
    string Country, string? Region, string RolesCsv, int RolesFlags, string? Email)
{
    /// <summary>What the CSVs write: a bare USCC for China, SCHEME:VALUE elsewhere.</summary>
    public string RegistrationId => Scheme is null ? Value : $"{Scheme}:{Value}";
    /// <summary>The scheme the registry stores (USCC is implied for a bare Chinese code).</summary>
    public string StoredScheme => Scheme ?? "USCC";
}

public sealed record GenLink(int Upstream, int Downstream, string Material, decimal? Share);

/// <summary>
/// A synthetic, acyclic, tiered PV supply graph: quartz → MG-Si → polysilicon → ingot/wafer → cell → module.
/// Links only run from one tier to the next. Upstream tiers are small and concentrated (a few large
/// polysilicon makers supply most wafer plants), downstream tiers are wide: a downstream supplier's
/// fan-in is at least one, the rest spread at random, and its suppliers are drawn with a skew
/// towards the large ones. Deterministic for a given seed.
/// </summary>
public sealed class PvGraph
{
    public static readonly string[] TierNames = ["Quartz", "MG-Si", "Polysilicon", "Ingot/Wafer", "Cell", "Module"];
    static readonly string[] TierRoles = ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Ingot|Wafer", "Cell", "Module"];
    static readonly int[] TierRoleFlags = [1 << 0, 1 << 1, 1 << 2, (1 << 3) | (1 << 4), 1 << 5, 1 << 6];
    /// <summary>What a supplier of tier k delivers to tier k+1.</summary>
    static readonly string[] OutMaterial = ["Quartz", "MetallurgicalSilicon", "Polysilicon", "Wafer", "Cell"];
    static readonly double[] SupplierShare = [0.02, 0.03, 0.05, 0.15, 0.25, 0.50];
    /// <summary>Share of all links that end in tier k (k = 1..5).</summary>
    static readonly double[] LinkShare = [0, 0.06, 0.065, 0.125, 0.25, 0.50];
    /// <summary>Higher = a stronger pull towards the large (low-index) suppliers of a tier.</summary>
    const double Skew = 1.6;

    public GenSupplier[] Suppliers { get; }
    public GenLink[] Links { get; }
    public int[] TierStart { get; }
    public int[] TierCount { get; }
    public List<int>[] Up { get; }
    public List<int>[] Down { get; }

    PvGraph(GenSupplier[] suppliers, GenLink[] links, int[] tierStart, int[] tierCount)
    {
        Suppliers = suppliers;
        Links = links;
        TierStart = tierStart;
        TierCount = tierCount;
        Up = new List<int>[suppliers.Length];
        Down = new List<int>[suppliers.Length];
        for (var i = 0; i < suppliers.Length; i++) { Up[i] = []; Down[i] = []; }
        foreach (var l in links)
        {
            Up[l.Downstream].Add(l.Upstream);
            Down[l.Upstream].Add(l.Downstream);
        }
    }

    public static PvGraph Generate(int supplierCount, int linkCount, int seed = 20261124)
    {
        var rng = new Random(seed);
        var tiers = TierNames.Length;
        var count = new int[tiers];
        var start = new int[tiers];
        var assigned = 0;
        for (var t = 0; t < tiers; t++)
        {
            count[t] = t == tiers - 1 ? supplierCount - assigned : Math.Max(2, (int)Math.Round(supplierCount * SupplierShare[t]));
            start[t] = assigned;
            assigned += count[t];
        }

        var suppliers = new GenSupplier[supplierCount];
        for (var t = 0; t < tiers; t++)
            for (var i = 0; i < count[t]; i++)
            {
                var index = start[t] + i;
                suppliers[index] = MakeSupplier(index, t, rng);
            }

        var links = new List<GenLink>(linkCount);
        var linksAssigned = 0;
        for (var t = 1; t < tiers; t++)
        {
            var pairLinks = t == tiers - 1 ? linkCount - linksAssigned : (int)Math.Round(linkCount * LinkShare[t]);
            linksAssigned += pairLinks;
            int nUp = count[t - 1], nDown = count[t];
            var maxFanIn = Math.Min(nUp, 40);
            pairLinks = Math.Clamp(pairLinks, nDown, nDown * maxFanIn);
            var fanIn = new int[nDown];
            Array.Fill(fanIn, 1);
            for (var extra = pairLinks - nDown; extra > 0;)
            {
                var d = rng.Next(nDown);
                if (fanIn[d] >= maxFanIn) continue;
                fanIn[d]++;
                extra--;
            }
            var chosen = new HashSet<int>();
            for (var d = 0; d < nDown; d++)
            {
                chosen.Clear();
                while (chosen.Count < fanIn[d]) chosen.Add((int)(nUp * Math.Pow(rng.NextDouble(), Skew)));
                var shares = Shares(chosen.Count, rng);
                var k = 0;
                foreach (var u in chosen)
                    links.Add(new GenLink(start[t - 1] + u, start[t] + d, OutMaterial[t - 1], shares?[k++]));
            }
        }
        return new PvGraph(suppliers, links.ToArray(), start, count);
    }

    /// <summary>Shares that add up to 100 (two decimals); one downstream supplier in ten does not know them.</summary>
    static decimal[]? Shares(int n, Random rng)
    {
        if (rng.Next(10) == 0) return null;
        var weights = Enumerable.Range(0, n).Select(_ => 0.2 + rng.NextDouble()).ToArray();
        var total = weights.Sum();
        var shares = weights.Select(w => Math.Max(0.01m, Math.Round((decimal)(100 * w / total), 2))).ToArray();
        return shares;
    }

    static readonly string[] Countries = ["CN", "VN", "MY", "TH", "IN", "DE", "US", "NO"];
    static readonly int[] CountryWeight = [70, 8, 6, 4, 4, 3, 3, 2];
    static readonly Dictionary<string, (string Scheme, string Region)> Foreign = new()
    {
        ["VN"] = ("VN-ERC", "VN-43"), ["MY"] = ("MY-SSM", "MY-13"), ["TH"] = ("TH-DBD", "TH-20"), ["IN"] = ("IN-CIN", "IN-GJ"),
        ["DE"] = ("DE-HRB", "DE-BY"), ["US"] = ("US-EIN", "US-WA"), ["NO"] = ("NO-ORG", "NO-50"),
    };
    /// <summary>Chinese regions with a GB/T 2260 division code for the USCC; upstream tiers sit where power is cheap.</summary>
    static readonly (string Region, string Division, int UpstreamWeight, int DownstreamWeight)[] ChinaRegions =
    [
        ("CN-XJ", "650102", 30, 5), ("CN-NM", "150203", 20, 5), ("CN-SC", "510100", 15, 5), ("CN-YN", "530100", 15, 5),
        ("CN-QH", "630100", 10, 0), ("CN-NX", "640100", 10, 5), ("CN-JS", "320500", 0, 40), ("CN-ZJ", "330100", 0, 25), ("CN-AH", "340100", 0, 10),
    ];
    static readonly string[] NameStems = ["Tianshan", "Golden Sun", "Everbright", "Huaxia", "Jade River", "Northern Star", "Red Cliff", "Silver Lake", "Great Wall", "Blue Ocean", "Sunrise", "Eastern Light", "Summit", "Phoenix", "Harmony", "Pioneer"];
    static readonly string[] CnStems = ["天山", "金阳", "光大", "华夏", "玉河", "北星", "赤壁", "银湖", "长城", "蓝海", "旭日", "东光", "峰顶", "凤凰", "和谐", "先锋"];
    static readonly string[] TierWords = ["Quartz Mining", "Silicon Industry", "Polysilicon", "Wafer Technology", "Photovoltaic Cell", "Solar Module"];
    static readonly string[] CnTierWords = ["石英矿业", "硅业", "多晶硅", "硅片科技", "光伏电池", "光伏组件"];
    static readonly string[] LegalForms = ["Co., Ltd.", "Group Co., Ltd.", "Corporation", "Holdings Ltd."];

    static GenSupplier MakeSupplier(int index, int tier, Random rng)
    {
        var roll = rng.Next(100);
        var country = Countries[^1];
        for (int c = 0, acc = 0; c < Countries.Length; c++)
        {
            acc += CountryWeight[c];
            if (roll < acc) { country = Countries[c]; break; }
        }
        var stem = rng.Next(NameStems.Length);
        var number = index.ToString("D6", CultureInfo.InvariantCulture);
        var name = $"{NameStems[stem]} {TierWords[tier]} {LegalForms[index % LegalForms.Length]} {number}";
        var aliases = (index % 7) switch
        {
            0 => new[] { $"{NameStems[stem]} {TierNames[tier]} {number}", $"{Initials(NameStems[stem])}{tier} {number}" },
            1 or 2 => new[] { $"{NameStems[stem]} {TierNames[tier]} {number}" },
            _ => [],
        };
        var email = index % 5 == 4 ? null : $"compliance@supplier{number}.example.com";
        if (country == "CN")
        {
            var upstream = tier <= 2;
            var total = ChinaRegions.Sum(r => upstream ? r.UpstreamWeight : r.DownstreamWeight);
            var pick = rng.Next(total);
            var region = ChinaRegions[^1];
            foreach (var r in ChinaRegions)
            {
                pick -= upstream ? r.UpstreamWeight : r.DownstreamWeight;
                if (pick < 0) { region = r; break; }
            }
            var local = $"{region.Region[3..]}{CnStems[stem]}{CnTierWords[tier]}有限公司{number}";
            return new GenSupplier(index, tier, name, local, aliases, null, Uscc(index, region.Division), country, region.Region,
                TierRoles[tier], TierRoleFlags[tier], email);
        }
        var (scheme, foreignRegion) = Foreign[country];
        var value = country == "DE" ? $"HRB {100000 + index}" : $"{country}{(700000000 + index).ToString(CultureInfo.InvariantCulture)}";
        return new GenSupplier(index, tier, name, null, aliases, scheme, value, country, index % 2 == 0 ? foreignRegion : null,
            TierRoles[tier], TierRoleFlags[tier], email);
    }

    static string Initials(string words) => string.Concat(words.Split(' ').Select(w => w[0]));

    /// <summary>A valid 18-character Unified Social Credit Code, unique per index (both check characters right).</summary>
    public static string Uscc(int index, string division)
    {
        const string alphabet = UnifiedSocialCreditCode.Alphabet;
        var body = new char[8];
        var n = index + 31 * 31 * 31; // no all-zero organisation codes
        for (var i = 7; i >= 0; i--)
        {
            body[i] = alphabet[n % 31];
            n /= 31;
        }
        const string orgValues = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int[] orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += orgValues.IndexOf(body[i]) * orgWeights[i];
        var orgCheck = (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
        var first17 = $"91{division}{new string(body)}{orgCheck}";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        return code;
    }

    public void WriteSuppliersCsv(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("name,local_name,aliases,registration_id,country_code,region_code,roles,contact_email\n");
        foreach (var s in Suppliers)
        {
            w.Write(Csv(s.Name)); w.Write(',');
            w.Write(Csv(s.LocalName)); w.Write(',');
            w.Write(Csv(string.Join('|', s.Aliases))); w.Write(',');
            w.Write(Csv(s.RegistrationId)); w.Write(',');
            w.Write(s.Country); w.Write(',');
            w.Write(s.Region); w.Write(',');
            w.Write(s.RolesCsv); w.Write(',');
            w.Write(s.Email); w.Write('\n');
        }
    }

    public void WriteLinksCsv(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("upstream_registration_id,downstream_registration_id,material,share_percent\n");
        foreach (var l in Links)
        {
            w.Write(Csv(Suppliers[l.Upstream].RegistrationId)); w.Write(',');
            w.Write(Csv(Suppliers[l.Downstream].RegistrationId)); w.Write(',');
            w.Write(l.Material); w.Write(',');
            w.Write(l.Share?.ToString("0.##", CultureInfo.InvariantCulture)); w.Write('\n');
        }
    }

    static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Nodes reached within <paramref name="depth"/> tiers (the start excluded).</summary>
    public int Reach(int start, bool upstream, int depth)
    {
        var seen = new HashSet<int> { start };
        var frontier = new List<int> { start };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var n in frontier)
                foreach (var m in upstream ? Up[n] : Down[n])
                    if (seen.Add(m)) next.Add(m);
            frontier = next;
        }
        return seen.Count - 1;
    }

    /// <summary>
    /// Up to <paramref name="wanted"/> distinct nodes whose trace size is closest to <paramref name="target"/>,
    /// from a deterministic sample of candidates in the given tiers.
    /// </summary>
    public List<(int Node, int Reach)> PickTraceNodes(bool upstream, int target, int wanted, int depth, int[] tiers, int sample = 8000)
    {
        var rng = new Random(upstream ? 11 : 13);
        var candidates = new HashSet<int>();
        var pool = tiers.SelectMany(t => Enumerable.Range(TierStart[t], TierCount[t])).ToArray();
        if (pool.Length <= sample) candidates.UnionWith(pool);
        else while (candidates.Count < sample) candidates.Add(pool[rng.Next(pool.Length)]);
        return candidates.Select(n => (Node: n, Reach: Reach(n, upstream, depth)))
            .OrderBy(c => Math.Abs(c.Reach - target)).ThenBy(c => c.Node)
            .Take(wanted).ToList();
    }

    public string Describe()
    {
        var sb = new StringBuilder();
        for (var t = 0; t < TierNames.Length; t++)
        {
            var ins = t == 0 ? 0 : Links.Count(l => Suppliers[l.Downstream].Tier == t);
            sb.Append(CultureInfo.InvariantCulture, $"{TierNames[t]} {TierCount[t]:N0}");
            if (t > 0) sb.Append(CultureInfo.InvariantCulture, $" (fan-in {(double)ins / TierCount[t]:0.0})");
            if (t < TierNames.Length - 1) sb.Append(" → ");
        }
        return sb.ToString();
    }
}
