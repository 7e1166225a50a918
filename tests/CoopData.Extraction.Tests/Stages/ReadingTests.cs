using System.Linq;
using CoopData.Extraction.Reading;

namespace CoopData.Extraction.Tests.Stages;

public class ReadingTests
{
    [Theory]
    [InlineData("Apr 13, 2023 / 15:50", "2023-04-13")]
    [InlineData("Ngoc Mai - Lien Ha 22:19, 2024/04/02", "2024-04-02")]
    [InlineData("14:11 | 18/02/2022 GMT+7", "2022-02-18")]
    [InlineData("Thứ Hai, 26/10/2015", "2015-10-26")]
    [InlineData("Updated: 2015-10-26 11:04", "2015-10-26")]
    [InlineData("2022.6.27 16:25", "2022-06-27")]
    [InlineData("Update: 27-01-2018 | 11:17:07", "2018-01-27")]
    [InlineData("Submitted by someone on Sat, 05/06/2006 - 12:50", "2006-05-06")]
    [InlineData("Submitted by someone on Mon, 05/06/2006 - 12:50", "2006-06-05")]
    [InlineData("Thứ Năm, 05 Th9 2024 14:30", "2024-09-05")]
    [InlineData("Sep 18th, 2025", "2025-09-18")]
    [InlineData("16. 10. 2025", "2025-10-16")]
    [InlineData("Publikováno 3. 2. 2025 | 10:45", "2025-02-03")]
    [InlineData("Thursday, March 20 · 14:05 · Nyanza Bureau", "--03-20")]
    [InlineData("Published: 09 Oct. 2023, 17:42", "2023-10-09")]
    [InlineData("Update: September, 22/2023 - 08:44", "2023-09-22")]
    [InlineData("Posted on 16th March 2024 by International Cooperation Office | 1,204 views", "2024-03-16")]
    [InlineData("1st Sept. 2023", "2023-09-01")]
    public void Datelines(string line, string expected)
    {
        var read = ArticleReader.Read("Mayors meet to talk about trade\n" + line + "\nThe mayors of two cities met today.", default);
        Assert.Equal(expected, read.Published?.ToString());
    }

    [Theory]
    [InlineData("KỶ NIỆM 45 NĂM NGÀY GIẢI PHÓNG (30/4/1975 - 30/4/2020)")]
    [InlineData("50 YEARS OF FRIENDSHIP (12/05/1974 – 12/05/2024)")]
    public void ASpanOfDatesIsNoDateline(string heading)
    {
        var read = ArticleReader.Read(".\n" + heading + "\n\nTình kết nghĩa\n\nCập nhật: 22:49, 15/04/2020 (GMT+7)\n\nHai tỉnh đã tổ chức lễ kết nghĩa.", default);
        Assert.Equal("2020-04-15", read.Published?.ToString());
    }

    [Fact]
    public void DateAtTheStartOfTheFirstLineLeavesTheRestAsBody()
    {
        var read = ArticleReader.Read(" date 2022-09 (Baonghean.vn) - The delegation of the province visited partners abroad this week.", default);
        Assert.Equal("2022-09", read.Published?.ToString());
        Assert.Contains(read.Lines, l => l.Text.Contains("delegation"));
    }

