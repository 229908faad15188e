using System.Text;
using SupplierDD.Standards.Csv;
using SupplierDD.Standards.Tests.Support;

namespace SupplierDD.Standards.Tests;

public sealed class Utf8CheckTests
{
    [Theory]
    [InlineData("", false)]
    [InlineData("name,province\nLongi,陕西\n", false)]
    [InlineData("name,province\nLongi,陕西\n", true)]
    [InlineData("😀", false)]
    public async Task CheckAsync_Utf8Text_IsValid(string text, bool withBom)
    {
        var result = await Utf8Check.CheckAsync(TestStreams.Utf8(text, withBom));

        Assert.Equal(Utf8CheckResult.Valid, result);
    }

    [Fact]
    public async Task CheckAsync_GbkBytes_ReportsOffsetAndLineOfFirstBadByte()
    {
        var stream = TestStreams.Utf8WithRawBytes("ab\ncd#ef\n", "#", 0xBD, 0xAD);

        var result = await Utf8Check.CheckAsync(stream);

        Assert.False(result.IsValid);
        Assert.Equal(5L, result.ByteOffset);
        Assert.Equal(2L, result.Line);
        Assert.Contains("0xBD", result.Problem);
    }

    [Fact]
    public async Task CheckAsync_OffsetAfterByteOrderMark_CountsTheMarkBytes()
    {
        var stream = TestStreams.Bytes([0xEF, 0xBB, 0xBF, (byte)'a', 0xFF]);

        var result = await Utf8Check.CheckAsync(stream);

        Assert.Equal(4L, result.ByteOffset);
    }

    [Theory]
    [InlineData("a\r\nb\r\n#", 3L)]
    [InlineData("a\rb\r#", 3L)]
    [InlineData("a\n\nb\n#", 4L)]
    [InlineData("#", 1L)]
    public async Task CheckAsync_AnyLineEnding_CountsLinesLikeTheReader(string text, long expectedLine)
    {
        var result = await Utf8Check.CheckAsync(TestStreams.Utf8WithRawBytes(text, "#", 0xC3, (byte)'('));

        Assert.Equal(expectedLine, result.Line);
    }

    [Fact]
    public async Task CheckAsync_StreamEndsInsideMultiByteCharacter_ReportsItsFirstByte()
    {
        var result = await Utf8Check.CheckAsync(TestStreams.Bytes([(byte)'a', (byte)'b', (byte)'c', 0xE6, 0x96]));

        Assert.False(result.IsValid);
        Assert.Equal(3L, result.ByteOffset);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a' })]
    public async Task CheckAsync_Utf16ByteOrderMark_ReportsUtf16(byte[] bytes)
    {
        var result = await Utf8Check.CheckAsync(TestStreams.Bytes(bytes));

        Assert.False(result.IsValid);
        Assert.Equal(0L, result.ByteOffset);
        Assert.Equal(1L, result.Line);
        Assert.Contains("UTF-16", result.Problem);
    }

    [Fact]
    public async Task CheckAsync_MultiByteCharactersSplitAcrossReads_IsValid()
    {
        var stream = new OneByteAtATimeStream(Encoding.UTF8.GetBytes("新疆维吾尔自治区,光伏😀\n"));

        Assert.True((await Utf8Check.CheckAsync(stream)).IsValid);
    }

    [Fact]
    public async Task CheckAsync_LargeValidStream_IsValidAndReadToTheEnd()
    {
        var stream = new GeneratedCsvStream(100_000);

        var result = await Utf8Check.CheckAsync(stream);

        Assert.True(result.IsValid);
        Assert.True(stream.BytesProduced > 5_000_000);
    }

    [Fact]
    public async Task CheckAsync_LargeStreamWithOneBadByte_ReportsItsOffsetAndLine()
    {
        var stream = new GeneratedCsvStream(100_000, invalidByteInRow: 87_654);

        var result = await Utf8Check.CheckAsync(stream);

        Assert.False(result.IsValid);
        Assert.Equal(stream.InvalidByteOffset, result.ByteOffset);
        Assert.Equal(2L * 87_654, result.Line);
    }

    [Fact]
    public async Task CheckAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Utf8Check.CheckAsync(TestStreams.Utf8("abc"), cancellation.Token));
    }
}
