namespace CoopData.Extraction.Reading;

/// <summary>
/// Which way an article writes numeric dates: "21/07/2020" (day first, Vietnamese and European sites) or "7/21/2020"
/// (month first, American sites). Decided for the whole article, as temporal taggers resolve a document's dates
/// together: a slashed date that can only be read month first ("7/21/2020") makes every ambiguous one ("7/1/2019")
/// month first too, unless another can only be read day first.
/// </summary>
internal static class NumericDateOrder
{
    /// <summary>Whether <paramref name="text"/>'s slashed dates are month first.</summary>
    public static bool IsMonthFirst(string text)
    {
        bool monthFirst = false;
        for (int i = text.IndexOf('/'); i >= 0; i = i + 1 < text.Length ? text.IndexOf('/', i + 1) : -1)
        {
            // "a/b/yyyy": a and b of one or two digits, the year of four.
            if (!Number(text, i - 1, backwards: true, out int a, out _) || !Number(text, i + 1, backwards: false, out int b, out int length)) continue;
            int second = i + 1 + length;
            if (second >= text.Length || text[second] != '/' || !Year(text, second + 1)) continue;
            if (a > 12 && b <= 12) return false; // only day first: the article's order
            if (a <= 12 && b > 12 && b <= 31) monthFirst = true;
        }
        return monthFirst;
    }

    /// <summary>A number of one or two digits ending (<paramref name="backwards"/>) or starting at <paramref name="at"/>, not part of a longer one.</summary>
    private static bool Number(string text, int at, bool backwards, out int value, out int count)
    {
        value = 0;
        int step = backwards ? -1 : 1, k = at;
        count = 0;
        while (k >= 0 && k < text.Length && IsDigit(text[k])) { k += step; count++; }
        if (count is < 1 or > 2) return false;
        int start = backwards ? k + 1 : at;
        value = count == 1 ? text[start] - '0' : (text[start] - '0') * 10 + (text[start + 1] - '0');
        return value >= 1;
    }

    private static bool Year(string text, int at) =>
        at + 4 <= text.Length && IsDigit(text[at]) && IsDigit(text[at + 1]) && IsDigit(text[at + 2]) && IsDigit(text[at + 3])
        && (at + 4 == text.Length || !IsDigit(text[at + 4]));

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
