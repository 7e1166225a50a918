using System;
using System.Linq;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Stages;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Tests.Stages;

public class DateTests
{
    private static string[] Dates(string sentence, string? dateline)
    {
        PartialDate? d = dateline is null ? null : PartialDate.Parse(dateline);
        var s = new Sentence(0, 1, 1, sentence, 1, false, false, Tokenizer.Tokenize(sentence));
        return new DateFinder(d).Find(s).Select(m => m.End is null ? m.Start.ToString() : m.Start + ".." + m.End).ToArray();
    }

    [Theory]
    [InlineData("Later that day, the two mayors signed a memorandum.", "2024-03-11")]
    [InlineData("On the same day, the two mayors signed a memorandum.", "2024-03-11")]
    [InlineData("Chiều cùng ngày, hai bên đã ký kết biên bản ghi nhớ.", "2024-03-11")]
    [InlineData("Hai bên cũng ngày càng gắn bó.", null)]
    [InlineData("The mayor said that evening events would follow.", null)]
    public void TheSameDayIsTheDayLastToldOf(string sentence, string? expected)
    {
        var finder = new DateFinder(PartialDate.Parse("2024-03-12"));
        const string told = "On Monday morning, the mayors met in Kyoto.";
        finder.Find(new Sentence(0, 1, 1, told, 1, false, false, Tokenizer.Tokenize(told)));
        var found = finder.Find(new Sentence(1, 1, 1, sentence, 1, false, false, Tokenizer.Tokenize(sentence)));
        Assert.Equal(expected is null ? System.Array.Empty<string>() : new[] { expected }, found.Select(m => m.Start.ToString()).ToArray());
    }

