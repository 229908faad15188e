namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// The inverted index behind candidate search: every token of the listed names (and the joined distinctive tokens
/// of names that have several) with the names it occurs in, plus a character-trigram index over distinctive tokens
/// so that spelling variants ("daquan" for "daqo") are found without comparing against every listed name.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<List<int>> _postingsBuild = [];
    private readonly Dictionary<int, List<int>> _trigramsBuild = [];
    private int[][] _postings = [];
    private Dictionary<int, int[]> _trigrams = [];
    private int[] _trigramCounts = [];
    private int[] _documentFrequency = [];

    public int Count => _ids.Count;

    /// <summary>Adds one occurrence of a token in a name (call once per distinct token per name).</summary>
    public void Add(string token, int nameId, bool indexTrigrams)
    {
        if (!_ids.TryGetValue(token, out var id))
        {
            id = _ids.Count;
            _ids.Add(token, id);
            _postingsBuild.Add([]);
            if (indexTrigrams)
                foreach (var gram in Trigrams(token).Distinct())
                {
                    if (!_trigramsBuild.TryGetValue(gram, out var list)) _trigramsBuild[gram] = list = [];
                    list.Add(id);
                }
        }
        _postingsBuild[id].Add(nameId);
    }

    /// <summary>Freezes the build lists into arrays; no Add afterwards.</summary>
    public void Freeze()
    {
        _postings = _postingsBuild.Select(p => p.Distinct().ToArray()).ToArray();
        _documentFrequency = _postings.Select(p => p.Length).ToArray();
        _trigrams = _trigramsBuild.ToDictionary(e => e.Key, e => e.Value.ToArray());
        var counts = new int[_ids.Count];
        foreach (var (token, id) in _ids) counts[id] = Trigrams(token).Distinct().Count();
        _trigramCounts = counts;
        _postingsBuild.Clear();
        _trigramsBuild.Clear();
    }

    public int DocumentFrequency(string token) => _ids.TryGetValue(token, out var id) ? _documentFrequency[id] : 0;

    public ReadOnlySpan<int> Postings(string token) => _ids.TryGetValue(token, out var id) ? _postings[id] : default;

    /// <summary>
    /// Up to <paramref name="limit"/> listed tokens whose trigram Dice coefficient with <paramref name="token"/> reaches
    /// <paramref name="minDice"/>, most similar first, reported through <paramref name="found"/> with their postings.
    /// The limit keeps a common-looking pinyin token ("tianhong") from pulling in every "tian…" name.
    /// <paramref name="scratch"/> is left as it was found.
    /// </summary>
    public void SimilarSpellings(string token, double minDice, int limit, SpellingScratch scratch, Action<int[]> found)
    {
        Span<int> grams = stackalloc int[token.Length + 2];
        var gramCount = DistinctTrigrams(token, grams);
        if (gramCount == 0) return;
        var counts = scratch.Counts;
        var touched = scratch.Touched;
        foreach (var gram in grams[..gramCount])
        {
            if (!_trigrams.TryGetValue(gram, out var ids)) continue;
            foreach (var id in ids)
                if (counts[id]++ == 0) touched.Add(id);
        }
        var best = scratch.Best;
        foreach (var id in touched)
        {
            var dice = 2.0 * counts[id] / (gramCount + _trigramCounts[id]);
            counts[id] = 0;
            if (dice >= minDice) best.Add((dice, id));
        }
        touched.Clear();
        if (best.Count > limit) best.Sort((x, y) => y.Dice.CompareTo(x.Dice));
        for (var i = 0; i < best.Count && i < limit; i++) found(_postings[best[i].Id]);
        best.Clear();
    }

    private static int DistinctTrigrams(string token, Span<int> grams)
    {
        var count = 0;
        foreach (var gram in Trigrams(token))
            if (!grams[..count].Contains(gram)) grams[count++] = gram;
        return count;
    }

    /// <summary>Character trigrams of the token padded with ^ and $, packed into an int (tokens are ASCII).</summary>
    private static IEnumerable<int> Trigrams(string token)
    {
        if (token.Length < 2) yield break;
        var padded = "^" + token + "$";
        for (var i = 0; i + 3 <= padded.Length; i++)
            yield return (padded[i] & 0x3FF) << 20 | (padded[i + 1] & 0x3FF) << 10 | padded[i + 2] & 0x3FF;
    }
}

/// <summary>Per-thread buffers for <see cref="TokenVocabulary.SimilarSpellings"/>: a zeroed counter per listed token.</summary>
internal sealed class SpellingScratch(int vocabularyCount)
{
    public int[] Counts { get; } = new int[vocabularyCount];
    public List<int> Touched { get; } = [];
    public List<(double Dice, int Id)> Best { get; } = [];
}
