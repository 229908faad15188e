using SupplierDD.Standards.Identifiers;

namespace SupplierDD.Standards.Tests;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("914403001922038216")]
    [InlineData("91330100716105852F")]
    [InlineData("91440300708461136T")]
    [InlineData("91110000802100433B")]
    [InlineData("91310000132200821H")]
    public void IsValid_PublishedCodes_ReturnsTrue(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        Assert.Null(UnifiedSocialCreditCode.Explain(code));
    }

    [Theory]
    [InlineData("91320500MA1MXB3K11")]
    [InlineData("91110108MA01C4LT5J")]
    [InlineData("92440300MA5FWQWQ15")]
    public void IsValid_CodesComputedFromTheStandardOffline_ReturnsTrue(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }

    [Theory]
    [InlineData("91320500MA1MXB3K")]
    [InlineData("52110000500021AB")]
    [InlineData("Y1650100MA7A1234")]
    public void IsValid_CodeBuiltWithReferenceAlgorithm_ReturnsTrue(string first16)
    {
        var code = SpecReference.BuildCode(first16);

        Assert.True(UnifiedSocialCreditCode.IsValid(code), UnifiedSocialCreditCode.Explain(code));
    }

    [Fact]
    public void ComputeCheckCharacter_RandomBodies_AgreesWithReferenceAlgorithm()
    {
        var random = new Random(32100);
        for (var n = 0; n < 2000; n++)
        {
            var body = new string(Enumerable.Range(0, 17)
                .Select(_ => UnifiedSocialCreditCode.Alphabet[random.Next(UnifiedSocialCreditCode.Alphabet.Length)])
                .ToArray());

            Assert.Equal(SpecReference.CheckCharacter(body), UnifiedSocialCreditCode.ComputeCheckCharacter(body));
        }
    }

    [Fact]
    public void ComputeCheckCharacter_WellKnownCodeBody_ReturnsPublishedCheckCharacter()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Fact]
    public void IsValid_CodeSuggestedInBriefWithWrongChecks_ReturnsFalse()
    {
        // Computed by hand from GB 32100: the 18th character must be 'B', so this code is not valid.
        Assert.False(UnifiedSocialCreditCode.IsValid("9111000010000012XA"));
        Assert.Equal("check character should be 'B' but is 'A'", UnifiedSocialCreditCode.Explain("9111000010000012XA"));
    }

    [Fact]
    public void IsValid_WrongCheckCharacter_ReturnsFalse()
    {
        Assert.False(UnifiedSocialCreditCode.IsValid("91350100M000100Y44"));
        Assert.Equal("check character should be '3' but is '4'", UnifiedSocialCreditCode.Explain("91350100M000100Y44"));
    }

    [Fact]
    public void Explain_WrongOrganizationCodeCheckWithMatchingFinalCheck_NamesPosition17()
    {
        var body = "91350100M000100Y5";
        var code = body + SpecReference.CheckCharacter(body);

        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.Equal("the organisation code check character (position 17) should be '4' but is '5'",
            UnifiedSocialCreditCode.Explain(code));
    }

    [Theory]
    [InlineData("91350100O000100Y43", "character 'O' at position 9 is not allowed")]
    [InlineData("9135010IM000100Y43", "character 'I' at position 8 is not allowed")]
    [InlineData("91350100M000100Y4_", "character '_' at position 18 is not allowed")]
    public void Explain_CharacterOutsideAlphabet_NamesCharacterAndPosition(string code, string expectedStart)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.StartsWith(expectedStart, UnifiedSocialCreditCode.Explain(code));
    }

    [Fact]
    public void Explain_LetterInAdministrativeDivisionCode_SaysCharacters3To8MustBeDigits()
    {
        var body = "913501A0M000100Y4";
        var code = body + SpecReference.CheckCharacter(body);

        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.StartsWith("characters 3-8 must be a 6-digit administrative division code", UnifiedSocialCreditCode.Explain(code));
    }

    [Theory]
    [InlineData("91350100M000100Y4", "must be 18 characters, got 17")]
    [InlineData("91350100M000100Y433", "must be 18 characters, got 19")]
    public void Explain_WrongLength_SaysExpectedAndActualLength(string code, string expected)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.Equal(expected, UnifiedSocialCreditCode.Explain(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - ")]
    public void IsValid_EmptyInput_ReturnsFalse(string? code)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
        Assert.Equal("the code is empty", UnifiedSocialCreditCode.Explain(code));
    }

    [Theory]
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")]
    [InlineData(" 91350100m000100y43 ")]
    [InlineData("9135 0100 M000 100Y 43")]
    [InlineData("91350100-M000100Y4-3")]
    [InlineData("91350100\u3000M000100Y43")]
    public void IsValid_FullWidthSpacedHyphenatedOrLowerCase_NormalisesAndAccepts(string code)
    {
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Normalize(code));
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
    }

    [Theory]
    [InlineData("91350100M000100Y")]
    [InlineData("91350100M000100YO")]
    public void ComputeCheckCharacter_BadInput_ThrowsArgumentException(string first17)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Fact]
    public void ComputeCheckCharacter_Null_ThrowsArgumentException()
    {
        Assert.ThrowsAny<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(null!));
    }

    /// <summary>The GB 32100 and GB 11714 formulas written out independently of the library.</summary>
    private static class SpecReference
    {
        private const string Gb11714Values = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

        public static char CheckCharacter(string first17)
        {
            var sum = 0;
            var weight = 1;
            foreach (var c in first17)
            {
                sum += UnifiedSocialCreditCode.Alphabet.IndexOf(c) * weight;
                weight = weight * 3 % 31;
            }

            return UnifiedSocialCreditCode.Alphabet[(31 - (sum % 31)) % 31];
        }

        public static string BuildCode(string first16)
        {
            int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
            var sum = first16.Substring(8, 8).Select((c, i) => Gb11714Values.IndexOf(c) * weights[i]).Sum();
            var check = 11 - (sum % 11);
            var organizationCheck = check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
            var first17 = first16 + organizationCheck;
            return first17 + CheckCharacter(first17);
        }
    }
}
