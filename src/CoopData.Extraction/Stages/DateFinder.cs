using System;
using System.Collections.Generic;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Reading;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Stages;

/// <summary>Offsets between full dates, as a temporal tagger counts from its reference day ("yesterday", "on its second day").</summary>
internal static class DayArithmetic
{
    /// <summary>The full date <paramref name="days"/> after <paramref name="day"/>; null when it is no full date or the result leaves the calendar.</summary>
    public static PartialDate? AddDays(PartialDate day, int days)
    {
        if (day is not { Precision: DatePrecision.Day, Year: int y, Month: int m, Day: int d }) return null;
        var date = new DateTime(y, m, d);
        if (days > 0 ? (DateTime.MaxValue.Date - date).TotalDays < days : (date - DateTime.MinValue).TotalDays < -days) return null;
        var r = date.AddDays(days);
        return PartialDate.FromDate(r.Year, r.Month, r.Day);
    }

    /// <summary>
    /// A full date, or a day and month of no known year, moved by <paramref name="days"/> (the latter counted in a year that is
    /// no leap year unless it is 29 February); null for any other precision.
    /// </summary>
    public static PartialDate? ShiftDay(PartialDate day, int days)
    {
        if (day.Precision == DatePrecision.Day) return AddDays(day, days);
        if (day is not { Precision: DatePrecision.MonthDay, Month: int m, Day: int d }) return null;
        return AddDays(PartialDate.FromDate(StandInYear(day, day), m, d), days) is { Month: int sm, Day: int sd } ? PartialDate.FromMonthDay(sm, sd) : null;
    }

    /// <summary>
    /// Days from one day to another of the same precision: full dates, or days and months of no known year (counted the nearer
    /// way round New Year); else null.
    /// </summary>
    public static int? DaysBetweenDays(PartialDate from, PartialDate to)
    {
        if (from.Precision != to.Precision) return null;
        if (from.Precision == DatePrecision.Day) return DaysBetween(from, to);
        if (from is not { Precision: DatePrecision.MonthDay, Month: int fm, Day: int fd } || to is not { Month: int tm, Day: int td }) return null;
        int year = StandInYear(from, to);
        int days = DaysBetween(PartialDate.FromDate(year, fm, fd), PartialDate.FromDate(year, tm, td));
        return days > 182 ? days - 365 : days < -182 ? days + 365 : days;
    }

    // A year for days of no known year: no leap year, unless one of them is 29 February.
    private static int StandInYear(PartialDate a, PartialDate b) => (a is { Month: 2, Day: 29 }) || (b is { Month: 2, Day: 29 }) ? 2024 : 2023;

    /// <summary>Days from one full date to another (negative when <paramref name="to"/> is earlier).</summary>
    public static int DaysBetween(PartialDate from, PartialDate to) => (int)(ToDateTime(to) - ToDateTime(from)).TotalDays;

    /// <summary>
    /// A year in which <paramref name="month"/>/<paramref name="day"/> is a <paramref name="weekday"/> (the latest from 2028 down), so a
    /// date line with a weekday but no year can be counted from; only the leap day depends on which.
    /// </summary>
    public static int? YearWhere(int month, int day, int weekday)
    {
        for (int y = 2028; y > 2000; y--)
            if (PartialDate.IsValid(y, month, day) && (int)new DateTime(y, month, day).DayOfWeek == weekday) return y;
        return null;
    }

    /// <summary>The first <paramref name="weekday"/> (a <see cref="DayOfWeek"/> number) on or after a full date; null when it is none.</summary>
    public static PartialDate? OnOrAfter(PartialDate day, int weekday) =>
        day.Precision == DatePrecision.Day ? AddDays(day, ((weekday - (int)ToDateTime(day).DayOfWeek) % 7 + 7) % 7) : null;

    private static DateTime ToDateTime(PartialDate day) => new(day.Year!.Value, day.Month!.Value, day.Day!.Value);
}

/// <summary>A date stated in a sentence, resolved against the dateline.</summary>
internal sealed class DateMention
{
    public DateMention(Sentence s, int first, int last, PartialDate start, PartialDate? end, bool explicitYear)
    {
        Sentence = s; First = first; Last = last; Start = start; End = end; ExplicitYear = explicitYear;
    }

    public Sentence Sentence { get; }
    public int First { get; }
    public int Last { get; }
    public PartialDate Start { get; }
    public PartialDate? End { get; }
    /// <summary>The text itself gives the year (not taken from the dateline).</summary>
    public bool ExplicitYear { get; }
    public bool YearOnly => Start.Precision == DatePrecision.Year;

    /// <summary>
    /// Counted from a date line with a weekday but no year ("this afternoon", "on Wednesday" under "Thursday, March 20"): the
    /// year another date of the sentence names is not its year.
    /// </summary>
    public bool YearUnknown { get; init; }

    /// <summary>"Chiều cùng ngày", "the same day": the day an earlier sentence told of, so this one tells another thing on it.</summary>
    public bool SameDayAsEarlier { get; init; }

    /// <summary>"last week", "tuần trước": the Monday of the week meant, whose month <see cref="Start"/> is.</summary>
    public PartialDate? WeekOf { get; init; }

    /// <summary>One end of a span from a day to the same day years later ("(18/7/1977-18/7/2022)"): an anniversary's, not an event's.</summary>
    public bool AnniversarySpan { get; set; }

    /// <summary>
    /// A date a stay lasts until ("thăm đến ngày 31 tháng 8") or the guests go home on ("ngày 22/3, đoàn về nước", "flies home
    /// on Sunday"): the end of something, no event's start.
    /// </summary>
    public bool EndsStay => Phrases.UntilMarkers.EndingBefore(Sentence.Tokens, First, oneWordInLowerCase: true) is not null || GoingHome();

    // The departure within a few words of the date, in its clause: before it ("về nước ngày 22/3") or after ("ngày 22/3, đoàn về nước"),
    // not past "and" ("left Yangyang on Thursday and returned on Sunday": the return is Sunday's).
    private bool GoingHome()
    {
        var t = Sentence.Tokens;
        if (!Phrases.HomeDepartures.MayStartIn(Sentence)) return false;
        // "before flying home on March 6": the day written after the departure is its own, whatever comes before it.
        for (int k = Math.Max(0, First - 4); k < First; k++)
            if (Phrases.HomeDepartures.MatchAny(t, k, out _) is int n and > 0 && k + n >= First - 1 && !(OnTheWay(t, k) && !t[k - 1].Is("before"))) return true;
        for (int k = Last + 1; k < t.Count && k <= Last + 5; k++)
        {
            if (t[k].IsPunct(';') || t[k].IsPunct('.') || t[k].Is("and")) break;
            if (Phrases.HomeDepartures.Matches(t, k) && !OnTheWay(t, k)) return true;
        }
        return false;
    }

    // "Sáng 9/1, trên đường về nước, ... đã ký", "Chiều mai, trước khi lên đường về nước, đoàn sẽ thăm": on the way home or
    // before it, the day of something else.
    private static bool OnTheWay(TokenList t, int departure) =>
        departure > 0 && Lexicon.OnTheWayHome.Contains(t[departure - 1].Form);

