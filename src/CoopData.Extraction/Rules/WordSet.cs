using System;
using System.Collections;
using System.Collections.Generic;

namespace CoopData.Extraction.Rules;

/// <summary>
/// A set of folded words (or phrases) of <see cref="Lexicon"/>, enumerated in list order. Most words asked about are
/// not in the set: a test of their length and first and last characters rules them out before the hash lookup.
/// </summary>
internal sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> _set;
    private readonly string[] _items;
    // Bit (c & 63) of _firstChars[length] (lengths from 31 share the last row) is set when an entry of that length starts with c.
    private readonly ulong[] _firstChars = new ulong[32];
    private readonly ulong[] _lastChars = new ulong[32];

    public WordSet(params string[] items)
    {
        _set = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>(items.Length);
        foreach (var item in items)
        {
            if (!_set.Add(item)) continue; // a repeat keeps its first place, as in a HashSet
            kept.Add(item);
            if (item.Length == 0) continue;
            int row = Math.Min(item.Length, 31);
            _firstChars[row] |= 1UL << (item[0] & 63);
            _lastChars[row] |= 1UL << (item[item.Length - 1] & 63);
        }
        _items = kept.ToArray();
    }

    public bool Contains(string word)
    {
        int length = word.Length;
        if (length > 0)
        {
            int row = Math.Min(length, 31);
            if ((((_firstChars[row] >> (word[0] & 63)) & (_lastChars[row] >> (word[length - 1] & 63))) & 1) == 0) return false;
        }
        return _set.Contains(word);
    }

    /// <summary>
    /// Whether the set holds <paramref name="word"/> in any case ("Quận" for "quận"): for the short sets of words as written,
    /// without the lower-cased copy a hash lookup would need.
    /// </summary>
    public bool ContainsIgnoringCase(string word)
    {
        foreach (var item in _items) if (string.Equals(item, word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>This set's bit in every word form's <see cref="Pipeline.WordForm.Bits"/> (given by <see cref="LexiconBits"/>).</summary>
    internal LexiconBit Bit { get; set; }

    /// <summary><see cref="Contains(string)"/> of the form's fold: a bit test for the lexicon's sets.</summary>
    public bool Contains(Pipeline.WordForm form) => Bit.Assigned ? form.Bits.Has(Bit) : Contains(form.Fold);

    /// <summary>Whether a token from <paramref name="from"/> to <paramref name="to"/> (exclusive, clipped to the list) is in the set.</summary>
    public bool AnyIn(Pipeline.TokenList tokens, int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < tokens.Count; k++)
            if (Contains(tokens[k].Form)) return true;
        return false;
    }

    /// <summary>False when no token of <paramref name="s"/> is in the set (by the sentence's lexicon bits).</summary>
    public bool MayBeIn(Pipeline.Sentence s) => !Bit.Assigned || s.Bits.Has(Bit);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
