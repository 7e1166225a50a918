using System.Collections.Generic;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Reading;

/// <summary>
/// English or Vietnamese from letters and function words: Vietnamese uses letters no other Latin
/// script has (ă ơ ư đ and stacked tone marks); English is recognised by its function words. Other
/// languages are named only when their own function words dominate, otherwise "und".
/// </summary>
internal sealed class LanguageDetector
{
    private const string VietnameseLetters = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    // Lexicon.OtherLanguageWords as sets, built once.
    private static readonly List<KeyValuePair<string, HashSet<string>>> s_otherSets = OtherSets();

    private static List<KeyValuePair<string, HashSet<string>>> OtherSets()
    {
        var sets = new List<KeyValuePair<string, HashSet<string>>>();
        foreach (var kv in Lexicon.OtherLanguageWords)
            sets.Add(new KeyValuePair<string, HashSet<string>>(kv.Key, new HashSet<string>(kv.Value, System.StringComparer.Ordinal)));
        return sets;
    }

    private static readonly bool[] s_vietnameseLetter = VietnameseLetterTable();

    private static bool[] VietnameseLetterTable()
    {
        int max = 0;
        foreach (char c in VietnameseLetters) max = System.Math.Max(max, c);
        var table = new bool[max + 1];
        foreach (char c in VietnameseLetters) table[c] = true;
        return table;
    }

    private static readonly Dictionary<string, int> s_functionWords = FunctionWords();

    private static Dictionary<string, int> FunctionWords()
    {
        var lists = new Dictionary<string, int>(System.StringComparer.Ordinal);
        void Add(IEnumerable<string> words, int bit) { foreach (var w in words) lists[w] = (lists.TryGetValue(w, out int b) ? b : 0) | bit; }
        Add(Lexicon.EnglishFunctionWords, 1);
        Add(Lexicon.VietnameseFunctionWords, 2);
        for (int k = 0; k < s_otherSets.Count; k++) Add(s_otherSets[k].Value, 4 << k);
        return lists;
    }

    // Function words by length and first and last characters: most words are ruled out before the dictionary is asked.
    private static readonly ulong[] s_firstChars = CharsAt(first: true);
    private static readonly ulong[] s_lastChars = CharsAt(first: false);

    private static ulong[] CharsAt(bool first)
    {
        int longest = 0;
        foreach (var w in s_functionWords.Keys) longest = System.Math.Max(longest, w.Length);
        var table = new ulong[longest + 1];
        foreach (var w in s_functionWords.Keys) if (w.Length > 0) table[w.Length] |= 1UL << (w[first ? 0 : w.Length - 1] & 63);
        return table;
    }

    // The counts of the article so far: letters, letters only Vietnamese uses, words, and function words per language.
    private int _letters, _vietnamese, _words, _english, _vietnameseWords;
    private readonly int[] _others = new int[s_otherSets.Count];

    /// <summary>
    /// The letters of <paramref name="text"/> and, in <paramref name="vietnamese"/>, those only Vietnamese uses. Counted once
    /// per word form (<see cref="Pipeline.WordForm.Letters"/>): every letter of a sentence is inside one of its tokens.
    /// </summary>
    public static int CountLetters(string text, out int vietnamese)
    {
        var table = s_vietnameseLetter;
        int letters = 0;
        vietnamese = 0;
        foreach (char c in text)
        {
            // ASCII first: a letter there is a-z or A-Z, and never one of Vietnamese's own.
            if (c < '\u0080')
            {
                letters += (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? 1 : 0; // no branch to mispredict
                continue;
            }
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < table.Length && table[c]) vietnamese++;
        }
        return letters;
    }

    /// <summary>Adds a sentence's tokens to the counts: their letters, and the words among them.</summary>
    public void Add(Pipeline.TokenList tokens)
    {
        // Letters summed in locals: the counts are written once per sentence, not twice per token.
        int letters = 0, vietnamese = 0;
        foreach (var t in tokens)
        {
            var form = t.Form;
            letters += form.Letters;
            vietnamese += form.VietnameseLetters;
            if (form.Kind == Pipeline.TokenKind.Word) AddWord(form);
        }
        _letters += letters;
        _vietnamese += vietnamese;
    }

    /// <summary>
    /// Which function-word lists hold <paramref name="fold"/>: bit 0 English, 1 Vietnamese, 2.. the other languages.
    /// Asked once per word form (<see cref="Pipeline.WordForm.FunctionWordLists"/>), not once per token.
    /// </summary>
    public static int FunctionWordLists(string fold) =>
        fold.Length == 0 || fold.Length >= s_firstChars.Length || (s_firstChars[fold.Length] & (1UL << (fold[0] & 63))) == 0
        || (s_lastChars[fold.Length] & (1UL << (fold[fold.Length - 1] & 63))) == 0 || !s_functionWords.TryGetValue(fold, out int lists)
            ? 0 : lists;

    private void AddWord(Pipeline.WordForm word)
    {
        _words++;
        int lists = word.FunctionWordLists;
        if (lists == 0) return;
        if ((lists & 1) != 0) _english++;
        if ((lists & 2) != 0) _vietnameseWords++;
        for (int k = 0; k < _others.Length; k++) if ((lists & (4 << k)) != 0) _others[k]++;
    }

    /// <summary>The language of the letters and words added: "en", "vi", another language's code, or "und".</summary>
    public string Detect()
    {
        if (_letters == 0) return "und";
        int words = _words == 0 ? 1 : _words;
        // Vietnamese prose has a marked letter in roughly every third word.
        // Folded, Vietnamese syllables are other languages' function words ("đến" is German "den"): with Vietnamese's own
        // letters that common and English's words rare, a short text is Vietnamese whatever its few function words say.
        if (_vietnamese * 20 >= _letters && (_vietnameseWords * 10 >= words || _english * 12 < words)) return "vi";
        // Vietnamese typed without its marks (forum reposts, SMS-style pages): its own function words, folded, still dominate.
        if (WithoutMarks) return "vi";
        string best = "en";
        int bestCount = _english;
        // In list order (Lexicon.OtherLanguageWords' keys are distinct): the first with the most wins.
        for (int k = 0; k < _others.Length; k++)
            if (_others[k] > bestCount) { best = s_otherSets[k].Key; bestCount = _others[k]; }
        if (bestCount * 12 >= words && bestCount >= 3) return best;
        // Short texts: whichever language's function words appear at all.
        if (bestCount >= 1 && words < 36) return best;
        if (_vietnamese * 40 >= _letters) return "vi";
        return "und";
    }

    /// <summary>
    /// Vietnamese written without its marks: its function words are a tenth of the words, at least twice any other
    /// language's, while its own letters are rare.
    /// </summary>
    public bool WithoutMarks
    {
        get
        {
            int others = _english;
            foreach (int n in _others) others = System.Math.Max(others, n);
            return _vietnamese * 40 < _letters && _vietnameseWords * 10 >= _words && _vietnameseWords >= 2 * others && _vietnameseWords >= 3;
        }
    }
}
