namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Finds the listed names worth scoring for one query name: the names that share one of its rare tokens (exactly,
/// or as a spelling variant by trigrams, or as the joined distinctive tokens). Tokens found in more than
/// <see cref="MatchingOptions.MaxCandidateTokenShare"/> of the names are skipped; a query made only of such tokens
/// ("Xinjiang Energy") takes the names that have all of its two rarest tokens instead.
/// </summary>
internal sealed class CandidateFinder(TokenVocabulary vocabulary, int nameCount, MatchingOptions options)
{
    private const int MinTokenDocumentFrequency = 50;
    private const int KnownTokenVariants = 3;
    private const int UnknownTokenVariants = 10;
    private readonly int _maxDocumentFrequency = Math.Max(MinTokenDocumentFrequency, (int)(options.MaxCandidateTokenShare * nameCount));
    private readonly ThreadLocal<Scratch> _scratch = new(() => new Scratch(nameCount, vocabulary.Count));

    /// <summary>Fills <paramref name="result"/> (cleared first) with distinct name ids.</summary>
    public void Find(NameProfile query, List<int> result)
    {
        result.Clear();
        var scratch = _scratch.Value!;
        scratch.NextGeneration();
        var usedAny = false;
        foreach (var token in query.Tokens)
            usedAny |= AddPostings(vocabulary.Postings(token.Text), scratch, result);
        if (query.Name.DistinctiveConcatenation.Length > 0)
            usedAny |= AddPostings(vocabulary.Postings(query.Name.DistinctiveConcatenation), scratch, result);

        var fuzzyKeys = query.Tokens.Where(t => t.Kind == TokenKind.Distinctive && t.Text.Length >= 3).Select(t => t.Text);
        if (query.Collapsed is not null) fuzzyKeys = fuzzyKeys.Append(query.Name.DistinctiveConcatenation);
        foreach (var key in fuzzyKeys)
        {
            // A token the list has needs fewer variants than one it has never seen (a typo, a pinyin for a brand).
            var limit = vocabulary.DocumentFrequency(key) > 0 ? KnownTokenVariants : UnknownTokenVariants;
            vocabulary.SimilarSpellings(key, options.MinTrigramDice, limit, scratch.Spelling,
                postings => usedAny |= AddPostings(postings, scratch, result));
        }

        if (!usedAny) AddCommonTokenIntersection(query, scratch, result);
    }

    private bool AddPostings(ReadOnlySpan<int> postings, Scratch scratch, List<int> result)
    {
        if (postings.IsEmpty || postings.Length > _maxDocumentFrequency) return false;
        foreach (var id in postings)
            if (scratch.Mark(id)) result.Add(id);
        return true;
    }

    private void AddCommonTokenIntersection(NameProfile query, Scratch scratch, List<int> result)
    {
        var rarest = query.Tokens
            .Select(t => vocabulary.Postings(t.Text).ToArray())
            .Where(p => p.Length > 0)
            .OrderBy(p => p.Length)
            .Take(2)
            .ToArray();
        if (rarest.Length == 0) return;
        IEnumerable<int> ids = rarest[0];
        if (rarest.Length == 2) ids = ids.Intersect(rarest[1]);
        foreach (var id in ids.Take(_maxDocumentFrequency * 4))
            if (scratch.Mark(id)) result.Add(id);
    }

    /// <summary>Per-thread buffers, so that <see cref="ScreeningIndex.Match"/> can run on many threads at once.</summary>
    private sealed class Scratch(int nameCount, int vocabularyCount)
    {
        private readonly int[] _stamps = new int[nameCount];
        private int _generation;

        public SpellingScratch Spelling { get; } = new(vocabularyCount);

        public void NextGeneration()
        {
            if (++_generation != int.MaxValue) return;
            Array.Clear(_stamps);
            _generation = 1;
        }

        public bool Mark(int id)
        {
            if (_stamps[id] == _generation) return false;
            _stamps[id] = _generation;
            return true;
        }
    }
}
