using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using CoopData.Extraction.Pipeline;

namespace CoopData.Extraction.Rules;

/// <summary>
/// A list of folded phrases indexed by first word, so matching at a token looks only at the phrases that
/// start with that token's fold instead of scanning the whole list. Matching is exactly
/// <see cref="Lexicon.MatchAt"/>'s (punctuation skipped between words, whole-token comparison); where several
/// phrases match, the one that comes first in the list wins among the longest, as in <see cref="Lexicon.MatchAny"/>.
/// The list itself stays the rule: the index is built from it once and never changes.
/// </summary>
internal sealed class PhraseIndex
{
    /// <summary>One phrase of the list.</summary>
    internal sealed class Entry
    {
        public Entry(string phrase, int order)
        {
            Phrase = phrase;
            Order = order;
            Segments = Segment(phrase);
            Words = phrase.Split(' ').Length;
        }

        public string Phrase { get; }
        /// <summary>Position in the list: earlier wins ties.</summary>
        public int Order { get; }
        /// <summary>The words <see cref="Lexicon.MatchAt"/> compares one by one.</summary>
        public string[] Segments { get; }
        /// <summary><c>Phrase.Split(' ').Length</c>, the count rules compare a match with.</summary>
        public int Words { get; }
    }

    private readonly Dictionary<string, Entry[]> _byFirst;
    // Most words start no phrase: a test of their length and first and last characters rules them out before hashing.
    private readonly ulong[] _firstChars = new ulong[32];
    private readonly ulong[] _lastChars = new ulong[32];
    private readonly bool _emptyFirst;

    /// <summary>The phrases whose first word is <paramref name="fold"/>.</summary>
    private bool TryBucket(string fold, out Entry[] bucket)
    {
        int len = fold.Length;
        if (len == 0 ? !_emptyFirst
            : ((_firstChars[Math.Min(len, 31)] >> (fold[0] & 63)) & (_lastChars[Math.Min(len, 31)] >> (fold[len - 1] & 63)) & 1) == 0)
        {
            bucket = null!;
            return false;
        }
        return _byFirst.TryGetValue(fold, out bucket!);
    }

    /// <summary>This list's bit in every word form's <see cref="WordForm.Bits"/>: set when a phrase starts with the form's fold.</summary>
    internal LexiconBit Bit { get; set; }

    /// <summary>The first words of the phrases.</summary>
    internal IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary><see cref="TryBucket(string, out Entry[])"/> of a token's fold; most forms are ruled out by their bit.</summary>
    private bool TryBucket(WordForm form, out Entry[] bucket)
    {
        if (Bit.Assigned && !form.Bits.Has(Bit))
        {
            bucket = null!;
            return false;
        }
        return TryBucket(form.Fold, out bucket);
    }

    private readonly int[] _wordCounts;

    public PhraseIndex(IEnumerable<string> phrases)
    {
        var lists = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var counts = new SortedSet<int>();
        int order = 0;
        foreach (var p in phrases)
        {
            var e = new Entry(p, order++);
            if (e.Segments.Length == 0) continue; // "" never matches
            if (!lists.TryGetValue(e.Segments[0], out var l)) lists.Add(e.Segments[0], l = new List<Entry>());
            l.Add(e);
            counts.Add(e.Words);
        }
        _byFirst = new Dictionary<string, Entry[]>(lists.Count, StringComparer.Ordinal);
        foreach (var kv in lists)
        {
            _byFirst.Add(kv.Key, kv.Value.ToArray());
            if (kv.Key.Length == 0) { _emptyFirst = true; continue; }
            int len = Math.Min(kv.Key.Length, 31);
            _firstChars[len] |= 1UL << (kv.Key[0] & 63);
            _lastChars[len] |= 1UL << (kv.Key[kv.Key.Length - 1] & 63);
        }
        _wordCounts = new int[counts.Count];
        counts.CopyTo(_wordCounts);
    }

    /// <summary>The phrases starting with the word <paramref name="fold"/>, in list order (null when none).</summary>
    public Entry[]? StartingWith(string fold) => TryBucket(fold, out var e) ? e : null;

    /// <summary><see cref="StartingWith(string)"/> of the form's fold.</summary>
    public Entry[]? StartingWith(WordForm form) => TryBucket(form, out var e) ? e : null;

    /// <summary>Same as <see cref="Lexicon.MatchAny"/> over the indexed list.</summary>
    public int MatchAny(TokenList tokens, int i, out string? matched)
    {
        matched = null;
        if (i >= tokens.Count || !TryBucket(tokens[i].Form, out var bucket)) return 0;
        int best = 0;
        foreach (var e in bucket)
        {
            int n = MatchAt(tokens, i, e.Segments);
            if (n > best) { best = n; matched = e.Phrase; }
        }
        return best;
    }

    /// <summary>
    /// Whether a phrase of the list starts within the <paramref name="words"/> tokens before <paramref name="before"/>, in
    /// the same clause (no comma or semicolon between).
    /// </summary>
    public bool EarlierInClause(TokenList tokens, int before, int words)
    {
        for (int k = before - 1; k >= 0 && k >= before - words; k--)
        {
            if (tokens[k].IsPunct(',') || tokens[k].IsPunct(';')) return false;
            if (MatchAny(tokens, k, out _) > 0) return true;
        }
        return false;
    }

