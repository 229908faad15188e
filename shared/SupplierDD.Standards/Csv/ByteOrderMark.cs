namespace SupplierDD.Standards.Csv;

/// <summary>Recognises the byte-order marks that tell us which Unicode encoding a file was saved in.</summary>
internal static class ByteOrderMark
{
    /// <summary>Bytes needed to tell the marks apart.</summary>
    public const int MaxLength = 3;

    /// <summary>Length of the UTF-8 mark, which is skipped.</summary>
    public const int Utf8Length = 3;

    /// <summary>What to tell a supplier whose file starts with a UTF-16 mark.</summary>
    public const string Utf16Problem =
        "the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (Comma delimited)\" and upload it again";

    /// <summary>Whether the first bytes are the UTF-8 mark EF BB BF.</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> start) =>
        start.Length >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF;

    /// <summary>Whether the first bytes are a UTF-16 mark, little-endian (FF FE) or big-endian (FE FF).</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> start) =>
        start.Length >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF));
}
