using System;
using System.Collections.Generic;

namespace CoopData.Extraction.Pipeline;

/// <summary>
/// A value per sentence of one article, in an array indexed by <see cref="Sentence.Index"/> (the sentences of an
/// article are numbered from 0): a lookup is an array read instead of a hash lookup.
/// </summary>
internal sealed class BySentence<T> where T : class
{
    private T?[] _items = Array.Empty<T?>();

    public bool TryGetValue(Sentence s, out T value)
    {
        value = (uint)s.Index < (uint)_items.Length ? _items[s.Index]! : null!;
        return value is not null;
    }

    public T this[Sentence s]
    {
        set
        {
            // Made at the article's size at once (no chain of doublings), or by doubling when that is unknown.
            if (s.Index >= _items.Length) Array.Resize(ref _items, Math.Max(s.Index + 1, Math.Max(_items.Length * 2, s.ArticleSentences)));
            _items[s.Index] = value;
        }
    }
}

internal static class BySentence
{
    /// <summary>The items of each sentence, in the order of <paramref name="items"/>.</summary>
    public static BySentence<List<T>> Group<T>(List<T> items, Func<T, Sentence> sentenceOf)
    {
        var groups = new BySentence<List<T>>();
        // Items usually come in sentence order: a sentence's list is made at the length of its run (most hold one item).
        for (int k = 0; k < items.Count;)
        {
            var s = sentenceOf(items[k]);
            int end = k + 1;
            while (end < items.Count && sentenceOf(items[end]) == s) end++;
            if (!groups.TryGetValue(s, out var l)) groups[s] = l = new List<T>(end - k);
            for (; k < end; k++) l.Add(items[k]);
        }
        return groups;
    }
}
