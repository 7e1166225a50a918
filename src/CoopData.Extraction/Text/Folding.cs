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
    /// <summary>Folds <paramref name="text"/> for comparison.</summary>
    public static string Fold(string text)
    {
        // Text below U+D800 folds character by character: its decomposition (NFD) is each character's own
        // decomposition, and the marks canonical ordering would move are dropped anyway. Each character's
        // share of the result is computed once per process. Surrogates and the specials above go the slow way.
        bool ascii = true;
        foreach (char c in text)
        {
            if (c >= '\uD800') return FoldSlow(text);
            if (c >= '\u0080') ascii = false;
        }
        if (ascii && IsFoldedAscii(text)) return text;
        char[] buffer = t_buffer ??= new char[64];
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            string part = c < '\u0080' ? AsciiFold(c) : (s_charFolds[c] ??= FoldChar(c));
            foreach (char ch in part)
            {
                if (ch == ' ') { pendingSpace = true; continue; }
                if (n + 2 > buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                if (pendingSpace && n > 0) buffer[n++] = ' ';
                pendingSpace = false;
                buffer[n++] = ch;
            }
        }
        t_buffer = buffer;
        return new string(buffer, 0, n);
    }

    [ThreadStatic] private static char[]? t_buffer;

    /// <summary>
    /// Whether <see cref="Fold"/> treats <paramref name="text"/> one character at a time (no surrogates or
    /// specials), so that the fold of any start of the text is the start of the text's fold.
    /// </summary>
    public static bool FoldsByCharacter(string text)
    {
        foreach (char c in text)
            if (c >= '\uD800') return false;
        return true;
    }

    /// <summary>What each character folds to on its own: letters and digits, ' ' for a separator, "" for a mark.</summary>
    private static readonly string?[] s_charFolds = new string?[0xD800];

    private static readonly string[] s_asciiFolds = AsciiFolds();

    private static string AsciiFold(char c) => s_asciiFolds[c];

    private static string[] AsciiFolds()
    {
        var folds = new string[128];
        for (int c = 0; c < 128; c++) folds[c] = FoldChar((char)c);
        return folds;
    }

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

    /// <summary>Already folded: lower-case ASCII letters and digits, single spaces between them.</summary>
    private static bool IsFoldedAscii(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) continue;
            if (c == ' ' && i > 0 && i < text.Length - 1 && text[i - 1] != ' ') continue;
            return false;
        }
        return true;
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
