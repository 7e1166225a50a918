using System;
using System.Globalization;
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
        if (slot.Text is { } cached && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0) return slot;
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
        while (i < text.Length && char.IsWhiteSpace(text[i])) { space = true; i++; }
        start = i;
        kind = TokenKind.Punct;
        if (i >= text.Length) return false;
        char c = text[i];
        if (IsWordChar(c))
        {
            bool digits = char.IsDigit(c);
            while (i < text.Length)
            {
                char d = text[i];
                if (IsWordChar(d))
                {
                    // "17thgeneral", "2023s": a digit run and a letter run are separate tokens.
                    if (digits != char.IsDigit(d) && !IsMark(d)) break;
                    i++;
                    continue;
                }
                // Inner apostrophe followed by letters (O'Neill), but not a possessive 's.
                if ((d == '\'' || d == '’') && !digits && i + 1 < text.Length && char.IsLetter(text[i + 1])
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
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    private static bool IsWordChar(char c) => c < '\u0080' ? s_asciiWordChar[c] : char.IsLetterOrDigit(c) || IsMark(c);

    // ASCII letters and digits: the common case answered without a Unicode category lookup.
    private static readonly bool[] s_asciiWordChar = AsciiWordChars();

    private static bool[] AsciiWordChars()
    {
        var table = new bool[128];
        for (int c = 0; c < 128; c++) table[c] = char.IsLetterOrDigit((char)c);
        return table;
    }

    private static bool IsMark(char c)
    {
        if (c < '\u0300') return false; // no combining mark below U+0300
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
