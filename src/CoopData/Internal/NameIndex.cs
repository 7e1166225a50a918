using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CoopData.Internal;

/// <summary>
/// Records by folded name, alias and id. When two records share a folded key, a name beats
/// an alias and an alias beats an id; among equals the record listed first wins. On .NET 9+
/// a lookup folds the query into a stack buffer and allocates nothing.
/// </summary>
internal sealed class NameIndex<T> where T : class
{
    private readonly Dictionary<string, T> _map = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif

    public NameIndex(IReadOnlyList<T> items, Func<T, string> name, Func<T, IReadOnlyList<string>> aliases, Func<T, string> id)
    {
        foreach (var item in items) Add(name(item), item);
        foreach (var item in items)
            foreach (var alias in aliases(item)) Add(alias, item);
        foreach (var item in items) Add(id(item), item);
#if NET9_0_OR_GREATER
        _spans = _map.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    private void Add(string text, T item)
    {
        string key = Folding.Fold(text);
        if (key.Length > 0 && !_map.ContainsKey(key)) _map.Add(key, item);
    }

#if NET9_0_OR_GREATER
    public T? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int max = Folding.MaxFoldedLength(text.Length);
        Span<char> folded = max <= 256 ? stackalloc char[256] : new char[max];
        int n = Folding.FoldInto(text, folded);
        return _spans.TryGetValue(folded.Slice(0, n), out var item) ? item : null;
    }
#else
    public T? Find(string text) =>
        _map.TryGetValue(Folding.Fold(text ?? throw new ArgumentNullException(nameof(text))), out var item) ? item : null;
#endif
}

/// <summary>
/// The extraction engine's folding (CoopData.Extraction.Text.Folding), repeated here because the
/// runtime must not depend on the engine: decompose, drop diacritics, đ/Đ to d, lower case
/// (invariant, so tr-TR's dotless i cannot interfere), runs of non-letters/digits to one space.
/// "Hà Nội", "ha noi" and "HA-NOI" fold alike; "Hanoi" does not (aliases cover that).
/// </summary>
internal static class Folding
{
    // Canonical decomposition of one character, cached: after the first sight of a character, folding allocates nothing.
    // Decomposing character by character equals decomposing the text for folding: canonical reordering only moves
    // combining marks, which folding drops.
    private static readonly ConcurrentDictionary<char, string> Decompositions = new();

    /// <summary>Folded text is at most this long: a character decomposes into at most three letters (Hangul), plus separators.</summary>
    public static int MaxFoldedLength(int length) => length * 4;

    public static string Fold(string text)
    {
        var buffer = new char[MaxFoldedLength(text.Length)];
        int n = FoldInto(text.AsSpan(), buffer);
        return new string(buffer, 0, n);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least <see cref="MaxFoldedLength"/> long); returns the length written.</summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (c < 0x80 || char.IsSurrogate(c)) Append(c, destination, ref n, ref pendingSpace);
            else foreach (char d in Decompositions.GetOrAdd(c, static ch => ch.ToString().Normalize(NormalizationForm.FormD))) Append(d, destination, ref n, ref pendingSpace);
        }
        return n;
    }

    private static void Append(char c, Span<char> destination, ref int n, ref bool pendingSpace)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) return;
        char ch = c is 'đ' or 'Đ' or 'Ð' or 'ð' ? 'd' : char.ToLowerInvariant(c);
        if (char.IsLetterOrDigit(ch))
        {
            if (pendingSpace && n > 0) destination[n++] = ' ';
            pendingSpace = false;
            destination[n++] = ch;
        }
        else
        {
            pendingSpace = true;
        }
    }
}