    [Theory]
    [InlineData("He spoke during a meeting today [April 13] with the mayor.", "2023-04-13", "2023-04-13")]
    [InlineData("The people's councils today (December 12) inked an agreement.", null, "--12-12")]
    [InlineData("On August 14, the delegation met the council.", null, "--08-14")]
    [InlineData("Sáng ngày 06 tháng 10 năm 2018, UBND quận đã tổ chức lễ ký kết.", null, "2018-10-06")]
    [InlineData("Ngày 6 tháng 10, hai bên đã ký kết.", "2018-11-02", "2018-10-06")]
    [InlineData("Chiều ngày 23.11, hai bên đã ký biên bản ghi nhớ.", "2018-11-26", "2018-11-23")]
    [InlineData("On 23-24.11 Poznan hosted the annual Forum of Partner Cities.", "2023-11-28", "2023-11-23..2023-11-24")]
    [InlineData("On Monday (27.11), the next convoy left Poznan for Kharkiv.", "2023-11-28", "2023-11-27")]
    [InlineData("Earlier this month, a delegation visited the city.", "2024-08-20", "2024-08")]
    [InlineData("Last month the mayor met the council.", "2024-01-05", "2023-12")]
    [InlineData("The mayors will meet again next month.", "2024-12-05", "2025-01")]
    [InlineData("Tháng trước, đoàn đại biểu đã sang thăm và làm việc.", "2018-11-26", "2018-10")]
    [InlineData("from August 14 to 23, the delegation visited.", "2023-09-01", "2023-08-14..2023-08-23")]
    [InlineData("the conference (April 13-16) opens.", "2023-04-13", "2023-04-13..2023-04-16")]
    [InlineData("The mayor will lead a delegation from July 31 to Aug. 4.", "2025-06-12", "2025-07-31..2025-08-04")]
    [InlineData("Ngày 17/2, Đại sứ đã có buổi làm việc.", "2022-02-18", "2022-02-17")]
    [InlineData("Đoàn thăm làm việc tại Hà Lan, từ ngày 30/7-3/8.", "2017-08-03", "2017-07-30..2017-08-03")]
    [InlineData("Từ ngày 30/10 - 03/11/2017, đoàn công tác thăm tỉnh.", null, "2017-10-30..2017-11-03")]
    [InlineData("Đoàn thăm tỉnh từ ngày 30/7 đến ngày 3/8.", "2017-08-03", "2017-07-30..2017-08-03")]
    [InlineData("Trong hai ngày 20 và 21/11, đoàn đã đến thăm tỉnh Niigata.", "2023-11-25", "2023-11-20..2023-11-21")]
    [InlineData("The delegation visited Osaka on November 20 and 21.", "2023-11-25", "2023-11-20..2023-11-21")]
    [InlineData("Chiều 14-5, Phó chủ tịch tiếp đoàn.", "2023-05-15", "2023-05-14")]
    [InlineData("chuyến thăm từ ngày 14 - 19/9/2022.", null, "2022-09-14..2022-09-19")]
    [InlineData("sang thăm Hà Nội, từ ngày 9 đến 14/8.", "2022-08-09", "2022-08-09..2022-08-14")]
    [InlineData("Nhân dịp tết Bunpimay, trong hai ngày 8-9.4, đoàn đại biểu huyện đến thăm.", null, "--04-08..--04-09")]
    [InlineData("signed a twinning agreement on Wednesday 27 May 2015 in Kinshasa.", null, "2015-05-27")]
    [InlineData("took place on the 25 and 26 May in Brazzaville.", null, "--05-25..--05-26")]
    [InlineData("signed the agreement on July 3, 1999.", "2024-04-12", "1999-07-03")]
    [InlineData("They began cooperating in January 2020.", null, "2020-01")]
    [InlineData("Chiều 8/12, Phó Chủ tịch tiếp đoàn.", "2018-01-27", "2017-12-08")]
    [InlineData("The agreement was sealed by both mayors yesterday morning.", "2024-03-01", "2024-02-29")]
    [InlineData("Hôm qua, hai bên đã ký kết thỏa thuận.", "2023-01-01", "2022-12-31")]
    [InlineData("The two sides are scheduled to sign a memorandum tomorrow.", "2024-02-28", "2024-02-29")]
    [InlineData("Earlier this morning, the two governments signed an action plan.", "2024-03-14", "2024-03-14")]
    [InlineData("The visit followed a trip by a Portland trade delegation to Sapporo in mid-September.", "2024-10-08", "2024-09")]
    [InlineData("Ngày mai, hai bên sẽ ký kết thỏa thuận.", "2023-12-31", "2024-01-01")]
    [InlineData("Sáng mai, đoàn sẽ thăm cảng Đà Nẵng.", "2024-03-12", "2024-03-13")]
    // Under a date line with no year, "từ năm 2015" starts a period: it gives the day no year.
    [InlineData("Sáng 15-6, đoàn đã làm việc với thành phố Ngọc Lâm, đối tác mà Bắc Giang thiết lập quan hệ hữu nghị từ năm 2015.", "--06-16", "--06-15")]
    // An ordinal suffix written onto the day: "3rd November 2023", "From 2nd to 6th November 2023", "4th November".
    [InlineData("On 3rd November 2023, the mayors met.", "2023-11-06", "2023-11-03")]
    [InlineData("From 2nd to 6th November 2023, a delegation visited the city.", "2023-11-06", "2023-11-02..2023-11-06")]
    [InlineData("On the next day, 4th November, the charter was signed.", "2023-11-06", "2023-11-04")]
    public void ResolvesDates(string sentence, string? dateline, string expected) => Assert.Contains(expected, Dates(sentence, dateline));

    [Theory]
    [InlineData("Exports rose to 4.9 billion dollars.")]
    [InlineData("The index stood at 12.5 on average.")]
    public void ADecimalIsNoDate(string sentence) => Assert.Empty(Dates(sentence, "2023-11-28"));

