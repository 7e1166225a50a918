using System;
using System.Collections.Generic;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Reading;

/// <summary>
/// Finds a publication date in a header line: "Apr 13, 2023 / 15:50", "22:19, 2024/04/02",
/// "14:11 | 18/02/2022 GMT+7", "Thứ Hai, 26/10/2015", "Updated: 2015-10-26 11:04", "2022.6.27 16:25", "16. 10. 2025",
/// " date 2022-09". Numeric d/m/y is read day-first (Vietnamese and European sites) unless a weekday
/// named on the line only fits month-first, or the article writes its slashed dates month first.
/// </summary>
internal static class DatelineParser
{
    /// <summary>A date found on a line and the token index just after it.</summary>
    public readonly struct Found
    {
        public Found(PartialDate date, int firstToken, int endToken) { Date = date; FirstToken = firstToken; EndToken = endToken; }
        public PartialDate Date { get; }
        public int FirstToken { get; }
        public int EndToken { get; }
    }

    // First words of the two-word weekdays ("thu hai"): only these are joined with the next word and looked up.
    private static readonly HashSet<string> s_twoWordFirsts = TwoWordFirsts();

    private static HashSet<string> TwoWordFirsts()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Lexicon.Weekdays.Keys)
            if (key.IndexOf(' ') is int sp && sp >= 0) set.Add(key.Substring(0, sp));
        return set;
    }

    /// <summary>The first complete date (with a year) on the tokens, or null.</summary>
    public static Found? Find(TokenList t, bool monthFirst = false)
    {
        int? weekday = null;
        for (int i = 0; i < t.Count; i++)
            if (WeekdayEnd(t, i, out int wd) > i) weekday = wd;
        for (int i = 0; i < t.Count; i++)
        {
            var f = TryAt(t, i, weekday, monthFirst);
            if (f is not null) return f;
        }
        return null;
    }

    /// <summary>
    /// Whether a dash and another complete date follow the one found: "(30/4/1975 - 30/4/2020)" under an anniversary's
    /// heading is the span it celebrates, never when the page was published.
    /// </summary>
    public static bool OpensSpan(TokenList t, Found found, bool monthFirst) =>
        found.EndToken + 1 < t.Count && (t[found.EndToken].IsPunct('-') || t[found.EndToken].IsPunct('–'))
        && TryAt(t, found.EndToken + 1, null, monthFirst) is not null;

    /// <summary>
    /// A day and month with no year opening a line as a wire dateline does ("DA LAT, Vietnam, Dec. 21 (Yonhap) --",
    /// "WINDHOEK, 20 JUN (NAMPA) –"): at most
    /// eight capitalised words and commas before it; the date without a year, or null.
    /// </summary>
    public static Found? FindWireMonthDay(TokenList t)
    {
        for (int i = 1; i < t.Count && i <= 8; i++)
        {
            if (!IsWirePlacePiece(t, i - 1)) return null;
            // "Mát-xcơ-va, ngày 5/10 (Nhân Dân) -": the Vietnamese agencies' day and month, day first.
            if (t[i].Is("ngay") && t[i - 1].IsPunct(',') && IsJoinedPair(t, i + 1, '/') && Num(t[i + 1]) is int vd
                && Num(t[i + 3]) is int vm && PartialDate.IsValid(2000, vm, vd))
                return new Found(PartialDate.FromMonthDay(vm, vd), i, i + 4);
            // "WINDHOEK, 20 JUN (NAMPA) –": the day first.
            if (t[i].IsNumber && Num(t[i]) is int day && day >= 1 && day <= 31 && i + 1 < t.Count && t[i + 1].IsWord
                && Lexicon.Months.TryGetValue(t[i + 1].Fold, out int month) && PartialDate.IsValid(2000, month, day))
                return new Found(PartialDate.FromMonthDay(month, day), i, i + 2 < t.Count && t[i + 2].IsPunct('.') ? i + 3 : i + 2);
            if (!t[i].IsWord || !Lexicon.Months.TryGetValue(t[i].Fold, out int mon)) continue;
            int j = i + 1;
            if (j < t.Count && t[j].IsPunct('.')) j++;
            if (j < t.Count && t[j].IsNumber && Num(t[j]) is int d && d >= 1 && d <= 31 && PartialDate.IsValid(2000, mon, d))
                return new Found(PartialDate.FromMonthDay(mon, d), i, j + 1);
            return null;
        }
        return null;
    }

    /// <summary>
    /// A day and month with no year after a date's label ("Page ID: 1023457   Updated: October 21", "Posted on 21 Oct",
    /// "Ngày đăng: 17/08 09:20"): the date without a year, or null.
    /// </summary>
    public static Found? FindLabelledMonthDay(TokenList t, bool monthFirst)
    {
        for (int i = 0; i + 2 < t.Count; i++)
        {
            if (!Lexicon.DateLabelWords.Contains(t[i].Form)) continue;
            int j = i + 1;
            // "Ngày đăng:": the label's second word.
            if (j + 1 < t.Count && t[j].IsWord && t[j + 1].IsPunct(':')) j++;
            // A colon or "on" makes it a label: "Ngày 12/5 vừa qua, ..." opens a sentence; so does a clock time before
            // "ngày" ("(Cập nhật 10:20 ngày 25-4)").
            int labelEnd = j;
            while (j < t.Count && (t[j].IsPunct(':') || t[j].Is("on"))) j++;
            bool afterClock = j == i + 1 && t[i].Is("ngay") && i >= 3 && IsJoinedPair(t, i - 3, ':');
            if ((j == labelEnd && !afterClock) || j + 1 >= t.Count) return null;
            int day, month, end;
            if ((IsJoinedPair(t, j, '/') || IsJoinedPair(t, j, '-')) && Num(t[j]) is int a && Num(t[j + 2]) is int b)
            {
                (day, month, end) = monthFirst ? (b, a, j + 3) : (a, b, j + 3);
                if (end < t.Count && (t[end].IsPunct('/') || t[end].IsPunct('-'))) return null; // "17/08/2025": a whole date, the parser's own
            }
            else if (t[j].IsWord && Lexicon.Months.TryGetValue(t[j].Fold, out month))
            {
                int k = j + 1 < t.Count && t[j + 1].IsPunct('.') ? j + 2 : j + 1;
                if (k >= t.Count || Num(t[k]) is not int d) return null;
                (day, end) = (d, k + 1);
            }
            else if (Num(t[j]) is int d && t[j + 1].IsWord && Lexicon.Months.TryGetValue(t[j + 1].Fold, out month)) (day, end) = (d, j + 2);
            else return null;
            // "October 21, 2025" is a whole date, the parser's own; "17/08 09:20" a day and its time.
            bool clock = IsJoinedPair(t, end, ':');
            if (end < t.Count && !clock && (t[end].IsNumber || (t[end].IsPunct(',') && end + 1 < t.Count && t[end + 1].IsNumber))) return null;
            return PartialDate.IsValid(2000, month, day) ? new Found(PartialDate.FromMonthDay(month, day), j, end) : null;
        }
        return null;
    }

    /// <summary>
    /// A token of the place opening a wire dateline: a comma, a capitalised word, or a hyphen joining the pieces of one
    /// name and the piece after it ("Mát-xcơ-va", "Xơ-un").
    /// </summary>
    public static bool IsWirePlacePiece(TokenList t, int k)
    {
        var tok = t[k];
        if (tok.IsPunct(',') || (tok.IsWord && tok.Cap)) return true;
        if (tok.IsPunct('-')) return k > 0 && t[k - 1].IsWord && !tok.SpaceBefore && k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].SpaceBefore;
        return tok.IsWord && k > 0 && t[k - 1].IsPunct('-') && !t[k - 1].SpaceBefore && !tok.SpaceBefore;
    }

    /// <summary>
    /// Whether a number, <paramref name="separator"/> and a number, with no spaces, start at <paramref name="k"/> ("5/10",
    /// "25-4", "10:20").
    /// </summary>
    private static bool IsJoinedPair(TokenList t, int k, char separator) =>
        k + 2 < t.Count && t[k].IsNumber && t[k + 1].IsPunct(separator) && !t[k + 1].SpaceBefore && t[k + 2].IsNumber && !t[k + 2].SpaceBefore;

    /// <summary>
    /// A page's time stamp of a clock time and a day with no year, alone on its line ("16:05 | 26/08", "26/08 - 16:05"): the day
    /// without a year (day first unless the article writes month first), or null.
    /// </summary>
    public static Found? FindClockDayMonth(TokenList t, bool monthFirst)
    {
        Found? found = null;
        bool clock = false;
        for (int i = 0; i < t.Count; i++)
        {
            if (IsJoinedPair(t, i, ':') && Num(t[i]) is >= 0 and <= 23 && Num(t[i + 2]) is >= 0 and <= 59 && !clock)
            {
                clock = true;
                i += 2;
                continue;
            }
            if (IsJoinedPair(t, i, '/') && found is null && Num(t[i]) is int a && Num(t[i + 2]) is int b)
            {
                var (day, month) = monthFirst ? (b, a) : (a, b);
                if (!PartialDate.IsValid(2000, month, day)) return null;
                found = new Found(PartialDate.FromMonthDay(month, day), i, i + 3);
                i += 2;
                continue;
            }
            if (t[i].IsPunct('|') || t[i].IsPunct('-') || t[i].IsPunct('–') || t[i].IsPunct('·') || t[i].IsPunct(',')) continue;
            return null;
        }
        return clock ? found : null;
    }

    /// <summary>
    /// A date line of a weekday and a day with no year ("Thursday, March 20 · 14:05 · Nyanza Bureau", "Thứ Sáu, 16/5 - 09:20"),
    /// with at most a clock time, separators and four words after it: the day without a year, or null; <paramref name="weekday"/>
    /// is its weekday (-1 with null), which lets the story's weekdays be counted from it.
    /// </summary>
    public static Found? FindWeekdayMonthDay(TokenList t, out int weekday)
    {
        var found = WeekdayAndDay(t, out weekday);
        if (found is null) weekday = -1;
        return found;
    }

    /// <summary>
    /// "Havana, May 24 (Prensa Latina) ... arrived in Havana on Sunday, May 19": a day of no year that the story gives with its
    /// weekday tells the weekday of the dateline's day too (counted within a year), so the story's other
    /// weekdays ("On Monday, the visitors were received") can be counted; null when no such day is told near the dateline's.
    /// </summary>
    public static int? DatelineWeekdayFromStory(PartialDate? dateline, IReadOnlyList<Sentence> sentences)
    {
        if (dateline is not { Precision: DatePrecision.MonthDay, Month: int month, Day: int day }) return null;
        foreach (var s in sentences)
        {
            var t = s.Tokens;
            for (int i = 0; i < t.Count; i++)
            {
                if (!t[i].IsWord || !t[i].Cap || WeekdayAndDay(t, i, out int weekday, wordsAfter: int.MaxValue) is not { } f) continue;
                // "Sunday, May 19, 2024" has a year of its own.
                if (f.EndToken + 1 < t.Count && t[f.EndToken].IsPunct(',') && Num(t[f.EndToken + 1]) is >= 1900) continue;
                // Across the end of February the count would depend on a leap year the text does not give.
                if (Math.Min(f.Date.Month!.Value, month) <= 2 && Math.Max(f.Date.Month!.Value, month) >= 3) continue;
                if (Stages.DayArithmetic.DaysBetweenDays(f.Date, dateline.Value) is not int days || Math.Abs(days) > 31) continue;
                return ((weekday + days) % 7 + 7) % 7;
            }
        }
        return null;
    }

    private static Found? WeekdayAndDay(TokenList t, out int weekday) => WeekdayAndDay(t, AfterDateLabel(t), out weekday, wordsAfter: 4);

    /// <summary>"Posted Thursday, Oct. 9", "Updated: Friday, 16/5": where the date starts, past a label opening the line.</summary>
    private static int AfterDateLabel(TokenList t)
    {
        if (t.Count == 0 || !Lexicon.DateLabelWords.Contains(t[0].Form) || t[0].Is("ngay")) return 0;
        int k = 1;
        while (k < t.Count && (t[k].IsPunct(':') || t[k].Is("on"))) k++;
        return k < t.Count ? k : 0;
    }

    private static Found? WeekdayAndDay(TokenList t, int start, out int weekday, int wordsAfter)
    {
        int i = WeekdayEnd(t, start, out weekday);
        if (i == start) return null;
        if (i < t.Count && t[i].IsPunct(',')) i++;
        if (i + 1 >= t.Count) return null;
        Found? found = null;
        if (t[i].IsWord && Lexicon.Months.TryGetValue(t[i].Fold, out int month))
        {
            // "March 20", "Mar. 20"
            int j = t[i + 1].IsPunct('.') ? i + 2 : i + 1;
            if (j < t.Count && Num(t[j]) is int day && PartialDate.IsValid(2000, month, day)) found = new Found(PartialDate.FromMonthDay(month, day), i, j + 1);
        }
        else if (Num(t[i]) is int day)
        {
            // "20 March", "16/5"; "16/5/2025" has a year and is Find's.
            if (t[i + 1].IsWord && Lexicon.Months.TryGetValue(t[i + 1].Fold, out int m) && PartialDate.IsValid(2000, m, day))
                found = new Found(PartialDate.FromMonthDay(m, day), i, i + 2);
            else if (t[i + 1].IsPunct('/') && !t[i + 1].SpaceBefore && i + 2 < t.Count && !t[i + 2].SpaceBefore && Num(t[i + 2]) is int nm
                && PartialDate.IsValid(2000, nm, day) && !(i + 3 < t.Count && t[i + 3].IsPunct('/')))
                found = new Found(PartialDate.FromMonthDay(nm, day), i, i + 3);
        }
        if (found is not { } f) return null;
        int words = 0;
        for (int k = f.EndToken; k < t.Count; k++)
            if (t[k].IsWord && ++words > wordsAfter) return null;
        return f;
    }

    /// <summary>"Thursday", "Thứ Sáu", "Chủ nhật" at <paramref name="i"/>: the token after the weekday, or <paramref name="i"/>.</summary>
    private static int WeekdayEnd(TokenList t, int i, out int weekday)
    {
        weekday = -1;
        if (!t[i].IsWord) return i;
        // "Thứ Sáu" before "thu" (Thursday).
        if (i + 1 < t.Count && s_twoWordFirsts.Contains(t[i].Fold) && Lexicon.Weekdays.TryGetValue(t[i].Fold + " " + t[i + 1].Fold, out weekday)) return i + 2;
        if (Lexicon.Weekdays.TryGetValue(t[i].Fold, out weekday)) return i + 1;
        weekday = -1;
        return i;
    }

    private static Found? TryAt(TokenList t, int i, int? weekday, bool monthFirstArticle)
    {
        // Month-name forms: "Apr 13, 2023", "13 April 2023", "April 2023", and Viet Nam News' "September, 22/2023".
        if (t[i].IsWord && Lexicon.Months.TryGetValue(t[i].Fold, out int mon))
        {
            int j = i + 1;
            if (j < t.Count && t[j].IsPunct('.')) j++;
            bool commaAfterMonth = j < t.Count && t[j].IsPunct(',');
            if (commaAfterMonth) j++;
            if (j < t.Count && t[j].IsNumber && Num(t[j]) is int d && d >= 1 && d <= 31)
            {
                int k = j + 1;
                // "Sep 18th, 2025"
                k = PastOrdinalSuffix(t, k);
                if (k < t.Count && (t[k].IsPunct(',') || commaAfterMonth && t[k].IsPunct('/') && !t[k].SpaceBefore)) k++;
                if (k < t.Count && Year(t[k]) is int y && PartialDate.IsValid(y, mon, d))
                    return new Found(PartialDate.FromDate(y, mon, d), i, k + 1);
            }
            return null;
        }
        if (!t[i].IsNumber) return null;
        // "13 April 2023", "09 Oct. 2023", "16th March 2024".
        int monthAt = PastOrdinalSuffix(t, i + 1);
        if (monthAt + 1 < t.Count && t[monthAt].IsWord && Lexicon.Months.TryGetValue(t[monthAt].Fold, out int mon2) && Num(t[i]) is int dd)
        {
            int y2 = monthAt + 2 < t.Count && t[monthAt + 1].IsPunct('.') && !t[monthAt + 1].SpaceBefore ? monthAt + 2 : monthAt + 1;
            if (Year(t[y2]) is int yy && PartialDate.IsValid(yy, mon2, dd)) return new Found(PartialDate.FromDate(yy, mon2, dd), i, y2 + 1);
        }
        // "27 Th11 2024": the short month of Vietnamese sites, "Th" glued to the month's number.
        if (i + 3 < t.Count && t[i + 1].Fold == "th" && t[i + 2].IsNumber && !t[i + 2].SpaceBefore && Num(t[i + 2]) is int mon3
            && Num(t[i]) is int d3 && Year(t[i + 3]) is int y3 && PartialDate.IsValid(y3, mon3, d3))
            return new Found(PartialDate.FromDate(y3, mon3, d3), i, i + 4);

        // Numeric forms: three numbers joined by the same separator, no spaces.
        if (i + 4 < t.Count && t[i + 1].Kind == TokenKind.Punct && !t[i + 1].SpaceBefore && t[i + 2].IsNumber && !t[i + 2].SpaceBefore
            && t[i + 3].Text == t[i + 1].Text && !t[i + 3].SpaceBefore && t[i + 4].IsNumber && !t[i + 4].SpaceBefore
            && (t[i + 1].Text is "/" or "-" or "."))
        {
            int a = Num(t[i]) ?? -1, b = Num(t[i + 2]) ?? -1, c = Num(t[i + 4]) ?? -1;
            if (t[i].Text.Length == 4 && IsYear(a) && PartialDate.IsValid(a, b, c))
                return new Found(PartialDate.FromDate(a, b, c), i, i + 5);
            if (t[i + 4].Text.Length == 4 && IsYear(c))
            {
                bool dayFirst = PartialDate.IsValid(c, b, a);
                bool monthFirst = PartialDate.IsValid(c, a, b);
                if (dayFirst && monthFirst && weekday is int w && a != b)
                {
                    // Both readings are dates: the weekday on the line decides (e.g. "Sat, 05/06/2006").
                    bool dayFirstFits = (int)new DateTime(c, b, a).DayOfWeek == w;
                    bool monthFirstFits = (int)new DateTime(c, a, b).DayOfWeek == w;
                    if (monthFirstFits && !dayFirstFits) return new Found(PartialDate.FromDate(c, a, b), i, i + 5);
                }
                // The article's own order (NumericDateOrder) decides an ambiguous slashed date.
                if (monthFirst && monthFirstArticle && t[i + 1].Text == "/") return new Found(PartialDate.FromDate(c, a, b), i, i + 5);
                if (dayFirst) return new Found(PartialDate.FromDate(c, b, a), i, i + 5);
                if (monthFirst) return new Found(PartialDate.FromDate(c, a, b), i, i + 5);
            }
        }
        // "16. 10. 2025": the Czech, Slovak and German numeric date, spaced, always day first.
        if (i + 4 < t.Count && t[i + 1].IsPunct('.') && !t[i + 1].SpaceBefore && t[i + 2].IsNumber && t[i + 2].SpaceBefore && t[i + 3].IsPunct('.')
            && !t[i + 3].SpaceBefore && t[i].Text.Length <= 2 && t[i + 2].Text.Length <= 2 && Num(t[i]) is int sd && Num(t[i + 2]) is int sm
            && Year(t[i + 4]) is int sy && PartialDate.IsValid(sy, sm, sd))
            return new Found(PartialDate.FromDate(sy, sm, sd), i, i + 5);
        // "2022-09": year and month only (an ISO header).
        if (t[i].Text.Length == 4 && Num(t[i]) is int y4 && IsYear(y4) && i + 2 < t.Count && t[i + 1].IsPunct('-')
            && !t[i + 1].SpaceBefore && t[i + 2].IsNumber && !t[i + 2].SpaceBefore && t[i + 2].Text.Length == 2
            && Num(t[i + 2]) is int m2 && m2 >= 1 && m2 <= 12)
            return new Found(PartialDate.FromYearMonth(y4, m2), i, i + 3);
        return null;
    }

    /// <summary>The year a four-digit number token writes (1900 to 2100), else null.</summary>
    internal static int? Year(Token t) => t.IsNumber && t.Text.Length == 4 && Num(t) is int y && IsYear(y) ? y : null;

    private static bool IsYear(int y) => y >= 1900 && y <= 2100;

    /// <summary>The token after an ordinal suffix written onto a number at <paramref name="k"/> ("2nd", "18th"), else <paramref name="k"/>.</summary>
    internal static int PastOrdinalSuffix(TokenList t, int k) =>
        k < t.Count && t[k].IsWord && !t[k].SpaceBefore && Lexicon.OrdinalSuffixes.Contains(t[k].Form) ? k + 1 : k;

    internal static int? Num(Token t)
    {
        if (!t.IsNumber || t.Text.Length > 4) return null;
        int v = 0;
        foreach (char c in t.Text)
        {
            if (c < '0' || c > '9') return null;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
