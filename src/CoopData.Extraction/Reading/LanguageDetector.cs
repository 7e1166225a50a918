using System.Collections.Generic;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Reading;

/// <summary>
/// English or Vietnamese from letters and function words: Vietnamese uses letters no other Latin
/// script has (ă ơ ư đ and stacked tone marks); English is recognised by its function words. Other
/// languages are named only when their own function words dominate, otherwise "und".
/// </summary>
internal static class LanguageDetector
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

    // Function words by length and first character: most words are ruled out before the dictionary is asked.
    private static readonly ulong[] s_firstChars = FirstChars();

    private static ulong[] FirstChars()
    {
        int longest = 0;
        foreach (var w in s_functionWords.Keys) longest = System.Math.Max(longest, w.Length);
        var table = new ulong[longest + 1];
        foreach (var w in s_functionWords.Keys) if (w.Length > 0) table[w.Length] |= 1UL << (w[0] & 63);
        return table;
    }

    public static string Detect(string text, IReadOnlyList<string> foldedWords)
    {
        int letters = 0, vietnamese = 0;
        CountLetters(text, ref letters, ref vietnamese);
        return Detect(letters, vietnamese, foldedWords);
    }

    /// <summary>Adds the letters of <paramref name="text"/>, and those only Vietnamese uses, to the counts.</summary>
    public static void CountLetters(string text, ref int letters, ref int vietnamese)
    {
        var table = s_vietnameseLetter;
        foreach (char c in text)
        {
            // ASCII first: a letter there is a-z or A-Z, and never one of Vietnamese's own.
            if (c < '\u0080')
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a') letters++;
                continue;
            }
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < table.Length && table[c]) vietnamese++;
        }
    }

    /// <summary><see cref="Detect(string, IReadOnlyList{string})"/> from the letter counts of the text (<see cref="CountLetters"/>).</summary>
    public static string Detect(int letters, int vietnamese, IReadOnlyList<string> foldedWords)
    {
        if (letters == 0) return "und";
        int en = 0, vi = 0;
        var otherSets = s_otherSets;
        int[] counts = new int[otherSets.Count];
        for (int w = 0; w < foldedWords.Count; w++)
        {
            // One lookup per word: which of the function-word lists hold it (bit 0 English, 1 Vietnamese, 2.. others).
            string word = foldedWords[w];
            if (word.Length == 0 || word.Length >= s_firstChars.Length || (s_firstChars[word.Length] & (1UL << (word[0] & 63))) == 0
                || !s_functionWords.TryGetValue(word, out int lists)) continue;
            if ((lists & 1) != 0) en++;
            if ((lists & 2) != 0) vi++;
            for (int k = 0; k < counts.Length; k++) if ((lists & (4 << k)) != 0) counts[k]++;
        }
        int words = foldedWords.Count == 0 ? 1 : foldedWords.Count;
        // Vietnamese prose has a marked letter in roughly every third word.
        if (vietnamese * 20 >= letters && vi * 10 >= words) return "vi";
        string best = "en";
        int bestCount = en;
        // In list order (Lexicon.OtherLanguageWords' keys are distinct): the first with the most wins.
        for (int k = 0; k < counts.Length; k++)
            if (counts[k] > bestCount) { best = otherSets[k].Key; bestCount = counts[k]; }
        if (bestCount * 12 >= words && bestCount >= 3) return best;
        // Short texts: whichever language's function words appear at all.
        if (bestCount >= 1 && words < 36) return best;
        if (vietnamese * 40 >= letters) return "vi";
        return "und";
    }
}
