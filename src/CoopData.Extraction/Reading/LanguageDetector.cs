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

    public static string Detect(string text, IReadOnlyList<string> foldedWords)
    {
        int letters = 0, vietnamese = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (VietnameseLetters.IndexOf(c) >= 0) vietnamese++;
        }
        if (letters == 0) return "und";
        int en = 0, vi = 0;
        var other = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var otherSets = s_otherSets;
        foreach (var kv in otherSets) other[kv.Key] = 0;
        foreach (var w in foldedWords)
        {
            if (Lexicon.EnglishFunctionWords.Contains(w)) en++;
            if (Lexicon.VietnameseFunctionWords.Contains(w)) vi++;
            foreach (var kv in otherSets) if (kv.Value.Contains(w)) other[kv.Key]++;
        }
        int words = foldedWords.Count == 0 ? 1 : foldedWords.Count;
        // Vietnamese prose has a marked letter in roughly every third word.
        if (vietnamese * 20 >= letters && vi * 10 >= words) return "vi";
        string best = "en";
        int bestCount = en;
        foreach (var kv in other)
            if (kv.Value > bestCount) { best = kv.Key; bestCount = kv.Value; }
        if (bestCount * 12 >= words && bestCount >= 3) return best;
        // Short texts: whichever language's function words appear at all.
        if (bestCount >= 1 && words < 36) return best;
        if (vietnamese * 40 >= letters) return "vi";
        return "und";
    }
}