    /// <summary>
    /// A date a period opener earlier in its clause starts ("Since the inception of the relations in October 1994, ...");
    /// not a span of days, which is an event's ("has been there since last weekend on a visit from 18 to 23 November").
    /// </summary>
    public bool StartsPeriod => End is null && Phrases.PeriodOpeners.EarlierInClause(Sentence.Tokens, First, 16);

    /// <summary>
    /// A bracketed date a commemoration cue earlier in its clause remembers ("kỷ niệm 46 năm Ngày ký Hiệp ước ...
    /// (18/7/1977)"): the day remembered, neither an event's date nor a relation's signing.
    /// </summary>
    /// <summary>
    /// "July 26, the Day of National Rebellion in Cuba, and July 27, War Invalids and Martyrs Day": a date the name of a
    /// day (capitalised "Day", not "Day 1") follows after a comma, in the same clause.
    /// </summary>
    private bool NamedDayAfter(TokenList t)
    {
        if (Last + 2 >= t.Count || !t[Last + 1].IsPunct(',')) return false;
        for (int k = Last + 2; k < t.Count && k <= Last + 9; k++)
        {
            if (t[k].IsPunct(',') || t[k].IsPunct('.') || t[k].IsPunct(';')) return false;
            if (t[k].Cap && Lexicon.NamedDayWords.Contains(t[k].Form) && !(k + 1 < t.Count && t[k + 1].IsNumber)) return true;
        }
        return false;
    }

    public bool Commemorated
    {
        get
        {
            if (AnniversarySpan) return true;
            var t = Sentence.Tokens;
            if (NamedDayAfter(t)) return true;
            // In brackets, maybe with another date: "(18/7/1977)", "(24/6/1967 - 24/6/2022)".
            int open = First - 1;
            while (open >= 0 && open >= First - 8 && (t[open].IsNumber || (t[open].Kind == TokenKind.Punct && !t[open].IsPunct('(') && !t[open].IsPunct(')')))) open--;
            int close = Last + 1;
            while (close < t.Count && close <= Last + 8 && (t[close].IsNumber || (t[close].Kind == TokenKind.Punct && !t[close].IsPunct('(') && !t[close].IsPunct(')')))) close++;
            if (open < 0 || !t[open].IsPunct('(') || close >= t.Count || !t[close].IsPunct(')')) return false;
            return Phrases.CommemorationCues.EarlierInClause(t, open, 23);
        }
    }
}

/// <summary>
/// Stage 4. Finds dates the way HeidelTime-style taggers do, with token patterns:
/// "April 13", "Oct 22-23", "from August 14 to 23", "27 May 2015", "the 25 and 26 May", "January 2020",
/// "Ngày 17/2", "Chiều 14-5", "14-19/9/2022", "từ ngày 9 đến 14/8", "tháng 5/1968", "năm 2023", "since 1996",
/// "today" and "vào cuối năm nay". A day and month without a year take the dateline's year (the previous
/// year when that would put them more than six months after the dateline); without a dateline they stay --MM-DD.
/// </summary>
internal sealed class DateFinder
{
    private readonly PartialDate? _dateline;

    public DateFinder(PartialDate? dateline, bool monthFirst = false, int? datelineWeekday = null)
    {
        _dateline = dateline;
        _monthFirst = monthFirst;
        if (dateline is { Precision: DatePrecision.MonthDay, Month: int m, Day: int d } && datelineWeekday is int weekday
            && DayArithmetic.YearWhere(m, d, weekday) is int standIn)
            _weekdayFrame = PartialDate.FromDate(standIn, m, d);
    }

    // A date line with a weekday but no year ("Thursday, March 20"): the same day in a year where it falls on that weekday,
    // which the story's weekdays count from; the dates found that way keep no year (Stated).
    private readonly PartialDate? _weekdayFrame;

    /// <summary>A day counted from the weekday frame, without the frame's stand-in year; any other day as it is.</summary>
    private PartialDate Stated(PartialDate day) =>
        _weekdayFrame is not null && day is { Precision: DatePrecision.Day, Month: int m, Day: int d } ? PartialDate.FromMonthDay(m, d) : day;

    /// <summary>A day counted from the dateline ("today", "yesterday", "on Wednesday"): under a weekday frame, of no known year.</summary>
    private DateMention CountedFromDateline(Sentence s, int first, int last, PartialDate start, PartialDate? end = null) =>
        new(s, first, last, start, end, false) { YearUnknown = _weekdayFrame is not null };

    /// <summary>A day without a year as a day of the weekday frame's year (or the year next to it, across New Year), so weekdays can be counted on from it.</summary>
    private PartialDate? Framed(PartialDate day)
    {
        if (day.Precision == DatePrecision.Day) return day;
        if (_weekdayFrame is not { Year: int y, Month: int fm } || day is not { Precision: DatePrecision.MonthDay, Month: int m, Day: int d }) return null;
        int year = m - fm > 6 ? y - 1 : fm - m > 6 ? y + 1 : y;
        return PartialDate.IsValid(year, m, d) ? PartialDate.FromDate(year, m, d) : null;
    }

    // The article writes slashed dates month first ("7/21/2020"): NumericDateOrder.
    private readonly bool _monthFirst;

    // The last day the story told of, outside its title: what "the same day" refers to (a temporal tagger's reference time).
    // Not a stay's first day ("từ hôm kia (4/11) đến hết ngày 7/11"): the stay is no day's happening.
    private PartialDate? _toldDay;

    // The paragraph that told _toldDay, and whether with its weekday ("on Sunday, March 9"): a story told day by day.
    private int _toldDayParagraph = -1;
    private bool _toldDayWithItsWeekday;

    // Where the item of a programme line starts (ProgrammeLine), in the sentence being read; -1 in any other sentence.
    private int _itemStart = -1;

    // The day a programme's weekdays count on from: a stay's first day ("from Oct. 12 through Oct. 16"), then each item's (Framed).
    private PartialDate? _programmeAnchor;

    // The paragraph of the sentence read before: a programme line's item opens its line.
    private int _lastParagraph = -1;

    /// <summary>Finds the dates of a sentence; the article's sentences are given in order.</summary>
    public List<DateMention> Find(Sentence s)
    {
        var result = new List<DateMention>();
        bool opensLine = s.Paragraph != _lastParagraph;
        _lastParagraph = s.Paragraph;
        // A sentence without a number or a start word has no date (MayStartDate): not scanned.
        if (!s.HasNumber && !Lexicon.DateStartWords.MayBeIn(s)) return result;
        var t = s.Tokens;
        _itemStart = opensLine && !s.IsTitle ? ProgrammeLine.ItemStart(t) : -1;
        int i = 0;
        while (i < t.Count)
        {
            if (!MayStartDate(t[i])) { i++; continue; }
            int next = TryAt(s, i, result);
            i = next > i ? next : i + 1;
        }
        MarkAnniversarySpans(t, result);
        if (_dateline?.Year is null && result.Count > 1) TakeTheSentencesYear(result);
        if (!s.IsTitle)
            for (int k = 0; k < result.Count; k++)
                if (IsToldDay(result[k]) && !(k + 1 < result.Count && result[k + 1].EndsStay))
                {
                    _toldDay = result[k].Start;
                    _toldDayParagraph = s.Paragraph;
                    _toldDayWithItsWeekday = WeekdayBefore(t, result[k].First);
                }
        if (!s.IsTitle) MoveProgrammeAnchor(result);
        _itemStart = -1;
        return result;
    }

