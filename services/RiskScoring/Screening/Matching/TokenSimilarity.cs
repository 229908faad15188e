using SupplierDD.Standards.Names;

namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Similarity of two normalised tokens in 0..1. Two pinyin tokens are compared syllable by syllable (a different
/// syllable is a different Chinese character, so "zhongtai" and "zhongyuan" are different names even though
/// Jaro-Winkler rates them 0.88); anything else by Jaro-Winkler. A pinyin pair still gets Jaro-Winkler less a
/// penalty, so that a typo which happens to spell another syllable ("shenhou") is not lost entirely.
/// </summary>
internal static class TokenSimilarity
{
    private const double PinyinJaroWinklerPenalty = 0.05;
    private const double NearSyllable = 0.8;

    public static double Compare(string a, string[]? aSyllables, string b, string[]? bSyllables)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 1.0;
        var jw = JaroWinkler(a, b);
        if (aSyllables is null || bSyllables is null) return jw;
        return Math.Max(SyllableSimilarity(aSyllables, bSyllables), jw - PinyinJaroWinklerPenalty);
    }

    /// <summary>
    /// Whether <paramref name="brand"/> (not pinyin) reads as a Western spelling of the pinyin word: it starts with the
    /// first syllable, and each later syllable's initial follows in order ("daqo" for da-quan, not for xin-da).
    /// Too loose to decide a match alone (daqo fits da-qing as well); <see cref="NameScorer"/> uses it only when
    /// everything else in both names is the same.
    /// </summary>
    public static bool IsBrandSpelling(string brand, string[] syllables)
    {
        if (syllables.Length < 2 || brand.Length < 3 || !brand.StartsWith(syllables[0], StringComparison.Ordinal)) return false;
        var position = syllables[0].Length;
        for (var i = 1; i < syllables.Length; i++)
        {
            var initial = Initial(syllables[i]);
            var found = brand.IndexOf(initial, position, StringComparison.Ordinal);
            // The first later syllable must follow at once; others may come after dropped letters.
            if (found < 0 || (i == 1 && found != position)) return false;
            position = found + initial.Length;
        }
        return true;
    }

    private static string Initial(string syllable) =>
        syllable.Length >= 2 && syllable[1] == 'h' && syllable[0] is 'z' or 'c' or 's' ? syllable[..2] : syllable[..1];

    /// <summary>Best in-order alignment of the syllables, as a Dice-style share of both lengths.</summary>
    internal static double SyllableSimilarity(string[] a, string[] b)
    {
        if (a.Length == b.Length)
        {
            var sum = 0.0;
            for (var i = 0; i < a.Length; i++) sum += SyllablePair(a[i], b[i]);
            return sum / a.Length;
        }
        Span<double> previous = stackalloc double[b.Length + 1];
        Span<double> current = stackalloc double[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = 0;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Max(Math.Max(previous[j], current[j - 1]), previous[j - 1] + SyllablePair(a[i - 1], b[j - 1]));
            current.CopyTo(previous);
        }
        return 2 * previous[b.Length] / (a.Length + b.Length);
    }

    /// <summary>Same syllable, or one of the spellings romanisations and typists mix up: -n / -ng, z / zh, c / ch, s / sh.</summary>
    private static double SyllablePair(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal)) return 1.0;
        if (x.Length + 1 == y.Length && y.EndsWith('g') && y.StartsWith(x, StringComparison.Ordinal)) return NearSyllable;
        if (y.Length + 1 == x.Length && x.EndsWith('g') && x.StartsWith(y, StringComparison.Ordinal)) return NearSyllable;
        if (IsRetroflexVariant(x, y) || IsRetroflexVariant(y, x)) return NearSyllable;
        return 0;
    }

    private static bool IsRetroflexVariant(string withH, string without) =>
        withH.Length == without.Length + 1 && withH.Length >= 3 && withH[1] == 'h' && withH[0] is 'z' or 'c' or 's'
        && without[0] == withH[0] && withH.AsSpan(2).SequenceEqual(without.AsSpan(1));

    /// <summary>
    /// Jaro-Winkler (<see cref="StringSimilarity.JaroWinkler"/>). Tokens over 64 characters are no name words (glued
    /// text, codes): they match only when equal, which also bounds the work per comparison.
    /// </summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Length > 64 || b.Length > 64 ? (a.SequenceEqual(b) ? 1 : 0) : StringSimilarity.JaroWinkler(a, b);
}
