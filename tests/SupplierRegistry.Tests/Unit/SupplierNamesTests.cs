using SupplierDD.Standards.Names;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.Tests.Unit;

public sealed class SupplierNamesTests
{
    [Theory]
    [InlineData("Jiangsu Sunridge Silicon Co., Ltd.", "jiangsu sunridge silicon")]
    [InlineData("ＪＩＡＮＧＳＵ  Sunridge SILICON COMPANY LIMITED", "jiangsu sunridge silicon")]
    [InlineData("新疆测试硅业有限公司", "新疆测试硅业")]
    [InlineData("Sunridge Holdings Group Inc.", "sunridge")]
    public void Key_StripsLegalFormsCaseAndPunctuation(string name, string key) => Assert.Equal(key, SupplierNames.Key(name));

    [Fact]
    public void DuplicateScore_IgnoresWordOrder_AndSeparatesDifferentNames()
    {
        Assert.True(DuplicateFinder.Score("jiangsu sunridge silicon", "sunridge silicon jiangsu") >= DuplicateFinder.Threshold);
        Assert.True(DuplicateFinder.Score("sunridge silicon", "sunrdge silicon") >= DuplicateFinder.Threshold);
        Assert.True(DuplicateFinder.Score("sunridge silicon", "moonlake glass") < DuplicateFinder.Threshold);
    }

    [Fact]
    public void JaroWinkler_KnownValues()
    {
        Assert.Equal(1, StringSimilarity.JaroWinkler("martha", "martha"));
        Assert.Equal(0.961, StringSimilarity.JaroWinkler("martha", "marhta"), 3);
        Assert.Equal(0, StringSimilarity.JaroWinkler("abc", ""));
    }

    [Fact]
    public void Workflow_AllowsOnlyDocumentedMoves()
    {
        Assert.True(OnboardingWorkflow.CanMove(OnboardingStatus.Draft, OnboardingStatus.Invited));
        Assert.True(OnboardingWorkflow.CanMove(OnboardingStatus.Approved, OnboardingStatus.Suspended));
        Assert.True(OnboardingWorkflow.CanMove(OnboardingStatus.Suspended, OnboardingStatus.Approved));
        Assert.False(OnboardingWorkflow.CanMove(OnboardingStatus.Draft, OnboardingStatus.Approved));
        Assert.False(OnboardingWorkflow.CanMove(OnboardingStatus.Rejected, OnboardingStatus.Approved));
    }
}
