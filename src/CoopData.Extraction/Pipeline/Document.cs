using System.Collections.Generic;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Pipeline;

/// <summary>Token classes the tokenizer distinguishes.</summary>
internal enum TokenKind : byte { Word, Number, Punct }

/// <summary>
/// A distinct form of a token's text, with what the rules ask of it worked out once: every token of the same
/// text (within the tokenizer's cache) shares one instance, so a repeated word costs a reference, not new strings.
/// </summary>
internal sealed class WordForm
{
    public WordForm(string text, TokenKind kind, string fold, bool cap, bool allCaps)
    {
        Text = text;
        Kind = kind;
        Fold = fold;
        Cap = cap;
        AllCaps = allCaps;
        FunctionWordLists = kind == TokenKind.Word ? Reading.LanguageDetector.FunctionWordLists(fold) : 0;
        Bits = Rules.LexiconBits.Of(fold);
        NameHash = Gazetteer.PlaceIndex.HashName(fold, out ulong power);
        NamePower = power;
        Letters = Reading.LanguageDetector.CountLetters(text, out int vietnamese);
        VietnameseLetters = vietnamese;
    }

    public string Text { get; }
    public TokenKind Kind { get; }
    /// <summary><see cref="Text.Folding.Fold"/> of the text: the form every comparison uses.</summary>
    public string Fold { get; }
    public bool Cap { get; }
    public bool AllCaps { get; }
    /// <summary>Which languages' function-word lists hold the fold (<see cref="Reading.LanguageDetector"/>'s bits).</summary>
    public int FunctionWordLists { get; }
    /// <summary>Which of the lexicon's sets hold the fold and which of its phrase lists start with it.</summary>
    public readonly Rules.FormBits Bits;
    /// <summary>The gazetteer's hash of the fold (<see cref="Gazetteer.PlaceIndex.HashName(string)"/>), and the power that joins it to a name before it.</summary>
    public ulong NameHash { get; }
    public ulong NamePower { get; }
    /// <summary>The letters of the text, and those only Vietnamese uses (<see cref="Reading.LanguageDetector"/> sums them).</summary>
    public int Letters { get; }
    public int VietnameseLetters { get; }
    /// <summary>The gazetteer's answers for the fold alone, once asked (<see cref="Stages.OneWordPlaces.Of"/>).</summary>
    internal Stages.OneWordPlaces? Places;
    /// <summary><see cref="Stages.PersonFinder"/>'s judgement whether the form may be a word of a name: 0 until asked, then 1 (no) or 2 (yes).</summary>
    internal byte NameWord;
}

