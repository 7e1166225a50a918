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
        // Written to a per-thread buffer, then copied to an array of the exact length.
        var buffer = t_tokens ??= new Token[256];
        var cache = t_cache ??= new CachedWord[CacheSize];
        int n = 0;
        int i = 0;
        bool space = true;
        while (Next(text, ref i, ref space, out int start, out TokenKind kind, out bool possessive))
        {
            if (n == buffer.Length) { Array.Resize(ref buffer, buffer.Length * 2); t_tokens = buffer; }
            if (kind == TokenKind.Punct)
            {
                string punct = i - start == 1 && text[start] < '\u0080' ? s_ascii[text[start]] : text.Substring(start, i - start);
                buffer[n++] = new Token(punct, start, TokenKind.Punct, space, "", Token.IsCap(punct), false);
            }
            else if (possessive)
            {
                string word = text.Substring(start, 2);
                buffer[n++] = new Token(word, start, TokenKind.Word, space, "s", false, Token.IsAllCaps(word, TokenKind.Word));
            }
            else
            {
                var word = Word(text, start, i - start, kind, cache);
                buffer[n++] = new Token(word.Text!, start, kind, space, word.Fold, word.Cap, word.AllCaps);
            }
            space = false;
        }
        var tokens = new Token[n];
        Array.Copy(buffer, tokens, n);
        return new TokenList(tokens);
    }

    [ThreadStatic] private static Token[]? t_tokens;

    // Articles repeat their words: a small per-thread table of recent words and their folds (direct-mapped by a hash
    // of the characters) gives a repeated word the same two strings instead of a new copy and a new fold each time.
    private const int CacheSize = 4096;
    private const int CachedLength = 24;
    [ThreadStatic] private static CachedWord[]? t_cache;

    private struct CachedWord
    {
        public string? Text; // null: an empty slot
        public string Fold;
        public bool Cap, AllCaps;
    }

    private static CachedWord Word(string text, int start, int length, TokenKind kind, CachedWord[] cache)
    {
        if (length > CachedLength) return Fresh(text.Substring(start, length), kind);
        uint hash = 2166136261;
        for (int k = start; k < start + length; k++) hash = (hash ^ text[k]) * 16777619;
        ref var slot = ref cache[hash & (CacheSize - 1)];
        if (slot.Text is { } cached && cached.AsSpan().SequenceEqual(text.AsSpan(start, length))) return slot;
        return slot = Fresh(text.Substring(start, length), kind);
    }

    // A number is its own fold; a word is folded now (every word's fold is asked for).
    private static CachedWord Fresh(string word, TokenKind kind) => new()
    {
        Text = word,
        Fold = kind == TokenKind.Number ? word : Folding.Fold(word),
        Cap = Token.IsCap(word),
        AllCaps = Token.IsAllCaps(word, kind),
    };

    /// <summary>The number of word tokens <see cref="Tokenize"/> would return, without making them.</summary>
    public static int CountWords(string text) => CountWords(text, int.MaxValue);

    /// <summary><see cref="CountWords(string)"/>, or <paramref name="atMost"/> when there are that many or more (it stops there).</summary>
    // Kept out of line: inlined into the reader's long methods, its scanning loop loses its registers to the stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int CountWords(string text, int atMost)
    {
        int n = 0, i = 0;
        bool space = true;
        while (n < atMost && Next(text, ref i, ref space, out _, out TokenKind kind, out _))
        {
            if (kind == TokenKind.Word) n++;
            space = false;
        }
        return n;
    }

    /// <summary>
    /// The next token from <paramref name="i"/>: its start, kind and whether it is a possessive "'s";
    /// <paramref name="i"/> moves past it and <paramref name="space"/> is set when whitespace came first.
    /// </summary>
    private static bool Next(string text, ref int i, ref bool space, out int start, out TokenKind kind, out bool possessive)
    {
        possessive = false;
        while (i < text.Length && Is(text[i], CharClass.WhiteSpace)) { space = true; i++; }
        start = i;
        kind = TokenKind.Punct;
        if (i >= text.Length) return false;
        char c = text[i];
        if (Is(c, CharClass.WordChar))
        {
            bool digits = Is(c, CharClass.Digit);
            while (i < text.Length)
            {
                var d = Class(text[i]);
                if ((d & CharClass.WordChar) != 0)
                {
                    // "17thgeneral", "2023s": a digit run and a letter run are separate tokens.
                    if (digits != ((d & CharClass.Digit) != 0) && (d & CharClass.Mark) == 0) break;
                    i++;
                    continue;
                }
                // Inner apostrophe followed by letters (O'Neill), but not a possessive 's.
                if ((text[i] == '\'' || text[i] == '’') && !digits && i + 1 < text.Length && Is(text[i + 1], CharClass.Letter)
                    && !IsPossessive(text, i))
                {
                    i++;
                    continue;
                }
                break;
            }
            kind = digits ? TokenKind.Number : TokenKind.Word;
        }
        else if ((c == '\'' || c == '’') && IsPossessive(text, i))
        {
            i += 2;
            kind = TokenKind.Word;
            possessive = true;
        }
        else
        {
            i++;
            // Keep surrogate pairs together; they are never part of a decision.
            if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i])) i++;
        }
        return true;
    }

    /// <summary>One-character strings of ASCII punctuation, shared by every token.</summary>
    private static readonly string[] s_ascii = Ascii();

    private static string[] Ascii()
    {
        var a = new string[128];
        for (int c = 0; c < 128; c++) a[c] = ((char)c).ToString();
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
