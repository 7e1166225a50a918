using System.Linq;
using Xunit;

namespace CoopData.Extraction.Tests.Stages;

/// <summary>Vietnamese pages whose excerpt carries no date line, and their partners listed after "như:".</summary>
public class UndatedArticleTests
{
    [Fact]
    public void ADayWithoutYearTakesTheYearTheSentenceGives()
    {
        var f = X.Run("(BĐT)- Chiều ngày 3-2, đoàn lãnh đạo tỉnh Kampong Cham (Campuchia) đã đến thăm và chúc Tết lãnh đạo tỉnh Tây Ninh nhân dịp Tết Canh Tý 2020.");
        Assert.Contains(f.Events, e => e.Start.ToString() == "2020-02-03");
    }

    [Fact]
    public void AnAnniversarySpanEndingTodayGivesTheYear()
    {
        var f = X.Run("Kỷ niệm\n\nSáng 24-6, tại Lễ kỷ niệm 55 năm thiết lập quan hệ ngoại giao (24-6-1967 – 24-6-2022), lãnh đạo TP Cần Thơ đã gặp Tổng lãnh sự Campuchia tại Cần Thơ.");
        Assert.Contains(f.Events, e => e.Start.ToString() == "2022-06-24");
    }

    [Fact]
    public void TwoYearsInTheSentenceLeaveTheDayWithoutYear()
    {
        var f = X.Run("Kỷ niệm\n\nSáng 24-6, lãnh đạo TP Cần Thơ đã hội đàm với đoàn tỉnh Kandal, ôn lại kết quả hợp tác năm 2019 và năm 2021.");
        Assert.DoesNotContain(f.Events, e => e.Start?.Year is not null);
        Assert.NotEmpty(f.Events);
    }

    [Fact]
    public void PartnersListedAfterNhuAndAColonAreTheSubjectsPartners()
    {
        var f = X.Run("Hợp tác\n\nTrong bối cảnh đó, Đà Nẵng tiếp tục duy trì quan hệ và hợp tác với nhiều địa phương của Trung Quốc như: tỉnh Quảng Tây, TP Côn Minh (tỉnh Vân Nam)…");
        var pairs = f.PairList();
        Assert.Equal(new[] { "Da Nang-Guangxi", "Da Nang-Kunming" }, pairs);
    }

    [Fact]
    public void AProvinceBeforeAnAppositiveTitleIsNoPerson()
    {
        var f = X.Run("Hợp tác\n\nSáng 18-1, giữa Tổng lãnh sự quán Lào và TP Đà Nẵng, Phó Chủ tịch UBND TP Đà Nẵng Trần Phước Sơn đánh giá cao sự hợp tác.");
        Assert.Equal(new[] { "Trần Phước Sơn" }, f.PersonNames());
    }

    [Fact]
    public void ADelegationComingToGiveNewYearGreetingsPaysAVisit()
    {
        var f = X.Run("Chúc Tết\n\nChiều ngày 12/2, Đoàn công tác tỉnh Savannakhet đã đến chúc Tết Nguyên đán Giáp Thìn 2024 UBND tỉnh Quảng Trị.");
        var visit = Assert.Single(f.Events);
        Assert.Equal(("visit", "2024-02-12"), (visit.Kind, visit.Start?.ToString()));
    }

    [Fact]
    public void AVietnamesePlaceIsWrittenWithItsOwnMarks()
    {
        // "Cho đến nay" (until now) is no district seat Chờ; "Thanh Hoá" and "Thanh Hóa" set the tone on different letters.
        var f = X.Run("Hợp tác\n\nCho đến nay, tỉnh Thanh Hoá và tỉnh Houaphanh đã ký nhiều thỏa thuận hợp tác.");
        Assert.DoesNotContain(f.Cities, c => c.Country == "VN" && c.Name != "Thanh Hoa");
        Assert.Contains(f.Cities, c => c.Name == "Thanh Hoa");
    }

    [Fact]
    public void AVisitFramingTheSentenceIsDatedWhenNothingElseIs()
    {
        var f = X.Run("Hợp tác\n\nĐây là một hoạt động nằm trong khuôn khổ chuyến thăm tỉnh Quảng Tây, Trung Quốc của đoàn đại biểu tỉnh Cao Bằng, bắt đầu từ ngày 20/9.");
        Assert.Contains(f.Events, e => e.Start.ToString() == "--09-20");
    }