    /// <summary>
    /// A programme item's day (in its head), or the first day of a stay of up to two weeks ("(December 8 - 11)", "from Oct. 12
    /// through Oct. 16"): where the weekdays of the programme lines after it count from.
    /// </summary>
    private void MoveProgrammeAnchor(List<DateMention> dates)
    {
        for (int k = 0; k < dates.Count; k++)
        {
            var d = dates[k];
            if (Framed(d.Start) is not { } start) continue;
            if (_itemStart >= 0 && d.Last < _itemStart) { _programmeAnchor = start; return; }
            var end = d.End ?? (k + 1 < dates.Count && dates[k + 1].EndsStay ? dates[k + 1].Start : null);
            if (end is { } e && Framed(e) is { } last && DayArithmetic.DaysBetween(start, last) is >= 1 and <= 14) _programmeAnchor = start;
        }
    }

    /// <summary>Whether a weekday is written at or just before a date at <paramref name="first"/> ("on Sunday, March 9", "thứ Hai, 10/3").</summary>
    private static bool WeekdayBefore(TokenList t, int first)
    {
        for (int k = Math.Max(0, first - 3); k <= first && k < t.Count; k++)
            if (Weekday(t, k, out _) > k) return true;
        return false;
    }

    /// <summary>A single day the story tells of: not a stay's span ("từ ngày 13 - 16/10") or its end, nor an anniversary's.</summary>
    private static bool IsToldDay(DateMention d) =>
        d.Start.Precision is DatePrecision.Day or DatePrecision.MonthDay && d.End is null && !d.AnniversarySpan && !d.EndsStay;

    /// <summary>
    /// "Chiều cùng ngày", "the same day", "later that day", "that evening": the last token of a phrase at <paramref name="i"/>
    /// naming the day the story last told of, else -1.
    /// </summary>
    private static int SameDayEnd(TokenList t, int i)
    {
        if (i + 1 >= t.Count) return -1;
        if (t[i].Is("cung") && t[i + 1].Is("ngay") && string.Equals(t[i].Text, Lexicon.SameWordAsWritten, StringComparison.OrdinalIgnoreCase)) return i + 1;
        if (t[i].Is("same") && t[i + 1].Is("day") && i > 0 && (t[i - 1].Is("the") || t[i - 1].Is("that"))) return i + 1;
        if (t[i].Is("that") && Lexicon.ThatDayWords.Contains(t[i + 1].Form) && (i == 0 || t[i - 1].Is("later") || t[i - 1].Is("on") || t[i - 1].IsPunct(','))) return i + 1;
        return -1;
    }

    /// <summary>
    /// The day the story told of last: the sentence's own (<paramref name="sentenceSoFar"/>) if it told one, else an earlier
    /// sentence's (<paramref name="earlier"/>).
    /// </summary>
    private PartialDate? DayToldLast(List<DateMention> sentenceSoFar, out bool earlier)
    {
        PartialDate? told = _toldDay;
        earlier = true;
        foreach (var d in sentenceSoFar) if (IsToldDay(d)) { told = d.Start; earlier = false; }
        return told;
    }

    /// <summary>
    /// "the following day", "the next morning", "a day later", "two days later", "hôm sau" ("sáng hôm sau"): how many days after
    /// the day the story last told of, and the phrase's last token in <paramref name="end"/>; else null.
    /// </summary>
    internal static int? DaysAfterToldDay(TokenList t, int i, out int end)
    {
        end = i;
        if ((t[i].Is("following") || t[i].Is("next")) && i > 0 && t[i - 1].Is("the") && i + 1 < t.Count && Lexicon.ThatDayWords.Contains(t[i + 1].Form)
            && !(i + 2 < t.Count && (t[i + 2].Is("of") || t[i + 2].Is("after"))))
        {
            end = i + 1;
            return 1;
        }
        if (t[i].Is("later") && i >= 2 && (t[i - 1].Is("day") || t[i - 1].Is("days")) && Lexicon.DaysLater.TryGetValue(t[i - 2].Fold, out int days))
            return days;
        if (t[i].Is("sau") && !t[i].Cap && i > 0 && t[i - 1].Is("hom") && string.Equals(t[i - 1].Text, Lexicon.DayWordAsWritten, StringComparison.OrdinalIgnoreCase))
            return 1;
        return null;
    }

    /// <summary>
    /// "Chiều ngày 1-2, ... nhân dịp Tết Kỷ Hợi 2019", "Sáng 18-1, ... kỷ niệm 72 năm (18-1-1950 – 18-1-2022)": with no year
    /// from the dateline, a day and month take the one year the sentence gives for its present (an anniversary span's
    /// end; no period's start, no day remembered).
    /// </summary>
    private static void TakeTheSentencesYear(List<DateMention> dates)
    {
        int? present = null;
        foreach (var d in dates)
        {
            if (!d.ExplicitYear || d.Start.Year is not int year) continue;
            if (d.AnniversarySpan) { if (present is null || year > present) present = year; continue; }
            if (d.StartsPeriod || d.Commemorated) continue;
            int y = d.End?.Year ?? year;
            if (present is not null && present != y) return;
            present = y;
        }
        if (present is not int p) return;
        for (int k = 0; k < dates.Count; k++)
        {
            var d = dates[k];
            if (d.Start.Precision != DatePrecision.MonthDay || d.YearUnknown) continue;
            PartialDate? end = d.End is { Precision: DatePrecision.MonthDay } e ? PartialDate.FromDate(p, e.Month!.Value, e.Day!.Value) : d.End;
            dates[k] = new DateMention(d.Sentence, d.First, d.Last, PartialDate.FromDate(p, d.Start.Month!.Value, d.Start.Day!.Value), end, false);
        }
    }

    private static void MarkAnniversarySpans(TokenList t, List<DateMention> dates)
    {
        for (int k = 1; k < dates.Count; k++)
        {
            DateMention from = dates[k - 1], to = dates[k];
            if (from.Start.Precision != DatePrecision.Day || to.Start.Precision != DatePrecision.Day || from.Start.Year == to.Start.Year
                || from.Start.Month != to.Start.Month || from.Start.Day != to.Start.Day || to.First - from.Last != 2) continue;
            var between = t[from.Last + 1];
            if (between.IsPunct('-') || between.IsPunct('–') || between.Is("den") || between.Is("to")) from.AnniversarySpan = to.AnniversarySpan = true;
        }
    }

    /// <summary>A number, or a word of <see cref="Lexicon.DateStartWords"/>: the only tokens <see cref="TryAt"/> can read a date at.</summary>
    private static bool MayStartDate(Token tok) => tok.IsNumber || (tok.IsWord && Lexicon.DateStartWords.Contains(tok.Form));

    /// <summary>An arrival verb at <paramref name="i"/>, maybe after "just" or an adverb in -ly ("has just arrived").</summary>
    private static bool PresentPerfectEvent(TokenList t, int i)
    {
        if (i < t.Count && (t[i].Is("just") || t[i].Fold.EndsWith("ly", StringComparison.Ordinal))) i++;
        return i < t.Count && Lexicon.PresentPerfectEventVerbs.Contains(t[i].Form);
    }

