using System.Text;
using Icu;

namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Pinyin of Han characters, from ICU's "Han-Latin; Latin-ASCII; Lower" transliterator (Debian's libicu through
/// icu.net). ICU's Han-Latin maps almost every character on its own (context rules such as 重庆 are rare), so the whole CJK
/// Unified Ideographs block is transliterated once at start-up (about half a second) and kept as a per-character table; matching then
/// never calls into ICU, which costs ~30 µs per call and whose transliterators are not thread-safe.
/// The same pass yields the set of valid pinyin syllables used to read Latin-script pinyin.
/// </summary>
internal static class HanPinyin
{
    private const char First = '\u4E00';
    private const char Last = '\u9FFF';
    private const string TransformId = "Han-Latin; Latin-ASCII; Lower";

    private static readonly Lazy<Table> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True for characters this class can transliterate (the CJK Unified Ideographs block and its extension A).</summary>
    public static bool IsHan(char c) => c is >= First and <= Last or >= '\u3400' and <= '\u4DBF';

    /// <summary>Pinyin syllable (lower-case ASCII, no tone) of one Han character, or null when ICU has none.</summary>
    public static string? Syllable(char c) =>
        c is >= First and <= Last ? Shared.Value.BySyllable[c - First] : Shared.Value.Extension[c];

    /// <summary>All syllables that ICU produces for some character and that contain a vowel
    /// ("m", "n", "hm" are interjections and would make any consonant cluster look like pinyin).</summary>
    public static IReadOnlySet<string> Syllables => Shared.Value.ValidSyllables;

    /// <summary>Loads ICU and builds the table now rather than on the first Chinese name.</summary>
    public static void Warm() => _ = Shared.Value;

    /// <summary>Pinyin of a Han word with syllables separated by single spaces ("新疆" → "xin jiang").</summary>
    public static string SpacedPinyin(string han)
    {
        var sb = new StringBuilder(han.Length * 5);
        foreach (var c in han)
        {
            var s = IsHan(c) ? Syllable(c) : null;
            if (s is null) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(s);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Pinyin of a whole dictionary word straight from ICU, syllables separated by spaces. Unlike the per-character
    /// table this honours ICU's few context rules (重庆 → "chong qing", not "zhong qing"); it takes a lock and
    /// ~30 µs, so it is for building dictionaries, not for matching.
    /// </summary>
    public static string WordPinyin(string han)
    {
        var table = Shared.Value;
        lock (table.Extension)
        {
            var raw = table.Extension.Transliterate(han);
            return string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Clean).OfType<string>());
        }
    }

    private static Table Build()
    {
        Wrapper.Init();
        using var transliterator = Transliterator.CreateInstance(TransformId, Transliterator.UTransDirection.Forward);
        var input = new StringBuilder((Last - First + 1) * 2);
        for (var c = First; c <= Last; c++) input.Append(c).Append('\n');
        var lines = transliterator.Transliterate(input.ToString()).Split('\n');
        var table = new string?[Last - First + 1];
        var syllables = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Length && i < lines.Length; i++)
        {
            var s = Clean(lines[i]);
            table[i] = s;
            if (s is not null && s.AsSpan().IndexOfAny("aeiou") >= 0) syllables.Add(s);
        }
        return new Table(table, syllables, new Extension(TransformId));
    }

    /// <summary>ICU leaves characters it cannot transliterate as they are; only a-z output is a syllable.</summary>
    internal static string? Clean(string s)
    {
        s = s.Trim();
        if (s.Length == 0 || s.Length > 6) return null;
        foreach (var ch in s)
            if (ch is < 'a' or > 'z') return null;
        return string.Intern(s);
    }

    private sealed record Table(string?[] BySyllable, IReadOnlySet<string> ValidSyllables, Extension Extension);

    /// <summary>Extension A characters are rare in company names: transliterate them one by one, under a lock.</summary>
    private sealed class Extension(string transformId)
    {
        private readonly Dictionary<char, string?> _cache = [];
        private Transliterator? _transliterator;

        public string? this[char c] => Get(c);

        /// <summary>Callers hold the lock on this object.</summary>
        public string Transliterate(string text)
        {
            _transliterator ??= Transliterator.CreateInstance(transformId, Transliterator.UTransDirection.Forward);
            return _transliterator.Transliterate(text);
        }

        private string? Get(char c)
        {
            lock (this)
            {
                if (_cache.TryGetValue(c, out var known)) return known;
                return _cache[c] = Clean(Transliterate(c.ToString()));
            }
        }
    }
}
