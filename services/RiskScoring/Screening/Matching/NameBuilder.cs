namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>Collects the tokens and legal forms of one name while <see cref="NameNormalizer"/> reads it.</summary>
internal sealed class NameBuilder
{
    public List<NameToken> Tokens { get; } = [];
    public List<string> LegalForms { get; } = [];

    /// <summary>Whether the last thing read was a place, so that "County" or 县 after it goes with it.</summary>
    public bool LastWasPlace { get; private set; }

    public void Add(Phrase phrase, string source)
    {
        switch (phrase.Kind)
        {
            case PhraseKind.Legal:
                LegalForms.Add(source);
                LastWasPlace = false;
                break;
            case PhraseKind.Place:
                Tokens.Add(new NameToken(phrase.Tokens[0], TokenKind.Place, source));
                LastWasPlace = true;
                break;
            case PhraseKind.Generic:
                foreach (var t in phrase.Tokens) Tokens.Add(new NameToken(t, TokenKind.Generic, source));
                LastWasPlace = false;
                break;
            case PhraseKind.PlaceSuffix:
                // Stays "after a place", so 新疆维吾尔自治区 and "Xinjiang Uygur Autonomous Region" both drop every suffix.
                break;
            case PhraseKind.Stop:
                break;
        }
    }

    public void AddDistinctive(string text, string source)
    {
        Tokens.Add(new NameToken(text, TokenKind.Distinctive, source));
        LastWasPlace = false;
    }
}
