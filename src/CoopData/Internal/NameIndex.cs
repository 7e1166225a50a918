using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CoopData.Internal;

/// <summary>
/// Records by folded name, alias and id. When two records share a folded key, a name beats
/// an alias and an alias beats an id; among equals the record listed first wins.
/// </summary>
internal sealed class NameIndex<T> where T : class
{
    private readonly Dictionary<string, T> _map = new(StringComparer.Ordinal);

    public NameIndex(IReadOnlyList<T> items, Func<T, string> name, Func<T, IReadOnlyList<string>> aliases, Func<T, string> id)
    {
        foreach (var item in items) Add(name(item), item);
        foreach (var item in items)
            foreach (var alias in aliases(item)) Add(alias, item);
        foreach (var item in items) Add(id(item), item);
    }

    private void Add(string text, T item)
    {
        string key = Fold(text);
        if (key.Length > 0 && !_map.ContainsKey(key)) _map.Add(key, item);
    }

    public T? Find(string text) =>
        _map.TryGetValue(Fold(text ?? throw new ArgumentNullException(nameof(text))), out var item) ? item : null;

    /// <summary>
    /// The extraction engine's folding (CoopData.Extraction.Text.Folding), repeated here because the
    /// runtime must not depend on the engine: decompose, drop diacritics, đ/Đ to d, lower case
    /// (invariant, so tr-TR's dotless i cannot interfere), runs of non-letters/digits to one space.
    /// "Hà Nội", "ha noi" and "HA-NOI" fold alike; "Hanoi" does not (aliases cover that).
    /// </summary>
    internal static string Fold(string text)
    {
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (System.ArgumentException)
        {
            // Unpaired surrogates cannot be normalized; such a name is compared as it is, never rejected.
            decomposed = text;
        }
        var sb = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            char ch = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
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
}