    [Theory]
    [InlineData("The council signed the agreement on Tuesday in the city hall.", "2023-09-21", "2023-09-19")]
    [InlineData("The council signed the agreement on Thursday.", "2023-09-21", "2023-09-21")]
    [InlineData("The two mayors will sign the agreement on Thursday.", "2023-09-19", "2023-09-21")]
    // News style names today by its weekday: "will sign on Tuesday" in Tuesday's paper is later that day.
    [InlineData("The two mayors will sign the agreement on Tuesday.", "2023-09-19", "2023-09-19")]
    [InlineData("The vice mayor said the two cities would sign an agreement on Thursday.", "2023-09-19", "2023-09-21")]
    [InlineData("The mayors met last Thursday to discuss the sister city relationship.", "2023-09-21", "2023-09-14")]
    [InlineData("Sáng thứ Năm, đoàn đã làm việc với thành phố.", "2023-09-19", "2023-09-14")]
    [InlineData("Vào thứ Ba, hai bên đã ký kết thỏa thuận.", "2023-09-21", "2023-09-19")]
    [InlineData("Mayor Oh Se-hoon met the governor on Monday.", "2024-03-12", "2024-03-11")]
    [InlineData("Hai bên sẽ ký kết thỏa thuận vào thứ Hai.", "2024-03-12", "2024-03-18")]
    [InlineData("Thứ Hai tới, hai bên ký kết thỏa thuận.", "2024-03-12", "2024-03-18")]
    [InlineData("On Thursday, the last day of the visit, the delegation will attend the investment forum.", "2024-03-12", "2024-03-14")]
    [InlineData("On Thursday, the delegations are scheduled to travel to Guilin for a roundtable.", "2024-03-12", "2024-03-14")]
    [InlineData("Vào thứ Năm, đoàn sẽ dự diễn đàn đầu tư.", "2024-03-12", "2024-03-14")]
    [InlineData("On Thursday, the mayor said the city will host the forum.", "2024-03-12", "2024-03-07")]
    [InlineData("On Monday, the mayors met and the cities will sign an accord.", "2024-03-12", "2024-03-11")]
    [InlineData("On Monday, the mayor, who will retire next year, met the guests.", "2024-03-12", "2024-03-11")]
    [InlineData("On Monday, the two mayors agreed the cities will sign an accord.", "2024-03-12", "2024-03-11")]
    [InlineData("The delegation is visiting Kyoto from Monday to Thursday.", "2024-03-12", "2024-03-11..2024-03-14")]
    [InlineData("Đoàn thăm Kyoto từ thứ Hai đến thứ Năm.", "2024-03-12", "2024-03-11..2024-03-14")]
    [InlineData("The group lands in Kyoto on Thursday.", "2024-03-12", "2024-03-14")]
    [InlineData("The two sides will sign a memorandum next Tuesday.", "2024-03-12", "2024-03-19")]
    [InlineData("The mission is due in Hue on Saturday for a visit to the university.", "2023-09-08", "2023-09-09")]
    public void WeekdaysResolveAgainstTheDateline(string sentence, string dateline, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, dateline));

    [Theory]
    [InlineData("Chủ tịch hội đồng tỉnh đã gặp gỡ đoàn đại biểu vào ngày mùng 4 và thống nhất hợp tác.", "2019-10-16", "2019-10-04")]
    [InlineData("Hai bên đã gặp nhau vào ngày 20, tại trụ sở tỉnh.", "2019-10-16", "2019-09-20")]
    [InlineData("On the 22nd, the city announced that it signed the agreement.", "2023-05-24", "2023-05-22")]
    [InlineData("The mayors signed the agreement at City Hall on the 28th.", "2023-03-02", "2023-02-28")]
    public void ADayWithoutAMonthIsInTheDatelinesMonthOrTheOneBefore(string sentence, string dateline, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, dateline));

    [Theory]
    [InlineData("Đoàn sẽ ở lại trong ngày 4 và 5.", "2019-10-16")]
    [InlineData("Cities on the 21st century agenda met.", "2019-10-16")]
    [InlineData("The mayors met on the 31st.", "2023-03-02")]
    [InlineData("Hai bên đã gặp nhau vào ngày 4.", "2019-10")]
    public void NumbersAfterADayWordThatAreNoDayOfTheMonth(string sentence, string dateline) => Assert.Empty(Dates(sentence, dateline));

    [Theory]
    [InlineData("The council signed the agreement on Tuesday.", null)]
    [InlineData("Đây là lần thứ hai hai bên gặp nhau.", "2023-09-21")]
    [InlineData("The mayor met the delegation on Sunday.", "2023-09")]
    [InlineData("Phó Chủ tịch Nguyễn Thu Nam sẽ thăm thành phố.", "2023-09-21")]
    public void WeekdaysWithoutADatelineOrOrdinalsGiveNoDate(string sentence, string? dateline) => Assert.Empty(Dates(sentence, dateline));

    [Fact]
    public void AWeekdayFollowedByItsDateIsThatDate()
    {
        Assert.Equal(new[] { "2023-10-12" }, Dates("The delegation met on Thursday (Oct 12) in the city.", "2023-10-20"));
        Assert.Equal(new[] { "2023-10-12" }, Dates("The delegation met on Thursday, October 12.", "2023-10-20"));
    }

    [Theory]
    [InlineData("since 1996", "1996")]
    [InlineData("từ năm 1973", "1973")]
    [InlineData("trong thời gian từ tháng 5/1968", "1968-05")]
    public void Years(string sentence, string expected) => Assert.Contains(expected, Dates(sentence, null));

    [Fact]
    public void NumbersThatAreNotDates()
    {
        Assert.Empty(Dates("GRDP grew by 4.9% and the score was 3-2.", "2024-04-02"));
        Assert.Empty(Dates("Quyết định số 1286/QĐ-UBND.", null));
        // Streets and squares named after a day.
        Assert.Empty(Dates("Đoàn dự lễ khai mạc tại Quảng trường 7/5 và đi bộ trên đường 3/2.", "2023-11-21"));
    }

    [Fact]
    public void MonthDayWithoutYearStaysYearless()
    {
        var f = X.Run("Hanoi and Vientiane councils sign agreement\n\nThe people's councils of Hanoi and Vientiane today (December 12) inked a cooperation agreement.");
        var e = Assert.Single(f.Events);
        Assert.Equal("--12-12", e.Start.ToString());
        Assert.Equal(EventKinds.Signing, e.Kind);
    }

    [Theory]
    [InlineData("Council report. On 7/16/2019 the council met; the file was created 7/1/2019.", true)]
    [InlineData("Ngày 25/6/2019 và ngày 3/6/2019 hai bên gặp nhau.", false)]
    [InlineData("On 7/1/2019 and 7/16/2019, then on 25/6/2019.", false)] // a day-first date settles it
    [InlineData("Scores were 3/4 and 12/20; the year 2019.", false)]
    public void AnArticleWritesSlashedDatesOneWay(string text, bool monthFirst) =>
        Assert.Equal(monthFirst, CoopData.Extraction.Reading.NumericDateOrder.IsMonthFirst(text));

    [Fact]
    public void AnAmbiguousSlashedDateFollowsTheArticlesOrder()
    {
        var f = X.Run("Sister city agreement\nFile created: 7/1/2019\n\nOn 7/16/2019, the City Council of Santa Clara and the delegation of Icheon signed a sister city agreement.");
        Assert.Equal("2019-07-01", f.Published?.ToString());
        Assert.Equal("2019-07-16", f.Events.Single().Start.ToString());
    }

    [Theory]
    [InlineData("The delegation visited Oxford last week.", "2022-10-21", "2022-10")]
    [InlineData("Tuần trước, đoàn doanh nghiệp đã sang thăm thành phố.", "2024-08-22", "2024-08")]
    [InlineData("Tuần qua, đoàn đã làm việc với thành phố.", "2024-08-22", "2024-08")]
    [InlineData("The delegation visited Oxford last week.", "2024-08-07", null)] // 29 July to 4 August: no one month
    [InlineData("The mayor of Bonn visited Oxford on Tuesday last week.", "2022-10-21", "2022-10-11")]
    [InlineData("Thứ Sáu tuần trước, đoàn đã đến thăm thành phố.", "2022-10-21", "2022-10-14")]
    [InlineData("Cách đây 2 tuần trước, đoàn đã đến thăm thành phố.", "2022-10-21", null)]
    [InlineData("Cuối tuần qua, đoàn đã dự lễ hội.", "2022-10-21", null)]
    [InlineData("The mayor will visit Bonn this week.", "2022-10-21", null)]
    public void LastWeekIsItsMonthOrItsWeekday(string sentence, string dateline, string? expected) =>
        Assert.Equal(expected is null ? System.Array.Empty<string>() : new[] { expected }, Dates(sentence, dateline));

    [Fact]
    public void MonthsCountedBackAreNoRelativeMonth() => Assert.Empty(Dates("Cách đây 3 tháng trước, hai bên đã gặp nhau.", "2018-11-26"));

    [Fact]
    public void APlaceAndAMonthDayOnALineOfTheirOwnDateTheArticleAndItsPlainWeekdays()
    {
        var f = X.Run("News Service\n\nCebu, November 20\n\nA delegation from Kofu arrived at the Cebu Secretariat to meet the governor on Monday. "
            + "They will leave next Monday.");
        Assert.Equal("--11-20", f.Published?.ToString());
        var visit = f.Events.Single();
        Assert.Equal("--11-20", visit.Start.ToString());
        Assert.Equal("Cebu", f.NameOf(visit.CityKey!));
    }

    [Fact]
    public void ALabelledWeekdayAndDayDateTheArticleAndCountItsWeekdays()
    {
        var f = X.Run("Bloomington delegation back from Santa Clara, Cuba\n\nPosted Thursday, Oct. 9 | by Dana Whitcombe\n\n"
            + "On Monday, Deputy Mayor Gretchen Hollis of Bloomington and Yudith Martinez Cabrera of Santa Clara signed an action plan.");
        Assert.Equal("--10-09", f.Published?.ToString());
        Assert.Equal("--10-06", Assert.Single(f.Events).Start.ToString());
    }

    [Fact]
    public void ASpanFromADayToTheSameDayYearsLaterIsAnAnniversaryNotAnEvent()
    {
        var f = X.Run("Thăm\n05/08/2022\n\nKỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962-5/9/2022), 45 năm Ngày ký Hiệp ước hữu nghị (18/7/1977-18/7/2022), "
            + "ngày 5/8, Bí thư Tỉnh ủy tỉnh Quảng Nam tiếp Đoàn công tác của tỉnh Savannakhet sang thăm, làm việc tại tỉnh.");
        Assert.Equal(new[] { "2022-08-05" }, f.Events.Select(e => e.Start.ToString()));
    }

    [Fact]
    public void AMonthAloneAfterInOrOnIsInTheDatelinesYearOrTheOneItNames()
    {
        var f = X.Run("News\nApril 2, 2025\n\nThe two sides signed a memorandum in June last year toward the friendship agreement between Kofu and Cebu.");
        Assert.Equal("2024-06", f.Events.Single().Start.ToString());
        f = X.Run("News\nAugust 30, 2019\n\nThe City of Cebu has signed a friendship city agreement with the City of Kofu on September.");
        Assert.Equal("2019-09", f.Events.Single().Start.ToString());
        // "May" is also a verb: only after "in" or "on".
        f = X.Run("News\nAugust 30, 2019\n\nCebu and Kofu may sign a friendship city agreement; May brings the festival.");
        Assert.Empty(f.Events);
    }

    [Theory]
    [InlineData("A delegation from Baguio visited San Antonio in October.", "2022-10")]
    [InlineData("During the Baguio delegation's October visit, the mayors of San Antonio and Baguio signed a Friendship Agreement.", "2022-10")]
    [InlineData("A delegation from San Antonio will visit Baguio in October.", "2023-10")]
    [InlineData("A delegation from Baguio visited San Antonio in April.", "2023-04")]
    // Reported speech puts the future in "would": the month to come is this year's.
    [InlineData("The mayor said the agreement would be signed during a visit by a Baguio delegation to San Antonio in October.", "2023-10")]
    public void AMonthWithoutAYearAfterTheDatelineIsLastYearsInThePast(string sentence, string start)
    {
        var f = X.Run("Sister City\nPublished on May 11, 2023\n\n" + sentence);
        Assert.Equal(start, f.Events.Single().Start.ToString());
    }
    [Fact]
    public void AVietnameseRangeOfDaysStartsOnItsFirstDayAndAStayUntilADayStartsNothing()
    {
        var f = X.Run("Đoàn thành phố Kumano thăm Việt Nam\n\nTừ ngày 12 đến ngày 15 tháng 9 (một số thành viên ở lại đến ngày 17 tháng 9), đoàn thành phố Kumano, tỉnh Mie đã tới thăm tỉnh Quảng Ngãi.");
        var visit = Assert.Single(f.Events);
        Assert.Equal("--09-12", visit.Start.ToString());
        Assert.Equal("--09-15", visit.End?.ToString());
        var g = X.Run("Thăm\n\nTừ ngày 10 đến ngày 12/5/2022, đoàn đại biểu thành phố Hải Dương đã thăm và làm việc tại thành phố Gimhae (Hàn Quốc).");
        Assert.Equal("2022-05-10", Assert.Single(g.Events).Start.ToString());
    }

    [Fact]
    public void LastNightIsTheDayBeforeTheDateline()
    {
        var f = X.Run("Ties\nOctober 6, 2023\n\nThe mayors of Tainan and Sendai met at a dinner in Tainan last night.");
        Assert.Equal("2023-10-05", Assert.Single(f.Events).Start.ToString());
        var g = X.Run("Hợp tác\nNgày 6/10/2023\n\nTối qua, lãnh đạo thành phố Đà Nẵng đã tiếp đoàn công tác thành phố Sakai.");
        Assert.Equal("2023-10-05", Assert.Single(g.Events).Start.ToString());
    }

    [Theory]
    [InlineData("Trưa nay, lãnh đạo thành phố Đà Nẵng đã tiếp đoàn công tác thành phố Sakai.", "2023-10-06")]
    [InlineData("Đêm qua, lãnh đạo thành phố Đà Nẵng đã tiếp đoàn công tác thành phố Sakai.", "2023-10-05")]
    [InlineData("Trưa mai, lãnh đạo thành phố Đà Nẵng sẽ tiếp đoàn công tác thành phố Sakai.", "2023-10-07")]
    public void NoonAndNightCountFromTheDatelineToo(string sentence, string day)
    {
        var f = X.Run("Hợp tác\nNgày 6/10/2023\n\n" + sentence);
        Assert.Equal(day, Assert.Single(f.Events).Start.ToString());
    }

    [Fact]
    public void AYearOfTwoDigitsBetweenSlashesIsThisCenturys()
    {
        var f = X.Run("Ties\n\nThe governor of West Java met the delegation from Shizuoka in Bandung, Friday morning (8/9/17).");
        Assert.Equal("2017-09-08", Assert.Single(f.Events).Start.ToString());
    }
}

