namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Reads a Latin token as pinyin: splits "xinjiang" into "xin" "jiang" using the syllables ICU produces
/// (<see cref="HanPinyin.Syllables"/>). Used to compare pinyin names syllable by syllable, since two Chinese names
/// that share a first syllable ("zhongtai", "zhongyuan") are different names, which plain Jaro-Winkler rates close.
/// </summary>
internal static class PinyinSyllables
{
    private const int MaxSyllableLength = 6;
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Lookup =
        new(() => new HashSet<string>(HanPinyin.Syllables, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>True when the word is exactly one pinyin syllable.</summary>
    public static bool IsSyllable(ReadOnlySpan<char> word) => word.Length <= MaxSyllableLength && Lookup.Value.Contains(word);

    /// <summary>
    /// Splits a lower-case ASCII token into pinyin syllables, preferring the split with the fewest syllables
    /// ("xian" is one syllable, not "xi" "an"), or returns null when the token is not pinyin.
    /// </summary>
    public static string[]? Segment(string token)
    {
        var n = token.Length;
        if (n == 0 || n > 48) return null;
        Span<int> fewest = stackalloc int[n + 1];
        Span<int> cut = stackalloc int[n + 1];
        fewest[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            fewest[end] = int.MaxValue;
            for (var len = Math.Min(MaxSyllableLength, end); len >= 1; len--)
            {
                var start = end - len;
                if (fewest[start] == int.MaxValue || fewest[start] + 1 >= fewest[end]) continue;
                if (!IsSyllable(token.AsSpan(start, len))) continue;
                fewest[end] = fewest[start] + 1;
                cut[end] = start;
            }
        }
        if (fewest[n] == int.MaxValue) return null;
        var syllables = new string[fewest[n]];
        for (int end = n, i = syllables.Length - 1; end > 0; end = cut[end], i--)
            syllables[i] = token[cut[end]..end];
        return syllables;
    }
}