    /// <summary>Whether a phrase of the list starts at a token from <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public bool StartsWithin(TokenList tokens, int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < tokens.Count; k++)
            if (Matches(tokens, k)) return true;
        return false;
    }

    /// <summary>Whether a phrase of the list starts at <paramref name="i"/>.</summary>
    public bool Matches(TokenList tokens, int i)
    {
        if (i >= tokens.Count || !TryBucket(tokens[i].Form, out var bucket)) return false;
        foreach (var e in bucket)
            if (MatchAt(tokens, i, e.Segments) > 0) return true;
        return false;
    }

    /// <summary><see cref="AnyIn(TokenList)"/> of the sentence's tokens; most sentences are ruled out by their bits, unscanned.</summary>
    public bool AnyIn(Sentence s) => MayStartIn(s) && AnyIn(s.Tokens);

    /// <summary>False when no token of <paramref name="s"/> starts a phrase of the list.</summary>
    public bool MayStartIn(Sentence s) => !Bit.Assigned || s.Bits.Has(Bit);

    /// <summary>Whether any word token of <paramref name="tokens"/> starts a phrase of the list.</summary>
    public bool AnyIn(TokenList tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
            if (tokens[i].IsWord && Matches(tokens, i)) return true;
        return false;
    }

    /// <summary>
    /// The first phrase (in list order) of <c>w = Words</c> words that matches exactly <c>w</c> tokens from
    /// <c>end - w</c> — a phrase written right before token <paramref name="end"/>; null when none.
    /// With <paramref name="oneWordInLowerCase"/>, a phrase of one word counts only when that word is not capitalised.
    /// </summary>
    public Entry? EndingBefore(TokenList tokens, int end, bool oneWordInLowerCase = false)
    {
        Entry? first = null;
        foreach (int w in _wordCounts)
        {
            int from = end - w;
            if (from < 0) break; // counts ascend
            if (from >= tokens.Count || !TryBucket(tokens[from].Form, out var bucket)) continue;
            foreach (var e in bucket)
            {
                if (e.Words != w || (first is not null && e.Order > first.Order)) continue;
                if (oneWordInLowerCase && e.Words == 1 && tokens[from].Cap) continue;
                if (MatchAt(tokens, from, e.Segments) == w) { first = e; break; }
            }
        }
        return first;
    }

    /// <summary>Whether a phrase is written right before token <paramref name="end"/>, or before the dot of an abbreviation there ("Mr. Oda").</summary>
    public bool EndsBeforeAbbreviated(TokenList tokens, int end) =>
        EndingBefore(tokens, end) is not null
        || (end > 1 && tokens[end - 1].IsPunct('.') && !tokens[end - 1].SpaceBefore && EndingBefore(tokens, end - 1) is not null);

    /// <summary><see cref="Lexicon.MatchAt"/> with the phrase already cut into words.</summary>
    public static int MatchAt(TokenList tokens, int i, string[] segments)
    {
        int n = 0;
        for (int p = 0; p < segments.Length; p++)
        {
            // Skip punctuation between words ("People's" is People + ' + s; "co-operation" is co - operation).
            while (i + n < tokens.Count && n > 0 && tokens[i + n].Kind == TokenKind.Punct && IsSkippable(tokens[i + n].Text)) n++;
            if (i + n >= tokens.Count) return 0;
            if (!string.Equals(tokens[i + n].Fold, segments[p], StringComparison.Ordinal)) return 0;
            n++;
        }
        return n;
    }

    private static bool IsSkippable(string text) => text == "'" || text == "’" || text == "-";

    /// <summary>The words of a phrase as <see cref="Lexicon.MatchAt"/> walks them (a trailing space adds none).</summary>
    private static string[] Segment(string phrase)
    {
        var result = new List<string>();
        int p = 0;
        while (p < phrase.Length)
        {
            int sp = phrase.IndexOf(' ', p);
            int len = (sp < 0 ? phrase.Length : sp) - p;
            result.Add(phrase.Substring(p, len));
            p += len + 1;
        }
        return result.ToArray();
    }

    // ------------------------------------------------------------ the lexicon's lists

    private static readonly Dictionary<object, PhraseIndex> s_lexicon = IndexLexicon();

    /// <summary>
    /// The index of one of <see cref="Lexicon"/>'s phrase lists (any static string list or set, and the string
    /// lists held in its dictionaries), or null for any other collection (those are scanned as before).
    /// </summary>
    public static PhraseIndex? Of(IEnumerable<string> phrases) => s_lexicon.TryGetValue(phrases, out var index) ? index : null;

    /// <summary>The indexes of the lexicon's lists.</summary>
    internal static IEnumerable<PhraseIndex> LexiconIndexes => s_lexicon.Values;

    private static Dictionary<object, PhraseIndex> IndexLexicon()
    {
        var result = new Dictionary<object, PhraseIndex>(ReferenceComparer<object>.Instance);
        foreach (var field in typeof(Lexicon).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (!field.IsInitOnly) continue;
            var value = field.GetValue(null);
            if (value is IEnumerable<string> list) Add(result, list);
            else if (value is IDictionary dict)
                foreach (var v in dict.Values)
                    if (v is IEnumerable<string> inner) Add(result, inner);
        }
        return result;
    }

    private static void Add(Dictionary<object, PhraseIndex> result, IEnumerable<string> list)
    {
        if (!result.ContainsKey(list)) result.Add(list, new PhraseIndex(list));
    }
}