    private int TryAt(Sentence s, int i, List<DateMention> result)
    {
        var t = s.Tokens;
        var tok = t[i];
        if (!MayStartDate(tok)) return i + 1;

        // "today" / "this morning" / "hôm nay" / "sáng nay": the dateline's day, unless a bracketed date follows ("today [April 13]").
        int todayEnd = tok.Is("today") || (tok.Is("nay") && i > 0 && Lexicon.VietnameseWordsBeforeNay.Contains(t[i - 1].Form)) ? i
            : tok.Is("this") && i + 1 < t.Count && Lexicon.PartsOfTheDay.Contains(t[i + 1].Form) ? i + 1 : -1;
        if (todayEnd >= 0 && !(todayEnd + 1 < t.Count && (t[todayEnd + 1].IsPunct('[') || t[todayEnd + 1].IsPunct('('))))
        {
            if (_dateline is { Precision: DatePrecision.Day or DatePrecision.MonthDay } today) result.Add(CountedFromDateline(s, i, todayEnd, today));
            return todayEnd + 1;
        }

        // "A delegation ... has arrived in Sochi", anywhere in the article: the arrival is on the dateline's day (a lead's
        // other past-tense events are dated by EventFinder).
        if ((tok.Is("has") || tok.Is("have")) && PresentPerfectEvent(t, i + 1))
        {
            // The mention is "has" alone, so the trigger "arrived in" stays after it.
            if (_dateline is { Precision: DatePrecision.Day or DatePrecision.MonthDay } d) result.Add(new DateMention(s, i, i, d, null, false));
            return i + 1;
        }

        // "Sáng cùng ngày 14/5": the day written right after is the one meant.
        if (SameDayEnd(t, i) is int sameDayEnd and >= 0 && !(sameDayEnd + 1 < t.Count && t[sameDayEnd + 1].IsNumber))
        {
            // "Ngày 15/3, đoàn sẽ dự Diễn đàn ..., trước khi lên đường về nước vào buổi tối cùng ngày": the sentence's own day first.
            if (DayToldLast(result, out bool earlier) is { } sameDay)
                result.Add(new DateMention(s, i, sameDayEnd, sameDay, null, false) { SameDayAsEarlier = earlier });
            return sameDayEnd + 1;
        }

        if (DaysAfterToldDay(t, i, out int laterEnd) is int daysLater)
        {
            // "On November 6 they met; the following day ...": counted from the sentence's own day first.
            if (DayToldLast(result, out _) is { } from && DayArithmetic.ShiftDay(from, daysLater) is { } later)
                result.Add(new DateMention(s, i, laterEnd, later, null, false));
            return laterEnd + 1;
        }

        // "earlier in the day": the dateline's day.
        if (tok.Is("earlier") && i + 3 < t.Count && t[i + 1].Is("in") && t[i + 2].Is("the") && t[i + 3].Is("day"))
        {
            if (_dateline is { Precision: DatePrecision.Day or DatePrecision.MonthDay } d) result.Add(new DateMention(s, i, i + 3, d, null, false));
            return i + 4;
        }

        // "yesterday", "last night" / "hôm qua", "tối qua": the day before the dateline's; "tomorrow" / "ngày mai": the day after.
        int dayBeforeEnd = tok.Is("last") && i + 1 < t.Count && (t[i + 1].Is("night") || t[i + 1].Is("evening")) ? i + 1
            : tok.Is("yesterday") || (tok.Is("qua") && i > 0 && Lexicon.VietnameseWordsBeforeNay.Contains(t[i - 1].Form)) ? i : -1;
        int dayAfterEnd = tok.Is("tomorrow") || (tok.Is("mai") && !tok.Cap && i > 0 && (t[i - 1].Is("ngay") || Lexicon.VietnameseWordsBeforeNay.Contains(t[i - 1].Form))) ? i : -1;
        int relativeDayEnd = Math.Max(dayBeforeEnd, dayAfterEnd);
        if (relativeDayEnd >= 0 && !(relativeDayEnd + 1 < t.Count && (t[relativeDayEnd + 1].IsPunct('[') || t[relativeDayEnd + 1].IsPunct('('))))
        {
            if ((_weekdayFrame ?? _dateline) is { } dateline && DayArithmetic.AddDays(dateline, dayAfterEnd >= 0 ? 1 : -1) is { } relativeDay)
                result.Add(CountedFromDateline(s, i, relativeDayEnd, Stated(relativeDay)));
            return relativeDayEnd + 1;
        }

        // "cuối năm nay" / "this year": the dateline's year.
        if ((tok.Is("nam") && i + 1 < t.Count && t[i + 1].Is("nay")) || (tok.Is("this") && i + 1 < t.Count && t[i + 1].Is("year")))
        {
            if (_dateline is { Year: int y }) result.Add(new DateMention(s, i, i + 1, PartialDate.FromYear(y), null, false));
            return i + 2;
        }

        // "earlier this month", "last month", "tháng trước": the dateline's month, or the one before or after it.
        int monthEnd = RelativeMonth(t, i, out int monthShift);
        if (monthEnd > i)
        {
            if (_dateline is { Year: int ry, Month: int rm } && rm >= 1 && rm <= 12)
            {
                int index = ry * 12 + rm - 1 + monthShift;
                result.Add(new DateMention(s, i, monthEnd - 1, PartialDate.FromYearMonth(index / 12, index % 12 + 1), null, false));
            }
            return monthEnd;
        }

        // "last week", "tuần trước": the month of that week, when the whole week falls in one month (as "earlier this month").
        int weekEnd = LastWeek(t, i);
        if (weekEnd > i)
        {
            if (_weekdayFrame is null && _dateline is { Precision: DatePrecision.Day, Year: int y, Month: int m, Day: int d }
                && LastWeeksMonday(y, m, d) is var monday && monday.AddDays(6).Month == monday.Month)
                result.Add(new DateMention(s, i, weekEnd - 1, PartialDate.FromYearMonth(monday.Year, monday.Month), null, false)
                    { WeekOf = PartialDate.FromDate(monday.Year, monday.Month, monday.Day) });
            return weekEnd;
        }

        if (tok.IsWord && Lexicon.Months.TryGetValue(tok.Fold, out int month))
            return MonthFirst(s, i, month, result);

        int weekdayEnd = Weekday(t, i, out int weekday);
        if (weekdayEnd > i)
        {
            if (WeekdayDate(t, i, weekdayEnd, weekday) is not PartialDate wd) return weekdayEnd;
            // "from Monday to Thursday", "từ thứ Hai đến thứ Năm": the stay ends on the first such weekday after it starts.
            if (weekdayEnd + 1 < t.Count && (Lexicon.DateRangeWords.Contains(t[weekdayEnd].Form) || t[weekdayEnd].Is("den")) && Weekday(t, weekdayEnd + 1, out int lastWeekday) is int rangeEnd
                && rangeEnd > weekdayEnd + 1 && Framed(wd) is { } first && DayArithmetic.AddDays(first, DaysToNext(weekday, lastWeekday)) is { } end)
            {
                result.Add(CountedFromDateline(s, i, rangeEnd - 1, wd, Stated(end)));
                return rangeEnd;
            }
            result.Add(CountedFromDateline(s, i, weekdayEnd - 1, wd));
            return weekdayEnd;
        }

        if (!tok.IsNumber) return i + 1;
        int? n = DatelineParser.Num(tok);
        if (n is not int a) return i + 1;

        // Four-digit year alone: "in 2015", "since 1996", "năm 2023".
        if (tok.Text.Length == 4 && a >= 1900 && a <= 2100)
        {
            // "tháng 5/1968" and "5/2023" are handled from the month; a bare year here.
            result.Add(new DateMention(s, i, i, PartialDate.FromYear(a), null, true));
            return i + 1;
        }
        if (a < 1 || a > 31) return i + 1;

        // "từ ngày 27 đến ngày 30 tháng 8", "từ ngày 10 đến ngày 12/5/2022": a range of days in Vietnamese.
        if (i + 4 < t.Count && t[i + 1].Is("den") && !t[i + 1].Cap)
        {
            int k = t[i + 2].Is("ngay") ? i + 3 : i + 2;
            bool longForm = k + 2 < t.Count && t[k + 1].Is("thang");
            bool slashForm = k + 2 < t.Count && t[k + 1].IsPunct('/') && !t[k + 1].SpaceBefore;
            if ((longForm || slashForm) && DatelineParser.Num(t[k]) is int rangeEnd && rangeEnd > a && rangeEnd <= 31
                && DatelineParser.Num(t[k + 2]) is int rm && rm >= 1 && rm <= 12)
            {
                int? ry = longForm ? (k + 4 < t.Count && t[k + 3].Is("nam") ? DatelineParser.Year(t[k + 4]) : null)
                    : (k + 4 < t.Count && t[k + 3].IsPunct('/') && !t[k + 3].SpaceBefore ? DatelineParser.Year(t[k + 4]) : null);
                int end = ry is null ? k + 2 : k + 4;
                Add(s, i, end, a, rangeEnd, rm, null, ry, result);
                return end + 1;
            }
        }
        // "ngày 06 tháng 10 năm 2018", "ngày 6 tháng 10": the long Vietnamese form, its month a number after "tháng".
        if (i + 2 < t.Count && t[i + 1].Is("thang") && DatelineParser.Num(t[i + 2]) is int lm && lm >= 1 && lm <= 12)
        {
            int? ly = i + 4 < t.Count && t[i + 3].Is("nam") ? DatelineParser.Year(t[i + 4]) : null;
            int end = ly is null ? i + 2 : i + 4;
            Add(s, i, end, a, null, lm, null, ly, result);
            return end + 1;
        }

        // "27 May 2015", "25 and 26 May", "22-23 October", "From 2nd to 6th November 2023".
        int j = DatelineParser.PastOrdinalSuffix(t, i + 1);
        int? endDay = null;
        if (j + 1 < t.Count && (t[j].IsPunct('-') || t[j].IsPunct('–') || t[j].Is("and") || t[j].Is("to")) && DatelineParser.Num(t[j + 1]) is int e && e <= 31 && e > a)
        {
            endDay = e;
            j = DatelineParser.PastOrdinalSuffix(t, j + 2);
        }
        if (j < t.Count && t[j].IsWord && Lexicon.Months.TryGetValue(t[j].Fold, out int m2))
        {
            // "15 Oct. 2019": the abbreviation's full stop before the year.
            int yearAt = j + 2 < t.Count && t[j + 1].IsPunct('.') && !t[j + 1].SpaceBefore && t[j + 2].IsNumber ? j + 2 : j + 1;
            int? year = yearAt < t.Count ? DatelineParser.Year(t[yearAt]) : null;
            int last = year is null ? j : yearAt;
            Add(s, i, last, a, endDay, m2, null, year, result);
            return last + 1;
        }

        // Numeric day/month: "17/2", "14-5", "14-19/9/2022", "6-7/7", "9 đến 14/8", "tháng 4-2023".
        if (i > 0 && t[i - 1].Is("thang"))
        {
            if (i + 2 < t.Count && (t[i + 1].IsPunct('/') || t[i + 1].IsPunct('-')) && DatelineParser.Year(t[i + 2]) is int ym && a <= 12)
            {
                result.Add(new DateMention(s, i - 1, i + 2, PartialDate.FromYearMonth(ym, a), null, true));
                return i + 3;
            }
            return i + 1;
        }
        if (Phrases.DateNamedPlaceNouns.EndingBefore(t, i) is not null) return i + 1;
        int found = result.Count;
        int after = NumericDayMonth(s, i, a, result);
        if (result.Count == found && DayAlone(t, i, a, out int dayEnd) is PartialDate day)
        {
            result.Add(new DateMention(s, i, dayEnd, day, null, false));
            return dayEnd + 1;
        }
        return after;
    }

