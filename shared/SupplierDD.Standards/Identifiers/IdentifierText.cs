using System.Text;

namespace SupplierDD.Standards.Identifiers;

/// <summary>Cleans identifiers that people copy from PDFs, web pages and Chinese input methods.</summary>
internal static class IdentifierText
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    /// <summary>Trims, drops whitespace and dash-like separators, folds full-width ASCII and upper-cases ASCII letters.</summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var original in value)
        {
            // Chinese IMEs type full-width digits and letters that look identical to ASCII ones.
            var c = original is >= FullWidthFirst and <= FullWidthLast ? (char)(original - FullWidthOffset) : original;
            if (char.IsWhiteSpace(c) || IsSeparatorDash(c))
                continue;
            // ASCII only: folding a dotless i or a long s into a valid letter would hide a typo.
            builder.Append(char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c);
        }

        return builder.ToString();
    }

    /// <summary>Quotes a character for an error message so that invisible ones are still readable.</summary>
    public static string Describe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : $"'{c}'";

    // Word processors turn typed hyphens into en/em dashes, so they count as separators too.
    private static bool IsSeparatorDash(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
}
