using System;
using System.Linq;
using CoopData;

namespace CoopData.Tests;

public class PartialDateTests
{
    [Fact]
    public void Orders_year_before_month_before_day_and_month_day_last()
    {
        var dates = new[]
        {
            PartialDate.FromMonthDay(1, 1),
            PartialDate.FromDate(2023, 4, 13),
            PartialDate.FromYearMonth(2023, 4),
            PartialDate.FromYear(2024),
            PartialDate.FromYear(2023),
            PartialDate.FromDate(2022, 12, 31),
            PartialDate.FromMonthDay(12, 12),
        };

        var sorted = dates.OrderBy(d => d).Select(d => d.ToString());

        Assert.Equal(["2022-12-31", "2023", "2023-04", "2023-04-13", "2024", "--01-01", "--12-12"], sorted);
        Assert.True(PartialDate.FromYear(2023) < PartialDate.FromYearMonth(2023, 1));
        Assert.True(PartialDate.FromYearMonth(2023, 1) < PartialDate.FromDate(2023, 1, 1));
    }

    [Theory]
    [InlineData("2023", DatePrecision.Year)]
    [InlineData("2023-04", DatePrecision.Month)]
    [InlineData("2023-04-13", DatePrecision.Day)]
    [InlineData("--12-12", DatePrecision.MonthDay)]
    [InlineData("2024-02-29", DatePrecision.Day)]
    [InlineData("--02-29", DatePrecision.MonthDay)]
    public void Round_trips_through_iso_text(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
        Assert.Equal(date, PartialDate.Parse(date.ToString()));
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-04-00")]
    [InlineData("--00-01")]
    [InlineData("0000")]
    [InlineData("23-04-13")]
    [InlineData("2023-4-13")]
    [InlineData("--13-01")]
    [InlineData("--04")]
    [InlineData("")]
    [InlineData("2023-04-13T00:00")]
    [InlineData(" 2023")]
    public void Rejects_invalid_text(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Factories_reject_impossible_dates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(2023, 2, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(2023, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromMonthDay(4, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(0));
    }

    [Fact]
    public void Formats_the_same_under_every_culture()
    {
        foreach (var culture in new[] { "ar-SA", "th-TH", "fa-IR", "tr-TR" })
        {
            using var _ = new CultureScope(culture);
            Assert.Equal("2023-04-13", PartialDate.FromDate(2023, 4, 13).ToString());
            Assert.Equal("0999", PartialDate.FromYear(999).ToString());
            Assert.True(PartialDate.TryParse("2023-04-13", out var d) && d == PartialDate.FromDate(2023, 4, 13));
        }
    }
}
