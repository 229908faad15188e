namespace SupplierDD.Standards.Identifiers;

/// <summary>
/// China's Unified Social Credit Code (统一社会信用代码), GB 32100-2015: the 18-character registration number
/// printed on every Chinese business licence.
/// </summary>
/// <remarks>
/// Layout: position 1 registration authority, 2 entity type, 3-8 administrative division code (GB/T 2260),
/// 9-17 GB 11714 organisation code (its own check character at 17), 18 the GB 32100 check character.
/// </remarks>
public static class UnifiedSocialCreditCode
{
    /// <summary>Number of characters in a code.</summary>
    public const int Length = 18;

    /// <summary>The 31 characters a code may contain, in value order (I, O, S, V and Z are excluded).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const string NeverUsedLetters = "IOSVZ";
    private const int DivisionStart = 2;
    private const int DivisionLength = 6;
    private const int OrganizationCodeStart = 8;
    private const int OrganizationCheckIndex = 16;

    // GB 32100 weights are 3^i mod 31 for i = 0..16.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims, removes spaces and hyphens, folds full-width characters to ASCII and upper-cases.</summary>
    /// <param name="value">The code as typed or pasted.</param>
    /// <returns>The cleaned code; it is not validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Normalize(string value) => IdentifierText.Normalize(value);

    /// <summary>Whether <paramref name="value"/>, once normalised, is a well-formed code with both check characters right.</summary>
    /// <param name="value">The code as typed or pasted; null and empty are invalid.</param>
    public static bool IsValid(string? value) => Explain(value) is null;

    /// <summary>Computes the 18th (GB 32100) check character.</summary>
    /// <param name="first17">The first 17 characters; normalised first, so lower case and full-width input are accepted.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException">The input is null, not 17 characters long or uses a character outside <see cref="Alphabet"/>.</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var body = Normalize(first17);
        if (body.Length != Length - 1)
            throw new ArgumentException($"the code body must be {Length - 1} characters, got {body.Length}", nameof(first17));

        var problem = ExplainDisallowedCharacter(body);
        if (problem is not null)
            throw new ArgumentException(problem, nameof(first17));

        return CheckCharacterOf(body);
    }

    /// <summary>Explains why a code is invalid, in one sentence a supplier can act on.</summary>
    /// <param name="value">The code as typed or pasted.</param>
    /// <returns>Null when the code is valid; otherwise the first problem found.</returns>
    public static string? Explain(string? value)
    {
        var code = value is null ? "" : Normalize(value);
        if (code.Length == 0)
            return "the code is empty";
        if (code.Length != Length)
            return $"must be {Length} characters, got {code.Length}";

        var problem = ExplainDisallowedCharacter(code) ?? ExplainDivisionCode(code);
        if (problem is not null)
            return problem;

        var expected = CheckCharacterOf(code.AsSpan(0, Length - 1));
        if (code[Length - 1] != expected)
            return $"check character should be '{expected}' but is '{code[Length - 1]}'";

        // Reported after the main check: a body made up by hand can carry a correct 18th character.
        var organizationCode = code.AsSpan(OrganizationCodeStart, OrganizationCode.BodyLength);
        var expectedOrganizationCheck = OrganizationCode.ComputeCheckCharacter(organizationCode);
        if (code[OrganizationCheckIndex] != expectedOrganizationCheck)
            return $"the organisation code check character (position {OrganizationCheckIndex + 1}) should be '{expectedOrganizationCheck}' but is '{code[OrganizationCheckIndex]}'";

        return null;
    }

    private static char CheckCharacterOf(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
            sum += Alphabet.IndexOf(body[i]) * Weights[i];
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static string? ExplainDisallowedCharacter(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (Alphabet.Contains(c))
                continue;
            var hint = NeverUsedLetters.Contains(c) ? " (codes never use I, O, S, V or Z)" : "";
            return $"character {IdentifierText.Describe(c)} at position {i + 1} is not allowed{hint}";
        }

        return null;
    }

    private static string? ExplainDivisionCode(string code)
    {
        for (var i = DivisionStart; i < DivisionStart + DivisionLength; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
                return $"characters 3-8 must be a 6-digit administrative division code, but position {i + 1} is '{code[i]}'";
        }

        return null;
    }
}
