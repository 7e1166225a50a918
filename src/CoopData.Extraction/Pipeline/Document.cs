using System.Collections.Generic;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Pipeline;

/// <summary>Token classes the tokenizer distinguishes.</summary>
internal enum TokenKind : byte { Word, Number, Punct }

/// <summary>A token of a sentence; offsets are into <see cref="Sentence.Text"/>. A value in its sentence's array, not an object of its own.</summary>
internal readonly struct Token
{
    public Token(string text, int start, TokenKind kind, bool spaceBefore, string fold, bool cap, bool allCaps)
    {
        Text = text;
        Fold = fold;
        Start = start;
        Kind = kind;
        SpaceBefore = spaceBefore;
        Cap = cap;
        AllCaps = allCaps;
    }

    public static bool IsCap(string text) => text.Length > 0 && char.IsUpper(text[0]);

    public static bool IsAllCaps(string text, TokenKind kind)
    {
        if (kind != TokenKind.Word || text.Length <= 1) return false;
        foreach (char c in text)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    public string Text { get; }
    /// <summary><see cref="Text.Folding.Fold"/> of the text: the form every comparison uses.</summary>
    public string Fold { get; }
    public int Start { get; }
    public int End => Start + Text.Length;
    public TokenKind Kind { get; }
    /// <summary>Whitespace separates it from the previous token (false for "Choisy-le-Roi"'s inner parts).</summary>
    public bool SpaceBefore { get; }
    public bool Cap { get; }
    public bool AllCaps { get; }
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsNumber => Kind == TokenKind.Number;
    public bool Is(string fold) => string.Equals(Fold, fold, System.StringComparison.Ordinal);
    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text.Length == 1 && Text[0] == c;
    public override string ToString() => Text;
}

/// <summary>The tokens of a sentence, read in place (no copy of a token per access).</summary>
internal readonly struct TokenList
{
    private readonly Token[] _items;

    public TokenList(Token[] items) => _items = items;

    public int Count => _items.Length;

    public ref readonly Token this[int index] => ref _items[index];

    public Enumerator GetEnumerator() => new(_items);

    public struct Enumerator
    {
        private readonly Token[] _items;
        private int _index;

        public Enumerator(Token[] items) { _items = items; _index = -1; }

        public bool MoveNext() => ++_index < _items.Length;

        public readonly ref readonly Token Current => ref _items[_index];
    }
}

/// <summary>A sentence of the article body (or its title), with its 1-based line and column.</summary>
internal sealed class Sentence
{
    public Sentence(int index, int line, int column, string text, int paragraph, bool isTitle, bool isCaption, TokenList tokens)
    {
        Index = index; Line = line; Column = column; Text = text; Paragraph = paragraph;
        IsTitle = isTitle; IsCaption = isCaption; Tokens = tokens;
    }

    public int Index { get; }
    public int Line { get; }
    public int Column { get; }
    public string Text { get; }
    /// <summary>Paragraph number (one paragraph per body line).</summary>
    public int Paragraph { get; }
    /// <summary>The headline: a source of places, people and partnerships but not of dated events.</summary>
    public bool IsTitle { get; }
    /// <summary>A photo caption: not a source of new events.</summary>
    public bool IsCaption { get; }
    public TokenList Tokens { get; }

    public Evidence ToEvidence() => new(Line, Text);

    // Sentences are compared by reference; the index (unique within an article) is a cheaper hash than the object's.
    public override int GetHashCode() => Index;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>The exact text from token <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public string Span(int first, int last) => Text.Substring(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);
}

/// <summary>A line of the article kept for analysis.</summary>
internal sealed class BodyLine
{
    public BodyLine(int number, string text, int offset, bool isTitle, bool isCaption)
    {
        Number = number; Text = text; Offset = offset; IsTitle = isTitle; IsCaption = isCaption;
    }

    /// <summary>1-based line number in the file.</summary>
    public int Number { get; }
    public string Text { get; }
    /// <summary>0-based column in the original line where <see cref="Text"/> starts.</summary>
    public int Offset { get; }
    public bool IsTitle { get; }
    public bool IsCaption { get; }
}