public class DatelineYearTests
{
    [Fact]
    public void APagesDateLineAfterADatelineWithNoYearGivesTheYear()
    {
        var f = X.Run("VietnamPlus\n\nQuang Binh wraps up course for Lao nurses\n\n"
            + "DONG HOI, March 18 (VNA) – A training course for 20 nurses from the Lao province of Khammouane closed in Dong Hoi city on March 17.\n\n"
            + "Published: 18/03/2025 16:40 | Print | Share\n\nThe course opened on December 16 last year.\n");
        Assert.Equal("2025-03-18", f.Published?.ToString());
        Assert.Contains(f.Events, e => e.Start!.ToString() == "2025-03-17");
        // A date line of another day gives no year.
        var g = X.Run("VietnamPlus\n\nQuang Binh wraps up course for Lao nurses\n\n"
            + "DONG HOI, March 18 (VNA) – A training course for 20 nurses from the Lao province of Khammouane closed in Dong Hoi city on March 17.\n\n"
            + "Updated: 25/04/2025 16:40\n");
        Assert.Equal("--03-18", g.Published?.ToString());
    }
}

public class ClockStampDatelineTests
{
    private const string Article = "BÁO LẠNG SƠN ĐIỆN TỬ\nThời sự  |  Kinh tế  |  Xã hội\n\nLạng Sơn và Sùng Tả hợp tác bảo tồn rừng\n\n16:05 | 26/08\n\n"
        + "Chiều nay, tại thành phố Lạng Sơn, Sở Nông nghiệp tỉnh Lạng Sơn và Cục Lâm nghiệp thành phố Sùng Tả (Trung Quốc) đã ký biên bản hợp tác bảo tồn rừng.\n\n"
        + "Hội thảo khai mạc sáng 25/8 với sự tham dự của hơn 60 đại biểu là cán bộ kiểm lâm và nhà khoa học.\n";

