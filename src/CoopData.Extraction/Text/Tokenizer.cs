using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CoopData.Extraction.Pipeline;

namespace CoopData.Extraction.Text;

/// <summary>
/// Splits a sentence into words, numbers and punctuation. Hyphens are their own tokens with no space
/// around them, so "Choisy-le-Roi" is three words the gazetteer lookup can rejoin and "Hanoi-Guangzhou"
/// two. A possessive "'s" is split off as a word folding to "s"; other apostrophes stay inside a word (O'Neill).
/// </summary>
internal static class Tokenizer
{
    public static TokenList Tokenize(string text)
    {
        var block = t_block ??= new Token[BlockSize];
        int first = t_used;
        var cache = t_cache ??= new WordForm?[CacheSize];
        int n = 0;
        for (int i = 0, start; (start = SkipWhiteSpace(text, i)) < text.Length;)
        {
            // Only the first token has no token before it: it counts as after a space.
            bool space = start > i || i == 0;
            i = TokenEnd(text, start, out TokenKind kind, out uint hash);
            if (first + n == block.Length)
            {
                // The block is full: the sentence moves to a new one (a longer sentence than a block gets its own).
                var next = new Token[Math.Max(BlockSize, 2 * n)];
                Array.Copy(block, first, next, 0, n);
                block = t_block = next;
                first = 0;
            }
            var form = kind == TokenKind.Punct && i - start == 1 && text[start] < '\u0080'
                ? s_ascii[text[start]]
                : Form(text, start, i - start, kind, hash, cache);
            block[first + n++] = new Token(form, start, space);
        }
        t_used = first + n;
        return new TokenList(block, first, n);
    }

    // Each sentence's tokens are a slice of a per-thread block: no array per sentence. A slice is never overwritten
    // while anything outside an ArticleScope may hold it; a full block is replaced, not reused.
    private const int BlockSize = 4096; // 64 KB: below the large object heap's threshold
    [ThreadStatic] private static Token[]? t_block;
    [ThreadStatic] private static int t_used;

    /// <summary>
    /// Marks one article's extraction: when disposed, the block space its sentences used is handed to the next
    /// article. Only for callers whose token lists all die with the scope (<see cref="ArticleExtractor"/>).
    /// </summary>
    public static ArticleScope BeginArticle() => new(t_block, t_used);

    public readonly struct ArticleScope : IDisposable
    {
        private readonly Token[]? _block;
        private readonly int _used;

        internal ArticleScope(Token[]? block, int used) { _block = block; _used = used; }

        public void Dispose()
        {
            // A block made during the scope holds nothing older than the scope: all of it is free again.
            if (ReferenceEquals(t_block, _block)) t_used = _used;
            else t_used = 0;
        }
    }

    // Articles repeat their words: a small per-thread table of recent forms (two ways per set, picked by a hash of the
    // characters) gives a repeated word the same form instead of new strings, a new fold and new lookups each time.
    // Direct-mapped, two words sharing a slot evicted each other at every use: 14 times the misses on the corpus and seeds.
    private const int CacheBits = 14; // 16384 slots, 128 KB: made once per thread and kept, so the large object heap costs it nothing
    private const int CacheSize = 1 << CacheBits;
    private const int CachedLength = 24;
    [ThreadStatic] private static WordForm?[]? t_cache;

    // A possessive "'s" is a word folding to "s"; its own kind here only while it is scanned and its form chosen.
    private const TokenKind Possessive = (TokenKind)255;

    /// <param name="hash">The token's <see cref="HashStep"/>s, made while it was scanned.</param>
    private static WordForm Form(string text, int start, int length, TokenKind kind, uint hash, WordForm?[] cache)
    {
        if (length > CachedLength) return Fresh(text.Substring(start, length), kind);
        // One multiplication spreads every character's bits to the top ones, which pick the pair of slots (Fibonacci hashing).
        int set = (int)((hash * 2654435769u) >> (32 - CacheBits)) & ~1;
        var first = cache[set];
        if (IsCached(first, text, start, length, kind)) return first!;
        var second = cache[set + 1];
        if (IsCached(second, text, start, length, kind)) return second!;
        // Two words that share a pair both stay; a third replaces the older.
        cache[set + 1] = first;
        return cache[set] = Fresh(text.Substring(start, length), kind);
    }

    // The kind follows from the text, except a possessive "'s", which is compared too.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCached(WordForm? cached, string text, int start, int length, TokenKind kind) =>
        cached is not null && (cached.Kind == kind || kind == Possessive && cached.Fold == "s") && Same(cached.Text, text, start, length);

    // Cached words are short: comparing in place costs less than a call to the vectorised comparison.
    private static bool Same(string cached, string text, int start, int length)
    {
        if (cached.Length != length) return false;
        for (int k = 0; k < length; k++)
            if (cached[k] != text[start + k]) return false;
        return true;
    }

