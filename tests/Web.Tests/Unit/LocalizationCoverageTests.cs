using System.Text.RegularExpressions;
using System.Xml.Linq;
using SupplierDD.Web.Pages.Risk;
using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Tests.Unit;

/// <summary>
/// Every string the Web looks up has a zh-CN entry, in the resource its localizer reads. The keys are the English text
/// (the localizer returns the key when there is no entry), so a missing entry never fails at run time: the page just
/// stays in English for a Chinese user. This test is what notices.
/// </summary>
public sealed partial class LocalizationCoverageTests
{
    static readonly string Web = Path.Combine(RepositoryRoot(), "services", "Web");
    static readonly string[] Resources = ["BackOfficeResource", "SharedResource", "PortalResource"];

    [GeneratedRegex(@"IStringLocalizer<(\w+)>\s+(\w+)")]
    private static partial Regex TypedLocalizer();

    [GeneratedRegex(@"\bvar\s+(\w+)\s*=[^;]*IStringLocalizer<(\w+)>")]
    private static partial Regex ResolvedLocalizer();

    [GeneratedRegex(@"\bIStringLocalizer\??\s+(\w+)\b")]
    private static partial Regex UntypedLocalizer();

    [GeneratedRegex(@"(?:ErrorMessage|Display\(Name)\s*=\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex AnnotationKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void EveryLocalizedString_HasANonEmptyChineseEntry()
    {
        var translations = Resources.ToDictionary(r => r, r => Translations(r).Keys.ToHashSet(StringComparer.Ordinal));
        var missing = UsedKeys().Where(u => !translations[u.Resource].Contains(u.Key)).Select(u => $"{u.Resource}: “{u.Key}” ({u.File})").Distinct().ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} strings have no zh-CN translation:\n" + string.Join("\n", missing));
    }

    /// <summary>Entries nobody looks up any more are noise that hides the missing ones: each entry is used somewhere.</summary>
    [Fact]
    public void EveryBackOfficeEntry_IsUsed()
    {
        var used = UsedKeys().Where(u => u.Resource == "BackOfficeResource").Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

        var unused = Translations("BackOfficeResource").Keys.Where(k => !used.Contains(k)).ToList();

        Assert.True(unused.Count == 0, "BackOfficeResource.zh-CN.resx has entries no code uses:\n" + string.Join("\n", unused));
    }

    [Theory]
    [InlineData("BackOfficeResource")]
    [InlineData("SharedResource")]
    [InlineData("PortalResource")]
    public void ChineseEntries_AreFilledInUniqueIgnoringCaseAndKeepTheirPlaceholders(string resource)
    {
        var data = XDocument.Load(ResxPath(resource)).Root!.Elements("data").ToList();
        // Resource names are unique ignoring case: the build keeps the first of "Failed" and "failed" and drops the
        // other, so the lower-case lookup silently stays in English.
        var duplicates = data.GroupBy(d => (string)d.Attribute("name")!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var empty = data.Where(d => string.IsNullOrWhiteSpace(d.Element("value")?.Value)).Select(d => (string)d.Attribute("name")!).ToList();
        var broken = data.Select(d => ((string)d.Attribute("name")!, d.Element("value")?.Value ?? ""))
            .Where(e => !Placeholders(e.Item1).SetEquals(Placeholders(e.Item2))).Select(e => $"{e.Item1} → {e.Item2}").ToList();

        Assert.Empty(duplicates);
        Assert.Empty(empty);
        Assert.True(broken.Count == 0, "Placeholders differ between key and translation:\n" + string.Join("\n", broken));
    }

    static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    sealed record Use(string Resource, string Key, string File);

    /// <summary>
    /// The keys of every <c>name["…"]</c> lookup under services/Web, each with the resource its localizer reads: the
    /// file's own <c>IStringLocalizer&lt;X&gt; name</c>, else the nearest _ViewImports' <c>@inject</c>; a plain
    /// <c>IStringLocalizer L</c> parameter is the back-office's (every caller passes the page's). Then the
    /// DataAnnotations messages (SharedResource) and the vocabulary labels the pages look up by value.
    /// </summary>
    static List<Use> UsedKeys()
    {
        var uses = new List<Use>();
        var files = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !Segments(f).Any(s => s is "bin" or "obj" or "Migrations"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(Web, file);
            foreach (var (name, resource) in LocalizersOf(file, text))
            {
                var lookup = new Regex(@"(?<![\w.])" + Regex.Escape(name) + @"\??\[@?""((?:[^""\\]|\\.)*)""");
                uses.AddRange(lookup.Matches(text).Select(m => new Use(resource, m.Groups[1].Value.Replace("\\\"", "\""), relative)));
            }
            if (file.EndsWith(".cs"))
                uses.AddRange(AnnotationKey().Matches(text).Select(m => new Use("SharedResource", m.Groups[1].Value, relative)));
        }
        uses.AddRange(RegistryVocabulary.Labels().Concat(RiskVocabulary.Labels()).Select(k => new Use("BackOfficeResource", k, "vocabulary")));
        return uses;
    }

    static Dictionary<string, string> LocalizersOf(string file, string text)
    {
        var names = new Dictionary<string, string>();
        if (file.EndsWith(".cshtml"))
        {
            // Outermost _ViewImports first, so a nearer @inject of the same name wins, as Razor does.
            var imports = new List<string>();
            for (var dir = new DirectoryInfo(Path.GetDirectoryName(file)!); dir is not null && dir.FullName.StartsWith(Web); dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "_ViewImports.cshtml"))) imports.Insert(0, Path.Combine(dir.FullName, "_ViewImports.cshtml"));
            foreach (var import in imports)
                foreach (Match m in TypedLocalizer().Matches(File.ReadAllText(import))) names[m.Groups[2].Value] = m.Groups[1].Value;
        }
        foreach (Match m in UntypedLocalizer().Matches(text)) names[m.Groups[1].Value] = "BackOfficeResource";
        foreach (Match m in TypedLocalizer().Matches(text)) names[m.Groups[2].Value] = m.Groups[1].Value;
        foreach (Match m in ResolvedLocalizer().Matches(text)) names[m.Groups[1].Value] = m.Groups[2].Value;
        return names.Where(n => Resources.Contains(n.Value)).ToDictionary();
    }

    static Dictionary<string, string> Translations(string resource) =>
        XDocument.Load(ResxPath(resource)).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .GroupBy(d => (string)d.Attribute("name")!).ToDictionary(g => g.Key, g => g.First().Element("value")!.Value, StringComparer.Ordinal);

    static string ResxPath(string resource) => Path.Combine(Web, "Resources", "Localization", $"{resource}.zh-CN.resx");

    static string[] Segments(string path) => Path.GetRelativePath(Web, path).Split(Path.DirectorySeparatorChar);

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SupplierDD.sln"))) return dir.FullName;
        throw new InvalidOperationException("SupplierDD.sln not found above " + AppContext.BaseDirectory);
    }
}