    /// <summary>
    /// "vào ngày mùng 4", "On the 22nd, ...": a day of the month with no month written is a day of the dateline's month, or
    /// of the month before when it is later than the dateline's day (news reports what has happened). Needs a dated
    /// dateline (one without a year gives a day without one); "ngày 4 và 5", "ngày 4.9" and "the 21st century" are no such day.
    /// </summary>
    private PartialDate? DayAlone(TokenList t, int i, int day, out int end)
    {
        end = i;
        if (_dateline is not { Precision: DatePrecision.Day or DatePrecision.MonthDay, Month: int m, Day: int d } || i == 0) return null;
        int? year = _dateline.Value.Year;
        if (t[i - 1].Is("the") && i >= 2 && t[i - 2].Is("on") && DatelineParser.PastOrdinalSuffix(t, i + 1) > i + 1)
        {
            end = i + 1;
            if (end + 1 < t.Count && !(t[end + 1].IsPunct(',') || t[end + 1].IsPunct('.') || t[end + 1].IsPunct(';'))) return null;
        }
        else if (t[i - 1].Is("mung") || t[i - 1].Is("ngay"))
        {
            if (i + 1 < t.Count)
            {
                var next = t[i + 1];
                bool followedByNumber = i + 2 < t.Count && t[i + 2].IsNumber;
                if (next.IsNumber || (next.IsPunct('.') && followedByNumber) || (next.IsWord && (Lexicon.DateRangeWords.Contains(next.Form)
                    || next.Is("thang") || next.Is("nam") || next.Is("den") || (next.Is("va") && followedByNumber)))
                    || next.IsPunct('/') || next.IsPunct('-') || next.IsPunct('–')
                    // "Ngày 1 (13/6): Ký kết ...", "Ngày 2: ...": a programme's day, its date (if any) in brackets.
                    || next.IsPunct('(') || next.IsPunct(':')) return null;
            }
        }
        else return null;
        if (m < 1 || m > 12 || year is < 1 or > 9999) return null;
        if (day > d && --m == 0) { m = 12; year--; }
        if (year is 0) return null;
        // A leap year when none is known: "the 29th" of a February of no known year may be.
        if (day > System.DateTime.DaysInMonth(year ?? 2000, m)) return null;
        return year is int y ? PartialDate.FromDate(y, m, day) : PartialDate.FromMonthDay(m, day);
    }

