namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// An in-memory index of listed entities (names and aliases) that screens supplier names against them. Build it once
/// per list version; <see cref="Match"/> is thread-safe. Candidates come from the query's rare tokens (and their
/// spelling variants through trigrams), then every candidate name is scored with <see cref="NameScorer"/>;
/// docs/screening-matching.md describes the whole method.
/// </summary>
public sealed class ScreeningIndex
{
    private readonly ListedEntity[] _entities;
    private readonly IndexedName[] _names;
    private readonly TokenVocabulary _vocabulary;
    private readonly MatchingOptions _options;
    private readonly NameNormalizer _normalizer;
    private readonly NameScorer _scorer;
    private readonly CandidateFinder _candidates;

    private ScreeningIndex(ListedEntity[] entities, IndexedName[] names, TokenVocabulary vocabulary, MatchingOptions options, NameNormalizer normalizer)
    {
        _entities = entities;
        _names = names;
        _vocabulary = vocabulary;
        _options = options;
        _normalizer = normalizer;
        _scorer = new NameScorer(options);
        _candidates = new CandidateFinder(vocabulary, names.Length, options);
    }

    /// <summary>Number of listed entities in the index.</summary>
    public int EntityCount => _entities.Length;

    /// <summary>The score from which a listed name is a hit (<see cref="MatchingOptions.Threshold"/> at build time).</summary>
    public double Threshold => _options.Threshold;

    /// <summary>Number of listed names (primary names and aliases) in the index.</summary>
    public int NameCount => _names.Length;

    /// <summary>Normalises every name and alias of <paramref name="entities"/> and indexes their tokens.
    /// The options are copied: changing them afterwards does not change this index.</summary>
    public static ScreeningIndex Build(IEnumerable<ListedEntity> entities, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(options);
        var snapshot = Copy(options);
        var normalizer = new NameNormalizer();
        var entityArray = entities.ToArray();
        var normalized = new List<(int Entity, string Raw, bool IsAlias, NormalizedName Name)>();
        for (var e = 0; e < entityArray.Length; e++)
        {
            var entity = entityArray[e];
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (raw, isAlias) in entity.Aliases.Select(a => (a, true)).Prepend((entity.Name, false)))
            {
                if (string.IsNullOrWhiteSpace(raw) || !seen.Add(raw.Trim())) continue;
                var name = normalizer.Normalize(raw.Trim());
                if (name.Tokens.Count > 0) normalized.Add((e, raw.Trim(), isAlias, name));
            }
        }

        var vocabulary = new TokenVocabulary();
        for (var id = 0; id < normalized.Count; id++)
        {
            var name = normalized[id].Name;
            foreach (var token in name.Tokens.DistinctBy(t => t.Text))
                vocabulary.Add(token.Text, id, token.Kind == TokenKind.Distinctive);
            if (name.Tokens.Count(t => t.Kind == TokenKind.Distinctive) >= 2
                && name.Tokens.All(t => t.Text != name.DistinctiveConcatenation))
                vocabulary.Add(name.DistinctiveConcatenation, id, true);
        }
        vocabulary.Freeze();

