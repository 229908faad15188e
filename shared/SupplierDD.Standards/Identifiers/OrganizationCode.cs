namespace SupplierDD.Standards.Identifiers;

/// <summary>
/// GB 11714 organisation code check character, embedded in positions 9-17 of a Unified Social Credit Code.
/// </summary>
internal static class OrganizationCode
{
    // GB 11714 predates GB 32100 and values letters over the full Latin alphabet (A=10 .. Z=35),
    // unlike the USCC alphabet that skips I, O, S, V and Z.
    private const string CharacterValues = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Number of characters in the organisation code body (without its check character).</summary>
    public const int BodyLength = 8;

    /// <summary>Computes the check character for an 8-character body that uses only digits and A-Z.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != BodyLength)
            throw new ArgumentException($"an organisation code body must be {BodyLength} characters, got {body.Length}", nameof(body));

        var sum = 0;
        for (var i = 0; i < BodyLength; i++)
        {
            var value = CharacterValues.IndexOf(body[i]);
            if (value < 0)
                throw new ArgumentException($"character {IdentifierText.Describe(body[i])} is not allowed in an organisation code", nameof(body));
            sum += value * Weights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }
}
