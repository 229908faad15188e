namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>What a token of a name is for scoring.</summary>
public enum TokenKind
{
    /// <summary>The part that tells one company from another (daquan, hoshine, 841).</summary>
    Distinctive,
    /// <summary>An industry or business word (new energy, silicon, 科技): low information.</summary>
    Generic,
    /// <summary>A place qualifier (xinjiang, urumqi, baotou): counts little, breaks ties.</summary>
    Place,
}

/// <summary>
/// One token of a normalised name. <see cref="Text"/> is lower-case ASCII: pinyin for Han text
/// (syllables of one word joined), the canonical English word for generic words, the canonical place
/// key for places. <see cref="Source"/> is the text it came from, for explanations (after NFKC and lower-casing, so
/// "xinjiang" for "Xinjiang", "新疆" for 新疆).
/// </summary>
public sealed record NameToken(string Text, TokenKind Kind, string Source);

/// <summary>
/// A name after <see cref="NameNormalizer.Normalize"/>: its scoring tokens in order, and the legal forms
/// that were removed from it (kept so that an explanation can show them).
/// </summary>
public sealed record NormalizedName(string Raw, IReadOnlyList<NameToken> Tokens, IReadOnlyList<string> LegalForms)
{
    /// <summary>The distinctive tokens joined without spaces ("da quan" and "daquan" both give "daquan");
    /// empty when the name has no distinctive token.</summary>
    public string DistinctiveConcatenation { get; } =
        string.Concat(Tokens.Where(t => t.Kind == TokenKind.Distinctive).Select(t => t.Text));
}
