namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Scores a query name against a listed name: each token is aligned with its most similar token on the other side,
/// and the score is the mean of the two weighted coverages (how much of the query the listed name explains, and
/// how much of the listed name the query explains), so that neither a short name inside a long one nor a long
/// name around a short one scores 1. Weights are rarity (IDF over the index) times the kind weight, so a shared
/// "Xinjiang" or "New Energy" cannot make two different companies match.
/// </summary>
internal sealed class NameScorer(MatchingOptions options)
{
    /// <summary>Best score over the plain and the joined-distinctive token lists.</summary>
    public double Score(NameProfile query, NameProfile listed)
    {
        var best = Score(query.Tokens, listed.Tokens);
        if (query.Collapsed is not null || listed.Collapsed is not null)
            best = Math.Max(best, Score(query.Collapsed ?? query.Tokens, listed.Collapsed ?? listed.Tokens));
        return best;
    }

    /// <summary>The token alignment behind <see cref="Score(NameProfile, NameProfile)"/>, for a hit's explanation.</summary>
    public Alignment Explain(NameProfile query, NameProfile listed)
    {
        var q = query.Tokens;
        var l = listed.Tokens;
        if ((query.Collapsed is not null || listed.Collapsed is not null)
            && Score(query.Collapsed ?? q, listed.Collapsed ?? l) > Score(q, l))
        {
            q = query.Collapsed ?? q;
            l = listed.Collapsed ?? l;
        }
        var credits = Credits(q, l);
        var pairs = new List<TokenMatch>();
        var unmatchedQuery = new List<string>();
        for (var i = 0; i < q.Length; i++)
        {
            var j = BestIndex(credits, i, l.Length);
            if (j < 0) { unmatchedQuery.Add(q[i].Text); continue; }
            var similarity = Math.Max(Similarity(q[i], l[j]), credits[i * l.Length + j]);
            pairs.Add(new TokenMatch(q[i].Text, l[j].Text, Math.Round(similarity, 3), q[i].Kind, q[i].Source, l[j].Source, Math.Round(q[i].Weight, 3)));
        }
        var unmatchedListed = new List<string>();
        for (var j = 0; j < l.Length; j++)
        {
            var matched = false;
            for (var i = 0; i < q.Length && !matched; i++) matched = credits[i * l.Length + j] > 0;
            if (!matched) unmatchedListed.Add(l[j].Text);
        }
        return new Alignment(pairs, unmatchedQuery, unmatchedListed);
    }

    private double Score(ScoringToken[] q, ScoringToken[] l)
    {
        if (q.Length == 0 || l.Length == 0) return 0;
        var credits = Credits(q, l);
        double queryCovered = 0, queryTotal = 0, listedCovered = 0, listedTotal = 0;
        for (var i = 0; i < q.Length; i++)
        {
            var best = 0.0;
            for (var j = 0; j < l.Length; j++) best = Math.Max(best, credits[i * l.Length + j]);
            queryCovered += q[i].Weight * best;
            queryTotal += q[i].Weight;
        }
        for (var j = 0; j < l.Length; j++)
        {
            var best = 0.0;
            for (var i = 0; i < q.Length; i++) best = Math.Max(best, credits[i * l.Length + j]);
            listedCovered += l[j].Weight * best;
            listedTotal += l[j].Weight;
        }
        if (queryTotal <= 0 || listedTotal <= 0) return 0;
        return (queryCovered / queryTotal + listedCovered / listedTotal) / 2;
    }

    private double[] Credits(ScoringToken[] q, ScoringToken[] l)
    {
        var credits = new double[q.Length * l.Length];
        for (var i = 0; i < q.Length; i++)
            for (var j = 0; j < l.Length; j++)
                credits[i * l.Length + j] = Credit(Similarity(q[i], l[j]));
        CreditBrandSpelling(q, l, credits);
        return credits;
    }

    /// <summary>
    /// "Xinjiang Daqo New Energy" and 新疆大全新能源 (xinjiang daquan new energy): when each name has one distinctive
    /// token, one is pinyin and the other a brand spelling of it, and every other token is the same on both sides,
    /// the pair counts as a strong token match. Without that context "daqo" fits "daqing" just as well.
    /// </summary>
    private void CreditBrandSpelling(ScoringToken[] q, ScoringToken[] l, double[] credits)
    {
        int qi = SingleDistinctive(q), lj = SingleDistinctive(l);
        if (qi < 0 || lj < 0 || q.Length < 2 || credits[qi * l.Length + lj] >= options.StrongTokenSimilarity) return;
        var (a, b) = (q[qi], l[lj]);
        var brand = (a.Syllables, b.Syllables) switch
        {
            (null, { } syllables) => TokenSimilarity.IsBrandSpelling(a.Text, syllables),
            ({ } syllables, null) => TokenSimilarity.IsBrandSpelling(b.Text, syllables),
            _ => false,
        };
        if (brand && SameOtherTokens(q, l) && SameOtherTokens(l, q)) credits[qi * l.Length + lj] = options.StrongTokenSimilarity;
    }

    private static int SingleDistinctive(ScoringToken[] tokens)
    {
        var found = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Distinctive) continue;
            if (found >= 0) return -1;
            found = i;
        }
        return found;
    }

    private static bool SameOtherTokens(ScoringToken[] these, ScoringToken[] those)
    {
        foreach (var t in these)
        {
            if (t.Kind == TokenKind.Distinctive) continue;
            if (!those.Any(o => o.Kind != TokenKind.Distinctive && string.Equals(o.Text, t.Text, StringComparison.Ordinal))) return false;
        }
        return true;
    }

    private static double Similarity(ScoringToken a, ScoringToken b) => TokenSimilarity.Compare(a.Text, a.Syllables, b.Text, b.Syllables);

    /// <summary>Full credit from <see cref="MatchingOptions.StrongTokenSimilarity"/>; fading to none at
    /// <see cref="MatchingOptions.MinTokenSimilarity"/>, where Jaro-Winkler stops telling names apart.</summary>
    private double Credit(double similarity)
    {
        if (similarity >= options.StrongTokenSimilarity) return similarity;
        if (similarity < options.MinTokenSimilarity) return 0;
        var span = options.StrongTokenSimilarity - options.MinTokenSimilarity;
        return span <= 0 ? similarity : similarity * (similarity - options.MinTokenSimilarity) / span;
    }

    private static int BestIndex(double[] credits, int i, int width)
    {
        var best = -1;
        var bestCredit = 0.0;
        for (var j = 0; j < width; j++)
        {
            var c = credits[i * width + j];
            if (c > bestCredit) { bestCredit = c; best = j; }
        }
        return best;
    }
}

/// <summary>Which tokens a scored pair aligned, and which found nothing on the other side.</summary>
internal sealed record Alignment(List<TokenMatch> Pairs, List<string> UnmatchedQuery, List<string> UnmatchedListed);
