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
    /// <summary>The longest head read, in tokens ("Thursday, Oct. 16 — 10:30 a.m.:" is fourteen).</summary>
    private const int HeadTokens = 16;

    /// <summary>
    /// The token the item starts at, past the head and its separator; -1 when <paramref name="t"/> opens no item ("Tin liên
    /// quan:", "Published: 14/10/2025", a head with nothing after it).
    /// </summary>
    public static int ItemStart(TokenList t)
    {
        int head = t.AfterBullets();
        // "Nagaizumi, May 27 (Tue): talks with the mayor": the place first, then the head.
        if (PlaceFirst(t) is { } place) head = place.Comma + 1;
        // "19:00  Welcome dinner offered by the Mayor", "8h30 Thăm ...": a clock time alone opens the item after it.
        if (head < t.Count && TimeOfDay.AfterClock(t, head) is int afterClock and > 0 && afterClock < t.Count && t[afterClock].IsWord && t[afterClock].Cap)
            return afterClock;
        int end = HeadEnd(t, head, out bool dating);
        return end >= 0 && dating && end + 1 < t.Count && t[end + 1].IsWord ? end + 1 : -1;
    }

    /// <summary>
    /// A line of a day alone heading the items under it ("Wednesday, 18 June", "Thứ Tư (18/6)"): a head with nothing after it.
    /// </summary>
    public static bool IsDayHeading(TokenList t)
    {
        int head = t.AfterBullets();
        return head < t.Count && t.Count - head <= HeadTokens && HeadEnd(t, head, out bool dating) == t.Count && dating;
    }

    /// <summary>
    /// "Nagaizumi, May 27 (Tue): talks with …", "- Mokpo, 12/5 (Thứ Hai): …": up to four capitalised words opening the line,
    /// then a comma and a head that dates an item; the words' first token and the comma, else null.
    /// </summary>
    public static (int First, int Comma)? PlaceFirst(TokenList t)
    {
        int first = t.AfterBullets();
        int k = first;
        while (k < t.Count && k - first < 4 && ((t[k].IsWord && t[k].Cap && !Lexicon.ProgrammeHeadWords.Contains(t[k].Form)) || (k > first && t[k].IsPunct('-') && !t[k].SpaceBefore)))
            k++;
        if (k == first || k >= t.Count || !t[k].IsPunct(',')) return null;
        int end = HeadEnd(t, k + 1, out bool dating);
        return end >= 0 && end < t.Count && dating ? (first, k) : null;
    }

    /// <summary>
    /// Where the head from <paramref name="head"/> ends: its separator, or the end of the line; -1 at a word no head has.
    /// <paramref name="dating"/> tells whether it holds a number, weekday, month or part of the day.
    /// </summary>
    private static int HeadEnd(TokenList t, int head, out bool dating)
    {
        dating = false;
        for (int k = head; k < t.Count && k - head < HeadTokens; k++)
        {
            var tok = t[k];
            // "Thursday, Oct. 16 — 10:30 a.m.: signing": a clock time after the day's separator is still the head.
            if (k > head && IsSeparator(t, k) && !(k + 1 < t.Count && t[k + 1].IsNumber)) return k;
            if (tok.IsNumber) { dating = true; continue; }
            if (tok.IsWord)
            {
                if (!Lexicon.ProgrammeHeadWords.Contains(tok.Form)) return -1;
                if (Lexicon.Weekdays.ContainsKey(tok.Fold) || Lexicon.Months.ContainsKey(tok.Fold) || Lexicon.DayParts.ContainsKey(tok.Text)) dating = true;
                continue;
            }
            if (!(tok.IsPunct(',') || tok.IsPunct('.') || tok.IsPunct('(') || tok.IsPunct(')') || tok.IsPunct('/') || tok.IsPunct('-') || tok.IsPunct('–')
                || tok.IsPunct('—') || tok.IsPunct(':'))) return -1;
        }
        return t.Count - head <= HeadTokens ? t.Count : -1;
    }

    /// <summary>A colon not inside a clock time ("10:30"), or a dash with a space before it ("Monday – Official welcome").</summary>
    private static bool IsSeparator(TokenList t, int k)
    {
        var tok = t[k];
        if (tok.IsPunct(':')) return !(k + 1 < t.Count && t[k + 1].IsNumber && !t[k + 1].SpaceBefore && k > 0 && t[k - 1].IsNumber);
        return (tok.IsPunct('–') || tok.IsPunct('—') || tok.IsPunct('-')) && tok.SpaceBefore;
    }
}
