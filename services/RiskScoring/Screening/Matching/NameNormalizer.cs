using System.Globalization;
using System.Text;
using SupplierDD.Standards.Names;

namespace SupplierDD.RiskScoring.Screening.Matching;

/// <summary>
/// Turns a raw company name into scoring tokens: NFKC (full-width letters and （） become ASCII), lower case, accents
/// dropped, punctuation as separators, "&amp;" as "and"; legal forms removed (and remembered); place qualifiers and
/// generic industry words recognised in English, Chinese and pinyin; Han text turned into pinyin through ICU with
/// the syllables of one word joined ("新疆大全" → place "xinjiang" + "daquan"); adjacent single pinyin syllables in
/// Latin text joined too ("Da Quan" → "daquan"). Thread-safe; one instance can serve the whole process.
/// </summary>
public sealed class NameNormalizer
{
    private readonly PhraseDictionary _dictionary;

    /// <summary>Creates a normaliser; the first one in a process loads ICU and its pinyin table (about half a second).</summary>
    public NameNormalizer()
    {
        HanPinyin.Warm();
        _dictionary = PhraseDictionary.Shared;
    }

    /// <summary>Normalises one name. Never throws for odd input; an empty or punctuation-only name has no tokens.</summary>
    public NormalizedName Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var builder = new NameBuilder();
        var latinWords = new List<string>();
        var text = Fold(raw);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (HanPinyin.IsHan(c))
            {
                ProcessLatin(latinWords, builder);
                var start = i;
                while (i < text.Length && HanPinyin.IsHan(text[i])) i++;
                ProcessHan(text.AsSpan(start, i - start), builder);
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !HanPinyin.IsHan(text[i])) i++;
                latinWords.Add(PinyinV(text[start..i]));
            }
            else
            {
                if (c == '&') latinWords.Add("and");
                i++;
            }
        }
        ProcessLatin(latinWords, builder);
        return new NormalizedName(raw, builder.Tokens, builder.LegalForms);
    }

    /// <summary>NFKC, lower case, accents off, apostrophes out (pinyin's "Xi'an" is one word).</summary>
    private static string Fold(string raw)
    {
        var decomposed = NameText.Compatible(raw).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '\u2019' or '\u2018' or '`') continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private void ProcessHan(ReadOnlySpan<char> run, NameBuilder builder)
    {
        var pendingStart = 0;
        var i = 0;
        while (i < run.Length)
        {
            var (phrase, length) = LongestHan(run[i..], builder.LastWasPlace && pendingStart == i);
            if (phrase is null)
            {
                i++;
                continue;
            }
            FlushHan(run[pendingStart..i], builder);
            builder.Add(phrase, run.Slice(i, length).ToString());
            i += length;
            pendingStart = i;
        }
        FlushHan(run[pendingStart..], builder);
    }

    private (Phrase? Phrase, int Length) LongestHan(ReadOnlySpan<char> rest, bool afterPlace)
    {
        for (var len = Math.Min(_dictionary.MaxHanLength, rest.Length); len >= 1; len--)
        {
            var phrase = _dictionary.FindHan(rest[..len]);
            if (phrase is null || (phrase.Kind == PhraseKind.PlaceSuffix && !afterPlace)) continue;
            return (phrase, len);
        }
        return (null, 0);
    }

    /// <summary>Han characters between dictionary words form one name word: their syllables are joined.</summary>
    private static void FlushHan(ReadOnlySpan<char> chars, NameBuilder builder)
    {
        if (chars.IsEmpty) return;
        var pinyin = new StringBuilder(chars.Length * 4);
        foreach (var c in chars) pinyin.Append(HanPinyin.Syllable(c));
        if (pinyin.Length > 0) builder.AddDistinctive(pinyin.ToString(), chars.ToString());
    }

    private void ProcessLatin(List<string> words, NameBuilder builder)
    {
        if (words.Count == 0) return;
        JoinInitials(words);
        var free = new List<string>();
        var i = 0;
        while (i < words.Count)
        {
            var (phrase, count) = LongestLatin(words, i, builder.LastWasPlace && free.Count == 0);
            if (phrase is null && PinyinSyllables.Segment(words[i]) is null)
                (phrase, count) = (_dictionary.FindLatinTypo(words[i]), 1);
            if (phrase is null)
            {
                free.Add(words[i++]);
                continue;
            }
            FlushLatin(free, builder);
            builder.Add(phrase, string.Join(' ', words.GetRange(i, count)));
            i += count;
        }
        FlushLatin(free, builder);
        words.Clear();
    }

    private (Phrase? Phrase, int Count) LongestLatin(List<string> words, int start, bool afterPlace)
    {
        var maxCount = Math.Min(_dictionary.MaxLatinWords, words.Count - start);
        Span<char> joined = stackalloc char[256];
        var length = 0;
        Span<int> ends = stackalloc int[maxCount];
        for (var k = 0; k < maxCount; k++)
        {
            var w = words[start + k];
            if (length + w.Length > joined.Length) { maxCount = k; break; }
            w.AsSpan().CopyTo(joined[length..]);
            length += w.Length;
            ends[k] = length;
        }
        for (var k = maxCount - 1; k >= 0; k--)
        {
            var phrase = _dictionary.FindLatin(joined[..ends[k]]);
            if (phrase is null || (phrase.Kind == PhraseKind.PlaceSuffix && !afterPlace)) continue;
            return (phrase, k + 1);
        }
        return (null, 0);
    }

    /// <summary>Words no dictionary knows: runs of single pinyin syllables become one word ("da quan" → "daquan").</summary>
    private static void FlushLatin(List<string> free, NameBuilder builder)
    {
        var i = 0;
        while (i < free.Count)
        {
            var end = i;
            while (end < free.Count && PinyinSyllables.IsSyllable(free[end])) end++;
            if (end - i >= 2)
            {
                var run = free.GetRange(i, end - i);
                builder.AddDistinctive(string.Concat(run), string.Join(' ', run));
                i = end;
                continue;
            }
            builder.AddDistinctive(free[i], free[i]);
            i++;
        }
        free.Clear();
    }

    /// <summary>Pinyin typed on a keyboard writes ü as v ("Lvzhou"); ICU's pinyin writes it u ("luzhou").</summary>
    private static string PinyinV(string word)
    {
        if (!word.Contains('v') || PinyinSyllables.Segment(word) is not null) return word;
        var u = word.Replace('v', 'u');
        return PinyinSyllables.Segment(u) is not null ? u : word;
    }

    /// <summary>"J.A. Solar" splits into "j" "a": initials belong together.</summary>
    private static void JoinInitials(List<string> words)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i].Length != 1 || !char.IsLetter(words[i][0])) continue;
            var end = i;
            while (end + 1 < words.Count && words[end + 1].Length == 1 && char.IsLetter(words[end + 1][0])) end++;
            if (end == i) continue;
            words[i] = string.Concat(words.GetRange(i, end - i + 1));
            words.RemoveRange(i + 1, end - i);
        }
    }
}
