namespace SupplierDD.Standards.Names;

/// <summary>String similarity for company names, shared by the registry's duplicate check and the screening matcher.</summary>
public static class StringSimilarity
{
    // Longer strings get heap arrays instead of stack space; names are far shorter.
    private const int StackLimit = 256;

    /// <summary>
    /// Jaro-Winkler similarity in [0, 1] with the usual prefix scale 0.1 over at most four characters. Two empty strings
    /// are equal (1); an empty and a non-empty string share nothing (0). Compares UTF-16 code units, ordinally.
    /// </summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0) return a.Length == b.Length ? 1 : 0;
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aMatched = a.Length <= StackLimit ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= StackLimit ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var halfTranspositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[j]) j++;
            if (a[i] != b[j]) halfTranspositions++;
            j++;
        }
        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - halfTranspositions / 2.0) / m) / 3.0;
        var prefix = 0;
        while (prefix < 4 && prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
