namespace SupplierDD.Standards.Csv;

/// <summary>Outcome of <see cref="Utf8Check.CheckAsync"/>.</summary>
/// <param name="IsValid">Whether the whole stream is UTF-8 (a UTF-8 byte-order mark is allowed).</param>
/// <param name="ByteOffset">0-based offset of the first invalid byte, 0 for a UTF-16 byte-order mark; null when valid.</param>
/// <param name="Line">1-based line that holds the first invalid byte; null when valid.</param>
/// <param name="Problem">What is wrong, in a sentence a supplier can act on; null when valid.</param>
public sealed record Utf8CheckResult(bool IsValid, long? ByteOffset, long? Line, string? Problem)
{
    /// <summary>The result for a stream that is entirely UTF-8.</summary>
    public static Utf8CheckResult Valid { get; } = new(true, null, null, null);
}