    // A number is its own fold; a word is folded now (every word's fold is asked for).
    private static WordForm Fresh(string text, TokenKind kind) => kind switch
    {
        Possessive => new WordForm(text, TokenKind.Word, "s", false, Token.IsAllCaps(text, TokenKind.Word)),
        TokenKind.Punct => new WordForm(text, TokenKind.Punct, "", Token.IsCap(text), false),
        TokenKind.Number => new WordForm(text, kind, text, Token.IsCap(text), false),
        _ => new WordForm(text, kind, Folding.Fold(text), Token.IsCap(text), Token.IsAllCaps(text, kind)),
    };

    /// <summary>The number of word tokens <see cref="Tokenize"/> would return, without making them.</summary>
    public static int CountWords(string text) => CountWords(text, int.MaxValue);

    /// <summary><see cref="CountWords(string)"/>, or <paramref name="atMost"/> when there are that many or more (it stops there).</summary>
    // Kept out of line: inlined into the reader's long methods, its scanning loop loses its registers to the stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int CountWords(string text, int atMost)
    {
        int n = 0;
        for (int i = 0; n < atMost && (i = SkipWhiteSpace(text, i)) < text.Length;)
        {
            i = TokenEnd(text, i, out TokenKind kind, out _);
            if (kind is TokenKind.Word or Possessive) n++;
        }
        return n;
    }

    // The scan is two small loops with their state in registers (white space, then one token) that hash the token's
    // characters as they pass: a second loop over them to hash them mispredicted its exit (and the test of an odd
    // length) for most tokens.

    /// <summary>The first position from <paramref name="i"/> on that is not white space (the text's length if none).</summary>
    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && Is(text[i], CharClass.WhiteSpace)) i++;
        return i;
    }

    /// <summary>
    /// The end of the token starting at <paramref name="i"/> (not white space), its <paramref name="kind"/>
    /// (<see cref="Possessive"/> for a possessive "'s") and the <paramref name="hash"/> of its characters for the form cache.
    /// </summary>
    private static int TokenEnd(string text, int i, out TokenKind kind, out uint hash)
    {
        char c = text[i];
        uint h = c;
        var first = Class(c);
        if ((first & CharClass.WordChar) != 0)
        {
            bool digits = (first & CharClass.Digit) != 0;
            for (i++; i < text.Length; i++)
            {
                char d = text[i];
                var k = Class(d);
                if ((k & CharClass.WordChar) != 0)
                {
                    // "17thgeneral", "2023s": a digit run and a letter run are separate tokens.
                    if (digits != ((k & CharClass.Digit) != 0) && (k & CharClass.Mark) == 0) break;
                }
                // Inner apostrophe followed by letters (O'Neill), but not a possessive 's.
                else if (!((d == '\'' || d == '’') && !digits && i + 1 < text.Length && Is(text[i + 1], CharClass.Letter) && !IsPossessive(text, i)))
                    break;
                h = HashStep(h, d);
            }
            kind = digits ? TokenKind.Number : TokenKind.Word;
        }
        else if ((c == '\'' || c == '’') && IsPossessive(text, i))
        {
            h = HashStep(h, text[i + 1]);
            i += 2;
            kind = Possessive;
        }
        else
        {
            i++;
            // Keep surrogate pairs together; they are never part of a decision.
            if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i])) h = HashStep(h, text[i++]);
            kind = TokenKind.Punct;
        }
        hash = h;
        return i;
    }

    /// <summary>The form cache's hash with one more character: a rotation and an exclusive or, one short step per character.</summary>
    private static uint HashStep(uint hash, char c) => ((hash << 5) | (hash >> 27)) ^ c;

    /// <summary>The forms of one-character ASCII punctuation, shared by every token.</summary>
    private static readonly WordForm[] s_ascii = Ascii();

    private static WordForm[] Ascii()
    {
        var a = new WordForm[128];
        for (int c = 0; c < 128; c++) a[c] = Fresh(((char)c).ToString(), TokenKind.Punct);
        return a;
    }

    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
        && (i + 2 >= text.Length || !Is(text[i + 2], CharClass.LetterOrDigit));

    /// <summary>What the scanner asks of a character: one table read instead of several Unicode lookups.</summary>
    [Flags]
    private enum CharClass : byte
    {
        Known = 1, // set for every computed entry, so 0 means not yet computed
        WhiteSpace = 2,
        WordChar = 4, // a letter, a digit or a combining mark
        Digit = 8,
        Mark = 16,
        Letter = 32,
        LetterOrDigit = 64,
    }

    // Filled on first sight of each character (like the fold table); racing threads write the same value.
    private static readonly CharClass[] s_classes = new CharClass[char.MaxValue + 1];

    private static bool Is(char c, CharClass flag) => (Class(c) & flag) != 0;

    private static CharClass Class(char c)
    {
        var k = s_classes[c];
        return k != 0 ? k : s_classes[c] = Classify(c);
    }

    private static CharClass Classify(char c)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        bool mark = cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        var k = CharClass.Known;
        if (char.IsWhiteSpace(c)) k |= CharClass.WhiteSpace;
        if (char.IsLetterOrDigit(c)) k |= CharClass.LetterOrDigit | CharClass.WordChar;
        if (mark) k |= CharClass.Mark | CharClass.WordChar;
        if (char.IsDigit(c)) k |= CharClass.Digit;
        if (char.IsLetter(c)) k |= CharClass.Letter;
        return k;
    }
}