    [Fact]
    public void AClockTimeAndADayAloneOnTheirLineAreTheDateline()
    {
        var f = X.Run(Article);
        Assert.Equal("--08-26", f.Published?.ToString());
        Assert.Equal("Lạng Sơn và Sùng Tả hợp tác bảo tồn rừng", f.Title);
        // "Chiều nay" is the dateline's day, though it has no year.
        Assert.Contains(f.Events, e => e.Kind == EventKinds.Signing && e.Start!.ToString() == "--08-26");
    }

    [Fact]
    public void AGatheringASentenceOpensWithIsThePairsOrTheOneToldBefore()
    {
        var f = X.Run(Article);
        var workshop = Assert.Single(f.Events, e => e.Kind == EventKinds.Conference);
        Assert.Equal("--08-25", workshop.Start!.ToString());
        // The sentence names no locality: the article's pair holds it.
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal(2, workshop.PartyKeys.Count);
        Assert.All(workshop.PartyKeys, k => Assert.Contains(k, signing.PartyKeys));
        Assert.Contains("China", workshop.PartyKeys.Select(k => f.Cities.Single(c => c.Key == k).Country == "CN" ? "China" : "Vietnam"));

        var g = X.Run("Triangle conference\nKon Tum, November 23 (VNA) –\n\n"
            + "The 14th Joint Coordination Conference of the provinces in the Development Triangle Area opened in Kon Tum city on November 23, gathering leaders of 13 provinces. "
            + "On the sidelines of the conference, Gia Lai and Ratanakiri signed a cooperation agreement.\n\n"
            + "The conference closed on November 24 with the adoption of a joint statement.\n");
        var conference = Assert.Single(g.Events, e => e.Kind == EventKinds.Conference);
        Assert.Equal("--11-23", conference.Start!.ToString());
        Assert.Equal("--11-24", conference.End?.ToString());
    }

    [Fact]
    public void AMonthAnInvitationIsForIsTheComingOne()
    {
        var f = X.Run("Regina signs pact with Vinh Long\nJune 11, 2025\n\n"
            + "Mayor Paul Dubois said he had invited a Vinh Long delegation to the farm show in Regina in July.");
        Assert.Equal("2025-07", Assert.Single(f.Events).Start.ToString());
    }

    [Fact]
    public void TheSameDayWithItsDateWrittenIsThatDateAlone()
    {
        var f = X.Run("Bắc Ninh xúc tiến đầu tư tại Tô Châu\nThứ Tư, 15/5/2024 - 08:15\n\n"
            + "Tối 13/5, Phó Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn Phong đã có buổi hội đàm với Phó Thị trưởng thành phố Tô Châu Lý Minh.\n\n"
            + "Sáng cùng ngày 14/5, đoàn công tác đã đến thăm và làm việc tại trụ sở một số tập đoàn công nghệ tại thành phố Vô Tích.");
        Assert.DoesNotContain(f.Events, e => e.Start!.ToString() == "2024-05-13" && e.Sources.Any(src => src.Text.Contains("cùng ngày")));
        Assert.Contains(f.Events, e => e.Start!.ToString() == "2024-05-14");
    }
}
