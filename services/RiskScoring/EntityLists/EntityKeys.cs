using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SupplierDD.RiskScoring.EntityLists;

/// <summary>Stable keys and fingerprints for listed entities and supplier names.</summary>
public static class EntityKeys
{
    /// <summary><c>US-UFLPA:hoshine silicon industry (shanshan) co., ltd</c>: NFKC, lower case, spaces collapsed.</summary>
    public static string For(string list, string name) => $"{list}:{Collapse(name)}";

    /// <summary>Order-insensitive hash of a set of names (NFKC, case and spacing ignored).</summary>
    public static string Fingerprint(IEnumerable<string> names)
    {
        var joined = string.Join('\n', names.Select(Collapse).Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..32];
    }

    static string Collapse(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
