using System.Collections.Generic;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Text;

/// <summary>
/// Splits a paragraph into sentences at '.', '!', '?' or '…' followed by space and a capital,
/// digit or quote, except after abbreviations (Mr., Dr., U.S., St., TP.), single-letter initials and the number of a list's item.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Start offsets and lengths of the sentences of <paramref name="text"/>.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        var result = new List<(int, int)>();
        Split(text, result);
        return result;
    }

    /// <summary><see cref="Split(string)"/> into <paramref name="result"/> (cleared first), so one list serves every line of an article.</summary>
    public static void Split(string text, List<(int Start, int Length)> result)
    {
        result.Clear();
        int start = 0;
        // From one sentence-ending mark to the next (a vectorised search, not a test of every character).
        for (int i = text.IndexOfAny(s_enders); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(s_enders, i + 1) : -1)
        {
            char c = text[i];
            int j = i + 1;
            // Closing quotes/brackets stay with the sentence they end.
            while (j < text.Length && (text[j] == '"' || text[j] == '”' || text[j] == '’' || text[j] == ')' || text[j] == '.' || text[j] == '/')) j++;
            if (j >= text.Length) break;
            if (j == i + 1 && GluedSentenceStart(text, i))
            {
                Add(result, text, start, j);
                start = j;
                continue;
            }
            if (!char.IsWhiteSpace(text[j])) continue;
            int k = j;
            while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
            if (k >= text.Length) break;
            char next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next == '"' || next == '“' || next == '(' || next == '‘' || next == '\'' || next == '[')) continue;
            if (c == '.' && (IsAbbreviation(text, i) || IsItemNumber(text, start, i))) continue;
            Add(result, text, start, j);
            start = k;
            i = k - 1;
        }
        Add(result, text, start, text.Length);
    }

    private static readonly char[] s_enders = { '.', '!', '?', '…' };

    private static void Add(List<(int, int)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add((start, end - start));
    }

    /// <summary>
    /// "từ ngày 30/7-3/8.Phó Chủ tịch", "the agreement.The mayor": pages that lost the space after a sentence's end. Only
    /// after a lowercase word of two letters or more or a number, before a capitalised word of lowercase letters, not one
    /// followed by a dot ("TP.HCM", "St.Petersburg", "p.m.", "example.Com.vn" stay whole).
    /// </summary>
    private static bool GluedSentenceStart(string text, int end)
    {
        int j = end + 1;
        if (j + 1 >= text.Length || !char.IsUpper(text[j]) || !char.IsLower(text[j + 1]) || end == 0) return false;
        bool afterNumber = char.IsDigit(text[end - 1]);
        bool afterWord = end >= 2 && char.IsLower(text[end - 1]) && char.IsLower(text[end - 2]) && !(text[end] == '.' && IsAbbreviation(text, end));
        if (!afterNumber && !afterWord) return false;
        int k = j + 1;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        return k >= text.Length || text[k] != '.' || k + 1 >= text.Length || char.IsWhiteSpace(text[k + 1]);
    }

    /// <summary>"1. Tỉnh Xê Kông (Lào): ...": the number of a list's item opening the line, not a sentence of its own.</summary>
    private static bool IsItemNumber(string text, int start, int dot)
    {
        while (start < dot && char.IsWhiteSpace(text[start])) start++;
        if (dot - start is < 1 or > 2) return false;
        for (int k = start; k < dot; k++) if (!char.IsDigit(text[k])) return false;
        return true;
    }

    /// <summary>Whether the word ending at the dot at <paramref name="dot"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        int b = dot;
        while (b > 0 && char.IsLetter(text[b - 1])) b--;
        int len = dot - b;
        if (len == 0) return false;
        // "J." "U.S." initials: a single letter.
        if (len == 1 && char.IsUpper(text[b])) return true;
        // Only short words are taken as abbreviations: longer ones are not folded and looked up.
        return len <= 4 && Lexicon.Abbreviations.Contains(Folding.Fold(text.Substring(b, len)));
    }
}