    [Fact]
    public void ACeremonyOfGiftsIsAnEvent()
    {
        var f = X.Run("Từ thiện\n\nChiều 7/6, lễ trao tặng quà của tỉnh Tây Ninh cho các hộ nghèo đã diễn ra ở tỉnh Svay Rieng.");
        Assert.Contains(f.Events, e => e.Kind == "other" && e.Start.ToString() == "--06-07");
    }

    [Fact]
    public void TheAgreementOpeningASentenceIsTheArticlesPairs()
    {
        var f = X.Run("Budapest, September 30 (MTI) – The city council approved a friendship agreement between Budapest and Ho Chi Minh City.\n\n" +
            "The agreement signed on Sept. 7 involved cooperation in tourism.");
        var signing = Assert.Single(f.Events, e => e.Kind == "signing");
        Assert.Equal(2, signing.PartyKeys.Count);
    }

    [Fact]
    public void WhoeverReceivesIsAtHomeWhateverTheBareVenueWord()
    {
        var f = X.Run("Changwon thăm Cần Thơ\n\nĐoàn Changwon đến Việt Nam. Changwon là thành phố công nghiệp.\n" +
            "Sáng 13/6, ông Trần Việt Trường, Chủ tịch UBND thành phố Cần Thơ, tiếp ông Hong Nam Pyo, Thị trưởng thành phố Changwon (Hàn Quốc) đang có chuyến thăm và làm việc tại Thành phố.");
        var meeting = Assert.Single(f.Events);
        Assert.Equal("Can Tho", f.NameOf(meeting.CityKey!));
    }

    [Theory]
    [InlineData("Thursday, March 20 · 14:05 · Nyanza Bureau", "--03-20")]
    [InlineData("Thứ Sáu, 16/5 - 09:20", "--05-16")]
    [InlineData("Friday, 16 May", "--05-16")]
    public void AWeekdayAndADayWithoutYearAreTheDateLine(string dateline, string expected)
    {
        var f = X.Run("Two cities sign a pact\n" + dateline + "\n\nThe mayors of Kisumu and Duluth signed a sister-city agreement at City Hall.");
        Assert.Equal(expected, f.Published?.ToString());
    }

    [Fact]
    public void AnAgencyInBracketsAfterAWireDatelinesDayEndsIt()
    {
        var f = X.Run("Cuban and Vietnamese provinces expand ties\nMatanzas, June 14 (Prensa Latina) The Vietnamese province of Nam Dinh expanded "
            + "its cooperation with the Cuban province of Matanzas during a visit that concluded on Friday.");
        Assert.Equal("--06-14", f.Published?.ToString());
    }

    [Fact]
    public void WeekdaysCountFromADayTheStoryGivesWithItsWeekdayUnderADatelineWithNoYear()
    {
        var f = X.Run("Cuban and Vietnamese provinces expand ties\nMatanzas, June 14 (Prensa Latina) The Vietnamese province of Nam Dinh expanded "
            + "its cooperation with the Cuban province of Matanzas during a visit that concluded on Thursday.\n\n"
            + "The delegation, headed by Nguyen Van Dung, arrived in Havana on Sunday, June 9, and toured farming areas of the island.\n\n"
            + "On Tuesday, the Vietnamese visitors were received in the city of Matanzas by the Governor of Matanzas province, Maria Elena Soto.");
        var meeting = Assert.Single(f.Events, e => e.Kind == "meeting");
        Assert.Equal("--06-11", meeting.Start?.ToString());
    }

    [Fact]
    public void WeekdaysCountFromADateLineWithAWeekdayButNoYear()
    {
        var f = X.Run("Duluth, Kisumu seal sister-city pact\nThursday, March 20 · 14:05\n\n"
            + "Kisumu and the American city of Duluth are now sister cities after their mayors signed an agreement at City Hall on Wednesday.\n\n"
            + "On Tuesday, the delegation paid a courtesy call on Kisumu Governor Peter Anyang at the county headquarters.\n\n"
            + "The Duluth delegation will visit the port of Kisumu tomorrow.");
        Assert.Contains(f.Events, e => e.Kind == "signing" && e.Start?.ToString() == "--03-19");
        Assert.Contains(f.Events, e => e.Kind == "meeting" && e.Start?.ToString() == "--03-18");
        Assert.Contains(f.Events, e => e.Kind == "visit" && e.Start?.ToString() == "--03-21");
        Assert.DoesNotContain(f.Events, e => e.Start?.Year is not null);
    }