/// <summary>A token of a sentence; offsets are into <see cref="Sentence.Text"/>. A value in its sentence's array, not an object of its own.</summary>
internal readonly struct Token
{
    private readonly WordForm _form;

    public Token(WordForm form, int start, bool spaceBefore)
    {
        _form = form;
        Start = start;
        SpaceBefore = spaceBefore;
    }

    public static bool IsCap(string text) => text.Length > 0 && char.IsUpper(text[0]);

    public static bool IsAllCaps(string text, TokenKind kind)
    {
        if (kind != TokenKind.Word || text.Length <= 1) return false;
        foreach (char c in text)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    public WordForm Form => _form;
    public string Text => _form.Text;
    /// <summary><see cref="Text.Folding.Fold"/> of the text: the form every comparison uses.</summary>
    public string Fold => _form.Fold;
    public int Start { get; }
    public int End => Start + _form.Text.Length;
    public TokenKind Kind => _form.Kind;
    /// <summary>Whitespace separates it from the previous token (false for "Choisy-le-Roi"'s inner parts).</summary>
    public bool SpaceBefore { get; }
    public bool Cap => _form.Cap;
    public bool AllCaps => _form.AllCaps;
    public bool IsWord => _form.Kind == TokenKind.Word;
    public bool IsNumber => _form.Kind == TokenKind.Number;
    public bool Is(string fold) => string.Equals(_form.Fold, fold, System.StringComparison.Ordinal);
    public bool IsPunct(char c) => _form.Kind == TokenKind.Punct && _form.Text.Length == 1 && _form.Text[0] == c;
    public override string ToString() => _form.Text;
}

/// <summary>The tokens of a sentence, read in place (no copy of a token per access): a slice of the tokenizer's block.</summary>
internal readonly struct TokenList
{
    private readonly Token[] _block;
    private readonly int _start;

    public TokenList(Token[] block, int start, int count)
    {
        _block = block;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public ref readonly Token this[int index]
    {
        get
        {
            // The block holds other sentences' tokens beyond the slice.
            if ((uint)index >= (uint)Count) throw new System.IndexOutOfRangeException();
            return ref _block[_start + index];
        }
    }

    public Enumerator GetEnumerator() => new(_block, _start, _start + Count);

    /// <summary>The first token past the bullets opening the line ("- ", "• ", "+ ", "◇ "): where a list's item starts.</summary>
    public int AfterBullets()
    {
        int k = 0;
        while (k < Count && IsBullet(this[k])) k++;
        return k;
    }

    private static bool IsBullet(in Token tok) =>
        tok.IsPunct('-') || tok.IsPunct('+') || tok.IsPunct('•') || tok.IsPunct('*') || tok.IsPunct('–') || tok.IsPunct('◇') || tok.IsPunct('·');

    /// <summary>Whether token <paramref name="k"/> stands inside quotation marks ("tổ chức \"Ngày văn hóa Vitebsk tại Thanh Hóa\"").</summary>
    public bool InsideQuotes(int k)
    {
        bool open = false;
        for (int i = 0; i < k; i++)
        {
            var tok = this[i];
            if (tok.IsPunct('"')) open = !open;
            else if (tok.IsPunct('“')) open = true;
            else if (tok.IsPunct('”')) open = false;
        }
        return open;
    }

    /// <summary>
    /// The folds of the words from <paramref name="from"/> to <paramref name="last"/>, run together: "HANOI", "Hà Nội" and
    /// "Ha Noi" all spell "hanoi".
    /// </summary>
    public string Spelled(int from, int last)
    {
        var sb = new System.Text.StringBuilder();
        for (int k = from; k <= last; k++) if (this[k].IsWord) sb.Append(this[k].Fold);
        return sb.ToString();
    }

    /// <summary>Whether a semicolon stands strictly between tokens <paramref name="from"/> and <paramref name="to"/>: a clause boundary.</summary>
    public bool SemicolonBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (this[k].IsPunct(';')) return true;
        return false;
    }

    /// <summary>Whether a comma or a semicolon stands strictly between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool CommaOrSemicolonBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (this[k].IsPunct(',') || this[k].IsPunct(';')) return true;
        return false;
    }

    public struct Enumerator
    {
        private readonly Token[] _block;
        private readonly int _end;
        private int _index;

        public Enumerator(Token[] block, int start, int end) { _block = block; _end = end; _index = start - 1; }

        public bool MoveNext() => ++_index < _end;

        public readonly ref readonly Token Current => ref _block[_index];
    }
}

/// <summary>A sentence of the article body (or its title), with its 1-based line and column.</summary>
internal sealed class Sentence
{
    public Sentence(int index, int line, int column, string text, int paragraph, bool isTitle, bool isCaption, TokenList tokens)
    {
        Index = index; Line = line; Column = column; Text = text; Paragraph = paragraph;
        IsTitle = isTitle; IsCaption = isCaption; Tokens = tokens;
        foreach (var t in tokens)
        {
            Bits.Add(t.Form.Bits);
            if (t.IsNumber) HasNumber = true;
        }
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
    /// <summary>The <see cref="WordForm.Bits"/> of all its tokens: a phrase list whose bit is clear starts nowhere in it.</summary>
    public readonly Rules.FormBits Bits;
    /// <summary>Whether a token is a number.</summary>
    public bool HasNumber { get; }
    /// <summary>How many sentences its article has, once all are split (0 until then): the size of a table per sentence.</summary>
    public int ArticleSentences { get; set; }

    public Evidence ToEvidence() => new(Line, Text);

    // Sentences are compared by reference; the index (unique within an article) is a cheaper hash than the object's.
    public override int GetHashCode() => Index;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>The exact text from token <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public string Span(int first, int last) => Text.Substring(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);
}

/// <summary>A line of the article kept for analysis (a hard-wrapped paragraph's lines joined into one).</summary>
internal sealed class BodyLine
{
    public BodyLine(int number, string text, int offset, bool isTitle, bool isCaption, List<(int At, int Number, int Offset)>? continuations = null)
    {
        Number = number; Text = text; Offset = offset; IsTitle = isTitle; IsCaption = isCaption; Continuations = continuations;
    }

    /// <summary>1-based line number in the file.</summary>
    public int Number { get; }
    public string Text { get; }
    /// <summary>0-based column in the original line where <see cref="Text"/> starts.</summary>
    public int Offset { get; }
    public bool IsTitle { get; }
    public bool IsCaption { get; }

    /// <summary>The lines joined after the first: where each starts in <see cref="Text"/>, its number and column.</summary>
    public List<(int At, int Number, int Offset)>? Continuations { get; }

    /// <summary>The file line and 1-based column of the character at <paramref name="at"/> in <see cref="Text"/>.</summary>
    public (int Line, int Column) Locate(int at)
    {
        var (start, number, offset) = (0, Number, Offset);
        if (Continuations is not null)
            foreach (var c in Continuations) if (c.At <= at) (start, number, offset) = c;
        return (number, offset + at - start + 1);
    }
}
