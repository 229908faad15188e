namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>What a dictionary word does to a name.</summary>
internal enum PhraseKind { Legal, Place, PlaceSuffix, Generic, Stop }

/// <summary>A dictionary word: its kind and the canonical tokens it becomes (none for legal forms and stop words).</summary>
internal sealed record Phrase(PhraseKind Kind, string[] Tokens);

/// <summary>
/// The word lists (<see cref="LegalForms"/>, <see cref="PlaceNames"/>, <see cref="GenericTerms"/>) as two lookups:
/// Chinese words by their characters, and Latin phrases by their letters with the spaces taken out, so that
/// "you xian gong si", "youxian gongsi" and "youxiangongsi" are one key. Pinyin keys come from ICU and are only
/// added for words of two syllables or more: a lone syllable ("chang" for 厂) is too often part of a real name.
/// When two lists give the same key, the first wins (legal forms, then places, then generic words).
/// </summary>
internal sealed class PhraseDictionary
{
    private static readonly Lazy<PhraseDictionary> SharedInstance = new(Create);

    private readonly Dictionary<string, Phrase> _han = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Phrase> _latin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Phrase>.AlternateLookup<ReadOnlySpan<char>> _hanLookup;
    private readonly Dictionary<string, Phrase>.AlternateLookup<ReadOnlySpan<char>> _latinLookup;

    private PhraseDictionary()
    {
        _hanLookup = _han.GetAlternateLookup<ReadOnlySpan<char>>();
        _latinLookup = _latin.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PhraseDictionary Shared => SharedInstance.Value;

    /// <summary>Longest Chinese word, in characters.</summary>
    public int MaxHanLength { get; private set; }

    /// <summary>Longest Latin phrase, in words.</summary>
    public int MaxLatinWords { get; private set; }

    /// <summary>
    /// A dictionary word that <paramref name="word"/> is a likely typo of ("Corporaton", "Biotec", "Xinjaing"):
    /// Jaro-Winkler at least <see cref="FuzzyWordSimilarity"/> against single words of five letters or more.
    /// </summary>
    public Phrase? FindLatinTypo(string word)
    {
        if (word.Length < 5 || !_fuzzyByFirstLetter.TryGetValue(word[0], out var keys)) return null;
        Phrase? best = null;
        var bestSimilarity = FuzzyWordSimilarity;
        foreach (var key in keys)
        {
            if (Math.Abs(key.Length - word.Length) > 2) continue;
            var similarity = TokenSimilarity.JaroWinkler(word, key);
            if (similarity < bestSimilarity) continue;
            bestSimilarity = similarity;
            best = _latin[key];
        }
        return best;
    }

    private const double FuzzyWordSimilarity = 0.94;
    private readonly Dictionary<char, List<string>> _fuzzyByFirstLetter = [];

    public Phrase? FindHan(ReadOnlySpan<char> word) => _hanLookup.TryGetValue(word, out var p) ? p : null;

    /// <summary>Looks up Latin words already joined without spaces.</summary>
    public Phrase? FindLatin(ReadOnlySpan<char> joinedWords) => _latinLookup.TryGetValue(joinedWords, out var p) ? p : null;

    private static PhraseDictionary Create()
    {
        var d = new PhraseDictionary();
        var legal = new Phrase(PhraseKind.Legal, []);
        foreach (var w in LegalForms.Han) d.AddHan(w, legal);
        foreach (var w in LegalForms.Latin) d.AddLatin(w, legal);

        foreach (var row in PlaceNames.Rows)
        {
            var parts = row.Split('|');
            var place = new Phrase(PhraseKind.Place, [Join(parts[0])]);
            foreach (var variant in parts) d.AddVariant(variant, place);
        }
        var suffix = new Phrase(PhraseKind.PlaceSuffix, []);
        foreach (var w in PlaceNames.HanSuffixes) d.AddHan(w, suffix);
        foreach (var w in PlaceNames.LatinSuffixes) d.AddLatin(w, suffix);

        var canonicalWords = new List<string>();
        foreach (var row in GenericTerms.Rows)
        {
            var parts = row.Split('|');
            var tokens = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var generic = new Phrase(PhraseKind.Generic, tokens);
            foreach (var variant in parts) d.AddVariant(variant, generic);
            canonicalWords.AddRange(tokens);
        }
        // Each canonical word is generic on its own too ("Nonferrous" without "Metals").
        foreach (var word in canonicalWords) d.AddLatin(word, new Phrase(PhraseKind.Generic, [word]));

        var stop = new Phrase(PhraseKind.Stop, []);
        foreach (var w in GenericTerms.LatinStopWords) d.AddLatin(w, stop);

        foreach (var (key, phrase) in d._latin)
        {
            if (key.Length < 5 || phrase.Kind is PhraseKind.Stop or PhraseKind.PlaceSuffix) continue;
            if (!d._fuzzyByFirstLetter.TryGetValue(key[0], out var list)) d._fuzzyByFirstLetter[key[0]] = list = [];
            list.Add(key);
        }
        return d;
    }

    private void AddVariant(string variant, Phrase phrase)
    {
        if (variant.Any(HanPinyin.IsHan)) AddHan(variant, phrase);
        else AddLatin(variant, phrase);
    }

    private void AddHan(string word, Phrase phrase)
    {
        _han.TryAdd(word, phrase);
        MaxHanLength = Math.Max(MaxHanLength, word.Length);
        var pinyin = HanPinyin.WordPinyin(word).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (pinyin.Length >= 2) AddLatin(string.Join(' ', pinyin), phrase);
    }

    private void AddLatin(string phrase, Phrase value)
    {
        var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        MaxLatinWords = Math.Max(MaxLatinWords, words.Length);
        _latin.TryAdd(string.Concat(words), value);
    }

    private static string Join(string phrase) => phrase.Replace(" ", "", StringComparison.Ordinal);
}
