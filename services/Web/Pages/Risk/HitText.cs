using System.Text.RegularExpressions;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// Marks the words of a name that a screening match aligned. The service's tokens are normalised (lower case, pinyin
/// for Han text, "Da Quan" joined to "daquan"), so a run of up to four adjacent words is marked when, lower-cased and
/// joined, it equals a token. Han text is marked where a token's source characters (which the service reports) occur.
/// </summary>
public static partial class HitText
{
    public sealed record Part(string Text, bool Matched);

    public static IReadOnlyList<Part> Highlight(string name, IEnumerable<string> tokens, IEnumerable<string?>? sources = null)
    {
        var wanted = new HashSet<string>(tokens.Where(t => t.Length > 0), StringComparer.OrdinalIgnoreCase);
        var words = Word().Matches(name).ToList();
        var marked = new bool[name.Length];
        for (var i = 0; i < words.Count; i++)
        {
            var joined = "";
            for (var j = i; j < Math.Min(words.Count, i + 4); j++)
            {
                joined += words[j].Value;
                if (!wanted.Contains(joined)) continue;
                Mark(marked, words[i].Index, words[j].Index + words[j].Length);
            }
        }
        // Han text is matched through its pinyin: the service says which characters each token came from.
        foreach (var source in (sources ?? []).OfType<string>().Where(s => s.Any(IsHan)).Distinct())
            for (var at = name.IndexOf(source, StringComparison.Ordinal); at >= 0; at = name.IndexOf(source, at + source.Length, StringComparison.Ordinal))
                Mark(marked, at, at + source.Length);
        // Neighbouring marked words become one highlight, the spaces between them included.
        for (var i = 1; i < name.Length - 1; i++)
        {
            if (marked[i] || !char.IsWhiteSpace(name[i]) || !marked[i - 1]) continue;
            var next = i;
            while (next < name.Length && char.IsWhiteSpace(name[next])) next++;
            if (next < name.Length && marked[next]) Mark(marked, i, next);
        }

        var parts = new List<Part>();
        for (var start = 0; start < name.Length;)
        {
            var end = start;
            while (end < name.Length && marked[end] == marked[start]) end++;
            parts.Add(new Part(name[start..end], marked[start]));
            start = end;
        }
        return parts;
    }

    static void Mark(bool[] marked, int from, int to)
    {
        for (var k = from; k < to; k++) marked[k] = true;
    }

    static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>True when the listed entity is listed with its subsidiaries: a supplier owned by it may be covered without a name match.</summary>
    public static bool CoversSubsidiaries(ScreeningHit hit) =>
        new[] { hit.EntityName, hit.ListedName, hit.Listed?.Name, hit.Listed?.Section }.Concat(hit.Listed?.Aliases ?? [])
            .Any(text => text?.Contains("subsidiar", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>A source that is a web address, for a link; anything else is shown as text.</summary>
    public static Uri? SourceLink(string? source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
