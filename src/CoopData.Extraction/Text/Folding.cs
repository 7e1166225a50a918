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
