using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Stages;

/// <summary>
/// A line of a visit's programme: "Monday, 10 a.m. – Official welcome at City Hall", "- 8h30 thứ Năm (23/10): Thăm Khu
/// công nghệ cao", "Sunday evening (December 8): Arrival; welcome dinner", "Afternoon: visit to the peninsula". A head of
/// days, dates, clock times and parts of the day only, then a colon or a spaced dash, opens the item the head dates.
/// </summary>
internal static class ProgrammeLine
{
    /// <summary>The longest head read, in tokens ("- 14h00 thứ Năm (24/10)" is nine).</summary>
    private const int HeadTokens = 12;

    /// <summary>
    /// The token the item starts at, past the head and its separator; -1 when <paramref name="t"/> opens no item ("Tin liên
    /// quan:", "Published: 14/10/2025", a head with nothing after it).
    /// </summary>
    public static int ItemStart(TokenList t)
    {
        int k = 0;
        while (k < t.Count && IsBullet(t[k])) k++;
        int head = k;
        bool dating = false;
        for (; k < t.Count && k - head < HeadTokens; k++)
        {
            var tok = t[k];
            if (k > head && IsSeparator(t, k)) return dating && k + 1 < t.Count && t[k + 1].IsWord ? k + 1 : -1;
            if (tok.IsNumber) { dating = true; continue; }
            if (tok.IsWord)
            {
                if (!Lexicon.ProgrammeHeadWords.Contains(tok.Form)) return -1;
                if (Lexicon.Weekdays.ContainsKey(tok.Fold) || Lexicon.Months.ContainsKey(tok.Fold) || Lexicon.DayParts.ContainsKey(tok.Text)) dating = true;
                continue;
            }
            if (!(tok.IsPunct(',') || tok.IsPunct('.') || tok.IsPunct('(') || tok.IsPunct(')') || tok.IsPunct('/') || tok.IsPunct('-') || tok.IsPunct('–') || tok.IsPunct(':'))) return -1;
        }
        return -1;
    }

    /// <summary>A colon not inside a clock time ("10:30"), or a dash with a space before it ("Monday – Official welcome").</summary>
    private static bool IsSeparator(TokenList t, int k)
    {
        var tok = t[k];
        if (tok.IsPunct(':')) return !(k + 1 < t.Count && t[k + 1].IsNumber && !t[k + 1].SpaceBefore && k > 0 && t[k - 1].IsNumber);
        return (tok.IsPunct('–') || tok.IsPunct('—') || tok.IsPunct('-')) && tok.SpaceBefore;
    }

    private static bool IsBullet(in Token tok) =>
        tok.IsPunct('-') || tok.IsPunct('+') || tok.IsPunct('•') || tok.IsPunct('*') || tok.IsPunct('–') || tok.IsPunct('◇') || tok.IsPunct('·');
}
