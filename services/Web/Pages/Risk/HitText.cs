using System.Text.RegularExpressions;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// Marks the words of a name that a screening match aligned. The service's tokens are normalised (lower case, pinyin
/// for Han text, "Da Quan" joined to "daquan"), so a run of up to four adjacent words is marked when, lower-cased and
/// joined, it equals a token. Han text has no Latin words to mark: the token table beside it still says what matched.
/// </summary>
public static partial class HitText
{
    public sealed record Part(string Text, bool Matched);

    public static IReadOnlyList<Part> Highlight(string name, IEnumerable<string> tokens)
    {
        var wanted = new HashSet<string>(tokens.Where(t => t.Length > 0), StringComparer.OrdinalIgnoreCase);
        var words = Word().Matches(name).ToList();
        var marked = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var joined = "";
            for (var j = i; j < Math.Min(words.Count, i + 4); j++)
            {
                joined += words[j].Value;
                if (!wanted.Contains(joined)) continue;
                for (var k = i; k <= j; k++) marked[k] = true;
            }
        }
        var parts = new List<Part>();
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!marked[i]) continue;
            var start = words[i].Index;
            var end = words[i].Index + words[i].Length;
            // Neighbouring marked words become one highlight, spaces included.
            while (i + 1 < words.Count && marked[i + 1])
            {
                i++;
                end = words[i].Index + words[i].Length;
            }
            if (start > at) parts.Add(new Part(name[at..start], false));
            parts.Add(new Part(name[start..end], true));
            at = end;
        }
        if (at < name.Length) parts.Add(new Part(name[at..], false));
        return parts;
    }

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
