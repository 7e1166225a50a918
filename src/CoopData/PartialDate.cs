// Compiled into both the runtime library (namespace CoopData) and the extraction engine
// (namespace CoopData.Extraction), so the two agree on one definition without the generator
// having to load the runtime library.
using System;
using System.Globalization;

#if COOPDATA_EXTRACTION
namespace CoopData.Extraction;
#else
namespace CoopData;
#endif

/// <summary>How much of a <see cref="PartialDate"/> the text supports.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known: <c>2023</c>.</summary>
    Year,
    /// <summary>Year and month: <c>2023-04</c>.</summary>
    Month,
    /// <summary>Year, month and day: <c>2023-04-13</c>.</summary>
    Day,
    /// <summary>Month and day whose year the text never gives: <c>--12-12</c>.</summary>
    MonthDay,
}

/// <summary>
/// A calendar date with exactly the precision its source supports. Formats as ISO 8601
/// (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, or <c>--MM-DD</c> when the year is unknown).
/// Orders chronologically; a less precise date sorts before the more precise ones it contains,
/// and dates without a year sort after all dated ones, by month and day.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    private PartialDate(int year, int month, int day)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>The year, or <see langword="null"/> for a month-and-day date.</summary>
    public int? Year => _year == 0 ? null : _year;

    /// <summary>The month (1-12), or <see langword="null"/> when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or <see langword="null"/> when the text gives none.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>The precision the text supports.</summary>
    public DatePrecision Precision =>
        _year == 0 ? DatePrecision.MonthDay
        : _month == 0 ? DatePrecision.Year
        : _day == 0 ? DatePrecision.Month
        : DatePrecision.Day;

    /// <summary>A year alone.</summary>
    public static PartialDate FromYear(int year) => Create(year, 0, 0);

    /// <summary>A year and month.</summary>
    public static PartialDate FromYearMonth(int year, int month) => Create(year, month, 0);

    /// <summary>A full date.</summary>
    public static PartialDate FromDate(int year, int month, int day) => Create(year, month, day);

    /// <summary>A month and day whose year is unknown.</summary>
    public static PartialDate FromMonthDay(int month, int day) => Create(0, month, day);

    /// <summary>Whether the parts form a date: 1 ≤ year ≤ 9999, a real month and a day that month has.</summary>
    public static bool IsValid(int? year, int? month, int? day)
    {
        if (year is { } y && (y < 1 || y > 9999)) return false;
        if (month is { } m && (m < 1 || m > 12)) return false;
        if (day is { } d)
        {
            if (month is not { } mm) return false;
            int max = year is { } yy ? DateTime.DaysInMonth(yy, mm) : DateTime.DaysInMonth(2000, mm);
            if (d < 1 || d > max) return false;
        }
        if (year is null && (month is null || day is null)) return false;
        return true;
    }

    private static PartialDate Create(int year, int month, int day)
    {
        if (!IsValid(year == 0 ? null : year, month == 0 ? null : month, day == 0 ? null : day))
            throw new ArgumentOutOfRangeException(nameof(year), $"Not a valid partial date: {year}-{month}-{day}.");
        return new PartialDate(year, month, day);
    }

    /// <summary>Parses the ISO forms that <see cref="ToString"/> writes.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        string[] parts;
        if (text.StartsWith("--", StringComparison.Ordinal))
        {
            parts = text.Substring(2).Split('-');
            if (parts.Length != 2 || !TwoDigits(parts[0], out int m) || !TwoDigits(parts[1], out int d) || !IsValid(null, m, d)) return false;
            date = new PartialDate(0, m, d);
            return true;
        }
        parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return false;
        int month = 0, day = 0;
        if (parts.Length >= 2 && !TwoDigits(parts[1], out month)) return false;
        if (parts.Length == 3 && !TwoDigits(parts[2], out day)) return false;
        // Pass what the text gives, so "2023-00" is rejected instead of read as the year 2023.
        if (!IsValid(year, parts.Length >= 2 ? month : null, parts.Length == 3 ? day : null)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Parses an ISO partial date or throws <see cref="FormatException"/>.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"Not an ISO partial date: '{text}'.");

    private static bool TwoDigits(string s, out int value)
    {
        value = 0;
        return s.Length == 2 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The ISO 8601 form: <c>2023</c>, <c>2023-04</c>, <c>2023-04-13</c> or <c>--04-13</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => _year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Concat(_year.ToString("D4", CultureInfo.InvariantCulture), "-", _month.ToString("D2", CultureInfo.InvariantCulture)),
        DatePrecision.Day => string.Concat(_year.ToString("D4", CultureInfo.InvariantCulture), "-", _month.ToString("D2", CultureInfo.InvariantCulture), "-", _day.ToString("D2", CultureInfo.InvariantCulture)),
        _ => string.Concat("--", _month.ToString("D2", CultureInfo.InvariantCulture), "-", _day.ToString("D2", CultureInfo.InvariantCulture)),
    };

    /// <inheritdoc />
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_year << 16) | (_month << 8) | _day;

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        // Year-less dates go last: they cannot be placed on the timeline.
        int byKnownYear = (_year == 0).CompareTo(other._year == 0);
        if (byKnownYear != 0) return byKnownYear;
        int c = _year.CompareTo(other._year);
        if (c != 0) return c;
        c = _month.CompareTo(other._month);
        return c != 0 ? c : _day.CompareTo(other._day);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);
    /// <summary>Inequality.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
    /// <summary>Chronological order.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    /// <summary>Chronological order.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    /// <summary>Chronological order.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    /// <summary>Chronological order.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