    [Theory]
    [InlineData("(25/06/2019) A council delegation will visit the partner city next week to sign a cooperation plan.")]
    [InlineData("[25/06/2019] A council delegation will visit the partner city next week to sign a cooperation plan.")]
    [InlineData("Published (25/06/2019) - A council delegation will visit the partner city next week to sign a cooperation plan.")]
    public void ABracketedDateOpeningTheFirstLineLeavesTheRestAsBody(string firstLine)
    {
        // The date is both leading and in brackets: it was once cut off as a headline's suffix, and the body
        // was then read from past the end of the emptied line (an exception).
        var read = ArticleReader.Read(firstLine + "\nThe two cities have worked together since 2010.", default);
        Assert.Equal("2019-06-25", read.Published?.ToString());
        Assert.Contains(read.Lines, l => l.Text.StartsWith("A council delegation", System.StringComparison.Ordinal));
        Assert.Contains(read.Lines, l => l.Text.StartsWith("The two cities", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ALongOpeningParagraphIsBodyNotHeadline()
    {
        var f = X.Run("(Office of the Mayor) - The mayors of Toulouse and Hanoi, the two cities of France and Vietnam, will be concluding the sister-city agreement between Toulouse and Hanoi at the city hall on Oct. 29, 2021.\n\nThe mayors said the two cities look forward to the ceremony.");
        var e = Assert.Single(f.Events);
        Assert.Equal("2021-10-29", e.Start.ToString());
        Assert.StartsWith("(Office of the Mayor)", f.Title);
    }

    [Fact]
    public void SiteChromeDoesNotHideTheDatelineOrTheHeadline()
    {
        var text = "Tin tức và Sự kiện\n\nCỡ chữ\nA A\nĐọc bài viết\nTạm dừng\nVui lòng chờ\nTương phản\nChia sẻ bài\nIn trang\n\n"
            + "Kỷ niệm 10 năm kết nghĩa giữa thành phố Hà Nội và Toulouse\n\n17/07/2024 | 14:00\n\nThành phố Hà Nội tổ chức sự kiện chào mừng 10 năm kết nghĩa với thành phố Toulouse.";
        var f = X.Run(text);
        Assert.Equal("2024-07-17", f.Published?.ToString());
        Assert.Equal("Kỷ niệm 10 năm kết nghĩa giữa thành phố Hà Nội và Toulouse", f.Title);
        Assert.Equal(2014, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void NoDatelineGivesCoop003()
    {
        var f = X.Run("Hanoi and Vientiane sign agreement\nThe people's councils of Hanoi and Vientiane today (December 12) inked a cooperation agreement.");
        Assert.Null(f.Published);
        Assert.True(f.Has(DiagnosticIds.NoPublicationDate));
    }

    [Fact]
    public void TickerAndMenuAreNotTheTitle()
    {
        var text = "70th anniversary of Liberation Day Smart City Summit celebrates 15 years of boundary adjustment 12th decentralized cooperation conference 31st Sea Games Covid-19 Pandemic more words here\n"
            + "Apr 13, 2023 / 15:50\n\nHanoi, Toulouse deepen ties at conference\n\nBoth cities have made progress in education.";
        var f = X.Run(text);
        Assert.Equal("Hanoi, Toulouse deepen ties at conference", f.Title);
        Assert.Equal(4, f.TitleLine);
    }

    [Theory]
    // A site's name, a long menu and the date line above the headline.
    [InlineData("BÁO QUẢNG BÌNH ĐIỆN TỬ\nThời sự | Chính trị | Kinh tế | Xã hội | Văn hóa - Du lịch | Quốc tế | Quảng Bình 24h\nThứ Năm, 06/11/2025 - 09:20\n\n")]
    // A breadcrumb and a labelled contact line.
    [InlineData("City of Lakeport\nHome > News > Press releases\nFOR IMMEDIATE RELEASE | November 6, 2025\nMedia contact: Office of Communications\n\n")]
    public void AHeadlineUnderTheSitesChromeAndDateLineIsTheTitle(string header)
    {
        const string headline = "Đồng Hới và thành phố Kitakami ký kết biên bản ghi nhớ hợp tác giáo dục, du lịch và giao lưu thanh thiếu niên";
        var f = X.Run(header + headline + "\n\nSáng 5/11, UBND thành phố Đồng Hới và thành phố Kitakami đã ký kết biên bản ghi nhớ hợp tác.");
        Assert.Equal(headline, f.Title);
    }

    [Fact]
    public void ABylineAboveTheDatelineIsNotTheTitle()
    {
        var text = "ABC News\nJust In | Australia | World | Business | Local\nLocal: Melbourne\n\nTianjin delegation in Melbourne as sister cities sign deal\n\n"
            + "By city reporter Olivia Grant\n\nPosted Thu 25 Apr 2024 at 6:40am\n\nA delegation from Tianjin is in Melbourne this week.";
        var f = X.Run(text);
        Assert.Equal("Tianjin delegation in Melbourne as sister cities sign deal", f.Title);
        Assert.Equal(5, f.TitleLine);
    }

    [Fact]
    public void RelatedNewsTeasersAreIgnored()
    {
        var text = "Hanoi and Vientiane sign agreement\n\nThe people's councils of Hanoi and Vientiane inked a cooperation agreement on December 12.\n\n"
            + "Related news\nHanoi, Seoul strengthen strategic cooperation\n\nHanoi, Seoul strengthen strategic cooperation\n\nThe mayors of Hanoi and Seoul met on December 1 to sign a twinning agreement.";
        var f = X.Run(text);
        Assert.DoesNotContain("Seoul", f.CityNames());
        Assert.Single(f.Partnerships);
        Assert.Single(f.Events);
    }

    [Fact]
    public void VietnameseRelatedMarkerAndDuplicatedTeaserTitles()
    {
        var text = "Trang chủ Hữu nghị\n14:11 | 18/02/2022 GMT+7\nHợp tác giữa hai thành phố\n\n"
            + "Ngày 17/2, Chủ tịch UBND thành phố Hải Phòng Nguyễn Văn Tùng đã có buổi làm việc với Thị trưởng thành phố Nam Ninh.\n"
            + "Quan hệ Việt Nam - Cuba rất tốt đẹp Quan hệ Việt Nam - Cuba rất tốt đẹp\n"
            + "Ngày 4/9 tại Cần Thơ, Chủ tịch Phan Văn Mãi đã tiếp đoàn Cuba.\n"
            + "Tin bài liên quan\nĐà Nẵng và Huế ký kết hợp tác ngày 3/9.";
        var f = X.Run(text);
        Assert.Equal("vi", f.Language);
        Assert.DoesNotContain(f.Cities, c => c.Name is "Da Nang" or "Can Tho");
        Assert.DoesNotContain("Phan Văn Mãi", f.PersonNames());
    }

    [Fact]
    public void TheArticlesOwnHeadlinePrintedAgainIsFollowedByTheBody()
    {
        var text = "Top\n\nYerevan-Kyiv memorandum signed, says Yerevan Mayor Avinyan\n\nYerevan-Kyiv memorandum signed, says Yerevan Mayor Avinyan\n"
            + "Yerevan-Kyiv memorandum signed, says Yerevan Mayor Avinyan\n\n"
            + "The memorandum on twin-city relations between Yerevan and Kyiv was concluded in Kyiv. The Head of the City of Kyiv Vitali Klitschko and Yerevan Mayor Tigran Avinyan signed it.\n\n"
            + "''The memorandum is critical,'' Avinyan said.";
        var f = X.Run(text);
        Assert.Contains("Vitali Klitschko", f.PersonNames());
        Assert.Contains("Tigran Avinyan", f.PersonNames());
    }

    [Fact]
    public void TrailingTeasersEndingWithABarAreIgnored()
    {
        var text = "Hanoi strengthens cooperation with Los Angeles\nOn August 14, the Hanoi delegation had working sessions with the city government of Los Angeles.\n"
            + "Cuba will send a delegation to Quang Tri on September 3 for a visit. |\n";
        var f = X.Run(text);
        Assert.DoesNotContain("Quang Tri", f.CityNames());
    }

    [Fact]
    public void Languages()
    {
        Assert.Equal("en", X.Run("The mayor of Hanoi met the mayor of Toulouse on April 2 to discuss cooperation between the two cities.").Language);
        Assert.Equal("vi", X.Run("Ngày 17/2, Đại sứ Việt Nam đã có buổi làm việc với Thị trưởng thành phố Choisy-le-Roi về hợp tác giữa hai bên.").Language);
        var fr = X.Run("Le maire de la ville et les élus de la région ont signé une convention pour la coopération avec la ville de Hanoï dans le domaine de la culture.");
        Assert.Equal("fr", fr.Language);
        Assert.True(fr.Has(DiagnosticIds.UnsupportedLanguage));
        Assert.Empty(fr.Cities);
    }

    [Fact]
    public void VietnameseTypedWithoutItsMarksIsReadAsVietnamese()
    {
        var f = X.Run("Hai Phong ky ket hop tac voi thanh pho Kobe\n"
            + "Thu Tu, 08/03/2023 - 10:15\n"
            + "Sang 7/3, tai tru so UBND thanh pho, Chu tich UBND thanh pho Hai Phong Nguyen Van Tung va Thi truong thanh pho Kobe "
            + "Hisamoto Kizo da ky ket ban ghi nho hop tac giua hai thanh pho trong cac linh vuc cang bien va giao duc. "
            + "Hai ben cung thong nhat trao doi doan cong tac hang nam.");
        Assert.Equal("vi", f.Language);
        Assert.False(f.Has(DiagnosticIds.UnsupportedLanguage));
        Assert.Contains("Hai Phong", f.CityNames());
        Assert.Contains("Kobe", f.CityNames());
        Assert.Contains("Hai Phong-Kobe", f.PairList());
        Assert.Contains(f.Events, e => e.Kind == "signing" && e.Start?.ToString() == "2023-03-07");
        Assert.Contains("Nguyen Van Tung", f.PersonNames());
    }

    [Fact]
    public void HtmlEntitiesAreReadAsTheCharactersTheyStandFor()
    {
        var f = X.Run("Ninh B&igrave;nh k&yacute; kết hợp t&aacute;c với th&agrave;nh phố Mantova\n"
            + "Thứ S&aacute;u, 17/05/2024&nbsp;-&nbsp;09:30\n"
            + "Ng&agrave;y 16/5, &ocirc;ng Phạm Quang Ngọc, Chủ tịch UBND tỉnh Ninh B&igrave;nh v&agrave; Thị trưởng th&agrave;nh phố "
            + "Mantova đ&atilde; k&yacute; kết bi&ecirc;n bản ghi nhớ hợp t&aacute;c về bảo tồn di sản.&#10;Hai b&ecirc;n &quot;sẽ "
            + "trao đổi đo&agrave;n&quot; hằng năm.");
        Assert.Equal("vi", f.Language);
        Assert.Equal("Ninh Bình ký kết hợp tác với thành phố Mantova", f.Title);
        Assert.Equal("2024-05-17", f.Published?.ToString());
        Assert.Contains("Mantova-Ninh Binh", f.PairList());
        Assert.Contains(f.Events, e => e.Kind == "signing" && e.Start?.ToString() == "2024-05-16");
        // "&#10;" decodes to a space: the article keeps its three lines.
        Assert.All(f.Partnerships.SelectMany(p => p.Sources), s => Assert.InRange(s.Line, 1, 3));
    }

    [Fact]
    public void AHardWrappedArticleIsReadParagraphByParagraph()
    {
        var f = X.Run("Báo Khánh Hòa Online\nThứ Sáu, 15/9/2023, 07:30 (GMT+7)\n\nNHA TRANG KÝ GHI NHỚ HỢP TÁC VỚI THÀNH PHỐ NAKHODKA\n\n"
            + "Từ ngày 10 đến 16/9, đoàn công tác tỉnh Khánh Hòa do ông Đinh\n"
            + "Văn Khiêm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc\n"
            + "tại vùng Viễn Đông Liên bang Nga, nhằm thúc đẩy hợp tác du lịch, thủy\n"
            + "sản và giáo dục với các địa phương của Nga.\n\n"
            + "Sáng 12/9, tại thành phố Nakhodka, UBND thành phố Nha Trang và chính\n"
            + "quyền thành phố Nakhodka đã ký biên bản ghi nhớ hợp tác. Hai bên đã\n"
            + "thống nhất tổ chức diễn đàn du lịch vào tháng 10 và lễ kỷ niệm vào năm\n"
            + "2024 tại Nha Trang, với sự tham gia của doanh nghiệp hai thành phố.\n");
        Assert.Contains("Đinh Văn Khiêm", f.PersonNames());
        Assert.Contains(f.Events, e => e.Kind == "signing" && e.Start?.ToString() == "2023-09-12");
        // A paragraph's lines keep their own numbers: the signing is stated on line 11, where its sentence starts.
        Assert.Contains(f.Partnerships.Single().Sources, s => s.Line == 11);
    }

    [Fact]
    public void EnglishWithAFewVietnameseSyllablesStaysEnglish()
    {
        var f = X.Run("The mayor of Hanoi met the mayor of Toulouse on April 2 at the Thanh Pho Hotel to discuss cooperation in "
            + "trade, culture and education between the two cities, and the delegation later toured the Hoan Kiem lake area.");
        Assert.Equal("en", f.Language);
    }
}

public class ReadingBoilerplateTests
{
    [Theory]
    [InlineData("Thứ Hai, 26/10/2015 - 08:30", "2015-10-26")]
    [InlineData("Updated: Mar 3, 2021 10:00 GMT+7", "2021-03-03")]
    [InlineData("Posted on March 3, 2021", "2021-03-03")]
    [InlineData("Posted on 03/03/2021 by Admin", "2021-03-03")]
    [InlineData("Cập nhật: 09:15 | 14/05/2023", "2023-05-14")]
    public void MoreDatelines(string line, string expected)
    {
        var read = ArticleReader.Read("Mayors meet to talk about trade\n" + line + "\nThe mayors of two cities met today.", default);
        Assert.Equal(expected, read.Published?.ToString());
    }

    [Fact]
    public void AWireDatelineMayBracketItsDate()
    {
        var f = X.Run("Sister city delegation visits Laredo\nLAREDO, Texas (Aug. 22, 2024) — A delegation from Monterrey arrived Wednesday for a three-day visit to strengthen the sister city relationship.");
        Assert.Equal("2024-08-22", f.Published?.ToString());
        Assert.Contains(f.Events, e => e.Start?.ToString() == "2024-08-21");
    }

    [Theory]
    [InlineData("You may also like")]
    [InlineData("Tin cùng chuyên mục")]
    [InlineData("Có thể bạn quan tâm")]
    [InlineData("Also read: Seoul and Hanoi mayors meet")]
    [InlineData("More from Ireland")]
    public void SiteBlocksEndTheBody(string marker)
    {
        var text = "Hanoi and Vientiane sign agreement\n\nThe people's councils of Hanoi and Vientiane inked a cooperation agreement on December 12.\n\n"
            + marker + "\nThe mayors of Hanoi and Seoul met on December 1 to sign a twinning agreement.";
        var f = X.Run(text);
        Assert.DoesNotContain("Seoul", f.CityNames());
    }

    [Fact]
    public void AShareBarUnderTheHeadlineOpensTheBody()
    {
        var text = "City of Thunder Bay\n\nNews Release: Delegation from sister city Gifu to visit Thunder Bay next week\n\nShare: Facebook | X | Email | Print\n\n"
            + "Thunder Bay maintains three sister-city relationships: Seinäjoki, Finland; Gifu, Japan; and Duluth, Minnesota.\n\n"
            + "Share: Facebook | X | Email\nThe mayors of Hanoi and Seoul met on December 1 to sign a twinning agreement.";
        var f = X.Run(text);
        Assert.Contains("Seinäjoki", f.CityNames());
        Assert.DoesNotContain("Seoul", f.CityNames());
    }

    [Fact]
    public void ADateLineClosingAShortArticleIsNotItsHeader()
    {
        var text = "Lyon, Turin ink sisterhood agreement\nLYON - To promote the sharing of good practices in governance, culture, sports and education between the two historic cities, a sisterhood agreement was signed between the cities of Lyon and Turin on Monday.\n"
            + "The agreement was sealed by the mayors of both cities in the council hall of Lyon yesterday morning, in front of the members of both city councils, their families and many guests from both cities.\n"
            + "Both cities share similar tourism endeavours.\nMay 23, 2017";
        var f = X.Run(text);
        Assert.Equal("Lyon, Turin ink sisterhood agreement", f.Title);
        Assert.Contains(f.Partnerships, p => f.PairNames(p).SequenceEqual(new[] { "Lyon", "Turin" }));
    }

    [Fact]
    public void ADateOpeningTheLeadSentenceBeforeACommaStaysInIt()
    {
        var f = X.Run("Ký kết hợp tác\n\nNgày 12/3/2019, lãnh đạo tỉnh Quảng Ninh và tỉnh Sơn Đông đã ký kết thỏa thuận hợp tác.");
        Assert.Equal("2019-03-12", f.Published?.ToString());
        Assert.Contains(f.Events, e => e.Kind == "signing" && e.Start.ToString() == "2019-03-12");
    }

    [Fact]
    public void AParagraphWrittenTwiceIsReadOnceAndTheNextParagraphIsBody()
    {
        const string repeated = "The two sides shared experience in urban management, economic development and tourism.";
        var read = ArticleReader.Read("Nha Trang delegation visits Qionghai\n\n" + repeated + "\n\n" + repeated + "\n\n"
            + "On February 18, the Mayor of Qionghai received the delegation in Qionghai.\n\nBoth sides agreed to cooperate.", default);
        Assert.Single(read.Lines, l => l.Text == repeated);
        Assert.Contains(read.Lines, l => l.Text.StartsWith("On February 18", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ALongParagraphWithoutAFullStopIsBodyNotACaption()
    {
        var f = X.Run("Ký kết hợp tác\n\nSáng ngày 06 tháng 10 năm 2018, UBND Quận 12, TP. Hồ Chí Minh đã tổ chức Lễ ký kết hợp tác hữu nghị và giao thương "
            + "các doanh nghiệp giữa hai địa phương là Quận 12 của thành phố Hồ Chí Minh và thành phố Seoul của Hàn Quốc với sự tham dự của nhiều doanh nghiệp hai bên\n\n"
            + "Lãnh đạo hai bên (trái) tại lễ ký kết");
        Assert.Contains(f.Events, e => e.Kind == "signing" && e.Start.ToString() == "2018-10-06");
    }

    [Fact]
    public void ABracketedDateInsideALongSentenceIsNoDateline()
    {
        var f = X.Run("Vĩnh Long tăng cường hợp tác với tỉnh Xiêng Khoảng\nChiều 11/7, UBND tỉnh Vĩnh Long và tỉnh Xiêng Khoảng đã tổ chức lễ ký kết.\n"
            + "Theo Chủ tịch UBND tỉnh, hướng tới kỷ niệm 46 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào (18/7/1977), hai tỉnh tổ chức Lễ ký kết.");
        Assert.Null(f.Published);
        // A headline's bracketed date still is one.
        Assert.Equal("2019-06-25", X.Run("Hai tỉnh ký kết hợp tác (22:48 25/06/2019)\n\nHai tỉnh đã ký kết biên bản hợp tác.").Published?.ToString());
    }

    [Fact]
    public void AWireDatelineWithoutAYearDatesTheArticleAndItsDay()
    {
        var f = X.Run("S. Korean city of Chuncheon forges sisterhood with Da Lat\nDA LAT, Vietnam, Dec. 21 (Yonhap) -- The South Korean city of Chuncheon and the "
            + "Vietnamese city of Da Lat forged a sisterhood Saturday.\nChuncheon Mayor Lee Jae-soo signed an agreement with his Da Lat counterpart earlier in the day at Da Lat City Hall.");
        Assert.Equal("--12-21", f.Published?.ToString());
        var e = Assert.Single(f.Events);
        Assert.Equal(("signing", "--12-21", "Da Lat"), (e.Kind, e.Start?.ToString(), f.NameOf(e.CityKey!)));
        // The body starts after the dash: the first sentence is not "(Yonhap) -- The South ...".
        Assert.DoesNotContain(f.Cities.SelectMany(c => c.Sources), s => s.Text.Contains("Yonhap"));
    }

    [Theory]
    // Already NFC, with characters past U+0300 that NFC keeps (Vietnamese, quotes, dashes): returned as it is.
    [InlineData("Thành phố Hà Nội và thành phố Huế ký kết “hợp tác” — ngày 12/3.", true)]
    // Decomposed (a combining acute after the "e"), at a place a vector of characters covers and at the end: composed.
    [InlineData("Hue\u0301 delegates met the mayor of Dax on Tuesday to discuss culture, trade and schools", false)]
    [InlineData("Ve\u0301 ...", false)]
    public void Normalize_composes_only_what_needs_it(string text, bool alreadyNfc)
    {
        var normalized = ArticleReader.Normalize(text);
        Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormC), normalized);
        Assert.Equal(alreadyNfc, ReferenceEquals(text, normalized));
    }

    [Fact]
    public void ADatedSentenceAfterAParagraphOfBodyTextIsBodyNotTheDateline()
    {
        var f = X.Run("Đoàn lãnh đạo tỉnh Đồng Nai thăm và làm việc tại tỉnh Hà Giang\n"
            + "Từ ngày 1 đến 5-4-2025, Đoàn công tác của tỉnh Đồng Nai do đồng chí Nguyễn Văn An, Phó bí thư thường trực Tỉnh ủy làm Trưởng đoàn, "
            + "đã đến thăm và làm việc tại tỉnh Hà Giang nhằm triển khai thực hiện Bản thỏa thuận hợp tác giữa hai tỉnh trong giai đoạn mới.\n"
            + "Ngày 1-4-2025, Đoàn công tác tỉnh Đồng Nai đã đến chào xã giao lãnh đạo tỉnh Hà Giang và trao đổi về nhiều nội dung hợp tác.\n");
        Assert.Contains(f.Events, e => e.Start.ToString() == "2025-04-01" && e.End?.ToString() == "2025-04-05");
        Assert.Contains(f.Cities.Single(c => c.Name == "Dong Nai").Sources, src => src.Line == 2);
    }

    [Fact]
    public void AShortVietnameseTextIsVietnameseThoughItsFoldedSyllablesAreGermanWords()
    {
        // "đến" folds to German "den".
        var f = X.Run("Thăm\n\nNgày 7-10, đoàn đại biểu cấp cao tỉnh Rattanakiri do ông Sok Vanna làm Trưởng đoàn đã đến thăm tỉnh Kon Tum.");
        Assert.Equal("vi", f.Language);
        Assert.Contains("Sok Vanna", f.PersonNames());
    }

    [Fact]
    public void ADatedItemOfARelatedNewsListDoesNotDateTheArticle()
    {
        var body = "Tối 24-4-2010, Chủ tịch UBND thành phố Cần Thơ đã tiếp đoàn đại biểu tỉnh Tứ Xuyên, Trung Quốc do Tỉnh trưởng tỉnh Tứ Xuyên dẫn đầu, đến chào xã giao nhân chuyến thăm thành phố.\n";
        var f = X.Run("Chủ tịch UBND thành phố Cần Thơ tiếp đoàn đại biểu tỉnh Tứ Xuyên\n" + body + body
            + "Các tin liên quan:\n- Đoàn đại biểu thành phố Thiên Tân (Trung Quốc) thăm Cần Thơ (01-08-2009)\n");
        Assert.Null(f.Published);
    }

    [Fact]
    public void ADateLineUnderABodyParagraphDatesTheArticleAndKeepsTheBody()
    {
        var f = X.Run("Mayor Xia met with Russian guests\n\n    Last evening, Xia Geng, Mayor of Qingdao, met with the Perm City delegation and the two mayors signed the friendly partnership agreement.\n\n"
            + "  Mayor Xia extended a warm welcome to the visiting Russian guests, briefing them about the social and economic development of Qingdao in recent years and the broad exchange and cooperation of the two cities, added Xia.\n\n"
            + "Date:2006-11-15 9:59:07\nRelated Stories\n");
        Assert.Equal("2006-11-15", f.Published.ToString());
        Assert.Contains("Qingdao", f.CityNames());
        Assert.Contains("Perm", f.CityNames());
    }

    [Fact]
    public void AHardWrappedParagraphIsReadAsOneWithEachSentenceOnItsOwnLine()
    {
        // An agenda report's text, wrapped at a fixed width: the date and the decision sit on different lines.
        var f = X.Run("CITY COUNCIL MEETING DATE: 07/21/2020\nAGENDA TITLE: Sister city program\n\n" +
            "Since 2012, students from Minnetonka have traveled to Ichikawa every summer and the programme\n" +
            "has grown. On May 21, 2020, the Mayor of Ichikawa and the City Council of\n" +
            "Ichikawa discussed and approved the establishment of a sister city relationship\n" +
            "with Minnetonka.");
        var meeting = Assert.Single(f.Events);
        Assert.Equal("2020-05-21", meeting.Start.ToString());
        // The sentence starts on the second line of the paragraph, after "has grown. ".
        var evidence = Assert.Single(meeting.Sources);
        Assert.Equal(5, evidence.Line);
        Assert.StartsWith("On May 21, 2020", evidence.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ANewsAgencysCreditAfterTheLastFullStopIsCutOff()
    {
        // With its credit the paragraph would not end with a full stop, and a short one would read as a caption.
        var f = X.Run("Ties\nOctober 6, 2023\n\nOn April 1, 2005, the mayor of Tainan signed an MoU on friendship with the mayor of Sendai.-Bernama");
        var signing = Assert.Single(f.Events);
        Assert.Equal("2005-04-01", signing.Start.ToString());
        Assert.EndsWith("mayor of Sendai.", Assert.Single(signing.Sources).Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AWireDatelineAfterADateLineIsNoPartOfTheBody()
    {
        // "Accra, May 11, GNA –" repeats where and when the item was filed: its date is no event's, its city no party.
        var f = X.Run(" date 2023-05-11 Accra, May 11, GNA – A twinning agreement between Laayoune and the city of Hollywood in Florida was signed Wednesday in Laayoune.");
        var signing = Assert.Single(f.Events);
        Assert.Equal("2023-05-10", signing.Start.ToString());
        Assert.DoesNotContain("Accra", f.CityNames());
        Assert.StartsWith("A twinning agreement", Assert.Single(signing.Sources).Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ARangeOfDaysOpeningTheBodyIsNoWireDateline()
    {
        var f = X.Run("City news: international relations update\nTuesday, March 12, 2024\n\nOn March 5-7, the Hanoi delegation visited Toulouse.");
        var visit = Assert.Single(f.Events);
        Assert.Equal("2024-03-05", visit.Start.ToString());
        Assert.Equal("2024-03-07", visit.End.ToString());
        Assert.StartsWith("On March 5-7", Assert.Single(visit.Sources).Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AWireDatelineOnTheLineUnderADateLineIsNoPartOfTheBody()
    {
        // "WINDHOEK, 20 JUN (NAMPA) –": the day written before the month; its date is no second signing.
        var f = X.Run("Twinning\n20 Jun 2015 10:20am\nWINDHOEK, 20 JUN (NAMPA) – The Khomas Region and the Jiangsu Province in China on Friday entered into a twinning agreement.");
        var signing = Assert.Single(f.Events);
        Assert.Equal("2015-06-19", signing.Start.ToString());
        Assert.StartsWith("The Khomas Region", Assert.Single(signing.Sources).Text, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chủ Nhật, 12/10/2025 - 21:10\n\nXơ-un, ngày 12/10 (TTXVN) - ", "2025-10-11")]
    [InlineData("Mát-xcơ-va, ngày 12/10 (Nhân Dân) - ", "--10-11")]
    [InlineData("Đà Lạt, ngày 12/10 – ", "--10-11")]
    public void AVietnameseAgencysDatelineIsNoPartOfTheBody(string dateline, string signed)
    {
        // "ngày 12/10" dates the report, not a second meeting.
        var f = X.Run("Tuần lễ văn hóa\n\n" + dateline + "Chiều 11/10, Phó Chủ tịch UBND thành phố Đà Nẵng Lê Minh Tâm hội đàm với Phó Thị trưởng Xơ-un Kim Sang-woo.");
        var meeting = Assert.Single(f.Events);
        Assert.Equal(signed, meeting.Start.ToString());
        Assert.StartsWith("Chiều 11/10", Assert.Single(meeting.Sources).Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnExcerptCutInItsLastWordLosesThatWord()
    {
        // "Bình Ph" would read as a person after the title; the word cut short is no word.
        var f = X.Run("Hợp tác\nNgày 5/3/2023\n\nTỉnh Bình Phước và tỉnh Jeollanam ký kết hợp tác.\n\nỦy viên Trung ương Đảng, Bí thư Tỉnh ủy Bình Ph");
        Assert.Empty(f.People);
        // A text ending with a whole sentence keeps it.
        var g = X.Run("Hợp tác\nNgày 5/3/2023\n\nTỉnh Bình Phước và tỉnh Jeollanam ký kết hợp tác với Bí thư Tỉnh ủy Nguyễn Mạnh Cường");
        Assert.Single(g.People);
    }

    [Fact]
    public void AWrappedParagraphRunsOnIntoACapitalisedNameButNotIntoTheNextProgrammeItem()
    {
        var f = X.Run("Kiel and Da Nang sign memorandum\n\nPosted: 2024-09-18\n\n"
            + "Kiel. The city of Kiel and the Vietnamese port city of Da Nang\n"
            + "yesterday signed a memorandum of understanding on cooperation in port\n"
            + "management and maritime education. The document was signed in the\n"
            + "Rathaus on 17 September 2024 by Lord Mayor Ulf Kaempfer and Tran Van\n"
            + "Hung, Vice Chairman of the Da Nang People's Committee, who leads a\n"
            + "delegation of city officials to Germany.\n\n"
            + "Programme of the Da Nang delegation\n"
            + "Day 1 (16 September): arrival; tour of the Kiel container terminal and\n"
            + "the ferry terminal; dinner hosted by the Lord Mayor\n"
            + "Day 2 (18 September): meeting with the Minister of Economic Affairs of\n"
            + "Schleswig-Holstein, Dr. Anna Berg, in Kiel city centre today\n"
            + "Day 3 (19 September): departure for Hamburg\n");
        Assert.Contains(f.People, p => p.Name == "Ulf Kaempfer");
        Assert.Contains(f.People, p => p.Name == "Tran Van Hung");
        Assert.DoesNotContain(f.People, p => p.Name is "Day" or "Ulf" or "Hung");
        Assert.DoesNotContain(f.Events, e => e.Start!.ToString() == "2024-09-19");
    }

    [Fact]
    public void APlaceAndFullDateOnALineOfTheirOwnUnderTheTextDateAPageWhoseHeaderHasNone()
    {
        var f = X.Run("Iloilo, Vietnam's Hue City to sign sister-city letter of intent\n\nBy Anna Reyes\n\n"
            + "The city of Iloilo welcomed a 20-member delegation from Hue City on Thursday, ahead of talks on tourism and heritage conservation.\n\n"
            + "Mayor Jerry Trenas said the two cities are set to sign a letter of intent on Monday at the City Hall.\n\n"
            + "ILOILO CITY, July 23, 2023\n\nRelated Stories\nDavao City hosts trade fair (July 2, 2023)\n");
        Assert.Equal("2023-07-23", f.Published!.ToString());
        // "set to sign" tells the coming Monday; the City Hall is the filing place's.
        var signing = Assert.Single(f.Events, e => e.Kind == "signing");
        Assert.Equal("2023-07-24", signing.Start!.ToString());
        Assert.Equal("Iloilo", f.NameOf(signing.CityKey!));
        // Not a dated sentence, nor a related story's date.
        var g = X.Run("Iloilo and Hue to sign letter of intent\n\nBy Anna Reyes\n\nThe city of Iloilo welcomed a 20-member delegation from Hue City on Thursday, ahead of talks on tourism and heritage conservation.\n\n"
            + "The ties began on July 23, 2019 in Hue.\n\nRelated Stories\n- Davao City hosts trade fair (July 2, 2023)\n");
        Assert.Null(g.Published);
    }
}