    /// <summary>
    /// "this month", "last month", "next month", "tháng này", "tháng trước", "tháng tới": the token after the phrase and
    /// how many months from the dateline's it is, or <paramref name="i"/> when there is none. "3 tháng trước" ("three
    /// months ago") counts months and is not one.
    /// </summary>
    private static int RelativeMonth(TokenList t, int i, out int shift)
    {
        shift = 0;
        if (i + 1 >= t.Count || !t[i].IsWord || !t[i + 1].IsWord) return i;
        if (t[i + 1].Is("month"))
        {
            if (t[i].Is("this")) return i + 2;
            if (t[i].Is("last")) { shift = -1; return i + 2; }
            if (t[i].Is("next")) { shift = 1; return i + 2; }
            return i;
        }
        if (!t[i].Is("thang") || (i > 0 && t[i - 1].IsNumber)) return i;
        if (t[i + 1].Is("nay")) return i + 2;
        if (t[i + 1].Is("truoc")) { shift = -1; return i + 2; }
        if (t[i + 1].Is("toi") || t[i + 1].Is("sau")) { shift = 1; return i + 2; }
        return i;
    }

    /// <summary>
    /// "last week", "tuần trước", "tuần qua": the token after the phrase, or <paramref name="i"/> when there is none. Not "2
    /// tuần trước" (two weeks ago), "cuối tuần qua" (last weekend) or "Tuesday last week" (the weekday dates it). "This week"
    /// is no date: it mostly sums up a visit the article dates by its days, or names a "Friendship Week".
    /// </summary>
    private static int LastWeek(TokenList t, int i, bool afterWeekday = false)
    {
        if (i + 1 >= t.Count || !t[i].IsWord || !t[i + 1].IsWord) return i;
        int end;
        if ((t[i].Is("last") && t[i + 1].Is("week")) || (t[i].Is("tuan") && t[i + 1].Fold is "truoc" or "qua")) end = i + 2;
        else return i;
        if (!afterWeekday && i > 0 && (t[i - 1].IsNumber || t[i - 1].Fold is "cuoi" || Lexicon.Weekdays.ContainsKey(t[i - 1].Fold)
            || (i > 1 && Lexicon.Weekdays.ContainsKey(t[i - 2].Fold + " " + t[i - 1].Fold)))) return i;
        return end;
    }

