using System;
using System.Linq;
using Xunit;

namespace CoopData.Extraction.Tests.Stages;

/// <summary>A news lead that reports, in the past tense and with no date of its own, what happened: it happened the day the article was published.</summary>
public class LeadEventTests
{
    private const string Header = "Mayors meet\n\n14:05, 3 March 2021\n\n";

    [Fact]
    public void ALeadSayingOnlyRoughlyWhenIsNotDatedByTheDateline()
    {
        var f = X.Run("Sister cities\nMay 3, 2024\n\nThe mayor of Perth visited Kagoshima last week. The two cities signed a sister city agreement in 1974.");
        Assert.DoesNotContain(f.Events, e => e.Start?.ToString() == "2024-05-03");
        var g = X.Run("Sister cities\nMay 3, 2024\n\nThe mayor of Perth visited Kagoshima. The two cities signed a sister city agreement in 1974.");
        Assert.Contains(g.Events, e => e.Start?.ToString() == "2024-05-03");
        // A habit is no event of the day either.
        var h = X.Run("Sister cities\nMay 3, 2024\n\nStudents from Kagoshima have visited Perth every summer since 1980.");
        Assert.DoesNotContain(h.Events, e => e.Start?.ToString() == "2024-05-03");
    }

    [Fact]
    public void APeriodsStartDatesTheWhenClauseAfterIt()
    {
        var f = X.Run("Sister cities\nMay 3, 2024\n\nPerth and Kagoshima have been sister cities since April 1974, when the agreement was signed in Kagoshima.");
        var signing = Assert.Single(f.Events);
        Assert.Equal("1974-04", signing.Start?.ToString());
        Assert.Equal("Kagoshima", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void AWireLeadInThePastTenseIsDatedByTheDateline()
    {
        var f = X.Run(Header + "TASHKENT. UZA - Mayor of Tashkent Jahongir Artikhodjayev met with the Mayor of Busan within a business mission to Uzbekistan.\n\nThe sides discussed tourism.");
        var meeting = Assert.Single(f.Events);
        Assert.Equal("meeting", meeting.Kind);
        Assert.Equal("2021-03-03", meeting.Start.ToString());
    }

    [Fact]
    public void TheLeadsPastTenseVerbIsTheEventNotTheVisitItWasPartOf()
    {
        var f = X.Run(Header + "During the official visit of the President to Korea, agreements on sister city relations between Tashkent and Busan were signed.");
        var signing = Assert.Single(f.Events);
        Assert.Equal("signing", signing.Kind);
        Assert.Equal("2021-03-03", signing.Start.ToString());
    }

    [Fact]
    public void TheYearsOfATermToComeDoNotDateTheLead()
    {
        var f = X.Run(Header + "The mayors of Tashkent and Busan have signed a programme of cooperation for 2022-2024.");
        Assert.Equal("2021-03-03", Assert.Single(f.Events).Start.ToString());
    }

    [Theory]
    [InlineData("The mayors of Tashkent and Busan signed a sister city agreement in 2009.")] // an earlier year: not today's news
    [InlineData("The mayors of Tashkent and Busan will meet to sign a sister city agreement.")] // yet to happen
    [InlineData("Tashkent and Busan are sister cities.\n\nThe mayors met with business leaders.")] // not the lead
    public void OtherwiseAnUndatedSentenceDatesNoEvent(string body)
    {
        var f = X.Run(Header + body);
        Assert.DoesNotContain(f.Events, e => e.Start.ToString() == "2021-03-03");
    }

    [Fact]
    public void ALeadSummingUpAnEventTheArticleDatesIsThatEvent()
    {
        // The signing is dated further down (Wednesday before the dateline's Saturday); the lead adds no second one.
        var f = X.Run("Mayors sign\n\n14:05, 6 March 2021\n\nTashkent and Busan have signed a sister city agreement.\n\nThe signing ceremony took place in Tashkent on Wednesday.");
        Assert.Equal("2021-03-03", Assert.Single(f.Events, e => e.Kind == "signing").Start.ToString());
        // A meeting in the lead's paragraph beside a dated forum: no day is made up for the meeting.
        var g = X.Run(Header + "The Mayor of Tashkent met with the Vice Mayor of Busan. A trade forum of the two cities was held on March 1.");
        Assert.DoesNotContain(g.Events, e => e.Kind == "meeting");
    }

    [Fact]
    public void ARelationSignedInTheArticleBeginsTheYearOfTheSigning()
    {
        var f = X.Run(Header + "The mayors of Tashkent and Busan have signed a sister city agreement.");
        Assert.Equal(2021, Assert.Single(f.Partnerships).Since);
        // A relation merely talked about in a dated meeting does not begin then.
        var g = X.Run(Header + "The mayors of Tashkent and Busan met on March 2 to discuss their sister city cooperation.");
        Assert.Null(Assert.Single(g.Partnerships).Since);
    }

    [Fact]
    public void ARegionNamedBeforeCapitalStandsForItsCapital()
    {
        var f = X.Run("Basque mayor in Boise for festival\nJuly 31, 2025\n\n"
            + "Mayor Itziar Zubiaurre of Gernika is leading a delegation that arrived in the Idaho capital on Monday for a week-long visit.\n\n"
            + "Boise and Gernika have been sister cities since 1993, and Boise Mayor Hannah Corrigan met the guests on Tuesday.");
        var visit = Assert.Single(f.Events, e => e.Kind == "visit");
        Assert.Equal("Boise", f.NameOf(visit.CityKey!));
    }

    private const string SigningAtAnUnnamedSeat = "Đồng Nai ký thư ý định hợp tác với tỉnh Gyeonggi\nThứ Năm, 15/5/2025 - 16:20\n\n"
        + "Sáng 15/5, tại trụ sở UBND tỉnh, bà Nguyễn Thị Hoa, Phó Chủ tịch UBND tỉnh Đồng Nai và ông Kim Sung-ho, Phó Tỉnh trưởng "
        + "tỉnh Gyeonggi (Hàn Quốc) đã ký Thư bày tỏ ý định hợp tác giữa hai tỉnh.\n\n"
        + "Tỉnh Gyeonggi có hơn 13 triệu dân. Theo chương trình, đoàn tỉnh Gyeonggi sẽ ở lại Biên Hòa từ ngày 16 đến ngày 17/5.";

    [Fact]
    public void AnUnnamedSeatOfAVietnameseAuthorityIsTheArticlesVietnameseProvince()
    {
        // Gyeonggi is named more often, but a People's Committee (UBND) seats only in Vietnam.
        var f = X.Run(SigningAtAnUnnamedSeat);
        var signing = Assert.Single(f.Events, e => e.Kind == "signing");
        Assert.Equal("Dong Nai", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void WhereADelegationStaysIsItsVisitsPlace()
    {
        var f = X.Run(SigningAtAnUnnamedSeat);
        var stay = Assert.Single(f.Events, e => e.Kind == "visit");
        Assert.Equal("Bien Hoa", f.NameOf(stay.CityKey!));
        Assert.Equal(("2025-05-16", "2025-05-17"), (stay.Start?.ToString(), stay.End?.ToString()));
    }

    [Fact]
    public void ADelegationsDaysElsewhereInItsStayAreVisitsOfTheirOwn()
    {
        var f = X.Run("Lãnh đạo tỉnh Khánh Hòa tiếp đoàn tỉnh Gangwon\nThứ Ba, 10/6/2025 - 10:20\n\n"
            + "Chiều 9/6, tại trụ sở UBND tỉnh, ông Trần Văn Hải - Phó Chủ tịch UBND tỉnh Khánh Hòa đã tiếp đoàn đại biểu tỉnh Gangwon (Hàn Quốc).\n\n"
            + "Theo chương trình, đoàn thăm và làm việc tại Khánh Hòa từ ngày 8 đến 12/6. Sáng 9/6, đoàn tham quan Viện Hải dương học tại TP Nha Trang. "
            + "Ngày 10/6, đoàn đến thị xã Ninh Hòa, thăm khu du lịch Dốc Lết. Ngày 11/6, đoàn đến TP Cam Ranh tham quan cảng quốc tế.");
        var visits = f.Events.Where(e => e.Kind == "visit").Select(e => (e.Start?.ToString(), e.End?.ToString(), f.NameOf(e.CityKey!))).ToArray();
        Assert.Equal(new (string?, string?, string)[]
        {
            ("2025-06-08", "2025-06-12", "Khanh Hoa"), ("2025-06-09", null, "Nha Trang"), ("2025-06-10", null, "Ninh Hoa"), ("2025-06-11", null, "Cam Ranh"),
        }, visits.OrderBy(v => v.Item1, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void AnUnnamedHallAndTheCityAreWhereTheReportWasFiled()
    {
        // The dateline follows the site's menu lines and gives the place's region after a comma.
        var f = X.Run("Puerto Princesa, Phu Quoc sign sisterhood pact\nBy PIA Palawan | March 6, 2025\n\n"
            + "PHILIPPINE INFORMATION AGENCY\nHome | News | Regions | Features\n\n"
            + "PUERTO PRINCESA CITY, Palawan (PIA) -- The People's Committee of Phu Quoc City, Kien Giang Province, Vietnam and the city "
            + "government signed a Memorandum of Understanding on Tuesday, March 4, at the New Green City Hall.\n\n"
            + "The 15-member Vietnamese delegation arrived in the city on March 3 and will stay until March 7. "
            + "Phu Quoc is Vietnam's largest island, and Phu Quoc welcomed 1.5 million visitors last year.");
        Assert.Equal("Puerto Princesa", f.NameOf(Assert.Single(f.Events, e => e.Kind == "signing").CityKey!));
        Assert.Equal("Puerto Princesa", f.NameOf(Assert.Single(f.Events, e => e.Kind == "visit").CityKey!));
    }

    [Fact]
    public void ACouncilMeetsAndAnOrganiserHostsInItsOwnLocality()
    {
        var f = X.Run("Council backs new partnership\n7 November 2024\n\n"
            + "At its meeting on Wednesday evening (6 November), the City Council of the Hanseatic City of Lüneburg approved a partnership with Chernivtsi.");
        Assert.Equal("Lüneburg", f.NameOf(Assert.Single(f.Events, e => e.Kind == "meeting").CityKey!));
        var g = X.Run("Diễn đàn thành phố thông minh\nThứ Năm, 21/11/2024 - 17:00\n\n"
            + "Trong hai ngày 20 và 21/11, UBND thành phố Đà Nẵng phối hợp với Bộ Ngoại giao tổ chức Diễn đàn các thành phố thông minh ASEAN, "
            + "với sự tham dự của đại biểu thành phố Makassar (Indonesia).");
        Assert.Equal("Da Nang", g.NameOf(Assert.Single(g.Events, e => e.Kind == "conference").CityKey!));
    }
}
