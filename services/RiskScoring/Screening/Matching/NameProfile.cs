namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>A token ready for scoring: its weight (rarity × kind) and, when it reads as pinyin, its syllables.</summary>
internal sealed record ScoringToken(string Text, TokenKind Kind, string Source, double Weight, string[]? Syllables);

/// <summary>
/// A name as the scorer uses it: its weighted tokens and, when it has two distinctive tokens or more, a second
/// token list in which those are joined into one ("join world" → "joinworld"), so that spacing differences
/// between the two sides do not cost anything.
/// </summary>
internal sealed class NameProfile
{
    public NameProfile(NormalizedName name, Func<NameToken, double> weigh)
    {
        Name = name;
        Tokens = name.Tokens.Select(t => new ScoringToken(t.Text, t.Kind, t.Source, weigh(t), PinyinSyllables.Segment(t.Text))).ToArray();
        var distinctive = Tokens.Where(t => t.Kind == TokenKind.Distinctive).ToArray();
        if (distinctive.Length < 2) return;
        var joined = new ScoringToken(
            name.DistinctiveConcatenation, TokenKind.Distinctive, string.Join(' ', distinctive.Select(t => t.Source)),
            distinctive.Sum(t => t.Weight), PinyinSyllables.Segment(name.DistinctiveConcatenation));
        Collapsed = [joined, .. Tokens.Where(t => t.Kind != TokenKind.Distinctive)];
    }

    public NormalizedName Name { get; }
    public ScoringToken[] Tokens { get; }
    public ScoringToken[]? Collapsed { get; }
    public bool IsEmpty => Tokens.Length == 0;
}
