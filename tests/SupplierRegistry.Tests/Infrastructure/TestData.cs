using SupplierDD.Standards.Identifiers;

namespace SupplierDD.SupplierRegistry.Tests.Infrastructure;

/// <summary>Fresh, valid identifiers for each test, so tests never collide.</summary>
public static class TestData
{
    /// <summary>A valid Unified Social Credit Code for an enterprise in the given 6-digit division (650000 = Xinjiang).</summary>
    public static string NewUscc(string division = "320500")
    {
        var digits = Random.Shared.NextInt64(10_000_000, 99_999_999).ToString();
        var orgCode = digits + OrganisationCheck(digits);
        var first17 = "91" + division + orgCode;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>GB 11714 check character of an organisation code's first eight digits.</summary>
    static char OrganisationCheck(string eight)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = eight.Select((c, i) => (c - '0') * weights[i]).Sum();
        var check = 11 - sum % 11;
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }

    public static string NewName(string prefix = "Test Solar") => $"{prefix} {Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)];

    public static string Unique() => Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
}
