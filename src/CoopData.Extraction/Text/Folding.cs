using System;
using System.Globalization;
using System.Text;

namespace CoopData.Extraction.Text;

/// <summary>
/// The one folding used to compare names: Unicode decomposition, diacritics removed,
/// đ/Đ to d, lower case (invariant), runs of non-letters and non-digits to one space, trimmed.
/// "Hà Nội", "Ha Noi" and "HA  NOI" fold alike; "Hanoi" does not (aliases cover that).
/// </summary>
public static class Folding
{
    /// <summary>Whether every character is ASCII (English text; Vietnamese text always has a marked letter).</summary>
    internal static bool IsAscii(string s)
    {
        foreach (char ch in s) if (ch > 127) return false;
        return true;
    }

    /// <summary>
    /// A key equal for two spellings of a Vietnamese name that carry the same marks, wherever a syllable sets its tone mark
    /// ("Hoà" and "Hòa" agree; "Cho" and "Chờ", "Sơn Tinh" and "Sơn Tịnh" do not): each syllable's letters with their vowel
    /// marks, then its tone. Case and spacing are ignored.
    /// </summary>
    internal static string VietnameseMarksKey(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 8);
        char tone = '\0';
        foreach (char c in text.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') { tone = c; continue; }
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) { sb.Append(c); continue; }
            // A syllable ends: its tone goes after its letters.
            if (tone != '\0') { sb.Append(tone); tone = '\0'; }
            if (sb.Length > 0 && sb[sb.Length - 1] != ' ') sb.Append(' ');
        }
        if (tone != '\0') sb.Append(tone);
        return sb.ToString().TrimEnd();
    }

    /// <summary>Folds <paramref name="text"/> for comparison.</summary>
    public static string Fold(string text)
    {
        // Text below U+D800 folds character by character: its decomposition (NFD) is each character's own
        // decomposition, and the marks canonical ordering would move are dropped anyway. Each character's
        // share of the result is computed once per process. Surrogates and the specials above go the slow way.
        char[] buffer = t_buffer ??= new char[64];
        if (buffer.Length < text.Length) t_buffer = buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (c >= '\uD800') return FoldSlow(text);
            char m = s_charMap[c];
            if (m == '\0') m = MapChar(c);
            if (m == ' ') { pendingSpace = true; continue; }
            if (m == Marks) continue;
            if (m == Several)
            {
                // A character folding to more than one: the general path, growing the buffer as needed.
                foreach (char ch in s_charFolds[c] ?? FoldChar(c))
                {
                    if (ch == ' ') { pendingSpace = true; continue; }
                    if (n + 2 > buffer.Length) { Array.Resize(ref buffer, buffer.Length * 2); t_buffer = buffer; }
                    if (pendingSpace && n > 0) buffer[n++] = ' ';
                    pendingSpace = false;
                    buffer[n++] = ch;
                }
                continue;
            }
            if (n + 2 > buffer.Length) { Array.Resize(ref buffer, buffer.Length * 2); t_buffer = buffer; }
            if (pendingSpace && n > 0) buffer[n++] = ' ';
            pendingSpace = false;
            buffer[n++] = m;
        }
        // Already folded (most words of English text): the same string, no copy.
        if (n == text.Length && buffer.AsSpan(0, n).SequenceEqual(text.AsSpan())) return text;
        return new string(buffer, 0, n);
    }

    [ThreadStatic] private static char[]? t_buffer;

    /// <summary>
    /// The start of <c>Fold(text)</c>, written to <paramref name="destination"/> without allocating: the number of
    /// characters written, with <paramref name="complete"/> set when that is the whole fold (otherwise the fold is
    /// longer than <paramref name="destination"/>); -1 when the text does not fold character by character.
    /// </summary>
    public static int FoldPrefix(string text, Span<char> destination, out bool complete)
    {
        complete = false;
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (c >= '\uD800') return -1;
            char m = s_charMap[c];
            if (m == '\0') m = MapChar(c);
            if (m == ' ') { pendingSpace = true; continue; }
            if (m == Marks) continue;
            if (m != Several)
            {
                if (!Put(destination, ref n, ref pendingSpace, m)) return n;
                continue;
            }
            foreach (char ch in s_charFolds[c] ?? FoldChar(c))
            {
                if (ch == ' ') pendingSpace = true;
                else if (!Put(destination, ref n, ref pendingSpace, ch)) return n;
            }
        }
        complete = true;
        return n;

        // Appends ch (after a pending separator); false when it does not fit, so the fold is longer than the destination.
        static bool Put(Span<char> d, ref int n, ref bool pendingSpace, char ch)
        {
            int need = pendingSpace && n > 0 ? 2 : 1;
            if (n + need > d.Length)
            {
                if (need == 2 && n < d.Length) d[n++] = ' ';
                return false;
            }
            if (need == 2) d[n++] = ' ';
            pendingSpace = false;
            d[n++] = ch;
            return true;
        }
    }

    // s_charMap[c]: what c folds to when that is one character (' ' for a separator), Marks when nothing,
    // Several when more than one (then s_charFolds[c] holds it), '\0' while not yet computed. The two
    // markers are noncharacters, which fold to a separator themselves, so no character folds to them.
    private const char Marks = '\uFFFE';
    private const char Several = '\uFFFF';
    private static readonly char[] s_charMap = new char[0xD800];

    private static char MapChar(char c)
    {
        string part = FoldChar(c);
        char m = part.Length == 0 ? Marks : part.Length == 1 ? part[0] : Several;
        if (m == Several) s_charFolds[c] = part;
        s_charMap[c] = m;
        return m;
    }

    /// <summary>The fold of each character that folds to more than one character.</summary>
    private static readonly string?[] s_charFolds = new string?[0xD800];

    private static string FoldChar(char c)
    {
        var sb = new StringBuilder(2);
        foreach (char d in Normalize(c.ToString(), NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
            char ch = d is 'đ' or 'Đ' or 'Ð' or 'ð' ? 'd' : char.ToLowerInvariant(d);
            sb.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        }
        return sb.ToString();
    }

    /// <summary>The definition: decompose the whole text, drop the marks, fold what is left.</summary>
    internal static string FoldSlow(string text)
    {
        string decomposed = Normalize(text, NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            char ch = c is 'đ' or 'Đ' or 'Ð' or 'ð' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(ch);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// <see cref="string.Normalize(NormalizationForm)"/> that never throws: text with unpaired
    /// surrogates cannot be normalized and is returned as it is.
    /// </summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (System.ArgumentException)
        {
            return text;
        }
    }

    /// <summary>
    /// An identifier-style slug: the folded text with spaces as hyphens (<c>tran-sy-thanh</c>).
    /// </summary>
    public static string Slug(string text) => Fold(text).Replace(' ', '-');
}
