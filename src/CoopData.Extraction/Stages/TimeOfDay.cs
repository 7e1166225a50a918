using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Reading;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Stages;

/// <summary>
/// When in its day an event is told to happen: a clock time ("Lúc 16h30", "2.30 p.m.") and the part of the day ("Sáng 26/11",
/// "Chiều cùng ngày", "on Tuesday morning"). Two events of a kind on one day told at different times are two events
/// ("Sáng 26/11, ... đã tiếp đoàn Sê Kông" and "Chiều 26/11, ... đã tiếp đoàn Dangjin").
/// </summary>
internal readonly struct TimeOfDay
{
    private TimeOfDay(int? minutes, DayPart? part) { Minutes = minutes; Part = part; }

    /// <summary>Minutes after midnight, when a clock time is told.</summary>
    public int? Minutes { get; }

    /// <summary>The part of the day, told or that of the clock time.</summary>
    public DayPart? Part { get; }

    /// <summary>Whether the two are told and cannot be the same moment.</summary>
    public bool Differs(TimeOfDay other) =>
        Minutes is { } a && other.Minutes is { } b ? a != b : Part is { } p && other.Part is { } q && p != q;

    /// <summary>This, its unknown halves filled from <paramref name="other"/>.</summary>
    public TimeOfDay Or(TimeOfDay other) => new(Minutes ?? other.Minutes, Part ?? other.Part);

    /// <summary>The time told right before or after the date written from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static TimeOfDay Around(TokenList t, int first, int last)
    {
        int? minutes = null;
        DayPart? part = null;
        // "Sáng 26/11", "Chiều nay (6/11)": the part of the day opens the date; "on Tuesday morning": it follows.
        // As written: "tôi" (I) folds as "tối" (evening) does, "sang" (go over) as "sáng" (morning).
        // "the afternoon of November 26", "sáng ngày 26/11": a word may link the two.
        int opener = first > 1 && t[first - 1].Fold is "of" or "ngay" ? first - 2 : first - 1;
        if (opener >= 0 && Lexicon.DayParts.TryGetValue(t[opener].Text, out var before)) part = before;
        else if (last + 1 < t.Count && Lexicon.DayParts.TryGetValue(t[last + 1].Text, out var after)) part = after;
        // "Lúc 16h30 cùng ngày", "Monday, 7 p.m.", "at 10 a.m. on November 26": a clock time a few tokens from the date.
        for (int k = System.Math.Max(0, first - 6); k <= System.Math.Min(t.Count - 1, last + 6) && minutes is null; k++)
            if ((k < first || k > last) && Clock(t, k, out _) is { } m) minutes = m;
        if (minutes is { } clock) part ??= PartOf(clock);
        return new TimeOfDay(minutes, part);
    }

    private static DayPart PartOf(int minutes) =>
        minutes < 12 * 60 ? DayPart.Morning : minutes < 18 * 60 ? DayPart.Afternoon : DayPart.Evening;

    /// <summary>Whether a clock time starts at <paramref name="k"/> ("10 a.m.", "8h30"): a time, not a day of the month.</summary>
    public static bool IsClockAt(TokenList t, int k) => Clock(t, k, out _) is not null;

    /// <summary>The token after a clock time starting at <paramref name="k"/> ("19:00 Welcome dinner"), else -1.</summary>
    public static int AfterClock(TokenList t, int k) => Clock(t, k, out int end) is not null ? end : -1;

    /// <summary>
    /// "14h", "16h30", "9 giờ", "7 p.m.", "2.30 p.m.", "10 am", "19:00" starting at <paramref name="k"/>, in minutes after
    /// midnight; <paramref name="end"/> is the token after it.
    /// </summary>
    private static int? Clock(TokenList t, int k, out int end)
    {
        end = -1;
        if (!t[k].IsNumber || t[k].Text.Length > 2 || DatelineParser.Num(t[k]) is not int hour || hour > 23) return null;
        int j = k + 1;
        if (j >= t.Count) return null;
        // "16h30", "14h", "9 giờ 30"
        if ((t[j].Fold == "h" && !t[j].SpaceBefore) || t[j].Fold == "gio")
        {
            int minute = j + 1 < t.Count && t[j + 1].IsNumber && t[j + 1].Text.Length == 2 && DatelineParser.Num(t[j + 1]) is int m && m < 60 ? m : -1;
            end = minute >= 0 ? j + 2 : j + 1;
            return hour * 60 + System.Math.Max(minute, 0);
        }
        // "2.30 p.m.", "7 p.m.", "10 am", "19:00"
        int minutes = 0;
        bool colon = false;
        if ((t[j].IsPunct('.') || t[j].IsPunct(':')) && !t[j].SpaceBefore && j + 1 < t.Count && t[j + 1].IsNumber && t[j + 1].Text.Length == 2
            && !t[j + 1].SpaceBefore && DatelineParser.Num(t[j + 1]) is int mm && mm < 60)
        {
            minutes = mm;
            colon = t[j].IsPunct(':');
            j += 2;
        }
        if (j < t.Count && hour is > 0 and <= 12)
        {
            bool pm;
            if (t[j].Fold is "am" or "pm") { pm = t[j].Fold == "pm"; end = j + 1; }
            else if (t[j].Fold is "a" or "p" && j + 2 < t.Count && t[j + 1].IsPunct('.') && t[j + 2].Fold == "m")
            {
                pm = t[j].Fold == "p";
                end = j + 3 < t.Count && t[j + 3].IsPunct('.') && !t[j + 3].SpaceBefore ? j + 4 : j + 3;
            }
            else pm = false;
            if (end >= 0) return (hour % 12 + (pm ? 12 : 0)) * 60 + minutes;
        }
        // A 24-hour time needs its minutes after a colon: "13.5" is a day and month.
        if (!colon) return null;
        end = j;
        return hour * 60 + minutes;
    }
}

internal enum DayPart { Morning = 1, Afternoon, Evening }
