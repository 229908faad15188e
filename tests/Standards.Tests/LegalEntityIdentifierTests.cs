using System.Numerics;
using SupplierDD.Standards.Identifiers;

namespace SupplierDD.Standards.Tests;

public sealed class LegalEntityIdentifierTests
{
    [Theory]
    [InlineData("529900T8BM49AURSDO55")]
    [InlineData("7LTWFZYICNSX8D621K86")]
    [InlineData("HWUPKR0MPOU8FGXBT394")]
    [InlineData("5493001KJTIIGC8Y1R12")]
    public void IsValid_PublishedLeis_ReturnsTrue(string lei)
    {
        Assert.True(LegalEntityIdentifier.IsValid(lei));
        Assert.Null(LegalEntityIdentifier.Explain(lei));
        Assert.Equal(BigInteger.One, WholeNumberMod97(lei));
    }

    [Theory]
    [InlineData("529900T8BM49AURSDO", "55")]
    [InlineData("529900T8BM49AURS25", "07")]
    public void ComputeCheckDigits_KnownBody_ReturnsTwoDigitsIncludingLeadingZero(string first18, string expected)
    {
        Assert.Equal(expected, LegalEntityIdentifier.ComputeCheckDigits(first18));
    }

    [Fact]
    public void ComputeCheckDigits_RandomBodies_MakeWholeNumberMod97EqualOne()
    {
        const string characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var random = new Random(17442);
        for (var n = 0; n < 1000; n++)
        {
            var body = new string(Enumerable.Range(0, 18).Select(_ => characters[random.Next(characters.Length)]).ToArray());

            var lei = body + LegalEntityIdentifier.ComputeCheckDigits(body);

            Assert.Equal(BigInteger.One, WholeNumberMod97(lei));
            Assert.True(LegalEntityIdentifier.IsValid(lei));
        }
    }

    [Fact]
    public void IsValid_WrongCheckDigits_ReturnsFalse()
    {
        Assert.False(LegalEntityIdentifier.IsValid("529900T8BM49AURSDO56"));
        Assert.Equal("check digits should be '55' but are '56'", LegalEntityIdentifier.Explain("529900T8BM49AURSDO56"));
    }

    [Fact]
    public void IsValid_TransposedCharacters_ReturnsFalse()
    {
        Assert.False(LegalEntityIdentifier.IsValid("529900T8BM49AURSOD55"));
    }

    [Fact]
    public void Explain_LettersWhereCheckDigitsBelong_SaysTheyMustBeDigits()
    {
        Assert.Equal("the last two characters must be check digits, got 'AB'", LegalEntityIdentifier.Explain("529900T8BM49AURSDOAB"));
    }

    [Theory]
    [InlineData("529900T8BM49AURSDO5", "must be 20 characters, got 19")]
    [InlineData("529900T8BM49AURSDO555", "must be 20 characters, got 21")]
    [InlineData(null, "the LEI is empty")]
    [InlineData("", "the LEI is empty")]
    public void Explain_WrongLengthOrEmpty_SaysWhy(string? lei, string expected)
    {
        Assert.False(LegalEntityIdentifier.IsValid(lei));
        Assert.Equal(expected, LegalEntityIdentifier.Explain(lei));
    }

    [Fact]
    public void Explain_CharacterOutsideAlphanumerics_NamesCharacterAndPosition()
    {
        Assert.Equal("character '_' at position 5 is not allowed", LegalEntityIdentifier.Explain("5299_0T8BM49AURSDO55"));
    }

    [Theory]
    [InlineData("529900t8bm49aursdo55")]
    [InlineData(" 5299 00T8 BM49 AURS DO55 ")]
    [InlineData("５２９９００Ｔ８ＢＭ４９ＡＵＲＳＤＯ５５")]
    public void IsValid_LowerCaseSpacedOrFullWidth_NormalisesAndAccepts(string lei)
    {
        Assert.Equal("529900T8BM49AURSDO55", LegalEntityIdentifier.Normalize(lei));
        Assert.True(LegalEntityIdentifier.IsValid(lei));
    }

    [Theory]
    [InlineData("529900T8BM49AURSD")]
    [InlineData("529900T8BM49AURSD!")]
    public void ComputeCheckDigits_BadInput_ThrowsArgumentException(string first18)
    {
        Assert.Throws<ArgumentException>(() => LegalEntityIdentifier.ComputeCheckDigits(first18));
    }

    // ISO 7064 MOD 97-10 done the literal way: letters become 10..35 and the whole number is reduced at once.
    private static BigInteger WholeNumberMod97(string lei) =>
        BigInteger.Parse(string.Concat(lei.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString()))) % 97;
}
