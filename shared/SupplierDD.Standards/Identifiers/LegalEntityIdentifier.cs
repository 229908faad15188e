namespace SupplierDD.Standards.Identifiers;

/// <summary>
/// Legal Entity Identifier, ISO 17442: 20 characters, 18 alphanumerics followed by two ISO 7064 MOD 97-10 check digits.
/// </summary>
public static class LegalEntityIdentifier
{
    /// <summary>Number of characters in an LEI.</summary>
    public const int Length = 20;

    private const int BodyLength = Length - 2;

    /// <summary>Trims, removes spaces and hyphens, folds full-width characters to ASCII and upper-cases.</summary>
    /// <param name="value">The LEI as typed or pasted.</param>
    /// <returns>The cleaned LEI; it is not validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Normalize(string value) => IdentifierText.Normalize(value);

    /// <summary>Whether <paramref name="value"/>, once normalised, is 20 alphanumerics with correct check digits.</summary>
    /// <param name="value">The LEI as typed or pasted; null and empty are invalid.</param>
    public static bool IsValid(string? value) => Explain(value) is null;

    /// <summary>Computes the two check digits that end an LEI.</summary>
    /// <param name="first18">The first 18 characters; normalised first, so lower case is accepted.</param>
    /// <returns>Two digits, "02" to "98".</returns>
    /// <exception cref="ArgumentException">The input is null, not 18 characters long or not alphanumeric.</exception>
    public static string ComputeCheckDigits(string first18)
    {
        ArgumentNullException.ThrowIfNull(first18);
        var body = Normalize(first18);
        if (body.Length != BodyLength)
            throw new ArgumentException($"the LEI body must be {BodyLength} characters, got {body.Length}", nameof(first18));

        var problem = ExplainDisallowedCharacter(body);
        if (problem is not null)
            throw new ArgumentException(problem, nameof(first18));

        return CheckDigitsOf(body);
    }

    /// <summary>Explains why an LEI is invalid, in one sentence.</summary>
    /// <param name="value">The LEI as typed or pasted.</param>
    /// <returns>Null when the LEI is valid; otherwise the first problem found.</returns>
    public static string? Explain(string? value)
    {
        var lei = value is null ? "" : Normalize(value);
        if (lei.Length == 0)
            return "the LEI is empty";
        if (lei.Length != Length)
            return $"must be {Length} characters, got {lei.Length}";

        var problem = ExplainDisallowedCharacter(lei);
        if (problem is not null)
            return problem;

        var given = lei[BodyLength..];
        if (!char.IsAsciiDigit(given[0]) || !char.IsAsciiDigit(given[1]))
            return $"the last two characters must be check digits, got '{given}'";

        var expected = CheckDigitsOf(lei.AsSpan(0, BodyLength));
        return given == expected ? null : $"check digits should be '{expected}' but are '{given}'";
    }

    private static string CheckDigitsOf(ReadOnlySpan<char> body)
    {
        // ISO 7064 MOD 97-10: append "00", read letters as 10..35, check = 98 - (number mod 97).
        // The remainder is folded in per character so the 36+ digit number never has to exist.
        var remainder = 0;
        foreach (var c in body)
        {
            remainder = char.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        remainder = remainder * 100 % 97;
        return (98 - remainder).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? ExplainDisallowedCharacter(string lei)
    {
        for (var i = 0; i < lei.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(lei[i]) && !char.IsAsciiDigit(lei[i]))
                return $"character {IdentifierText.Describe(lei[i])} at position {i + 1} is not allowed";
        }

        return null;
    }
}
