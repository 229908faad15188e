using System.Globalization;
using System.Text;

namespace SupplierDD.Standards.Names;

/// <summary>Text steps every company-name comparison starts with.</summary>
public static class NameText
{
    /// <summary>
    /// Unicode NFKC: full-width letters and digits (ＪＩＡＮＧＳＵ), full-width brackets （） and other compatibility forms
    /// become their plain equivalents, so a name typed on a Chinese keyboard compares equal to the same name in ASCII.
    /// </summary>
    public static string Compatible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormKC);
    }

    /// <summary>The runs of letters and digits (with their combining marks) in <paramref name="text"/>; everything else separates.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text);

        static IEnumerable<string> Split(string text)
        {
            var word = new StringBuilder();
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) word.Append(c);
                else if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
            }
            if (word.Length > 0) yield return word.ToString();
        }
    }
}
