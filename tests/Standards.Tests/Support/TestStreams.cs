using System.Text;

namespace SupplierDD.Standards.Tests.Support;

/// <summary>Builds in-memory uploads the way spreadsheet programs write them.</summary>
internal static class TestStreams
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static MemoryStream Utf8(string text, bool withBom = false) =>
        Bytes(withBom ? [.. Utf8Bom, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text));

    /// <summary>UTF-8 text with raw bytes spliced in where <paramref name="marker"/> appears.</summary>
    public static MemoryStream Utf8WithRawBytes(string text, string marker, params byte[] raw)
    {
        var parts = text.Split(marker);
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(parts[0]));
        foreach (var part in parts.Skip(1))
        {
            bytes.AddRange(raw);
            bytes.AddRange(Encoding.UTF8.GetBytes(part));
        }

        return Bytes([.. bytes]);
    }

    public static MemoryStream Bytes(byte[] bytes) => new(bytes, writable: false);
}