    [Fact]
    public void ADayCountedFromADateLineWithoutYearTakesNoYearFromItsSentence()
    {
        var f = X.Run("Cork and Lviv sign memorandum\nMonday, November 7\n\n"
            + "This afternoon the Lord Mayor of Cork and the deputy mayor of Lviv signed the memorandum at City Hall, a text both councils first discussed in 2022.");
        var signing = Assert.Single(f.Events, e => e.Kind == "signing");
        Assert.Equal("--11-07", signing.Start?.ToString());
    }

    [Fact]
    public void ProgrammeWeekdaysCountOnUnderADateLineWithoutYear()
    {
        var f = X.Run("Yên Bái đón đoàn tỉnh Ifugao\nThứ Ba, 13/5 - 09:20\n\n"
            + "Đoàn công tác tỉnh Ifugao (Philippines) thăm tỉnh Yên Bái từ ngày 14 đến ngày 18/5.\n\n"
            + "- Thứ Năm: Làm việc với UBND huyện Văn Chấn.\n- Thứ Sáu: Thăm thị xã Nghĩa Lộ.");
        Assert.Contains(f.Events, e => e.Start?.ToString() == "--05-15");
        Assert.Contains(f.Events, e => e.Start?.ToString() == "--05-16");
    }

    [Theory]
    [InlineData("Page ID: 4471   Updated: May 30")]
    [InlineData("Posted on 30 May")]
    public void ALabelledDayWithoutYearIsTheDateline(string dateLine)
    {
        var f = X.Run("Students from Quang Tri Province visit Dubbo this month\n" + dateLine + "\n\n"
            + "A group of students from our friendship province, Quang Tri in central Vietnam, stayed in Dubbo from May 20 to May 27. "
            + "On the 22nd, the students performed at the Dubbo Multicultural Festival held at Victoria Park.");
        Assert.Equal("--05-30", f.Published?.ToString());
        var stay = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal(("--05-20", "--05-27"), (stay.Start.ToString(), stay.End?.ToString()));
        Assert.Equal("Dubbo", f.NameOf(stay.CityKey!));
        // "the 22nd" is of the dateline's month, of no known year either.
        var festival = Assert.Single(f.Events, e => e.Kind == EventKinds.Other);
        Assert.Equal("--05-22", festival.Start.ToString());
    }

    [Fact]
    public void ALabelledDayAndTimeWithoutYearIsTheDatelineAndAnExchangeAtTheProvincesGymnasiumIsInTheProvince()
    {
        var f = X.Run("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG\nTrang chủ | Tin tức | Đối ngoại\n\n"
            + "Giao lưu thể thao Hà Giang - Văn Sơn\n\nNgày đăng: 21/09 08:15 | Lượt xem: 1.024\n\n"
            + "Chiều 19/9, tại Nhà thi đấu tỉnh, đội bóng bàn thiếu niên Hà Giang và châu Văn Sơn (Trung Quốc) có buổi giao lưu hữu nghị.\n\n"
            + "Ngày 20/9 vừa qua, tỉnh Hà Giang và châu Văn Sơn thống nhất tăng cường hợp tác.");
        Assert.Equal("--09-21", f.Published?.ToString());
        Assert.Equal("Giao lưu thể thao Hà Giang - Văn Sơn", f.Title);
        var exchange = Assert.Single(f.Events, e => e.Start.ToString() == "--09-19");
        Assert.Equal("Ha Giang", f.NameOf(exchange.CityKey!));
    }

    [Fact]
    public void AnOccasionOfNoKnownYearLastsUntilTheDayTheNextSentenceGives()
    {
        var f = X.Run("Lao Culture Week in Hue\nUpdated: July 26\n\n"
            + "A Lao Culture Week opened in Hue city on July 25 with Luang Prabang artists. The week, running until July 31, features folk music.\n\n"
            + "A Hue festival opened in October with Luang Prabang artists. The festival, running until October 20, features folk music.");
        var week = Assert.Single(f.Events, e => e.Start.ToString() == "--07-25");
        Assert.Equal("--07-31", week.End?.ToString());
        Assert.DoesNotContain(f.Diagnostics, d => d.Id == DiagnosticIds.ExtractionFailed);
    }

    [Fact]
    public void AnUpdateStampOfATimeAndADayIsTheDateline()
    {
        var f = X.Run("Đoàn Gimcheon thăm Quảng Ngãi\n\n(Cập nhật 09:45 ngày 12-5)\n\n"
            + "Sáng nay, đoàn công tác thành phố Gimcheon đã đến thăm và làm việc tại tỉnh Quảng Ngãi.");
        Assert.Equal("--05-12", f.Published?.ToString());
        var visit = Assert.Single(f.Events);
        Assert.Equal("--05-12", visit.Start.ToString());
    }
}