        var weights = new TokenWeights(vocabulary, normalized.Count, snapshot);
        var names = normalized
            .Select(n => new IndexedName(n.Entity, n.Raw, n.IsAlias, new NameProfile(n.Name, weights.Weigh)))
            .ToArray();
        return new ScreeningIndex(entityArray, names, vocabulary, snapshot, normalizer) { Weights = weights };
    }

    private TokenWeights Weights { get; init; } = null!;

    /// <summary>
    /// Screens one supplier: <paramref name="names"/> are all its names (Latin name, Chinese local name, aliases).
    /// Returns the entities that reach <see cref="MatchingOptions.Threshold"/>, at most one match per entity (its
    /// best query-name / listed-name pair), best first, at most <see cref="MatchingOptions.MaxResults"/>.
    /// <paramref name="countryCode"/> (ISO alpha-2), when given, lowers the score of entities listed in another country.
    /// </summary>
    public IReadOnlyList<NameMatch> Match(IReadOnlyList<string> names, string? countryCode = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        var queries = new List<NameProfile>(names.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in names)
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var normalized = _normalizer.Normalize(raw.Trim());
            var key = string.Join(' ', normalized.Tokens.Select(t => t.Text));
            if (normalized.Tokens.Count > 0 && seen.Add(key)) queries.Add(new NameProfile(normalized, Weights.Weigh));
        }

        var best = new Dictionary<int, (double Score, int Query, int Name)>();
        var candidates = new List<int>();
        for (var q = 0; q < queries.Count; q++)
        {
            _candidates.Find(queries[q], candidates);
            foreach (var nameId in candidates)
            {
                var listed = _names[nameId];
                var score = _scorer.Score(queries[q], listed.Profile) * CountryFactor(listed.Entity, countryCode);
                if (score < _options.Threshold) continue;
                if (!best.TryGetValue(listed.Entity, out var current) || score > current.Score)
                    best[listed.Entity] = (score, q, nameId);
            }
        }

        return best
            .OrderByDescending(e => e.Value.Score).ThenBy(e => _entities[e.Key].Name, StringComparer.Ordinal)
            .Take(_options.MaxResults)
            .Select(e => ToMatch(e.Key, e.Value.Score, queries[e.Value.Query], _names[e.Value.Name], countryCode))
            .ToList();
    }

    private double CountryFactor(int entity, string? countryCode) =>
        IsCountryMismatch(_entities[entity].CountryCode, countryCode) ? 1 - _options.CountryMismatchPenalty : 1;

    private static bool IsCountryMismatch(string? listed, string? query) =>
        !string.IsNullOrWhiteSpace(listed) && !string.IsNullOrWhiteSpace(query)
        && !string.Equals(listed.Trim(), query.Trim(), StringComparison.OrdinalIgnoreCase);

    private NameMatch ToMatch(int entityIndex, double score, NameProfile query, IndexedName listed, string? countryCode)
    {
        var entity = _entities[entityIndex];
        var alignment = _scorer.Explain(query, listed.Profile);
        return new NameMatch(
            entity.Id, Math.Round(score, 4), query.Name.Raw, listed.Raw, alignment.Pairs, entity.Name, listed.IsAlias,
            alignment.UnmatchedQuery, alignment.UnmatchedListed, IsCountryMismatch(entity.CountryCode, countryCode));
    }

    private static MatchingOptions Copy(MatchingOptions o) => new()
    {
        Threshold = o.Threshold, MinTokenSimilarity = o.MinTokenSimilarity, StrongTokenSimilarity = o.StrongTokenSimilarity,
        PlaceWeight = o.PlaceWeight, GenericWeight = o.GenericWeight, CountryMismatchPenalty = o.CountryMismatchPenalty,
        MaxCandidateTokenShare = o.MaxCandidateTokenShare, MinTrigramDice = o.MinTrigramDice, MaxResults = o.MaxResults,
    };
}

/// <summary>One listed name: the entity it belongs to, its raw text, whether it is an alias, its scoring profile.</summary>
internal sealed record IndexedName(int Entity, string Raw, bool IsAlias, NameProfile Profile);

/// <summary>Token weight = inverse document frequency over the listed names × the weight of the token's kind.</summary>
internal sealed class TokenWeights(TokenVocabulary vocabulary, int nameCount, MatchingOptions options)
{
    public double Weigh(NameToken token)
    {
        // +0.5 so that a token no listed name has (df 0) weighs a little more than one that a single name has.
        var idf = Math.Log(1 + nameCount / (vocabulary.DocumentFrequency(token.Text) + 0.5));
        return idf * token.Kind switch
        {
            TokenKind.Place => options.PlaceWeight,
            TokenKind.Generic => options.GenericWeight,
            _ => 1.0,
        };
    }
}
