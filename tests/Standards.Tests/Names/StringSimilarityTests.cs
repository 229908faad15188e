using SupplierDD.Standards.Names;

namespace SupplierDD.Standards.Tests.Names;

public sealed class StringSimilarityTests
{
    [Theory]
    // Winkler's published examples.
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("sunridge", "sunrdge", 0.975)]
    public void JaroWinkler_KnownValues(string a, string b, double expected) =>
        Assert.Equal(expected, StringSimilarity.JaroWinkler(a, b), 3);

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("abc", "", 0.0)]
    [InlineData("", "abc", 0.0)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("longi", "longi", 1.0)]
    public void JaroWinkler_EdgeCases(string a, string b, double expected) =>
        Assert.Equal(expected, StringSimilarity.JaroWinkler(a, b));

    [Fact]
    public void JaroWinkler_IsSymmetric()
    {
        Assert.Equal(StringSimilarity.JaroWinkler("jiangsu sunridge", "sunridge jiangsu"), StringSimilarity.JaroWinkler("sunridge jiangsu", "jiangsu sunridge"));
        Assert.Equal(StringSimilarity.JaroWinkler("daqo", "daquan"), StringSimilarity.JaroWinkler("daquan", "daqo"));
    }

    [Fact]
    public void JaroWinkler_RewardsCommonPrefix()
    {
        // Same characters moved: the pair sharing the first four letters rates higher.
        Assert.True(StringSimilarity.JaroWinkler("xinjiang", "xinjaing") > StringSimilarity.JaroWinkler("xinjiang", "ixnjiang"));
    }

    [Fact]
    public void JaroWinkler_LongStrings_AreCompared_NotOnlyTestedForEquality()
    {
        var a = new string('a', 300) + "solar";
        var b = new string('a', 300) + "solra";
        var similarity = StringSimilarity.JaroWinkler(a, b);
        Assert.InRange(similarity, 0.99, 0.99999);
    }
}