    /// <summary>The Monday of the week before <paramref name="day"/>'s (weeks run Monday to Sunday).</summary>
    private static DateTime LastWeeksMonday(int y, int m, int d)
    {
        var day = new DateTime(y, m, d);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7) - 7);
    }

    /// <summary>
    /// "on Tuesday", "last Thursday", "thứ Ba", "sáng thứ Năm": a weekday standing for a date; returns the token after it
    /// (or <paramref name="i"/> when there is none). Vietnamese "thứ hai" in lower case is an ordinal ("lần thứ hai"), and
    /// "thứ" must be written as such: "Nguyễn Thu Nam" is a name.
    /// </summary>
    private static int Weekday(TokenList t, int i, out int weekday)
    {
        weekday = -1;
        var tok = t[i];
        if (!tok.IsWord) return i;
        if (tok.Fold is "thu" or "chu" && tok.Form.VietnameseLetters > 0 && i + 1 < t.Count && t[i + 1].IsWord
            && Lexicon.Weekdays.TryGetValue(tok.Fold + " " + t[i + 1].Fold, out int vi)
            && (t[i + 1].Cap || (i > 0 && Lexicon.VietnameseWeekdayLeads.Contains(t[i - 1].Form))))
        {
            weekday = vi;
            return i + 2;
        }
        // Full English names only: "Sun", "Sat", "Wed" and "Thu" are words of their own.
        if (tok.Fold.Length >= 6 && tok.Fold.EndsWith("day", System.StringComparison.Ordinal) && Lexicon.Weekdays.TryGetValue(tok.Fold, out int en))
        {
            weekday = en;
            return i + 1;
        }
        return i;
    }

    /// <summary>Days from a weekday to the next <paramref name="to"/> after it (a week when they are the same day).</summary>
    private static int DaysToNext(int from, int to)
    {
        int days = ((to - from) % 7 + 7) % 7;
        return days == 0 ? 7 : days;
    }

    /// <summary>
    /// The date a weekday names, from a dateline of day precision: the latest such day on or before it, or the first
    /// one on or after it when the sentence speaks of the future ("will sign on Thursday"). None when an explicit date follows
    /// ("Thursday (Oct 12)", "Wednesday 27 May 2015") or the article has no dateline.
    /// </summary>
    private PartialDate? WeekdayDate(TokenList t, int i, int end, int weekday)
    {
        // "New Delhi, November 20 – The Delhi Government on Monday extended ...": with no year the weekday cannot be placed;
        // a plain one ("on Monday", not "last Monday" or "next Monday") in a dated report is the dateline's day.
        if (_dateline is { Precision: DatePrecision.MonthDay } monthDay && _weekdayFrame is null)
            return i > 0 && t[i - 1].Fold is "last" or "next" or "this" ? null : monthDay;
        if ((_weekdayFrame ?? _dateline) is not { Precision: DatePrecision.Day, Year: int y, Month: int m, Day: int d }) return null;
        for (int k = end; k < t.Count && k <= end + 3; k++)
        {
            if (t[k].IsPunct('(') || t[k].IsPunct(',') || t[k].IsPunct('[') || (t[k].IsWord && t[k].Fold is "ngay" or "the")) continue;
            // "Monday, 10 a.m. – Official welcome": a clock time is no date of the month.
            if (t[k].IsNumber && TimeOfDay.IsClockAt(t, k)) break;
            if (t[k].IsNumber || (t[k].IsWord && Lexicon.Months.ContainsKey(t[k].Fold))) return null;
            break;
        }
        // "Tuesday, 9 a.m. – Tour of the harbour" under "will be in Bellingham from Oct. 12 through Oct. 16": a programme goes
        // forward from the stay's first day, or from the item before it.
        if (i < _itemStart && _programmeAnchor is { } anchor && DayArithmetic.OnOrAfter(anchor, weekday) is { } itemDay) return Stated(itemDay);
        // "on Tuesday last week", "thứ Sáu tuần trước": that day of the week before the dateline's.
        if (LastWeek(t, end, afterWeekday: true) > end && _weekdayFrame is null)
        {
            var thatWeek = LastWeeksMonday(y, m, d).AddDays((weekday + 6) % 7);
            return Stated(PartialDate.FromDate(thatWeek.Year, thatWeek.Month, thatWeek.Day));
        }
        bool future = false;
        for (int k = 0; k < i; k++)
            // "will", "would", "is due to", "scheduled" (FutureMarkers; "sẽ" only as written: IsVietnameseWill), "to be", "next".
            if ((Phrases.FutureMarkers.MatchAny(t, k, out var marker) > 0 && marker != "se") || Lexicon.IsVietnameseWill(t[k])
                || (t[k].Is("to") && k + 1 < t.Count && t[k + 1].Is("be")) || (t[k].Is("next") && k == i - 1)) future = true;
        if (end < t.Count && t[end].Is("toi")) future = true; // "thứ Hai tới": the coming Monday
        // "the group lands Thursday", "arrives on Friday": a journey in the present tense is one timetabled.
        for (int k = Math.Max(0, i - 6); k < i; k++) if (Lexicon.TimetabledPresentVerbs.Contains(t[k].Form)) future = true;
        if (!future) future = WillFollowsInItsClause(t, end);
        if (i > 0 && t[i - 1].Is("last")) future = false;
        var date = new System.DateTime(y, m, d);
        int diff = weekday - (int)date.DayOfWeek;
        // "landed in Havana on Sunday, March 9. [paragraph] On Monday, the delegation worked with ..." in a Monday paper: a
        // story told day by day goes on from the day it just told, a week or more before, not to the paper's own day.
        if (!future && diff == 0 && !(i > 0 && t[i - 1].Is("last")) && _weekdayFrame is null && _toldDay is { Precision: DatePrecision.Day } told
            && _toldDayWithItsWeekday && _lastParagraph - _toldDayParagraph <= 1
            && DayArithmetic.DaysBetween(told, PartialDate.FromDate(y, m, d)) >= 7 && DayArithmetic.OnOrAfter(told, weekday) is { } goesOn && goesOn != told)
            return Stated(goesOn);
        // "will sign on Tuesday" in Tuesday's paper is later that day; "next Tuesday" is a week on.
        if (future) { if (diff < 0 || (diff == 0 && i > 0 && t[i - 1].Is("next"))) diff += 7; }
        else if (diff > 0 || (diff == 0 && i > 0 && t[i - 1].Is("last"))) diff -= 7; // "last Friday" in Friday's paper: a week ago
        var r = date.AddDays(diff);
        return Stated(PartialDate.FromDate(r.Year, r.Month, r.Day));
    }

    /// <summary>
    /// "On Thursday, the last day of the visit, the delegation will attend ...", "On Thursday, the delegations are scheduled
    /// to travel ...": the clause the weekday opens speaks of the future. A verb in the past, a reporting verb or a conjunction ends the search: "On Thursday, the mayor said the
    /// city will ...", "On Monday, the mayors met and agreed that they will ..." date what was done.
    /// </summary>
    private static bool WillFollowsInItsClause(TokenList t, int end)
    {
        for (int k = end; k < t.Count && k < end + 16; k++)
        {
            var tok = t[k];
            if (tok.IsPunct(';')) return false;
            if (!tok.IsWord) continue;
            // "On Thursday, the delegations are scheduled to travel to Guilin".
            if (tok.Is("will") || Lexicon.IsVietnameseWill(tok) || (Phrases.FutureMarkers.MatchAny(t, k, out var marker) > 0 && marker != "se")) return true;
            if (Lexicon.ClauseBreaks.Contains(tok.Fold) || Lexicon.ReportingVerbs.Contains(tok.Fold)
                || (!tok.Cap && tok.Fold.Length > 4 && tok.Fold.EndsWith("ed", StringComparison.Ordinal))) return false;
        }
        return false;
    }

    private int NumericDayMonth(Sentence s, int i, int a, List<DateMention> result)
    {
        var t = s.Tokens;
        int first = i;
        int startDay = a;
        int j = i + 1;
        int? endDay = null;
        // A day range first: "14-19/9", "14 - 19/9", "9 đến 14/8", "ngày 8-9.4" (a dot only after a day word); "hai ngày 20 và
        // 21/11": days a few apart joined by "và" are one stay.
        if (j + 2 < t.Count && (t[j].IsPunct('-') || t[j].IsPunct('–') || t[j].Is("den") || t[j].Is("va")) && DatelineParser.Num(t[j + 1]) is int e
            && e > a && e <= 31 && (!t[j].Is("va") || e - a <= 3) && (t[j + 2].IsPunct('/') || ((t[j + 2].IsPunct('-') || (t[j + 2].IsPunct('.') && (AfterDayWord(t, i) || AfterOnOrWeekday(t, i)))) && !t[j + 2].SpaceBefore)))
        {
            endDay = e;
            j += 2;
        }
        if (j + 1 >= t.Count || !(t[j].IsPunct('/') || t[j].IsPunct('-') || t[j].IsPunct('.')) || t[j].SpaceBefore)
            return i + 1;
        // "Tối 24- 4-2010": a stray space after the first separator, the month and year written tight after it.
        if (t[j + 1].SpaceBefore && !(AfterDayWord(t, i) && j + 3 < t.Count
            && t[j + 2].Text == t[j].Text && !t[j + 2].SpaceBefore && !t[j + 3].SpaceBefore && DatelineParser.Year(t[j + 3]) is not null))
            return i + 1;
        if (DatelineParser.Num(t[j + 1]) is not int m) return i + 1;
        // "7/21/2020" in an article that writes month first: the first number is the month.
        bool swapped = _monthFirst && endDay is null && t[j].IsPunct('/') && j + 3 < t.Count && t[j + 2].IsPunct('/') && DatelineParser.Year(t[j + 3]) is not null
            && startDay >= 1 && startDay <= 12 && m >= 1 && m <= 31;
        if (swapped) (startDay, m) = (m, startDay);
        if (m < 1 || m > 12) return i + 1;
        // Without a Vietnamese day word before it, "14-5" is as likely a score or a range of numbers.
        bool dayWord = AfterDayWord(t, i);
        bool hasYear = j + 3 < t.Count && t[j + 2].Text == t[j].Text && !t[j + 2].SpaceBefore && DatelineParser.Year(t[j + 3]) is not null;
        // "Friday morning (8/9/17)": a year of two digits, only between slashes.
        int? shortYear = !hasYear && t[j].IsPunct('/') && j + 3 < t.Count && t[j + 2].IsPunct('/') && !t[j + 2].SpaceBefore && !t[j + 3].SpaceBefore
            && t[j + 3].IsNumber && t[j + 3].Text.Length == 2 && DatelineParser.Num(t[j + 3]) is int yy && yy < 50
            && !(j + 4 < t.Count && (t[j + 4].IsPunct('/') || t[j + 4].IsNumber) && !t[j + 4].SpaceBefore) ? 2000 + yy : null;
        // With no year, a day and month joined by "-" or "." need a day word before them ("Chiều ngày 23.11", "Ngày 3.11"), or,
        // for ".", "on" or a weekday's bracket ("On 23-24.11", "Monday (27.11)"): else "14-5" is a score and "4.9" a decimal.
        if (!dayWord && !hasYear && !t[j].IsPunct('/') && !(t[j].IsPunct('.') && AfterOnOrWeekday(t, i))) return i + 1;
        int? year = hasYear ? DatelineParser.Year(t[j + 3]) : shortYear;
        int last = hasYear || shortYear is not null ? j + 3 : j + 1;
        int? endMonth = null;
        // "từ ngày 30/7-3/8", "30/7 đến ngày 3/8/2017": a range into the next month, the end written as day/month.
        if (endDay is null && last + 4 < t.Count && (t[last + 1].IsPunct('-') || t[last + 1].IsPunct('–') || t[last + 1].Is("den")))
        {
            int q = last + 2;
            if (t[q].Is("ngay")) q++;
            if (q + 2 < t.Count && DatelineParser.Num(t[q]) is int d2 && d2 >= 1 && d2 <= 31 && t[q + 1].IsPunct('/') && !t[q + 1].SpaceBefore
                && !t[q + 2].SpaceBefore && DatelineParser.Num(t[q + 2]) is int m2 && (m2 == m + 1 || (m2 == m && d2 > startDay)))
            {
                endDay = d2;
                endMonth = m2;
                last = q + 2;
                if (last + 2 < t.Count && t[last + 1].IsPunct('/') && !t[last + 1].SpaceBefore && !t[last + 2].SpaceBefore && DatelineParser.Year(t[last + 2]) is int endYear)
                {
                    year ??= endYear;
                    last += 2;
                }
            }
        }
        Add(s, first, last, startDay, endDay, m, endMonth, year, result);
        return last + 1;
    }

    /// <summary>"On 24.11", "Monday (27.11)": "on", or a weekday and its bracket, right before token <paramref name="i"/>.</summary>
    private static bool AfterOnOrWeekday(TokenList t, int i) =>
        i > 0 && (t[i - 1].Is("on") || (i > 1 && t[i - 1].IsPunct('(') && Lexicon.Weekdays.ContainsKey(t[i - 2].Fold)));

    /// <summary>"ngày 8", "Chiều 23", "hai ngày 8": a Vietnamese day word right before token <paramref name="i"/>.</summary>
    private static bool AfterDayWord(TokenList t, int i) => i > 0 && Lexicon.VietnameseDayWords.Contains(t[i - 1].Form);

    private int MonthFirst(Sentence s, int i, int month, List<DateMention> result)
    {
        var t = s.Tokens;
        // "May" is also a verb: only with a day or year next to it.
        int j = i + 1;
        if (j < t.Count && t[j].IsPunct('.')) j++;
        if (j < t.Count && DatelineParser.Year(t[j]) is int y0)
        {
            result.Add(new DateMention(s, i, j, PartialDate.FromYearMonth(y0, month), null, true));
            return j + 1;
        }
        if (j >= t.Count || DatelineParser.Num(t[j]) is not int d || d < 1 || d > 31)
        {
            // "signed ... on September", "in March": a month alone after "in"/"on" is in the dateline's year (the year
            // before when that lands far after it); "in June last year", "in March next year": that year of the dateline's.
            // "the delegation's October visit": so is a month qualifying an occasion.
            if ((InOrOnBefore(t, PartOfMonthBefore(t, i))
                    || (t[i].Cap && i + 1 < t.Count && Lexicon.MonthQualifiedOccasions.Contains(t[i + 1].Form)))
                && _dateline is { Year: int dy })
            {
                int end = i;
                int? inYear = ResolveYear(month, 1, s);
                if (i + 2 < t.Count && t[i + 2].Is("year") && t[i + 1].Fold is "last" or "this" or "next")
                {
                    inYear = dy + (t[i + 1].Fold == "last" ? -1 : t[i + 1].Fold == "next" ? 1 : 0);
                    end = i + 2;
                }
                if (inYear is int y) result.Add(new DateMention(s, i, end, PartialDate.FromYearMonth(y, month), null, false));
                return end + 1;
            }
            return i + 1;
        }
        int k = j + 1;
        if (k < t.Count && t[k].IsWord && Lexicon.OrdinalSuffixes.Contains(t[k].Form)) k++;
        int? endDay = null;
        int? endMonth = null;
        // "Oct 22-23", "August 14 to 23", "April 13-16", "from May 3 to June 2", "from July 31 to Aug. 4".
        if (k + 1 < t.Count && (t[k].IsPunct('-') || t[k].IsPunct('–') || Lexicon.DateRangeWords.Contains(t[k].Form)))
        {
            int q = k + 1;
            // "to Aug. 4": an abbreviated month keeps its dot.
            int qDay = q + 1 < t.Count && t[q + 1].IsPunct('.') && !t[q + 1].SpaceBefore ? q + 2 : q + 1;
            if (t[q].IsWord && Lexicon.Months.TryGetValue(t[q].Fold, out int em) && qDay < t.Count && DatelineParser.Num(t[qDay]) is int ed2)
            {
                endMonth = em; endDay = ed2; k = qDay + 1;
            }
            else if (DatelineParser.Num(t[q]) is int ed && ed > d && ed <= 31)
            {
                endDay = ed; k = q + 1;
            }
        }
        // "on November 20 and 21": days a few apart joined by "and" are one stay.
        else if (k + 1 < t.Count && t[k].Is("and") && DatelineParser.Num(t[k + 1]) is int ed && ed > d && ed - d <= 3
            && !(k + 2 < t.Count && t[k + 2].IsWord && Lexicon.Months.ContainsKey(t[k + 2].Fold)))
        {
            endDay = ed; k += 2;
        }
        int? year = null;
        int last = k - 1;
        if (k < t.Count && t[k].IsPunct(',') && k + 1 < t.Count && DatelineParser.Year(t[k + 1]) is int y1) { year = y1; last = k + 1; }
        else if (k < t.Count && DatelineParser.Year(t[k]) is int y2) { year = y2; last = k; }
        int first = i;
        Add(s, first, last, d, endDay, month, endMonth, year, result);
        return last + 1;
    }

    private void Add(Sentence s, int first, int last, int day, int? endDay, int month, int? endMonth, int? year, List<DateMention> result)
    {
        int? y = year ?? ResolveYear(month, day, s);
        if (!PartialDate.IsValid(y, month, day)) return;
        var start = y is int yy ? PartialDate.FromDate(yy, month, day) : PartialDate.FromMonthDay(month, day);
        PartialDate? end = null;
        if (endDay is int ed)
        {
            int em = endMonth ?? month;
            int? ey = y is int y3 && em < month ? y3 + 1 : y;
            if (PartialDate.IsValid(ey, em, ed))
                end = ey is int eyy ? PartialDate.FromDate(eyy, em, ed) : PartialDate.FromMonthDay(em, ed);
        }
        result.Add(new DateMention(s, first, last, start, end, year is not null));
    }

    /// <summary>Whether "in" or "on" in lower case is right before token <paramref name="k"/>.</summary>
    private static bool InOrOnBefore(TokenList t, int k) => k > 0 && (t[k - 1].Is("in") || t[k - 1].Is("on")) && !t[k - 1].Cap;

    /// <summary>"in mid-September", "in early May": where a month's part before the month at <paramref name="month"/> starts, else the month.</summary>
    private static int PartOfMonthBefore(TokenList t, int month)
    {
        int k = month > 0 && t[month - 1].IsPunct('-') && !t[month].SpaceBefore ? month - 1 : month;
        return k > 0 && Lexicon.PartsOfAMonth.Contains(t[k - 1].Form) ? k - 1 : month;
    }

    /// <summary>
    /// The dateline's year for a day and month; the year before when that lands far after the dateline in a sentence that
    /// does not tell the future ("will run from December 6" in May is this December), or after it at all (by more than half
    /// a month) in a sentence that tells the past ("A delegation visited San Antonio in October").
    /// </summary>
    private int? ResolveYear(int month, int day, Sentence s)
    {
        if (_dateline is not { Year: int y } d) return null;
        int dm = d.Month ?? 12;
        int dd = d.Day ?? 28;
        int daysAfter = (month - dm) * 31 + (day - dd);
        return (daysAfter > 6 * 31 && !Phrases.FutureMarkers.AnyIn(s)) || (daysAfter > 15 && TellsThePast(s)) ? y - 1 : y;
    }

    private static bool TellsThePast(Sentence s)
    {
        // "said he had invited a Can Tho delegation to the farm show in July": an invitation is to what is to come.
        if (Phrases.FutureMarkers.AnyIn(s) || Lexicon.InvitationWords.AnyIn(s.Tokens, 0, s.Tokens.Count)) return false;
        if (Phrases.PastTenseVerbs.AnyIn(s)) return true;
        foreach (var t in s.Tokens) if (t.IsWord && Lexicon.PastMarkersAsWritten.ContainsIgnoringCase(t.Text)) return true;
        return false;
    }
}
