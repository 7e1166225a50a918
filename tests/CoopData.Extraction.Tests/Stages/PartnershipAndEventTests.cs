using System.Globalization;
using System;
using System.Linq;

namespace CoopData.Extraction.Tests.Stages;

public class PartnershipTests
{
    [Theory]
    [InlineData("Its sister cities include Nara and Hue.")]
    [InlineData("The city's sister cities include Nara and Hue.")]
    [InlineData("Its newest partner before Nara was Hue, with which it signed a friendship agreement in 2019.")]
    public void APossessiveAnaphorOwnsThePartnersListed(string sentence)
    {
        var f = X.Run("Gyeongju news\nOctober 18, 2023\n\nGyeongju currently has friendship relations with 11 cities in 9 countries. " + sentence);
        Assert.Contains("Gyeongju-Hue", f.PairList());
        Assert.DoesNotContain("Hue-Nara", f.PairList());
    }

    [Fact]
    public void TheRelationshipWithAPlaceIsTheLastSubjects()
    {
        var f = X.Run("Duluth news\nOctober 18, 2023\n\nDuluth and Vaxjo signed their sister city agreement in 1987. "
            + "Commission chair Judith Aho said Duluth's other sister city relationships are in different shape. "
            + "The relationship with Rizhao, China, established in 2002, remains active with teacher exchanges.");
        var tie = Assert.Single(f.Partnerships, p => f.PairNames(p).Contains("Rizhao"));
        Assert.Equal(new[] { "Duluth", "Rizhao" }, f.PairNames(tie));
        Assert.Equal(2002, tie.Since);
    }

    [Fact]
    public void TwoPlacesThatHaveCooperatedArePartners()
    {
        var f = X.Run("An Giang news\nNovember 16, 2023\n\nAn Giang now has ties with several Cambodian localities. "
            + "Besides, Chau Doc City and Kampot town have cooperated in tourism promotion since 2019.");
        var tie = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Chau Doc", "Kampot" }, f.PairNames(tie));
        Assert.Equal(2019, tie.Since);
    }

    [Fact]
    public void AFriendlyCityIsAPartner()
    {
        var f = X.Run("Forum opens\nNovember 24, 2023\n\nMore than 30 African cities met in Guangzhou on Thursday. "
            + "Dar es Salaam, a friendly cooperation city of Guangzhou since 2012, presented a plan for a new logistics park.");
        var tie = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Dar es Salaam", "Guangzhou" }, f.PairNames(tie));
        Assert.Equal(2012, tie.Since);
    }

    [Theory]
    [InlineData("Quan hệ hữu nghị giữa Quảng Ninh và Khu tự trị Quảng Tây được thiết lập từ lâu.", "Guangxi-Quang Ninh")]
    [InlineData("Hợp tác giữa hai bên nằm trong khuôn khổ quan hệ giữa tỉnh Quảng Ninh và Khu tự trị dân tộc Choang Quảng Tây.", "Guangxi-Quang Ninh")]
    [InlineData("Quan hệ hữu nghị giữa Ninh Bình và thành phố Quế Lâm (Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc) được thiết lập từ năm 2013.", "Guilin-Ninh Binh")]
    public void AnAutonomousRegionsWordsJoinItsNameToTheList(string sentence, string pair)
    {
        var f = X.Run("Hợp tác\nThứ Hai, 06/03/2023\n\n" + sentence);
        Assert.Equal(new[] { pair }, f.PairList());
    }

    [Theory]
    [InlineData("Trước đó, thành phố đã ký thỏa thuận hợp tác hữu nghị với TP Phòng Thành Cảng (Trung Quốc) từ năm 2010 và ký biên bản ghi nhớ với thị trấn Matsushima (Nhật Bản) năm 2017.", "Matsushima")]
    [InlineData("Previously, the city signed a friendship agreement with Fangchenggang in 2010 and signed a memorandum with Kagoshima in 2017.", "Kagoshima")]
    public void ALocalityAnaphorAfterAFrontedPreviouslyIsTheSubject(string sentence, string second)
    {
        var f = X.Run("Hạ Long news\nMarch 6, 2023\n\nHa Long signed an agreement with Gangneung on March 5. " + sentence);
        Assert.Contains("Fangchenggang-Ha Long", f.PairList());
        Assert.Contains("Ha Long-" + second, f.PairList());
        Assert.DoesNotContain("Fangchenggang-" + second, f.PairList());
    }

    [Fact]
    public void AFriendlyRelationIsACooperationCue()
    {
        var f = X.Run("Gyeongju news\nOctober 18, 2023\n\nMeanwhile, Gyeongju City is pushing to establish a friendly relation with Cusco, the former capital of the Inca empire.");
        Assert.Contains("Cusco-Gyeongju", f.PairList());
    }

    [Fact]
    public void AVenueOpeningTheSentenceWhereTwoOtherPlacesActIsNoPartyOfTheirs()
    {
        var f = X.Run("Hợp tác\nCập nhật: 16/5/2024\n\nSáng 15/5, tại thành phố Vinh, UBND tỉnh Nghệ An và chính quyền tỉnh Ulyanovsk tổ chức hội nghị hợp tác.");
        Assert.Equal(new[] { "Nghe An-Ulyanovsk" }, f.PairList());
    }

    [Theory]
    [InlineData("Hoi An and Kanazawa have been friendship cities since 2018, while Quang Nam is also twinned with Fukuoka Prefecture.")]
    [InlineData("Hoi An and Kanazawa have been friendship cities since 2018; Quang Nam is also twinned with Fukuoka Prefecture.")]
    public void AYearDatesOnlyThePairsOfItsOwnClause(string sentence)
    {
        var f = X.Run("Heritage links\nNov 2, 2023\n\n" + sentence);
        Assert.Equal(2018, f.Partnerships.Single(p => f.PairNames(p).Contains("Kanazawa")).Since);
        Assert.Null(f.Partnerships.Single(p => f.PairNames(p).Contains("Quang Nam")).Since);
    }

    [Theory]
    [InlineData("Wollongong already has a sister city in Kawasaki, Japan, a relationship dating back to 1988, and a friendship-city agreement with Longyan in China's Fujian province.", 1988)]
    [InlineData("Wollongong already has a sister city in Kawasaki, Japan, and a friendship-city agreement with Longyan in China.", null)]
    public void AnOwnersSecondPartnerAfterAndWithIsItsOwnNotThePartnersBefore(string sentence, int? kawasakiSince)
    {
        var f = X.Run("Ulsan delegation visits Wollongong this week\nMarch 11, 2024\n\n" + sentence);
        Assert.Equal(new[] { "Kawasaki-Wollongong", "Longyan-Wollongong" }, f.PairList());
        Assert.Equal(kawasakiSince, f.Partnerships.Single(p => f.PairNames(p).Contains("Kawasaki")).Since);
        Assert.Null(f.Partnerships.Single(p => f.PairNames(p).Contains("Longyan")).Since);
    }

    [Theory]
    [InlineData("A delegation from Linz, Kharkiv's partner city in Austria, arrived on Tuesday with humanitarian aid.", "Kharkiv-Linz")]
    [InlineData("Bordeaux has been partnered with Bristol since 1947, one of the oldest such links in Europe.", "Bordeaux-Bristol")]
    [InlineData("Sacramento has three sister cities: Manila (Philippines), Jinan (China) and Matsuyama (Japan).", "Jinan-Sacramento|Manila-Sacramento|Matsuyama-Sacramento")]
    [InlineData("Sacramento has sister cities in Manila, Jinan and Matsuyama.", "Jinan-Sacramento|Manila-Sacramento|Matsuyama-Sacramento")]
    [InlineData("Reading's twin towns include Düsseldorf in Germany and Clonmel in Ireland.", "Clonmel-Reading|Düsseldorf-Reading")]
    [InlineData("Đà Nẵng có ba thành phố kết nghĩa là Daegu (Hàn Quốc), Sakai (Nhật Bản) và Pittsburgh (Hoa Kỳ).", "Da Nang-Daegu|Da Nang-Pittsburgh|Da Nang-Sakai")]
    [InlineData("Bristol now has seven twin towns, among them Bordeaux and Nantes in France and Porto in Portugal.", "Bordeaux-Bristol|Bristol-Nantes|Bristol-Porto")]
    [InlineData("Huế hiện có ba thành phố kết nghĩa là Blois (Pháp), Gyeongju (Hàn Quốc) và Lowell (Hoa Kỳ).", "Blois-Hue|Gyeongju-Hue|Hue-Lowell")]
    [InlineData("Sacramento maintains three sister-city relationships: Manila, Philippines; Jinan, China; and Matsuyama, Japan.", "Jinan-Sacramento|Manila-Sacramento|Matsuyama-Sacramento")]
    // The owner's verb before the list, its partner noun after it.
    [InlineData("Matsuyama, for its part, lists Freiburg in Germany and Pyeongtaek in South Korea among its sister cities.", "Freiburg-Matsuyama|Matsuyama-Pyeongtaek")]
    [InlineData("Rostock counts Riga and the Latvian port of Liepāja among its partners.", "Liepāja-Rostock|Riga-Rostock")]
    [InlineData("Kiel, for its part, lists Tallinn and the Danish naval town of Vordingborg among its partners.", "Kiel-Tallinn|Kiel-Vordingborg")]
    // "township of" names a town the gazetteer may lack.
    [InlineData("Kushiro, for its part, has had a sister-city relationship with the township of Su'ao in Taiwan since 1995.", "Kushiro-Su'ao")]
    public void PartnersOwnedOrNamedAsPartnerCities(string sentence, string pairs)
    {
        var f = X.Run("City news: international relations update from the council\nMay 2, 2024\n\n" + sentence);
        Assert.Equal(pairs.Split('|'), f.PairList());
        // "Hoa Kỳ" (the United States) is no "ký" (signed): no relation here begins now.
        Assert.All(f.Partnerships, p => Assert.NotEqual(2024, p.Since));
    }

    [Theory]
    [InlineData("Kitakyushu's oldest sister cities, Norfolk in Virginia and Tacoma in Washington state, date back to 1959. The city later added Dalian in China and Incheon in South Korea as partners.",
        "Dalian-Kitakyushu|Incheon-Kitakyushu|Kitakyushu-Norfolk|Kitakyushu-Tacoma")]
    [InlineData("Perth added Kagoshima as a sister city, and Seville joined it later.", "Kagoshima-Perth")]
    [InlineData("Colmar was twinned with Schongau in 1963. The town has since added links with Abingdon in England, Lucca in Italy and Princeton in the United States.",
        "Abingdon-Colmar|Colmar-Lucca|Colmar-Princeton|Colmar-Schongau")]
    [InlineData("Sau khi hiệp định được ký kết tại thủ đô Paris, thành phố Montreuil luôn duy trì tình hữu nghị với Việt Nam. Thành phố cũng đã kết nghĩa với quận Đống Đa (Hà Nội) từ năm 1973.",
        "Dong Da-Montreuil")]
    public void TheSubjectNamedBeforeOwnsThePartnersAdded(string text, string pairs)
    {
        var f = X.Run("City news: international relations update from the council\nMay 2, 2024\n\n" + text);
        Assert.Equal(pairs.Split('|'), f.PairList());
    }

    [Fact]
    public void ALocalityAnaphorOpeningAClauseGoesOnWithTheSubject()
    {
        var f = X.Run("Tin đối ngoại\nThứ Sáu, 27/09/2024 15:30\n\nTháng 7 vừa qua, Hải Phòng và thành phố Thiên Tân (Trung Quốc) ký biên bản ghi nhớ hợp tác, và thành phố đang đàm phán thiết lập quan hệ hữu nghị với thành phố cảng Antwerp (Bỉ).");
        Assert.Equal(new[] { "Antwerpen-Hai Phong", "Hai Phong-Tianjin" }, f.PairList());
    }

    [Fact]
    public void ACountryAfterADashedPairOfNamesLocatesTheFirst()
    {
        // "(Hoa Kỳ)" ends the association's name; Hải Phòng is no American namesake, here or anywhere in the article.
        var f = X.Run("Hải Phòng - Seattle: gần 30 năm gắn bó\nThứ Sáu, 27/09/2024 15:30\n\nPhó Chủ tịch UBND thành phố tiếp đoàn Hiệp hội Thành phố kết nghĩa Seattle - Hải Phòng (Hoa Kỳ). "
            + "Hải Phòng và Seattle chính thức trở thành thành phố kết nghĩa năm 1996.");
        var pair = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Hai Phong", "Seattle" }, f.PairNames(pair));
        Assert.Equal(1996, pair.Since);
    }

    [Theory]
    [InlineData("Graz maintains partnerships with 12 cities worldwide. The oldest is with Pula in Croatia (since 1971); others include Dubrovnik (1994), Darmstadt (1968) and Trondheim (1968).",
        "Darmstadt-Graz 1968|Dubrovnik-Graz 1994|Graz-Pula 1971|Graz-Trondheim 1968")]
    [InlineData("Chennai also has sister city ties with Volgograd in Russia, dating back to 1966, San Antonio in the United States (2008) and Chongqing in China (2015).",
        "Chennai-Chongqing 2015|Chennai-San Antonio 2008|Chennai-Volgograd 1966")]
    [InlineData("Mr Pfister said Würzburg, which also has partner cities including Caen in France and Dundee in Scotland, regarded Mwanza as a special friend.",
        "Caen-Würzburg -|Dundee-Würzburg -")]
    [InlineData("Graz has eight sister cities. Among them are Pula in Croatia, Dubrovnik and Trondheim.", "Dubrovnik-Graz -|Graz-Pula -|Graz-Trondheim -")]
    [InlineData("Đà Nẵng có quan hệ hợp tác với 45 địa phương của 20 quốc gia. Trong đó có Daegu (Hàn Quốc, năm 2004), Sakai (Nhật Bản) và Pittsburgh (Hoa Kỳ).",
        "Da Nang-Daegu 2004|Da Nang-Pittsburgh -|Da Nang-Sakai -")]
    // Asides that describe an item, with or without its year, between commas or closed by the semicolon before the next item.
    [InlineData("Bristol has seven twin towns, among them Bordeaux in France, its oldest (1947), Hanover in Germany (1947) and Porto (1984).",
        "Bordeaux-Bristol 1947|Bristol-Hannover 1947|Bristol-Porto 1984")]
    [InlineData("Sacramento has several sister cities, among them Matsuyama, its oldest, paired in 1981; Jinan in China, paired in 1985; Manila, Philippines; and Liestal, Switzerland.",
        "Jinan-Sacramento 1985|Liestal-Sacramento -|Manila-Sacramento -|Matsuyama-Sacramento 1981")]
    [InlineData("Graz has 12 partner cities, among them Darmstadt, its oldest partner (since 1968), Pula in Croatia, Trondheim in Norway and the Croatian port of Dubrovnik.",
        "Darmstadt-Graz 1968|Dubrovnik-Graz -|Graz-Pula -|Graz-Trondheim -")]
    // A province after another is one more item, never its address.
    [InlineData("Hiện nay, Đắk Lắk đã thiết lập quan hệ hợp tác với 3 địa phương nước ngoài, gồm: tỉnh Sê Kông, tỉnh Salavan (Lào) và tỉnh Mondulkiri (Campuchia).",
        "Dak Lak-Mondulkiri -|Dak Lak-Salavan -|Dak Lak-Sekong -")]
    // Items that each carry "in" a year, the list going on in time ("followed by"), addresses of lower units between them.
    [InlineData("Bac Ninh signed its first sister-province agreement with Yunnan province in 2014, followed by Chiba Prefecture in 2017 and the Sverdlovsk region of Russia in 2019.",
        "Bac Ninh-Chiba Prefecture 2017|Bac Ninh-Sverdlovsk 2019|Bac Ninh-Yunnan 2014")]
    [InlineData("Graz set up ties with Jinan in Shandong in 1995, followed by Shangyu District of Shaoxing, Zhejiang Province, China in 2011, the City of Leon in Nicaragua in 2013, and Cheongju in 2015.",
        "Cheongju-si-Graz 2015|Graz-Jinan 1995|Graz-León 2013|Graz-Shangyu 2011")]
    [InlineData("Graz maintains partnerships with 12 cities. The city signed its first such agreement with Pula in 1971, followed by Dubrovnik in 1994.", "Dubrovnik-Graz 1994|Graz-Pula 1971")]
    // "The state" stands for the state named before, even after "the new MoU," (an agreement, not a town with its address).
    [InlineData("Karnataka signed an MoU with Quang Nam on Friday. With the new MoU, Karnataka now has three sister-state partnerships abroad. "
        + "The state signed its first such agreement with Jiangxi province in 2012.", "Jiangxi-Karnataka 2012|Karnataka-Quang Nam 2024")]
    // "Beside X (year), the province has ...": the province of the city named before, each partner dated past its address.
    [InlineData("Hai Duong province and Nagano mark their ties. The ceremony was held in Hai Duong city. According to Director of the provincial Department of Foreign Affairs "
        + "Nguyen Van Hai, Hai Duong at present has relations with 10 foreign localities. Beside Nagano (1999), the province has signed friendship agreements with "
        + "Champasak province of Laos (2004) and Gimcheon city, North Gyeongsang province, the Republic of Korea (2009).", "Champasak-Hai Duong 2004|Gimcheon-Hai Duong 2009|Hai Duong-Nagano -")]
    // An item's year between commas after its address dates that item alone.
    [InlineData("Luang Prabang already maintains a sister-province relationship with Vietnam's Ninh Binh province, signed in 2012, and is in talks with Japan's Nara Prefecture on a friendship agreement.",
        "Luang Prabang-Nara Prefecture -|Luang Prabang-Ninh Binh 2012")]
    // Partners of an unnamed subject, each with its year in Vietnamese: not each other's.
    [InlineData("Trong những năm qua, quận luôn coi trọng công tác đối ngoại, đã ký thỏa thuận hợp tác với quận Mapo (Seoul, Hàn Quốc) năm 2012 và quận Triều Dương (Bắc Kinh, Trung Quốc) năm 2018.", "")]
    // A list right after a count of partners is that town's; with no count before, the mayors listed are guests, not partners.
    [InlineData("Graz hosted a cooperation forum this week. Among them were the mayors of Pula, Dubrovnik and Trondheim.", "")]
    public void APartnerListIsItsOwnersEachDatedByItsOwnYear(string text, string pairs)
    {
        var f = X.Run("City news: international relations update from the council\nMay 2, 2024\n\n" + text);
        var expected = pairs.Length == 0 ? [] : pairs.Split('|');
        Assert.Equal(expected, f.Partnerships.Select(p => string.Join("-", f.PairNames(p)) + " " + (p.Since?.ToString(CultureInfo.InvariantCulture) ?? "-")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Bristol's twin towns include Bordeaux (1947), Hanover (since 1947) and Porto (1984).")]
    [InlineData("Huế có quan hệ kết nghĩa với nhiều thành phố như Bordeaux (Pháp, từ năm 1947), Hanover (Đức, năm 1947) và Porto (Bồ Đào Nha, năm 1984).")]
    public void EachListedPartnerIsDatedByItsOwnBracketedYear(string sentence)
    {
        var f = X.Run("City news: international relations update from the council\nMay 2, 2024\n\n" + sentence);
        Assert.Equal(3, f.Partnerships.Count);
        var porto = Assert.Single(f.Partnerships, p => f.PairNames(p).Contains("Porto"));
        Assert.Equal(1984, porto.Since);
        Assert.All(f.Partnerships.Where(p => p != porto), p => Assert.Equal(1947, p.Since));
    }

    [Fact]
    public void TheCitiesOfTheArticlesPairAreDatedByAnAnaphor()
    {
        var f = X.Run("Friendship week\n2023-06-05\n\nStudents from Kraków's sister city of Nuremberg took part in a friendship week. The cities have been twinned since 1979.");
        Assert.Equal(1979, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void SinceFromAnaphoricSentence()
    {
        var f = X.Run("Hanoi, Toulouse deepen ties\nApr 13, 2023 / 15:50\nThe cooperation between Hanoi and Toulouse is a model. Since the two cities established ties in 1996, they have worked together in education and health care.");
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(1996, p.Since);
        Assert.Equal(PartnershipStatuses.Active, p.Status);
        Assert.Contains("education", p.Fields);
        Assert.True(string.CompareOrdinal(p.PartyKeys[0], p.PartyKeys[1]) < 0);
    }

    [Fact]
    public void VietnameseSinceAndFields()
    {
        var f = X.Run("Hợp tác\n15:04 15/05/2023\nMối quan hệ hợp tác hữu nghị giữa 2 thành phố Hải Phòng - Nam Ninh được thiết lập từ năm 2006 trên nhiều lĩnh vực như giáo dục, văn hóa.");
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(2006, p.Since);
        Assert.Contains("education", p.Fields);
        Assert.Equal(new[] { "Hai Phong", "Nanning" }, f.PairNames(p));
    }

    [Fact]
    public void YearsOfFriendshipCelebratedDateTheRelation()
    {
        var f = X.Run("Visit\nMay 3, 2024\n\nNelson and its Japanese sister city Miyazu celebrated 48 years of friendship on May 2.");
        Assert.Equal(1976, Assert.Single(f.Partnerships).Since);
        // Years planned are no age.
        var g = X.Run("Visit\nMay 3, 2024\n\nNelson and its Japanese sister city Miyazu adopted a plan for the next 5 years of cooperation on May 2.");
        Assert.Null(Assert.Single(g.Partnerships).Since);
    }

    [Fact]
    public void AndWithGoesOnWithTheSameSubject()
    {
        var f = X.Run("Ties\nMay 3, 2024\n\nCork has been twinned with Shanghai since 2005 and with Rennes since 1982.");
        Assert.Equal(new[] { "Cork-Rennes", "Cork-Shanghai" }, f.PairList());
    }

    [Fact]
    public void PartnersNamedAmongACountedGroupAreTheSubjectsPartners()
    {
        var f = X.Run("Hợp tác\n15:04 03/05/2024\nThành phố Đà Nẵng đã thiết lập quan hệ hợp tác với 43 địa phương của 22 quốc gia, trong đó có thành phố Daegu và thành phố Busan (Hàn Quốc).");
        Assert.Equal(new[] { "Busan-Da Nang", "Da Nang-Daegu" }, f.PairList());
        var g = X.Run("Ties\nMay 3, 2024\n\nBinh Dinh province has cooperative relations with 15 foreign localities, including Gyeongsangbuk-do of South Korea and Champasak of Laos.");
        Assert.Equal(2, g.Partnerships.Count);
    }

    [Fact]
    public void CooperationBetweenTheTwoLocalitiesPairsTheSentencesTwoLocalities()
    {
        var f = X.Run("Hợp tác\n15:04 03/05/2024\nĐoàn công tác của tỉnh Lào Cai đã làm việc với chính quyền tỉnh Vân Nam ngày 2/5 nhằm thúc đẩy hợp tác giữa hai địa phương.");
        Assert.Equal(new[] { "Lao Cai-Yunnan" }, f.PairList());
        var g = X.Run("Visit\nMay 3, 2024\n\nA delegation from Mombasa held talks with Durban officials on May 2 to promote cooperation between the two cities.");
        Assert.Equal(new[] { "Durban-Mombasa" }, g.PairList());
    }

    [Fact]
    public void AFieldsWordsInsideAPersonsNameNameNoField()
    {
        // "Van Hoa" folds as "văn hóa" (culture); in "Nguyen Van Hoa" it is a name.
        var f = X.Run("Ties\nNovember 12, 2025\n\nChairman Nguyen Van Hoa said Kon Tum province has kept its ties with Ishikawa prefecture since 2015.");
        var p = Assert.Single(f.Partnerships);
        Assert.DoesNotContain("culture", p.Fields);
        // Written as a field, it is one.
        var g = X.Run("Hợp tác\n15:04 15/05/2023\nTỉnh Kon Tum và tỉnh Ishikawa (Nhật Bản) đã hợp tác từ năm 2015 trong lĩnh vực Văn hóa, giáo dục.");
        Assert.Contains("culture", Assert.Single(g.Partnerships).Fields);
    }

    [Fact]
    public void TheDatelinesPlaceSpokenOfAsThisProvinceIsAParty()
    {
        var f = X.Run("Cuba news\n\nMatanzas, June 19 (ACN) Authorities in this western Cuban province and their counterparts from the Vietnamese "
            + "province of Lam Dong signed a memo of understanding to boost relations of friendship and cooperation.");
        Assert.Equal(new[] { "Lam Dong-Matanzas" }, f.PairList());
        // Without "this province" the dateline only says where the report was filed.
        var g = X.Run("Cuba news\n\nMatanzas, June 19 (ACN) Officials from Havana and their counterparts from the Vietnamese "
            + "province of Lam Dong signed a memo of understanding to boost relations of friendship and cooperation.");
        Assert.Equal(new[] { "Havana-Lam Dong" }, g.PairList());
        // "memo of understanding" is the memorandum's short name.
        Assert.Equal(new[] { "Lam Dong-Matanzas" }, X.Run("Cuba news\n\nThe Cuban province of Matanzas and the Vietnamese province of Lam Dong signed a memo of understanding.").PairList());
    }

    [Fact]
    public void WhoeverMeetsADelegationHostsTheMeeting()
    {
        var f = X.Run("Hợp tác\nNgày 16/10/2019\n\nChủ tịch Hội đồng tỉnh Gyeonggi đã gặp gỡ đoàn đại biểu tỉnh Hà Nam vào ngày 4/10 và thống nhất tăng cường hợp tác.");
        var meeting = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("Gyeonggi", f.NameOf(meeting.CityKey!));
        var g = X.Run("Ties\nOctober 16, 2019\n\nThe Mayor of Incheon met with the delegation of Da Nang on October 4 to strengthen cooperation.");
        Assert.Equal("Incheon", g.NameOf(Assert.Single(g.Events, e => e.Kind == EventKinds.Meeting).CityKey!));
    }

    [Fact]
    public void ALocalityAndACountryAreNotPartners()
    {
        var f = X.Run("Quan hệ\n14:11 | 18/02/2022 GMT+7\nÔng khẳng định mối quan hệ hữu nghị truyền thống lâu đời giữa thành phố Choisy-le-Roi và Việt Nam là mối quan hệ lịch sử.");
        Assert.Empty(f.Partnerships);
        Assert.True(f.Has(DiagnosticIds.NoFacts));
    }

    [Fact]
    public void NegotiatingAndProposed()
    {
        var neg = X.Run("Visit\nThe Hanoi delegation met officials of Los Angeles. As for the city of Los Angeles, the two sides agreed to promote negotiations towards signing a cooperation agreement between Hanoi and Los Angeles.");
        Assert.Equal(PartnershipStatuses.Negotiating, Assert.Single(neg.Partnerships).Status);
        var prop = X.Run("Talks\nHead of the authority Le Trung Kien expressed his hope for the establishment of a formal twinning relationship between Hai Phong and Shangyu.");
        Assert.Equal(PartnershipStatuses.Proposed, Assert.Single(prop.Partnerships).Status);
    }

    [Fact]
    public void ListOfThreeSigningTwinsPairwise()
    {
        var f = X.Run("Twinning\nCities of Dakar (Senegal), Kinshasa (DRC) and Brazzaville (Congo) have signed a twinning agreement on Wednesday 27 May 2015 in Kinshasa.");
        Assert.Equal(3, f.Partnerships.Count);
        Assert.All(f.Partnerships, p => Assert.Equal(PartnershipStatuses.Signed, p.Status));
    }

    [Fact]
    public void ARelationThatDatesBackToAYearBeganThen()
    {
        var f = X.Run("Ties\nMay 3, 2018\n\nThe relationship between Iloilo City and Kagoshima dates back to 1974, when the two mayors met.");
        Assert.Equal(1974, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void ARelationFormalisedInAYearBeganThen()
    {
        var f = X.Run("Ties\nMay 3, 2024\n\nThe sister city relationship between Kisumu and Roanoke was formalised in 2011, after years of exchanges.");
        Assert.Equal(2011, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void TheRelationNamedWithoutItsPlacesIsTheArticlesPair()
    {
        var f = X.Run("Ties\nMay 3, 2024\n\nThis week Kisumu, Kenya, and Roanoke, USA, celebrate 20 years of a Sister City relationship.\n\n"
            + "The Sister City relationship was formalised in 2011, but its roots go further back.");
        var pair = Assert.Single(f.Partnerships);
        Assert.Equal(2011, pair.Since);
        Assert.Equal(2, pair.Sources.Count);
    }

    [Fact]
    public void APartnersAddressAfterInIsNoVenue()
    {
        var f = X.Run("News\nAugust 11, 2022\n\nOn August 5, Volta Redonda City Council signed a cooperation agreement with Jiangmen, in Guangdong province, China.");
        var signing = Assert.Single(f.Events);
        Assert.Null(signing.CityKey);
        Assert.Equal(new[] { "Jiangmen", "Volta Redonda" }, signing.PartyKeys.Select(f.NameOf).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ASisterCityAgreementSignedNowBeginsTheRelationThatYear()
    {
        var f = X.Run("Ties\nOctober 30, 2024\n\nIloilo City Mayor Ana Reyes and Kagoshima Mayor Ken Mori signed a memorandum of understanding for a sister city partnership.");
        Assert.Equal(2024, Assert.Single(f.Partnerships).Since);
        var formalised = X.Run("Ties\nOctober 21, 2025\n\nThe mayors of Wuhan and Brazil’s Curitiba have formalised their “international sister city” status.");
        Assert.Equal(2025, Assert.Single(formalised.Partnerships).Since);
        var renewed = X.Run("Ties\nOctober 30, 2024\n\nIloilo City Mayor Ana Reyes and Kagoshima Mayor Ken Mori signed the renewed sister city agreement.");
        Assert.Null(Assert.Single(renewed.Partnerships).Since);
    }

    [Theory]
    [InlineData("Thành phố Hồ Chí Minh và thành phố Lyon là thành phố kết nghĩa. Hai thành phố sẽ ký kết chương trình hợp tác nhân dịp kỷ niệm 30 năm quan hệ hợp tác vào năm 2027.", 1997)]
    [InlineData("Thành phố Hồ Chí Minh và thành phố Lyon là thành phố kết nghĩa. Sau gần 30 năm quan hệ kết nghĩa, hai thành phố không ngừng phát triển hợp tác.", null)]
    public void AnAnniversaryCountsFromItsOwnYearAndARoundFigureCountsNothing(string sentences, int? since)
    {
        var f = X.Run("Tin tức đối ngoại: hợp tác quốc tế\nThứ Sáu, 16/8/2024, 19:30\n\n" + sentences);
        Assert.Equal(since, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void TheCityAReportWasFiledFromIsNoParty()
    {
        var f = X.Run("Kaohsiung signs pact with Tamarok\n2022/02/23 15:48\n\nTAIPEI (Taiwan News) — Kaohsiung Mayor Chen Chi-mai signed a sister city agreement with Tamarok on Wednesday (Feb. 23).\n\nTamarok is Kaohsiung’s 18th sister city.");
        Assert.Empty(f.Partnerships);
        var signing = Assert.Single(f.Events);
        Assert.Equal(new[] { "Kaohsiung" }, signing.PartyKeys.Select(f.NameOf).ToArray());
        Assert.Null(signing.CityKey);
    }

    [Fact]
    public void TheOfficialWhoReceivesHostsTheMeeting()
    {
        var f = X.Run("Hội đàm\n\nTrong khuôn khổ chuyến thăm của Đoàn đại biểu tỉnh Vân Nam, Trung Quốc tại Việt Nam, chiều ngày 20/10/2025, "
            + "đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai đã đón tiếp và hội đàm với đồng chí Vương Dư Ba.");
        Assert.Equal("Lao Cai", f.NameOf(Assert.Single(f.Events).CityKey!));
    }

    [Fact]
    public void APassiveNamesTheHostAfterBy()
    {
        var g = X.Run("Ties\nMarch 26, 2021\n\nKo thanked Mayor Kwon Young-jin of Daegu for joining the summit video conference hosted by Taipei City on March 23.");
        Assert.Equal("Taipei", g.NameOf(Assert.Single(g.Events).CityKey!));
    }

    [Fact]
    public void AReviewCeremonyHeldAtAbbreviatedTpIsAMeetingThere()
    {
        var f = X.Run("Ký kết\n21:54, 20/03/2019\n\nSáng 20-3, tại TP. Pleiku, UBND tỉnh Gia Lai và tỉnh Ratanakiri (Campuchia) đã tổ chức Lễ tổng kết hợp tác năm 2018 giữa hai tỉnh.");
        var meeting = Assert.Single(f.Events);
        Assert.Equal("2019-03-20", meeting.Start.ToString());
        Assert.Equal("Pleiku", f.NameOf(meeting.CityKey!));
    }

    [Fact]
    public void AProgrammeHeldIsAMeeting()
    {
        var f = X.Run("Du lịch\n\nNgày 14/6/2019, tại thành phố Vinh, Sở Du lịch Nghệ An phối hợp với tỉnh Bolikhamxay (Lào) tổ chức chương trình kết nối du lịch giữa hai tỉnh.");
        var meeting = Assert.Single(f.Events);
        Assert.Equal((EventKinds.Meeting, "2019-06-14", "Vinh"), (meeting.Kind, meeting.Start.ToString(), f.NameOf(meeting.CityKey!)));
    }

    [Fact]
    public void ADecadeIsNoYearARelationBegan()
    {
        var f = X.Run("Ties\nMay 3, 2018\n\nIloilo City and Kagoshima have been sister cities since the 1970s.");
        Assert.Null(Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void BecomingSisterCitiesOnADayTakesTheArticlesYear()
    {
        var f = X.Run("Ties\nDate of Announcement 2016/10/17\n\nHualien County and the Queensland city of Toowoomba became sister cities on September 21 at the International Conference Hall of the county.");
        var pair = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Hualien City", "Toowoomba" }, f.PairNames(pair));
        Assert.Equal(2016, pair.Since);
        var signing = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Signing, signing.Kind);
        Assert.Equal("2016-09-21", signing.Start.ToString());
    }

    [Fact]
    public void AFairADelegationAttendsJoinsNoTwoLocalities()
    {
        var f = X.Run("Quảng Ninh quảng bá du lịch\n20/10/2024\n\nĐoàn Sở Du lịch tỉnh Quảng Ninh giới thiệu sản phẩm du lịch Hạ Long. "
            + "Ngày 15/10, đoàn đã tham dự Hội chợ Du lịch quốc tế Jeju để quảng bá sản phẩm du lịch Hạ Long. "
            + "Tỉnh Quảng Ninh và tỉnh Jeju (Hàn Quốc) đã ký kết thỏa thuận hợp tác năm 2019.");
        Assert.Contains(f.Events, e => e.Kind == EventKinds.Other && e.PartyKeys.Count == 2);
        Assert.Equal(new[] { "Jeju-Quang Ninh" }, f.PairList());
    }

    [Fact]
    public void APairToldOnceAsideIsNotTheArticlesPair()
    {
        var f = X.Run("Rouen delegation studies Leuven's heritage rules, signs cultural pact\nOctober 21, 2022\n\n"
            + "A delegation from Rouen spent five days in Leuven to study how the city protects its old centre. "
            + "Leuven's mayor received the Rouen delegation at the town hall on October 12. "
            + "The agreement adds a five-year programme to the sister city relationship the two cities have maintained since 2010. "
            + "Leuven is also twinned with Cuenca, in Ecuador. Rouen artists will exhibit in Leuven next July.");
        var pair = Assert.Single(f.Partnerships, p => f.PairNames(p).SequenceEqual(new[] { "Leuven", "Rouen" }));
        Assert.Equal(2010, pair.Since);
        Assert.Null(Assert.Single(f.Partnerships, p => f.PairNames(p).Contains("Cuenca")).Since);
    }

    [Fact]
    public void ItOpeningASentenceIsTheTownTheSentenceBeforeOpenedWith()
    {
        var f = X.Run("Graz and Nantes\nJune 3, 2022\n\nNantes and Graz marked the anniversary of their twinning. Nantes officials visited Graz. "
            + "Nantes officials thanked the Nantes choir, which sang in Nantes cathedral. Graz's network of partners has grown since then. "
            + "It also has a friendship agreement with Pécs, Hungary, signed in 1989.");
        Assert.Contains("Graz-Pécs", f.PairList());
        Assert.DoesNotContain("Nantes-Pécs", f.PairList());
    }

    [Fact]
    public void ATownThatIsASisterCityOfAListIsEachOnesPartner()
    {
        var f = X.Run("Pohang ties\nJune 3, 2022\n\nThe mayor of Pohang visited Iloilo City on June 1. "
            + "Pohang, for its part, is also a sister city of Fukuyama in Japan and Yantai in China.");
        Assert.Contains("Fukuyama-Pohang", f.PairList());
        Assert.Contains("Pohang-Yantai", f.PairList());
        Assert.DoesNotContain("Fukuyama-Yantai", f.PairList());
    }

    [Fact]
    public void TwoPartnersAListIncludesAreNotEachOthers()
    {
        var f = X.Run("Iloilo ties\nJune 3, 2022\n\nThe city's partners abroad include Kaohsiung in Taiwan and Stockton in California, "
            + "while its domestic sister cities include Cebu City and Davao City.");
        Assert.Empty(f.Partnerships);
    }

    [Fact]
    public void AListItemsYearMayCloseItsItemOrBeSharedWithTheItemBefore()
    {
        var f = X.Run("Kanazawa ties\nJune 3, 2022\n\nKanazawa is twinned with Porto Alegre, Brazil, and Irkutsk, Russia, both since 1967, "
            + "with Ghent, Belgium, since 1971 and with Rouen, France, since 1973.");
        int? SinceOf(string partner) => f.Partnerships.Single(p => f.PairNames(p).Contains(partner)).Since;
        Assert.Equal(1967, SinceOf("Porto Alegre"));
        Assert.Equal(1967, SinceOf("Irkutsk"));
        Assert.Equal(1971, SinceOf("Gent")); // GeoNames writes Ghent "Gent"
        Assert.Equal(1973, SinceOf("Rouen"));
    }

    [Fact]
    public void TheStateOfANameIsTheState()
    {
        var f = X.Run("Ronda ties\nJune 3, 2022\n\nChefchaouen has had a sister-city relationship with Issaquah, in the US state of Washington, since 2011.");
        var pair = Assert.Single(f.Partnerships);
        Assert.Contains("Issaquah", f.PairNames(pair));
        Assert.Equal(2011, pair.Since);
        Assert.DoesNotContain(f.Cities, c => c.Name.StartsWith("Washington, D.C.", System.StringComparison.Ordinal));
    }
}

public class TiesFromEventsTests
{
    private const string Text = "Thai Nguyen delegation in Korea\nThứ Bảy, 24/05/2024 - 10:00\n\n"
        + "Đoàn công tác tỉnh Thái Nguyên do Phó Chủ tịch UBND tỉnh Trịnh Việt Hùng dẫn đầu đã đến thủ đô Xơ-un ngày 19/5.\n\n"
        + "Đoàn cũng làm việc với thành phố Xơ-un ngày 20/5.\n\n";

    [Fact]
    public void AJourneyToATownOfACountryTheTextTiesTheTravellersWithIsNoTieOfItsOwn()
    {
        var f = X.Run(Text + "Ngày 21/5, tỉnh Thái Nguyên và thành phố Gumi đã ký thỏa thuận hợp tác hữu nghị. Thái Nguyên và Gumi sẽ trao đổi đoàn học sinh.");
        Assert.Equal(new[] { "Gumi-Thai Nguyen" }, f.PairList());
    }

    [Fact]
    public void AJourneyWithNoOtherTieToThatCountryIsOne()
    {
        var f = X.Run(Text + "Tỉnh Thái Nguyên hiện có hơn 200 dự án đầu tư của doanh nghiệp Hàn Quốc.");
        Assert.Contains("Seoul-Thai Nguyen", f.PairList());
    }
}

public class EventTests
{
    [Fact]
    public void AVenueNamedAfterADayIsNoDateAndItsAddressIsWhereTheEventIs()
    {
        var f = X.Run("Lễ hội\nCập nhật: 21/11/2023\n\nTối 19/11, đoàn đã dự Lễ khai mạc Tuần Văn hóa - Du lịch tại Quảng trường 7/5, TP Điện Biên Phủ.");
        var opening = Assert.Single(f.Events);
        Assert.Equal("2023-11-19", opening.Start.ToString());
        Assert.Equal("Dien Bien Phu", f.NameOf(opening.CityKey!));
    }

    [Theory]
    [InlineData("Hải Phòng\nThứ Tư, 15/05/2024\n\nSáng 14/5, Bí thư Thành ủy Hải Phòng Lê Tiến Châu đã tiếp đoàn công tác thành phố Kitakyushu do Thị trưởng Takeuchi Kenji dẫn đầu. Trong chuyến thăm, hai bên đã ký kết biên bản ghi nhớ về hợp tác trong lĩnh vực môi trường.")]
    [InlineData("Hai Phong\nMay 15, 2024\n\nOn May 14, Secretary of the Hai Phong Party Committee Le Tien Chau received a delegation from Kitakyushu led by Mayor Takeuchi Kenji. During the visit, the two sides signed a memorandum of understanding on environmental cooperation.")]
    public void ASigningDuringTheVisitIsDatedAndPlacedByIt(string article)
    {
        var f = X.Run(article);
        var signing = f.Events.Single(e => e.Kind == EventKinds.Signing);
        Assert.Equal("2024-05-14", signing.Start.ToString());
        Assert.Equal("Hai Phong", f.NameOf(signing.CityKey!));
    }

    [Theory]
    [InlineData("Tiếp xã giao\nThứ Năm, 12/09/2024\n\nChiều 11/9, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã tiếp xã giao ông Vilaysak Phommachanh, Tổng Lãnh sự Lào tại Đà Nẵng.")]
    [InlineData("Courtesy call\nSeptember 12, 2024\n\nOn September 11, Chairman of the Quang Tri People's Committee Vo Van Hung received Vilaysak Phommachanh, Consul General of Laos in Da Nang.")]
    public void ADiplomatsPostIsNotWhereTheyAreReceived(string article)
    {
        var f = X.Run(article);
        var meeting = Assert.Single(f.Events);
        Assert.Equal("2024-09-11", meeting.Start.ToString());
        Assert.Equal("Quang Tri", f.NameOf(meeting.CityKey!));
    }

    [Theory]
    [InlineData("A Polish culture week opened in Lviv on Monday evening, with concerts and a film season.", "Lviv", "2024-05-13", null)]
    [InlineData("The Kraków Christmas Fair will run in Lviv from December 6 to December 15.", "Lviv", "2024-12-06", "2024-12-15")]
    [InlineData("Tuần văn hóa Ba Lan diễn ra tại thành phố Lviv từ ngày 13/5 đến ngày 19/5.", "Lviv", "2024-05-13", "2024-05-19")]
    [InlineData("Lễ hội ẩm thực Ba Lan khai mạc tối 13/5 tại thành phố Lviv.", "Lviv", "2024-05-13", null)]
    [InlineData("Tối 13/5, đoàn dự Lễ khai mạc Lễ hội Văn hóa Ba Lan tại sân vận động thành phố Lviv.", "Lviv", "2024-05-13", null)]
    [InlineData("Trong hai ngày 20 và 21-5, \"Ngày hội Văn hóa Lviv tại thành phố Kraków\" sẽ diễn ra tại Quảng trường Chính.", "Kraków", "2024-05-20", "2024-05-21")]
    [InlineData("Festival Hoa Đà Lạt sẽ khai mạc tối 16/5 tại Quảng trường Lâm Viên và kéo dài đến hết ngày 20/5.", "Da Lat", "2024-05-16", "2024-05-20")]
    [InlineData("Lễ hội Trà hoa Đà Lạt sẽ khai mạc tối 16/5 tại Quảng trường Lâm Viên và kéo dài đến ngày 20/5.", "Da Lat", "2024-05-16", "2024-05-20")]
    public void AFestivalAFairOrACultureWeekIsAnOccasionOfItsOwn(string sentence, string city, string start, string? end)
    {
        var f = X.Run("Lviv and Kraków\nMay 15, 2024\n\n" + sentence);
        var occasion = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Other, occasion.Kind);
        Assert.Equal(city, f.NameOf(occasion.CityKey!));
        Assert.Equal(start, occasion.Start.ToString());
        Assert.Equal(end, occasion.End?.ToString());
    }

    [Theory]
    [InlineData("On Monday, the mayor of Kraków visited the culture week in Lviv.", EventKinds.Visit)]
    [InlineData("At the opening of the festival on Monday, the two mayors signed a memorandum in Lviv.", EventKinds.Signing)]
    public void AnOccasionNamedBesideAnotherEventIsThatEventsSetting(string sentence, string kind)
    {
        var f = X.Run("Culture\nMay 15, 2024\n\n" + sentence);
        Assert.Equal(kind, Assert.Single(f.Events).Kind);
    }

    [Fact]
    public void ADelegationArrivingForAFestivalIsAVisitNotTheFestival()
    {
        var f = X.Run("Lễ hội\nThứ Tư, 15/5/2024\n\nLễ hội Hoa Đà Lạt sẽ khai mạc tối 16/5 tại Quảng trường Lâm Viên và kéo dài đến ngày 20/5. "
            + "Đoàn tỉnh Chiang Mai do Phó Tỉnh trưởng Somchai Wongsa dẫn đầu đã đến Đà Lạt chiều 14/5 và sẽ dự lễ hội đến hết ngày 18/5.");
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2024-05-14", visit.Start.ToString());
        Assert.Equal("2024-05-18", visit.End?.ToString());
        Assert.Equal("Da Lat", f.NameOf(visit.CityKey!));
        var festival = Assert.Single(f.Events, e => e.Kind == EventKinds.Other);
        Assert.Equal("2024-05-16", festival.Start.ToString());
    }

    [Theory]
    [InlineData("Ngày 24/6, tại trụ sở chính quyền vùng ở thành phố Genova, Đại sứ Phạm Quang Huy đã gặp Phó Chủ tịch vùng Liguria Alessandro Pittaluga.", 1)]
    [InlineData("Ngày 24/6, doanh nghiệp thành phố Genova đã gặp khó khăn khi xuất khẩu sang Việt Nam.", 0)]
    public void MeetingAnOfficialIsAMeeting(string sentence, int meetings)
    {
        var f = X.Run("Genova và Hải Phòng\nThứ Năm, 27/6/2024\n\n" + sentence);
        Assert.Equal(meetings, f.Events.Count(e => e.Kind == EventKinds.Meeting && e.Start.ToString() == "2024-06-24"));
    }

    [Theory]
    [InlineData("Ngày 13/5, tại thành phố Kraków, đoàn dự Diễn đàn Hợp tác địa phương Trung Âu năm 2024.", "Bên lề diễn đàn, UBND thành phố Lviv và chính quyền thành phố Lublin đã ký kết thỏa thuận thiết lập quan hệ hữu nghị.")]
    [InlineData("The Central European Cities Forum opened in Kraków on Monday, May 13.", "On the sidelines of the forum, the mayors of Lviv and Lublin signed a friendship agreement.")]
    public void AnUndatedSigningOnTheSidelinesOfAForumIsOnItsDayAndWhereItIsHeld(string forum, string sentence)
    {
        var f = X.Run("Forum news\nMay 15, 2024\n\n" + forum + " " + sentence);
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2024-05-13", signing.Start.ToString());
        Assert.Equal("Kraków", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void AnEventWithinAFestivalIsHeldWhereTheFestivalIs()
    {
        var f = X.Run("Lễ hội\nThứ Tư, 15/5/2024\n\nLễ hội Hoa Đà Lạt sẽ khai mạc tối 16/5 tại Quảng trường Lâm Viên và kéo dài đến ngày 20/5. "
            + "Trong khuôn khổ lễ hội, ngày 17/5 sẽ diễn ra hội thảo quốc tế về du lịch, đồng chủ trì bởi tỉnh Lâm Đồng và thành phố Chiang Mai.");
        var workshop = Assert.Single(f.Events, e => e.Kind == EventKinds.Conference);
        Assert.Equal("2024-05-17", workshop.Start.ToString());
        Assert.Equal("Da Lat", f.NameOf(workshop.CityKey!));
    }

    [Theory]
    [InlineData("On the sidelines of the 2024 Mekong Cities Forum on Tuesday, Vientiane signed a memorandum of understanding with Kunming.")]
    [InlineData("On Tuesday, on the sidelines of the forum, the mayor of Vientiane met the mayor of Kunming.")]
    public void AnEventOnTheSidelinesOfAForumIsNotTheForum(string sentence)
    {
        var f = X.Run("Forum news\nMay 15, 2024\n\nThe Mekong Cities Forum opened in Nanning on Monday. " + sentence);
        var onTheSidelines = Assert.Single(f.Events, e => e.Kind != EventKinds.Conference);
        Assert.Equal("2024-05-14", onTheSidelines.Start.ToString());
        // Held where the forum is.
        Assert.Equal("Nanning", f.NameOf(onTheSidelines.CityKey!));
    }

    [Theory]
    [InlineData("A delegation from Würzburg arrived in Mwanza on Monday for a five-day working visit.", "2024-10-07", "2024-10-11")]
    [InlineData("A delegation from Würzburg is in Mwanza for a visit that started on Monday and ends on Friday.", "2024-10-07", "2024-10-11")]
    [InlineData("A delegation from Würzburg arrived in Mwanza on Tuesday for a four-day visit that wraps up Friday.", "2024-10-08", "2024-10-11")]
    [InlineData("A delegation from Würzburg will arrive in Mwanza on Oct. 14 for a five-day visit ending Oct. 18.", "2024-10-14", "2024-10-18")]
    [InlineData("A group of Würzburg students arrived in Mwanza on Monday for a two-week homestay.", "2024-10-07", "2024-10-20")]
    [InlineData("Đoàn công tác thành phố Würzburg đến Mwanza ngày 7/10 trong chuyến thăm 3 ngày.", "2024-10-07", "2024-10-09")]
    public void AStaysLengthOrEndGivesItsLastDay(string sentence, string start, string end)
    {
        var f = X.Run("News\nWednesday, October 9, 2024\n\n" + sentence);
        var visit = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Visit, visit.Kind);
        Assert.Equal(start, visit.Start.ToString());
        Assert.Equal(end, visit.End?.ToString());
    }

    [Fact]
    public void AVisitNamingOneSideOfThePairIsToTheOtherAndPlacesWhatHappensDuringIt()
    {
        var f = X.Run("Setagaya mayor marks 55 years of ties with Winnipeg\nFriday, June 13, 2025\n\nWinnipeg and Setagaya became sister cities in 1970. "
            + "Setagaya Mayor Takeshi Moriyama arrived Wednesday with a 16-member delegation for a four-day visit. "
            + "On Thursday, the delegation paid a courtesy call on Mayor Daniel Kowalchuk at City Hall.");
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("Winnipeg", f.NameOf(visit.CityKey!));
        Assert.Equal("2025-06-14", visit.End?.ToString());
        var call = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2025-06-12", call.Start.ToString());
        Assert.Equal("Winnipeg", f.NameOf(call.CityKey!));
    }

    [Theory]
    // A journey through a country, or to a place the gazetteer lacks, is no visit to the other side's city.
    [InlineData("The Setagaya delegation arrived in Canada on Wednesday for a four-day visit.")]
    [InlineData("On Wednesday the Setagaya delegation will travel to Gimli for a two-day visit.")]
    public void AVisitNamingItsDestinationIsNotPlacedByThePair(string sentence)
    {
        var f = X.Run("Setagaya mayor marks 55 years of ties with Winnipeg\nFriday, June 13, 2025\n\nWinnipeg and Setagaya became sister cities in 1970. " + sentence);
        Assert.All(f.Events.Where(e => e.Kind == EventKinds.Visit), v => Assert.NotEqual("Winnipeg", v.CityKey is null ? null : f.NameOf(v.CityKey)));
    }

    [Fact]
    public void AnEventIsWhereAClauseAfterItSaysItIsHosted()
    {
        var f = X.Run("Port news\nFriday, February 28, 2025\n\nThe results of the Busan cooperation will be presented at the Indonesia-Korea Port Cities Forum, which Surabaya will host on Tuesday, March 4.");
        var forum = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Conference, forum.Kind);
        Assert.Equal("2025-03-04", forum.Start.ToString());
        Assert.Equal("Surabaya", f.NameOf(forum.CityKey!));
    }

    [Fact]
    public void SigningsOfADayWithPartnersInTwoCountriesAreTwo()
    {
        var f = X.Run("Forum news\nMay 15, 2024\n\nHue and Gyeongju signed a friendship agreement on Tuesday. On the sidelines of the forum on Tuesday, Hue also signed a letter of intent with Blois. "
            + "Mayor Kim of Gyeongju attended the ceremony on Tuesday.");
        var signings = f.Events.Where(e => e.Kind == EventKinds.Signing).Select(e => string.Join("+", e.PartyKeys.Select(f.NameOf).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "Blois+Hue", "Gyeongju+Hue" }, signings);
    }

    [Fact]
    public void AnOccasionNamedAfterAPlaceIsHeldThere()
    {
        // The place is named (not part of an organisation's name), holds the forum, and owns the sister cities it lists.
        var f = X.Run("Forum\nOctober 23, 2024\n\nThe 2024 Busan Sister Cities Forum opened on Wednesday with mayors and officials from 12 cities, including Shanghai, Osaka and Los Angeles.");
        var forum = Assert.Single(f.Events);
        Assert.Equal("2024-10-23", forum.Start.ToString());
        Assert.Equal("Busan", f.NameOf(forum.CityKey!));
        Assert.Equal(new[] { "Busan-Los Angeles", "Busan-Osaka", "Busan-Shanghai" }, f.PairList());
    }

    [Theory]
    [InlineData("Seoul and Hanoi signed the agreement on Monday at the Hanoi Opera House.")]
    [InlineData("Seoul and Hanoi signed the agreement on Monday at the Hanoi Convention Center.")]
    [InlineData("Seoul and Hanoi signed the agreement on Monday at the Hanoi City Hall.")]
    [InlineData("On Monday, the mayor of Seoul received Vice Chairman Ha of Hanoi in the Grand Hall of Hanoi City Hall.")]
    public void AHallNamedAfterAPlaceIsWhereTheEventIs(string sentence)
    {
        var f = X.Run("City news: international relations update\nTuesday, March 12, 2024\n\n" + sentence);
        var signing = Assert.Single(f.Events);
        Assert.Equal("2024-03-11", signing.Start.ToString());
        Assert.Equal("Hanoi", f.NameOf(signing.CityKey!));
    }

    [Theory]
    [InlineData("City news: international relations update\nTuesday, March 12, 2024\n\nOn March 5, a delegation from Kumamoto paid a courtesy call on Nguyen Van An, Chairman of the Thua Thien Hue Provincial People's Committee.")]
    [InlineData("Tin tức đối ngoại: hợp tác quốc tế\nThứ Ba, 12/3/2024 - 10:20\n\nChiều 5/3, đoàn công tác tỉnh Kumamoto (Nhật Bản) đã đến chào xã giao lãnh đạo tỉnh Thừa Thiên Huế.")]
    public void WhomAGuestCallsOnIsTheHost(string text)
    {
        var f = X.Run(text);
        var call = Assert.Single(f.Events);
        Assert.Equal("2024-03-05", call.Start.ToString());
        Assert.Equal("Hue", f.NameOf(call.CityKey!));
    }

    [Fact]
    public void ARecentEventWithNoVenueHappenedWhereTheReportWasFiled()
    {
        var f = X.Run("City news: international relations update\nTuesday, March 12, 2024\n\nSEOUL (Yonhap) -- Mayor Oh Se-hoon met with Governor Tran Van Nam of Binh Duong province on Monday to discuss investment. "
            + "Seoul and Binh Duong signed a memorandum of understanding on May 3, 2019.");
        var meeting = Assert.Single(f.Events, e => e.Kind == "meeting");
        Assert.Equal("2024-03-11", meeting.Start.ToString());
        Assert.Equal("Seoul", f.NameOf(meeting.CityKey!));
        // Years before, the dateline says nothing of where.
        Assert.Null(Assert.Single(f.Events, e => e.Kind == "signing").CityKey);
    }

    [Fact]
    public void AVietnameseAgencysDatelinePlacesTheRecentEventsItNamesNoVenueFor()
    {
        var f = X.Run("Tuần lễ văn hóa Đà Nẵng tại Xơ-un\nChủ Nhật, 12/10/2025 - 21:10\n\n"
            + "Xơ-un, ngày 12/10 (TTXVN) - Chiều 11/10, Phó Chủ tịch UBND thành phố Đà Nẵng Lê Minh Tâm hội đàm với Phó Thị trưởng Xơ-un Kim Sang-woo. "
            + "Kết thúc hội đàm, hai bên ký biên bản ghi nhớ hợp tác giữa thành phố Đà Nẵng và thành phố Xơ-un.");
        Assert.Equal(2, f.Events.Count);
        Assert.All(f.Events, e => Assert.Equal("2025-10-11", e.Start.ToString()));
        Assert.All(f.Events, e => Assert.Equal("Seoul", f.NameOf(e.CityKey!)));
    }

    [Theory]
    [InlineData("Ngày 11/3, Chủ tịch UBND thành phố Hà Nội đã hội đàm với Đô trưởng Seoul tại Trung tâm Hội nghị quốc tế, quận Ba Đình.", "Ba Dinh")]
    [InlineData("Ngày 11/3, đoàn đã dự Diễn đàn hợp tác tại Trung tâm Hội nghị Quốc gia (quận Nam Từ Liêm) với lãnh đạo thành phố Seoul.", "Nam Tu Liem")]
    [InlineData("Ngày 11/3, đoàn Hà Nội đã tham dự diễn đàn tổ chức tại Trung tâm hội nghị Songdo Convensia, thành phố Incheon.", "Incheon")]
    public void AVenuesAddressAfterItsNameIsWhereTheEventIs(string sentence, string venue)
    {
        var f = X.Run("Tin tức đối ngoại: hợp tác quốc tế\nThứ Ba, 12/3/2024 - 10:20\n\n" + sentence);
        var e = Assert.Single(f.Events);
        Assert.Equal("2024-03-11", e.Start.ToString());
        Assert.Equal(venue, f.NameOf(e.CityKey!));
    }

    [Fact]
    public void ASigningRecalledAtAMeetingIsNotOfItsDay()
    {
        var f = X.Run("Tin tức đối ngoại: hợp tác quốc tế\nThứ Sáu, 16/8/2024, 19:30\n\nHôm nay (16/8), tại thành phố Incheon, đoàn công tác thành phố Hải Phòng đã hội đàm với lãnh đạo thành phố Incheon. "
            + "Tại hội đàm, bà Trần Thị Hoa nhắc lại năm 1997, hai thành phố đã ký thỏa thuận thiết lập quan hệ thành phố kết nghĩa. "
            + "Theo kế hoạch, ngày mai (17/8), hai bên sẽ ký thỏa thuận hợp tác về phát triển logistics.");
        Assert.Equal(new[] { "meeting 2024-08-16", "signing 2024-08-17" }, f.Events.Select(e => e.Kind + " " + e.Start).OrderBy(x => x, System.StringComparer.Ordinal).ToArray());
        Assert.Equal(1997, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void AnAbbreviatedMonthAfterAPlaceIsADate()
    {
        var f = X.Run("City news: international relations update\nTuesday, October 8, 2024\n\nSapporo Mayor Takumi Aoki led a 40-member delegation that visited Portland Oct. 3-6.");
        var visit = Assert.Single(f.Events);
        Assert.Equal("2024-10-03", visit.Start.ToString());
        Assert.Equal("Portland", f.NameOf(visit.CityKey!));
    }

    [Fact]
    public void AnOfficialWelcomedToAPlaceIsAGuestThere()
    {
        var f = X.Run("City news: international relations update\nTuesday, March 12, 2024\n\nGovernor Kim Dong-yeon welcomed Chairman Tran Van Son of Dong Nai and his delegation to Gyeonggi on Friday.");
        var welcome = Assert.Single(f.Events);
        Assert.Equal("2024-03-08", welcome.Start.ToString());
        Assert.Equal("Gyeonggi", f.NameOf(welcome.CityKey!));
    }

    [Fact]
    public void ADelegationToAPlaceIsAVisitThere()
    {
        var f = X.Run("City news: international relations update\nTuesday, March 12, 2024\n\nVice Mayor Kim Jae-won of Busan will lead a delegation to Ho Chi Minh City from April 2 to 5.");
        var visit = Assert.Single(f.Events);
        Assert.Equal("visit", visit.Kind);
        Assert.Equal("2024-04-02", visit.Start.ToString());
        Assert.Equal("2024-04-05", visit.End.ToString());
        Assert.Equal("Ho Chi Minh City", f.NameOf(visit.CityKey!));
    }

    [Fact]
    public void APlaceOpeningAHallsNameOutsideAVenueIsStillAnInstitutionsName()
    {
        var f = X.Run("City news: international relations update\nTuesday, March 12, 2024\n\nThe Busan Convention Center reported record bookings.");
        Assert.DoesNotContain(f.Cities, c => c.Name == "Busan");
    }

    [Fact]
    public void GuestsOfAGroupTheSentenceCountsAreNeitherHostNorEachOthersPartners()
    {
        var f = X.Run("Forum\nOctober 23, 2024\n\nThe sister cities forum opened on Wednesday with mayors and officials from 12 cities, including Ho Chi Minh City, Shanghai, Osaka and Los Angeles.");
        Assert.Null(Assert.Single(f.Events).CityKey);
        Assert.Empty(f.Partnerships);
    }

    [Fact]
    public void MeetingAndConferenceInOneSentence()
    {
        var f = X.Run("Ties\nApr 13, 2023 / 15:50\nChairman of Hanoi People's Committee Tran Sy Thanh made the remarks during a meeting today [April 13] with Toulouse Deputy Mayor Jean-Claude Dardelet, who is visiting the capital to attend the 12th Vietnam-France Decentralization Conference (April 13-16).");
        var meeting = f.Events.Single(e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2023-04-13", meeting.Start.ToString());
        Assert.Equal("Hanoi", f.NameOf(meeting.CityKey!));
        Assert.Equal(2, meeting.PersonKeys.Count);
        var conf = f.Events.Single(e => e.Kind == EventKinds.Conference);
        Assert.Equal("2023-04-16", conf.End.ToString());
    }

    [Fact]
    public void VisitSpanningDaysAndMeetingWithin()
    {
        var f = X.Run("Thăm\n date 2022-09 đoàn công tác tỉnh Nghệ An đã có chuyến thăm và làm việc tại Hàn Quốc từ ngày 14 - 19/9/2022.\n"
            + "Ngày 16/9, trong khuôn khổ chuyến công tác tại Hàn Quốc, đoàn đã có buổi làm việc với ngài Yeom Tae Young - Phó tỉnh trưởng tỉnh Gyeonggi.");
        var visit = f.Events.Single(e => e.Kind == EventKinds.Visit);
        Assert.Equal("2022-09-14", visit.Start.ToString());
        Assert.Null(visit.CityKey); // Korea is a country, not a city
        var meeting = f.Events.Single(e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2022-09-16", meeting.Start.ToString());
    }

    [Fact]
    public void OneDayVisitAndWorkIsAMeetingAtTheHost()
    {
        var f = X.Run("Làm việc\n(22:48 25/06/2019)\nSáng 25/6, đoàn công tác quận Thạch Cảnh Sơn, Bắc Kinh, Trung Quốc đã đến thăm và làm việc với UBND quận Long Biên, thành phố Hà Nội.");
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Meeting, e.Kind);
        Assert.Equal("Long Bien", f.NameOf(e.CityKey!));
    }

    [Fact]
    public void CaptionsDoNotCreateEvents()
    {
        var f = X.Run("Hanoi, Vientiane councils sign\nThe people's councils of Hanoi and Vientiane today (December 12) inked a cooperation agreement.\n"
            + "Vice Chairwoman Phung Thi Hong Ha and Lamphoy Siakkhachanh at the December 12 meeting. Photo: Tu Anh/The Hanoi Times");
        Assert.Equal(EventKinds.Signing, Assert.Single(f.Events).Kind);
        Assert.DoesNotContain("Tu Anh", f.PersonNames());
    }

    [Fact]
    public void ACaptionStatingADatedSigningReportsItWhenTheBodyDatesNone()
    {
        const string caption = "Thunder Bay and China's Jiaozuo City formally signed a sister cities agreement on Friday, May 26, 2017. (Matt Vis, tbnewswatch.com)\n";
        const string body = "Local leaders from Thunder Bay and Jiaozuo City formally signed into agreement as sister cities at a ceremony held Friday afternoon at city hall.";
        var f = X.Run("Thunder Bay adds new sister city\n" + caption + body);
        Assert.Equal("2017-05-26", Assert.Single(f.Events, e => e.Kind == EventKinds.Signing).Start.ToString());
        // A caption that only names who stood there, or a body dating the signing itself, adds nothing.
        var g = X.Run("Thunder Bay adds new sister city\nMayor Keri Mauro and Mayor Wang Yu at the signing on Friday, May 26, 2017. (Matt Vis, tbnewswatch.com)\n" + body);
        Assert.DoesNotContain(g.Events, e => e.Kind == EventKinds.Signing);
    }

    [Fact]
    public void ASigningToldRightAfterALeadNamingNoEventTakesTheLeadsDay()
    {
        const string lead = " date 2024-10-30 Davao City and Hamamatsu City strengthened their bond through a sister city agreement on Tuesday in Davao City.\n\n";
        const string signed = "Davao City Mayor Sebastian Duterte and Hamamatsu City Mayor Yusuke Nakano signed a memorandum of understanding.";
        var f = X.Run("Ties\n" + lead + signed);
        Assert.Equal("2024-10-29", Assert.Single(f.Events).Start.ToString());
        // Only the sentence right after the lead: a signing told later may be another one.
        var g = X.Run("Ties\n" + lead + "The two cities share a port.\n\n" + signed);
        Assert.Empty(g.Events);
    }

    [Fact]
    public void ACeremonyAfterASigningSentenceTakesItsParties()
    {
        var f = X.Run("Twins\n2020-12-25\nChina's Hainan and the Grodno region signed an agreement on twin city relations. The ceremony took place on December 21 in online format.");
        var signing = Assert.Single(f.Events);
        Assert.Equal("2020-12-21", signing.Start.ToString());
        Assert.Equal(new[] { "Grodno", "Hainan" }, signing.PartyKeys.Select(f.NameOf).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void ACountrysOfficialLongFormIsThatCountry()
    {
        var f = X.Run("Ties\nDecember 7, 2011\n\nThe Volta Region of the Republic of Ghana and Ningxia have officially established friendly regions under an agreement.");
        var pair = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Ningxia", "Volta Region" }, pair.PartyKeys.Select(f.NameOf).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.DoesNotContain(f.Cities, c => c.Country != "GH" && c.Country != "CN");
    }

    [Fact]
    public void AVisitToACountryHasNoCityForVenue()
    {
        // The reception is in The Hague; the visit, "tại Hà Lan", is in the Netherlands and no locality.
        var f = X.Run("Tin\nNgày 3/8/2017\nNgày 3/8, tại thành phố La Hay, Đại sứ Ngô Thị Hòa đã tiếp đoàn đại biểu tỉnh An Giang thăm làm việc tại Hà Lan, từ ngày 30/7-3/8.");
        Assert.Null(Assert.Single(f.Events, e => e.Kind == EventKinds.Visit).CityKey);
        Assert.Equal("The Hague", f.NameOf(Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting).CityKey!));
    }

    [Fact]
    public void ATownNamedByItsCountrysAdjectiveIsTheArticlesTownOfThatCountry()
    {
        var f = X.Run("Aid\n10 October 2022\nKraków and Lviv are deepening their partnership. Local officials in the southeastern Polish town welcomed a delegation "
            + "of their Ukrainian colleagues from 13 to 16 September.");
        var visit = Assert.Single(f.Events);
        Assert.Equal("2022-09-13", visit.Start.ToString());
        Assert.Equal(new[] { "Kraków" }, visit.PartyKeys.Select(f.NameOf));
    }

    [Fact]
    public void EnteringIntoAnAgreementIsASigning()
    {
        var f = X.Run("Twinning\nJune 20, 2015\n\nThe Khomas Region and the Jiangsu Province entered into a twinning agreement on June 19, 2015.");
        Assert.Equal(EventKinds.Signing, Assert.Single(f.Events).Kind);
        var g = X.Run("Twinning\nJune 20, 2015\n\nThe agreement between Khomas and Jiangsu entered into force on June 19, 2015.");
        Assert.Empty(g.Events);
    }

    [Fact]
    public void ReceptionTakesPlaceAtTheHost()
    {
        var f = X.Run("Tiếp\nChiều 8/12, Phó Chủ tịch UBND thành phố Huế Nguyễn Thanh Bình đã tiếp và làm việc với Đoàn công tác thành phố Cergy.");
        var e = Assert.Single(f.Events);
        Assert.Equal("--12-08", e.Start.ToString());
        Assert.Equal("Hue", f.NameOf(e.CityKey!));
    }

    [Fact]
    public void AnEventOfLastWeekIsTheOneItsDaysDate()
    {
        var f = X.Run("Dak Lak in Mareeba\nMonday, May 19, 2025\n\nA delegation from Dak Lak spent four days in Mareeba last week studying coffee farms. "
            + "The delegation arrived in Mareeba on Monday, May 12, and left on Thursday.");
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2025-05-12", visit.Start.ToString());
        // Told only by "last week", the visit is of that week's month.
        var g = X.Run("Dak Lak in Mareeba\nMonday, May 19, 2025\n\nA delegation from Dak Lak spent four days in Mareeba last week studying coffee farms.");
        Assert.Equal("2025-05", Assert.Single(g.Events, e => e.Kind == EventKinds.Visit).Start.ToString());
    }

    [Fact]
    public void LastWeekYieldsToAnotherDateOfItsSentence()
    {
        var f = X.Run("Windhoek and Trondheim\nThursday, September 18, 2025\n\nToday, the mayors of Windhoek and Trondheim are expected to sign a renewed "
            + "memorandum of understanding, approved by Trondheim's city council last week.");
        Assert.Equal("2025-09-18", Assert.Single(f.Events, e => e.Kind == EventKinds.Signing).Start.ToString());
    }

    [Fact]
    public void APartyThatWentOverToAPlaceVisitedIt()
    {
        var f = X.Run("Cao Lãnh và Prey Veng\nThứ Năm, 22/8/2024 | 16:10\n\nTuần trước, đoàn doanh nghiệp TP Cao Lãnh đã sang Prey Veng khảo sát thị trường.");
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2024-08", visit.Start.ToString());
        Assert.Equal("Prey Veng", f.NameOf(visit.CityKey!));
    }

    [Fact]
    public void AJourneyToAttendAConferenceIsTheConference()
    {
        // A place past a semicolon is another clause's.
        var f = X.Run("Quảng Ninh và Khâm Châu\n12/11/2025\n\nTheo đó, tháng 3/2026, đoàn công tác tỉnh Quảng Ninh sẽ sang thành phố Khâm Châu dự Diễn đàn hợp tác cảng biển; "
            + "các bên sẽ luân phiên tổ chức hội đàm năm 2026 tại thành phố Bắc Hải.");
        var conference = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Conference, conference.Kind);
        Assert.Equal("2026-03", conference.Start.ToString());
        Assert.Equal("Qinzhou", f.NameOf(conference.CityKey!));
    }
}

public class EventPeopleAndStatusTests
{
    [Theory]
    [InlineData("Mayor Anna Berg of Aarhus and Tran Van Minh, chairman of the Hue People's Committee, put their signatures to the agreement yesterday.")]
    [InlineData("Aarhus and the Vietnamese city of Hue formally became friendship cities yesterday.")]
    public void SignaturesPutOrCitiesBecomingFriendsAreASigning(string sentence)
    {
        var f = X.Run("Aarhus and Hue\nThursday, November 14, 2024\n\n" + sentence);
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Signing, e.Kind);
        Assert.Equal("2024-11-13", e.Start.ToString());
    }

    [Fact]
    public void ADelegationCallingOnAnOfficialMeetsHimButOneCallingOnHimToActDoesNot()
    {
        var f = X.Run("Aarhus and Hue\nThursday, November 14, 2024\n\nOn Tuesday, the Aarhus delegation called on Hue Vice Chairman Nguyen Van Phuong in Hue.");
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Meeting, e.Kind);
        Assert.Equal("Hue", f.NameOf(e.CityKey!));
        var g = X.Run("Aarhus and Hue\nThursday, November 14, 2024\n\nOn Tuesday, the Aarhus council called on Hue Vice Chairman Nguyen Van Phuong to reopen the museum.");
        Assert.Empty(g.Events);
    }

    [Theory]
    [InlineData("The Hue delegation lands in Aarhus on Thursday and will stay until Monday.", "2024-11-14", "2024-11-18")]
    [InlineData("Led by Vice Chairman Tran Van Minh, the Hue group lands Thursday and will stay through November 17.", "2024-11-14", "2024-11-17")]
    [InlineData("The Hue delegation is due to land in Aarhus on Thursday.", "2024-11-14", null)]
    public void ALandingPartyVisitsUntilTheDayItsStayEnds(string sentence, string start, string? end)
    {
        var f = X.Run("Hue in Aarhus\nTuesday, November 12, 2024\n\n" + sentence);
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Visit, e.Kind);
        Assert.Equal(start, e.Start.ToString());
        Assert.Equal(end, e.End?.ToString());
    }

    [Theory]
    [InlineData("Chiều 26/6, tại thành phố Kyoto (Nhật Bản), Phó Chủ tịch UBND thành phố Huế hội đàm với Phó Thị trưởng thành phố Kyoto. Kết thúc hội đàm, hai bên đã ký Chương trình hợp tác giai đoạn 2024-2026.")]
    [InlineData("On June 26, the mayor of Hue held talks with the mayor of Kyoto in Kyoto. At the end of the talks, the two sides signed a cooperation programme for 2024-2026.")]
    [InlineData("Chiều 26/6, tại thành phố Kyoto (Nhật Bản), Phó Chủ tịch UBND thành phố Huế hội đàm với Phó Thị trưởng thành phố Kyoto. Ngay sau buổi hội đàm, hai bên đã ký kết Biên bản ghi nhớ hợp tác.")]
    [InlineData("Chiều 26/6, tại thành phố Kyoto (Nhật Bản), đoàn thành phố Huế làm việc với Phó Thị trưởng thành phố Kyoto. Ngay sau buổi làm việc, hai bên đã ký Ý định thư hợp tác.")]
    [InlineData("On June 26, the mayor of Hue held talks with the mayor of Kyoto in Kyoto. Immediately after the talks, the two mayors signed a memorandum of understanding.")]
    [InlineData("On June 26, the mayor of Hue held talks with the mayor of Kyoto in Kyoto. Later that day, the two mayors signed a cooperation programme for 2024-2026.")]
    [InlineData("Sáng 26/6, tại thành phố Kyoto (Nhật Bản), Phó Chủ tịch UBND thành phố Huế hội đàm với Phó Thị trưởng thành phố Kyoto. Chiều cùng ngày, hai bên đã ký Chương trình hợp tác giai đoạn 2024-2026.")]
    public void ASigningAtTheEndOfTheTalksOrTheSameDayIsOnTheirDay(string text)
    {
        var f = X.Run("Huế và Kyoto hợp tác\nThứ Năm, 27/6/2024 - 10:20\n\n" + text);
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2024-06-26", signing.Start.ToString());
    }

    [Theory]
    [InlineData("Chiều qua (15/11), tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Trà Vinh đã tiếp đoàn đại biểu tỉnh Kampong Thom. Cũng trong chiều qua, tại trụ sở UBND TP Trà Vinh, Chủ tịch UBND TP Trà Vinh đã làm việc với đoàn.")]
    [InlineData("On Friday afternoon, the governor of Tra Vinh received the Kampong Thom delegation at the provincial hall. Also on Friday afternoon, the mayor of Tra Vinh City met the delegation at the city hall.")]
    public void AnotherMeetingAlsoOnTheDayIsAnEventOfItsOwn(string text)
    {
        var f = X.Run("Trà Vinh tiếp đoàn Kampong Thom\n06:30 | 16/11/2024\n\n" + text);
        Assert.Equal(2, f.Events.Count(e => e.Kind == EventKinds.Meeting && e.Start.ToString() == "2024-11-15"));
    }

    [Fact]
    public void DaysATravellingPartySpentInAPlaceAreItsVisit()
    {
        var f = X.Run("Wrocław in Oxford\nMarch 3, 2025\n\nThe six-strong group from Wrocław spent three days in Oxford, from February 27 to March 1, meeting councillors and students.");
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2025-02-27", visit.Start.ToString());
        Assert.Equal("Oxford", f.NameOf(visit.CityKey!));
        // Money spent is no stay.
        var g = X.Run("Wrocław in Oxford\nMarch 3, 2025\n\nThe group from Wrocław spent £2,000 on books in Oxford on February 27.");
        Assert.DoesNotContain(g.Events, e => e.Kind == EventKinds.Visit);
    }

    [Fact]
    public void TheSameDayIsNotTheFirstDayOfAStayToldBefore()
    {
        var f = X.Run("Huế và Kyoto hợp tác\nThứ Năm, 27/6/2024 - 10:20\n\nChiều 26/6, tại Huế, Chủ tịch UBND thành phố Huế tiếp đoàn thành phố Kyoto (Nhật Bản). "
            + "Đoàn đang thăm và làm việc tại Huế từ ngày 24 - 28/6. Trước đó, sáng cùng ngày, thành phố Huế và thành phố Kyoto đã ký Thỏa thuận hợp tác du lịch.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2024-06-26", signing.Start.ToString());
    }

    [Fact]
    public void LandIsNoVisitWithoutATravellingParty()
    {
        var f = X.Run("Hue in Aarhus\nTuesday, November 12, 2024\n\nThe council of Hue will sell the land on Thursday to a developer from Aarhus.");
        Assert.DoesNotContain(f.Events, e => e.Kind == EventKinds.Visit);
    }

    [Fact]
    public void AVisitToTheCountryOfOneOfThePairIsTheOthersAndItsFirstDayDatesWhatFollows()
    {
        var f = X.Run("Aarhus and Hue become friendship cities\nThursday, November 14, 2024\n\n"
            + "Aarhus and Hue signed a friendship agreement in Aarhus on Wednesday. "
            + "The Hue delegation arrived in Denmark on Monday for a five-day trip. "
            + "On its second day, the delegation called on Aarhus Deputy Mayor Lars Holm at the city hall.");
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2024-11-11", visit.Start.ToString());
        Assert.Equal(new[] { "Hue", "Århus" }, visit.PartyKeys.Select(f.NameOf).OrderBy(n => n, StringComparer.Ordinal));
        var meeting = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2024-11-12", meeting.Start.ToString());
    }

    [Fact]
    public void SignatoriesNamedLaterArePresentAtTheSigning()
    {
        var f = X.Run("Provinces sign\nMon, 08/05/2023 - 10:00\nHai Duong province and the French city of Montreuil inked a cooperation agreement in Montreuil on May 5, 2023.\n"
            + "Signatories were Tran Van Minh, Chairman of the Hai Duong provincial People's Committee, and Marie Dupont, Mayor of Montreuil.");
        var e = Assert.Single(f.Events);
        Assert.Equal(2, e.PersonKeys.Count);
    }

    [Fact]
    public void AWelcomingHostJoinsTheVisitButAnInviterDoesNot()
    {
        var f = X.Run("Visit\nMon, 08/05/2023 - 10:00\nAt the invitation of Mayor John Smith, a Hanoi delegation began a visit to Portland on May 6, 2023.\n"
            + "Deputy Mayor Mary Jones welcomed the delegation at the airport.");
        var e = Assert.Single(f.Events);
        var names = e.PersonKeys.ToArray();
        Assert.Contains("mary-jones", names);
        Assert.DoesNotContain("john-smith", names);
    }

    [Fact]
    public void ASentenceAboutSomethingElseAddsNobody()
    {
        var f = X.Run("Visit\nMon, 08/05/2023 - 10:00\nA Hanoi delegation began a visit to Portland on May 6, 2023.\n"
            + "Mayor Mary Jones said the city's budget grew.");
        Assert.Empty(Assert.Single(f.Events).PersonKeys);
    }

    [Fact]
    public void ASigningBetweenAPartyCommitteeAndAUniversityIsNotThePairsSigning()
    {
        var f = X.Run("Leaders meet\nApr 2, 2024 / 10:00\nHanoi and Guangzhou agreed to strengthen cooperation in trade on April 2.\n"
            + "The leaders of Hanoi and Guangzhou witnessed the signing of a cooperation agreement between the Hanoi Party Committee and the South China University of Technology.");
        var p = Assert.Single(f.Partnerships);
        Assert.NotEqual(PartnershipStatuses.Signed, p.Status);
    }

    [Fact]
    public void TheTwoCitiesSigningIsSigned()
    {
        var f = X.Run("Twinning\nApr 2, 2024 / 10:00\nHanoi and Guangzhou signed a twinning agreement on April 2.");
        Assert.Equal(PartnershipStatuses.Signed, Assert.Single(f.Partnerships).Status);
    }

    [Fact]
    public void AProgrammePeriodIsNotWhenTheRelationBegan()
    {
        var f = X.Run("Hợp tác\nThành phố Hội An và thành phố Szentendre sẽ tổ chức các sự kiện giao lưu trong giai đoạn từ năm 2024 - 2029.");
        var p = Assert.Single(f.Partnerships);
        Assert.NotEqual(2024, p.Since);
        Assert.NotEqual(2029, p.Since);
    }

    [Fact]
    public void WeekdaySigningIsDatedFromTheDateline()
    {
        var f = X.Run("Ties\n date 2023-09-21 Toulouse on Tuesday signed a memorandum of understanding with the city of Hanoi in Vietnam.");
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Signing, e.Kind);
        Assert.Equal("2023-09-19", e.Start.ToString());
        var none = X.Run("Ties\nToulouse on Tuesday signed a memorandum of understanding with the city of Hanoi in Vietnam.");
        Assert.Empty(none.Events);
    }

    [Fact]
    public void ScheduledConclusionOfAnAgreementIsASigning()
    {
        var f = X.Run("Ties\nThe mayors of Toulouse and Hanoi will be concluding the sister-city agreement between Toulouse, France, and Hanoi, Vietnam on Oct. 29, 2021.");
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Signing, e.Kind);
        Assert.Equal("2021-10-29", e.Start.ToString());
        var g = X.Run("Visit\nThe visit of the Toulouse delegation to Hanoi concluded on Oct. 29, 2021.");
        Assert.DoesNotContain(g.Events, x => x.Kind == EventKinds.Signing);
    }

    [Fact]
    public void VisitAcrossTwoMonths()
    {
        var f = X.Run("Visit\nFriday, November 1, 2013\nA delegation from Toulouse, France, toured sister city Hanoi from October 28 through November 1.");
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Visit, e.Kind);
        Assert.Equal("2013-10-28", e.Start.ToString());
        Assert.Equal("2013-11-01", e.End.ToString());
        Assert.Equal("Hanoi", f.NameOf(e.CityKey!));
        var g = X.Run("Visit\nFriday, November 1, 2013\nA delegation from Toulouse, France, visited Hanoi Oct 28 - Nov 1.");
        Assert.Equal("2013-11-01", Assert.Single(g.Events).End.ToString());
    }

    [Theory]
    [InlineData("Ties\n date 2016-05-02 Hanoi and Toulouse celebrate the 20th anniversary of their sister-city relationship this week.", 1996)]
    [InlineData("Ties\n date 2016-05-02 Hanoi and Toulouse mark the agreement's 20th anniversary with a festival.", 1996)]
    [InlineData("Ties\nKỷ niệm 10 năm kết nghĩa giữa thành phố Hà Nội, Việt Nam và thành phố Toulouse, Pháp (2014 - 2024).", 2014)]
    [InlineData("Ties\nTỉnh Nghệ An và tỉnh Gyeonggi đã ký kết bản thỏa thuận hợp tác vào năm 2004.", 2004)]
    [InlineData("Ties\nTỉnh Nghệ An và TP. Suwon đã ký kết bản thỏa thuận hợp tác vào năm 2004.", 2004)]
    [InlineData("Ties\nTỉnh Nghệ An và tỉnh Gyeonggi chuẩn bị kỷ niệm 10 năm ký kết thiết lập quan hệ hợp tác hữu nghị (năm 2013).", 2013)]
    [InlineData("Ties\n date 2024-07-17 Thành phố Hà Nội tổ chức sự kiện chào mừng 10 năm kết nghĩa với thành phố Toulouse.", 2014)]
    public void SinceFromAnniversariesAndYears(string text, int since)
    {
        var p = Assert.Single(X.Run(text).Partnerships);
        Assert.Equal(since, p.Since);
        Assert.Equal(PartnershipStatuses.Active, p.Status);
    }

    [Fact]
    public void SinceMustDateTheRelation()
    {
        var f = X.Run("Ties\n date 2019-06-18 It was the first twinning visit between Hanoi and Toulouse since local government reorganisation in 2009.");
        Assert.Null(Assert.Single(f.Partnerships).Since);
        var g = X.Run("Ties\n date 2019-06-18 The mayors helped celebrate the 40th anniversary of Toulouse district during a twinning visit between Hanoi and Toulouse.");
        Assert.Null(Assert.Single(g.Partnerships).Since);
    }

    [Fact]
    public void SinceFromASentenceNamingOneSide()
    {
        var f = X.Run("Ties\n date 2023-02-21 The City of Hanoi will travel to France to strengthen its sister city relationship with Toulouse.\n"
            + "As part of the council's cooperation agreement, which they embarked upon in 2003 with the city of Toulouse, the council plans a visit.");
        Assert.Equal(2003, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void SealedIsASigning()
    {
        var f = X.Run("Lyon, Turin ink sisterhood agreement\n date 2017-05-23 The friendship between Lyon and Turin was sealed by the two mayors yesterday morning in Lyon.");
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Signing, e.Kind);
        Assert.Equal("2017-05-22", e.Start!.ToString());
    }

    [Fact]
    public void SinceFromFirstSigned()
    {
        var f = X.Run("Ties\n date 2024-06-10 Busan and Lyon celebrate ten years of cooperation.\nBusan and Lyon first signed a friendship cooperation agreement in 2014. In 2019, both sides inked a memorandum of understanding to broaden cooperation.");
        Assert.Equal(2014, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void RespectivelyPairsTheListsInOrder()
    {
        var f = X.Run("Ties\nLyon, Marseille and Bordeaux have established partnerships with Kyoto, Osaka and Yokohama, respectively.");
        var pairs = f.PairList();
        Assert.Equal(new[] { "Bordeaux-Yokohama", "Kyoto-Lyon", "Marseille-Osaka" }, pairs);
    }

    [Fact]
    public void ASerialCommaListIsNotAnAddress()
    {
        var f = X.Run("Ties\nLyon's Villeurbanne city, Bron city, and Vienne city have partnerships with Kyoto city, Osaka city, and Kobe city, respectively.");
        var pairs = f.PairList();
        Assert.Equal(new[] { "Bron-Osaka", "Kobe-Vienne", "Kyoto-Villeurbanne" }, pairs);
    }

    [Fact]
    public void SinceFromAnEstablishingCueAfterTheDate()
    {
        var f = X.Run("Sister cities\nThe Common Council adopted a resolution on March 4, 2011 establishing a sister city relationship between the City of Lyon, France and the City of Kyoto, Japan.");
        Assert.Equal(2011, Assert.Single(f.Partnerships).Since);
        Assert.DoesNotContain("Wakefield", f.CityNames());
    }

    [Fact]
    public void KyNiemTronAndAFutureSigning()
    {
        var f = X.Run("Hợp tác\nNgày 15/3/2023, đoàn tỉnh Gunma sang thăm thành phố Đà Nẵng.\nTrong chuyến thăm, đoàn tỉnh Gunma sẽ làm việc với thành phố Đà Nẵng và sẽ có nhiều biên bản ghi nhớ được ký kết.\nNăm 2023 kỷ niệm tròn 8 năm hợp tác hữu nghị giữa tỉnh Gunma với thành phố Đà Nẵng.");
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(2015, p.Since);
        Assert.NotEqual(PartnershipStatuses.Signed, p.Status);
    }

    [Fact]
    public void AVenueIsNotASideOfAnAgreementBetweenMinistries()
    {
        var f = X.Run("Ties\nThe MoU with Kyoto followed an agreement signed between the Ministry of Foreign Affairs of France and the Ministry of Foreign Affairs of Japan in Lyon on May 20, 2013.");
        Assert.Empty(f.Partnerships);
    }

    [Fact]
    public void AnImpendingRelationshipIsBeingNegotiated()
    {
        var f = X.Run("Talks\n\nThe impending Accra-Kumasi relationship was discussed by the two councils.");
        Assert.Equal("negotiating", f.Partnerships.Single().Status);
    }

    [Theory]
    [InlineData("Ngày 30-3, UBND tỉnh Bình Định và 4 tỉnh Nam Lào (Attapu, Salavan, Sekong) đã ký kết hợp tác.")]
    [InlineData("Ngày 30-3, UBND tỉnh Bình Định và 4 tỉnh Nam Lào (Attapu, Xanadu, Salavan, Sekong) đã ký kết hợp tác.")]
    [InlineData("Ngày 30-3, UBND tỉnh Bình Định và các tỉnh Attapu, Salavan và Sekong của Lào đã ký kết hợp tác.")]
    [InlineData("Ngày 30-3, UBND tỉnh Bình Định và Chính quyền 4 tỉnh Nam Lào (Attapu, Salavan, Sekong) đã ký kết hợp tác.")]
    public void APlaceSigningWithAListOfPlacesPartnersEachOfThem(string sentence)
    {
        // A list item the gazetteer does not know ("Xanadu") neither breaks the list nor counts as a place.
        var f = X.Run("Hợp tác\n\n" + sentence);
        var partners = f.Partnerships.Select(p => f.PairNames(p)).Select(n => n.Single(x => x != "Binh Dinh")).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "Attapeu", "Salavan", "Sekong" }, partners);
    }

    [Fact]
    public void APlacesOwnProvinceWrittenAfterItIsItsAddressNotAPartner()
    {
        var f = X.Run("Sister cities\n\nXiangyang city in Central China's Hubei province established a sister city relationship with Carmel, Indiana on Tuesday.");
        Assert.Equal(new[] { "Carmel", "Xiangyang" }, f.PairNames(f.Partnerships.Single()));
    }

    [Theory]
    [InlineData("Sister cities\nMarch 3, 2021\n\nThe mayors of Accra and Kumasi signed an agreement establishing a sister city relationship between Accra and Kumasi.")]
    [InlineData("Kết nghĩa\n10:43, 03/03/2021\n\nLãnh đạo tỉnh Quảng Ninh đã ký biên bản ghi nhớ chính thức thiết lập quan hệ kết nghĩa giữa tỉnh Quảng Ninh và tỉnh Sơn Đông.")]
    public void ARelationASigningReportedNowEstablishesStartsInThePublicationYear(string article)
    {
        Assert.Equal(2021, X.Run(article).Partnerships.Single().Since);
    }

    [Theory]
    [InlineData("On March 2, Accra and Kumasi signed a memorandum of understanding. The signing ceremony took place at the City Hall in Kumasi.", "Kumasi")]
    [InlineData("Ngày 21/10, tỉnh Quảng Ninh và tỉnh Sơn Đông đã chính thức ký kết biên bản ghi nhớ. Buổi lễ ký kết diễn ra tại Hội trường, thành phố Hạ Long.", "Ha Long")]
    public void AnEventTakesTheVenueTheNextSentenceSaysItWasHeldAt(string body, string venue)
    {
        var f = X.Run("MoU\nMarch 3, 2021\n\n" + body);
        Assert.Equal(venue, f.NameOf(f.Events.Single().CityKey!));
    }

    [Theory]
    [InlineData("Ngày 20/10/2018, đoàn đại biểu tỉnh Quảng Ninh đã thăm tỉnh Sơn Đông.", true)]
    [InlineData("Ngày 20/10/2018, đoàn đại biểu tỉnh Quảng Ninh đã tham gia hội chợ tại tỉnh Sơn Đông.", false)]
    [InlineData("Ngày 20/10/2018, đoàn đại biểu tỉnh Quảng Ninh đến tham dự hội chợ tại tỉnh Sơn Đông.", false)]
    public void ThămIsAVisitAndThamOfThamGiaIsNot(string sentence, bool visit)
    {
        var f = X.Run("Thăm\n10:43, 26/11/2018\n\n" + sentence);
        Assert.Equal(visit, f.Events.Any(e => e.Kind == "visit"));
    }

    [Fact]
    public void ADateACommemorationRemembersIsNoEventAndNoStart()
    {
        var f = X.Run("Ký kết\n\nHướng tới kỷ niệm 46 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào (18/7/1977), hai tỉnh Vĩnh Long và "
            + "Xiêng Khoảng tổ chức Lễ ký kết Biên bản hợp tác ngày 11/7/2023.");
        Assert.DoesNotContain(f.Events, e => e.Start?.Year == 1977);
        Assert.Contains(f.Events, e => e.Kind == "signing" && e.Start?.ToString() == "2023-07-11");
        Assert.DoesNotContain(f.Partnerships, p => p.Since == 1977);
    }

    [Fact]
    public void TravelledToIsAVisit()
    {
        var f = X.Run("Visit\nOctober 20, 2008\n\nOn October 16, 2008 a delegation traveled to Springfield from its sister city of Takikawa, Japan.");
        Assert.Contains(f.Events, e => e.Kind == "visit" && e.Start?.ToString() == "2008-10-16");
    }

    [Fact]
    public void EveryItemOfAListBeforeWithPartnersThePlaceAfterIt()
    {
        var f = X.Run("Hợp tác\n\nNgày 3/11/2025, lãnh đạo 3 tỉnh Svay Rieng, Prey Veng và Tboung Khmum (Campuchia) ký kết hợp tác với tỉnh Tây Ninh.");
        foreach (var partner in new[] { "Svay Rieng", "Prey Veng" })
            Assert.Contains(f.Partnerships, p => f.PairNames(p).Contains(partner) && f.PairNames(p).Contains("Tay Ninh"));
        // A possessor is no list item: Tokyo is Minato's address, not Paris' partner.
        var g = X.Run("Ties\n\nThe government of Tokyo's Minato Ward has signed a friendship city agreement with Paris.");
        Assert.DoesNotContain(g.Partnerships, p => g.PairNames(p).Contains("Tokyo"));
    }

    [Theory]
    [InlineData("The Brooklyn Park City Council approved a Sister City proposal with Udu, Nigeria, on Feb. 27.", "2023-02-27", "Brooklyn Park")]
    [InlineData("On February 27, 2023, the City Council of Sakura City discussed and approved the establishment of a sister city relationship with Brooklyn Park.", "2023-02-27", "Sakura")]
    public void ACouncilsDecisionIsAMeetingInItsLocality(string sentence, string date, string city)
    {
        var f = X.Run("Council news\nMarch 7, 2023\n\n" + sentence);
        var e = Assert.Single(f.Events);
        Assert.Equal(("meeting", date, city), (e.Kind, e.Start?.ToString(), f.NameOf(e.CityKey!)));
        // Without a council, "approved" is no event.
        Assert.Empty(X.Run("Council news\nMarch 7, 2023\n\nThe plan for Brooklyn Park was approved on Feb. 27.").Events);
    }

    [Fact]
    public void AWelcomeOfADelegationIsAVisit()
    {
        var f = X.Run("Đón đoàn\n\nNgày 13/3/2013, Sở Du lịch Quảng Bình tổ chức lễ đón đoàn khách du lịch của tỉnh Nakhon Phanom tại Quảng Bình.");
        Assert.Contains(f.Events, e => e.Kind == "visit" && e.Start?.ToString() == "2013-03-13");
    }

    [Fact]
    public void AProposalIsAProposedRelation()
    {
        var f = X.Run("Council news\nMarch 7, 2023\n\nThe Brooklyn Park City Council approved a Sister City proposal with Udu, Nigeria, on Feb. 27.");
        Assert.Equal("proposed", Assert.Single(f.Partnerships).Status);
    }

    [Fact]
    public void ADateOpeningAPeriodIsNoEventsDate()
    {
        var f = X.Run("Ties\nJuly 5, 2019\n\nSince the inception of the sister-province relations between Jiangsu and Gangwon in October 1994, the two sides have exchanged frequent visits.");
        Assert.Empty(f.Events);
    }

    [Fact]
    public void ADelegationMetWithIsTheGuestNotTheVenue()
    {
        var f = X.Run("Ties\nJuly 5, 2019\n\nParty Secretary Lou Qinjian met with Jeollabuk-do delegation headed by Governor Song Hajin on 26 June.");
        Assert.Null(Assert.Single(f.Events).CityKey);
    }

    [Fact]
    public void ACityHallIsInItsCity()
    {
        var f = X.Run("Ký kết\n\nNgày 6/10/2025, tại Tòa thị chính thành phố Le Havre (Cộng hòa Pháp), Phó Chủ tịch UBND thành phố Đà Nẵng Trần Nam Hưng và ông "
            + "Édouard Philippe, Thị trưởng thành phố Le Havre, đã ký kết bản ghi nhớ thiết lập quan hệ hợp tác giữa hai thành phố.");
        Assert.Equal("Le Havre", f.NameOf(Assert.Single(f.Events).CityKey!));
    }

    [Theory]
    [InlineData("Tháng 8/2017, Quảng Bình thực hiện đường bay thẳng Đồng Hới - Chiang Mai, mở ra nhiều cơ hội hợp tác.")]
    [InlineData("In August 2017, the new Hanoi-Vientiane flight opened cooperation opportunities.")]
    public void TheEndsOfARouteAreNoPartners(string sentence) => Assert.Empty(X.Run("Hợp tác\n\n" + sentence).Partnerships);

    [Fact]
    public void TiepInAnotherWordIsNoReception()
    {
        var f = X.Run("Hợp tác\n\nTháng 8/2017, Quảng Bình mở đường bay trực tiếp đầu tiên đến Chiang Mai.");
        Assert.Empty(f.Events);
    }

    [Fact]
    public void PlacesListedAfterAnEarlierRelationArePartnersOfItsSubjectNotOfEachOther()
    {
        var f = X.Run("Ký kết\n\nNgày 21/10/2024, tỉnh Gyeonggi và thành phố Hà Nội ký kết hợp tác, đánh dấu mối quan hệ hợp tác thứ ba giữa tỉnh Gyeonggi "
            + "và các địa phương của Việt Nam, sau tỉnh Nghệ An và thành phố Hồ Chí Minh.");
        Assert.Contains(f.Partnerships, p => f.PairNames(p).SequenceEqual(new[] { "Gyeonggi", "Nghe An" }));
        Assert.DoesNotContain(f.Partnerships, p => f.PairNames(p).Contains("Nghe An") && f.PairNames(p).Contains("Ho Chi Minh City"));
    }

    [Fact]
    public void CountriesBetweenCoordinatedPlacesKeepThemCoordinated()
    {
        var f = X.Run("Hợp tác\n\nTrùng Khánh trên đất liền Trung Quốc và Incheon tại Hàn Quốc đã là đối tác từ năm 2007.");
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Chongqing", "Incheon" }, f.PairNames(p));
        Assert.Equal(2007, p.Since);
    }

    [Fact]
    public void AFrontedPartnerPairsWithTheSubjectAfterTheComma()
    {
        var f = X.Run("Hợp tác\n\nVới tỉnh Takeo, An Giang hợp tác chặt chẽ trên lĩnh vực nông nghiệp, y tế, thương mại.");
        Assert.Equal(new[] { "An Giang", "Takeo" }, f.PairNames(Assert.Single(f.Partnerships)));
    }

    [Fact]
    public void TheStatesDiplomaticRelationsDateNoPartnershipAndTheirAnniversaryIsNoEvent()
    {
        var f = X.Run("Hà Nội - Phnom Penh hợp tác\n\nChuyến thăm Campuchia của Bí thư Thành ủy Hà Nội diễn ra vào thời điểm hai nước kỷ niệm 55 năm thiết lập "
            + "quan hệ ngoại giao (24/6/1967 - 24/6/2022); Hà Nội và Phnom Penh tăng cường quan hệ hợp tác.");
        Assert.Empty(f.Events);
        Assert.Null(Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void ADateRightAfterABackgroundEventDatesThatEventNotAnEarlierTrigger()
    {
        var f = X.Run("Ký kết\nT7, 10 / 2015\n\nNgày 7/4/2015, Viêng Chăn và TP.HCM đã ký thỏa thuận hợp tác. Thỏa thuận đã được ký kết giữa Đô trưởng Viêng Chăn "
            + "và Bí thư Thành ủy TP.HCM nhân dịp chuyến thăm Lào của Đoàn TP.HCM trong thời gian 6 – 9/4/2015.");
        var signing = Assert.Single(f.Events, e => e.Kind == "signing");
        Assert.Equal(("2015-04-07", (string?)null), (signing.Start?.ToString(), signing.End?.ToString()));
        // The visit the date follows is an event of its own.
        var visit = Assert.Single(f.Events, e => e.Kind == "visit");
        Assert.Equal(("2015-04-06", "2015-04-09"), (visit.Start?.ToString(), visit.End?.ToString()));
    }

    [Theory]
    [InlineData("Friday, June 2, 2023", "On Thursday, the Hamburg Port Authority and the Shanghai Municipal Transportation Commission signed a letter of intent at the Hamburg Chamber of Commerce.", "Hamburg")]
    [InlineData("Thursday, April 25, 2024", "Yesterday, Melbourne and Tianjin signed a memorandum of understanding on education at the University of Melbourne's Parkville campus.", "Melbourne")]
    [InlineData("Thứ Tư, 20/11/2024 - 10:00", "Chiều 18-11, TP.HCM và thành phố Lyon đã đồng tổ chức hội thảo “Quy hoạch đô thị bền vững” tại Viện Nghiên cứu phát triển TP.HCM.", "Ho Chi Minh City")]
    public void AnInstitutionNamedWithItsPlaceAfterAtIsInThatPlace(string dateline, string sentence, string venue)
    {
        var f = X.Run("News\n" + dateline + "\n\n" + sentence);
        Assert.Equal(venue, f.NameOf(Assert.Single(f.Events).CityKey!));
    }

    [Fact]
    public void ABanquetForADelegationIsAMeeting()
    {
        var f = X.Run("Khánh Hòa\nThứ Hai, 25/9/2023 - 10:00\n\nTrước đó, tối 24/9, Phó Bí thư Tỉnh ủy Khánh Hòa Hồ Thị Xuân đã chủ trì tiệc chiêu đãi chào mừng đoàn tỉnh Primorsky.");
        var e = Assert.Single(f.Events);
        Assert.Equal(("meeting", "2023-09-24"), (e.Kind, e.Start?.ToString()));
    }

    [Fact]
    public void TalksToldRightAfterALeadOfADayAreOfThatDayAndWhatIsSignedFollowingThem()
    {
        var f = X.Run("Pledge\n\n2024-05-20 14:30:12\n\nVIENTIANE, May 20 (Xinhua) -- Kunming and the Lao capital Vientiane on Monday pledged to deepen cooperation in trade. "
            + "The pledge was made at talks between Vientiane Mayor Somsak Phommachanh and Kunming Mayor Chen Guoqiang at the Vientiane Capital Administration Office.\n\n"
            + "Chen said Kunming was ready to share its experience.\n\n"
            + "Following the talks, officials of the two cities signed a memorandum on a joint tourism promotion center, which will open in Vientiane before the end of the year.");
        var talks = Assert.Single(f.Events, e => e.Kind == "meeting");
        Assert.Equal(("2024-05-20", "Vientiane"), (talks.Start?.ToString(), f.NameOf(talks.CityKey!)));
        Assert.Equal("2024-05-20", Assert.Single(f.Events, e => e.Kind == "signing").Start?.ToString());
    }

    [Fact]
    public void ASpanOfDaysAfterSinceIsAVisitsNotAPeriodsStart()
    {
        var f = X.Run("Visit\n\nWednesday, November 22, 2023\n\nA delegation from Chinon, led by Mayor Jean-Luc Moreau, has been in Luang Prabang since last weekend "
            + "on a visit from 18 to 23 November to strengthen a twinning relationship.");
        var visit = Assert.Single(f.Events);
        Assert.Equal(("visit", "2023-11-18", "2023-11-23"), (visit.Kind, visit.Start?.ToString(), visit.End?.ToString()));
    }

    [Fact]
    public void ADayOfAVisitDatesTheEventHeldOnIt()
    {
        var f = X.Run("Forum\n\n12/03/2024 09:15\n\nDA NANG – A delegation from Sakai is on a working visit to Da Nang from March 10 to 14. "
            + "On Thursday, the last day of the visit, the delegation will attend the Da Nang – Japan Investment Forum at the Ariyana Convention Centre.");
        var forum = Assert.Single(f.Events, e => e.Kind == "conference");
        Assert.Equal("2024-03-14", forum.Start?.ToString());
        Assert.Equal("Da Nang", f.NameOf(forum.CityKey!));
        Assert.Equal("2024-03-10", Assert.Single(f.Events, e => e.Kind == "visit").Start?.ToString());
    }

    [Fact]
    public void AnInaugurationCeremonyIsAnEventOfItsOwnKind()
    {
        var f = X.Run("Khánh thành\n\nNgày 16/4/2024, tỉnh Nghệ An và tỉnh U-li-a-nốp tổ chức Lễ tiếp nhận và khánh thành tượng đài tại thành phố Vinh.");
        Assert.Equal("other", Assert.Single(f.Events).Kind);
    }

    [Fact]
    public void AGroupNounPartnersThePlaceWithTheListGivenJustBefore()
    {
        var f = X.Run("Hội đàm\n\nTại hội đàm, lãnh đạo tỉnh Điện Biên và các tỉnh Phongsaly, Udomxay (Lào) đã thông tin cho nhau về tình hình phát triển kinh tế. "
            + "Đồng thời cũng đánh giá kết quả hợp tác giữa Điện Biên với các tỉnh Bắc Lào giai đoạn 2022-2024.");
        foreach (var partner in new[] { "Phongsaly", "Oudomxay" })
            Assert.Contains(f.Partnerships, p => f.PairNames(p).Contains(partner) && f.PairNames(p).Contains("Dien Bien"));
    }

    [Theory]
    [InlineData("The Secretary said that in 2014, Binh Duong province and Yamaguchi prefecture officially signed a cooperation agreement.", 2014)]
    [InlineData("Năm 1989, Vũng Tàu và thành phố Murcia (Tây Ban Nha) đã ký thỏa thuận thiết lập quan hệ hợp tác.", 1989)]
    [InlineData("As for the city of Los Angeles, from 2018, Hanoi and Los Angeles agreed to promote negotiations towards signing a cooperation agreement.", null)]
    public void AFrontedYearDatesTheSigningAfterIt(string sentence, int? since) =>
        Assert.Equal(since, Assert.Single(X.Run("Ties\n\n" + sentence).Partnerships).Since);

    [Fact]
    public void AListAfterWithPartnersItsSubjectPastUnknownItemsAndAddresses()
    {
        var f = X.Run("Ties\n\nHualien City signed an agreement. Between 1981 and 1985, Hualien forged sister city ties with South Korea's Ulsan City, "
            + "Japan's Yonaguni Town, Albuquerque in the U.S. state of New Mexico, and Oudtshoorn Municipality in the Republic of South Africa.");
        foreach (var partner in new[] { "Ulsan", "Albuquerque", "Oudtshoorn" })
            Assert.Contains(f.Partnerships, p => f.PairNames(p).SequenceEqual(new[] { partner, "Hualien City" }.OrderBy(n => n, System.StringComparer.Ordinal)));
        Assert.DoesNotContain(f.Partnerships, p => !f.PairNames(p).Contains("Hualien City"));
    }

    [Fact]
    public void AGroupNounAfterTheListInTheSameSentencePartnersEachItemWithThePlaceJoinedToIt()
    {
        var f = X.Run("Tet visits\n\nDuring their meetings, officials of the provinces of Takeo, Kampot, Koh Kong, and Kep, together with those from the "
            + "General Department of the National Police, appreciated cooperation results between Cambodian localities and Kien Giang.");
        foreach (var partner in new[] { "Takeo", "Kampot", "Kep" })
            Assert.Contains(f.Partnerships, p => f.PairNames(p).Contains(partner) && f.PairNames(p).Contains("Kien Giang"));
        Assert.All(f.Partnerships, p => Assert.Contains("Kien Giang", f.PairNames(p)));
        Assert.DoesNotContain(f.Cities, c => c.Name is "Police" or "Tét");
    }

    [Fact]
    public void ARegionAfterAnUnknownNameIsItsAddressNotAPartner()
    {
        var f = X.Run("Resolution\n\nThe City of Moab, Utah, does hereby agree to the twinning relationship with the City of Rossland, British Columbia, Canada.");
        Assert.DoesNotContain(f.Partnerships, p => f.PairNames(p).Contains("British Columbia"));
    }

    [Fact]
    public void BecomingSisterCitiesInAYearStartsTheRelation()
    {
        var f = X.Run("Ties\n\nYekaterinburg and Guangzhou, the largest city in the Guangdong province, became sister cities in 2002.");
        Assert.Contains(f.Partnerships, p => p.Since == 2002);
    }

    [Fact]
    public void ABareLocalityWordAfterAVenueMarkerIsTheArticlesOwnLocality()
    {
        var f = X.Run("Đoàn Ulsan thăm tỉnh Hòa Bình\n\nChiều 3/7/2019, đoàn công tác thành phố Ulsan, Hàn Quốc đã đến thăm và làm việc tại tỉnh. "
            + "Phó Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Cửu tiếp đoàn.");
        Assert.Equal("Hoa Binh", f.NameOf(Assert.Single(f.Events).CityKey!));
    }

    [Fact]
    public void GapMatIsAMeeting()
    {
        var f = X.Run("Gặp mặt\n\nChiều ngày 29/9/2020, Sở Ngoại vụ tỉnh Lào Cai đã gặp mặt, trao đổi thân tình với đại diện phía huyện Hà Khẩu (Trung Quốc).");
        Assert.Equal("meeting", Assert.Single(f.Events).Kind);
    }

    [Fact]
    public void TheSignatoriesOfTheNextSentenceJoinTheSigning()
    {
        var f = X.Run("Sister city\n March 5, 2024\n\nIloilo City welcomed Dobong-gu as its newest sister city following the signing of a memorandum of understanding "
            + "on Tuesday. Mayor Jerry Treñas and Dobong-gu Mayor Oh Eon-Seok signed the understanding to pave the way for exchanges.");
        var e = Assert.Single(f.Events, x => x.Kind == "signing");
        Assert.Equal(2, e.PersonKeys.Count);
    }

    [Fact]
    public void AListAfterAPronounAndWithPartnersTheArticlesMainPlace()
    {
        var f = X.Run("Ties\n\nHualien City signed an agreement with Morioka. Hualien City welcomed the delegation. "
            + "From 2005 to 2007, it established friendship city ties with Saipan City in the Northern Mariana Islands, and Santa Maria in the Philippines.");
        Assert.Contains(f.Partnerships, p => f.PairNames(p).SequenceEqual(new[] { "Hualien City", "Saipan" }));
        Assert.DoesNotContain(f.Partnerships, p => f.PairNames(p).Contains("Saipan") && f.PairNames(p).Contains("Santa Maria"));
    }

    [Fact]
    public void AnArrivalInThePresentPerfectIsAVisitOnTheDatelinesDay()
    {
        var f = X.Run("Nagato delegation arrives in Sochi\nSeptember 28, 2018\n\nA delegation of the Japanese city of Nagato has arrived in the "
            + "Russian Black Sea resort of Sochi to sign a town twinning agreement, Sochi Mayor Anatoly Pakhomov said.");
        var e = Assert.Single(f.Events);
        Assert.Equal(("visit", "2018-09-28"), (e.Kind, e.Start?.ToString()));
    }

    [Fact]
    public void TwoPlacesJoinedTightBeforeACouncilAreOneBody()
    {
        var f = X.Run("New direction for Sister City partnership\nOctober 31, 2018\n\nMayor Turley receives a cheque from the mayor of Canterbury-Bankstown.\n\n"
            + "Representatives from Canterbury-Bankstown Council visited Broken Hill today to discuss the future of the cities' relationship.");
        Assert.Contains("Canterbury-Bankstown", f.CityNames());
        Assert.DoesNotContain(f.Partnerships, p => f.PairNames(p).Contains("Canterbury") && f.PairNames(p).Contains("Bankstown"));
    }

    [Fact]
    public void VisitsPaidInThePresentPerfectInTheLeadAreOnTheDatelinesDay()
    {
        var f = X.Run("Cambodia's delegations pay Tet visits to Kien Giang\nJanuary 20, 2020\n\nRepresentatives from Cambodian localities have paid visits to "
            + "the Mekong Delta province of Kien Giang on the occasion of the upcoming Lunar New Year.");
        var e = Assert.Single(f.Events);
        Assert.Equal(("visit", "2020-01-20", "Kien Giang"), (e.Kind, e.Start?.ToString(), f.NameOf(e.CityKey!)));
        // A signing the lead reports in the present perfect is dated the same way.
        var signing = Assert.Single(X.Run("Ties\nJanuary 20, 2020\n\nKien Giang has signed a cooperation agreement with Takeo.").Events);
        Assert.Equal(("signing", "2020-01-20"), (signing.Kind, signing.Start?.ToString()));
    }

    [Fact]
    public void ALocalityWelcomingAVisitHostsIt()
    {
        var f = X.Run("Guests\nJune 2, 2021\n\nThe City of Mankato will welcome a group of 12 delegates from Kofu on Friday, June 4, for a weeklong visit.");
        var visit = f.Events.Single(e => e.Kind == "visit");
        Assert.Equal("Mankato", f.NameOf(visit.CityKey!));
    }

    [Fact]
    public void AnEventWhoseOnlyLocalityIsItsVenueInOneOfThePairIsThePairs()
    {
        var f = X.Run("Hợp tác\n\nTỉnh Quảng Nam và tỉnh Sê Kông (Lào) đã ký kết thỏa thuận hợp tác giai đoạn 2021-2025. "
            + "Đoàn đánh giá kết quả Biên bản hội đàm ký ngày 19/6/2022 tại thành phố Tam Kỳ, tỉnh Quảng Nam.");
        var e = f.Events.Single(ev => ev.Start.ToString() == "2022-06-19");
        Assert.Equal("Tam Ky", f.NameOf(e.CityKey!));
        Assert.Contains("Sekong", e.PartyKeys.Select(f.NameOf));
    }

    [Fact]
    public void TheDayARelationBeganIsAnEventOfThePair()
    {
        var f = X.Run("Friends\nOctober 2, 2023\n\nCebu and Kofu have had a Friendship Agreement since March 5, 2007, the mayor said.");
        var e = f.Events.Single();
        Assert.Equal("2007-03-05", e.Start.ToString());
        Assert.Equal("signing", e.Kind);
        Assert.Equal(new[] { "Cebu", "Kōfu" }, e.PartyKeys.Select(f.NameOf).OrderBy(n => n, System.StringComparer.Ordinal));

        // A year alone is the relation's start, not an event.
        f = X.Run("Friends\nOctober 2, 2023\n\nCebu and Kofu have had a Friendship Agreement since 2007, the mayor said.");
        Assert.Empty(f.Events);
    }

    [Fact]
    public void LocalitiesOfTwoCountriesThatMeetCooperateEvenWhenNoSentenceSaysSo()
    {
        var f = X.Run("Thăm\n05/08/2022\n\nNgày 5/8, Bí thư Tỉnh ủy tỉnh Quảng Trị tiếp Đoàn công tác của tỉnh Salavan sang thăm, làm việc tại tỉnh Quảng Trị. "
            + "Đoàn tỉnh Salavan cũng thăm một số khu công nghiệp của tỉnh Quảng Trị.");
        Assert.Equal(new[] { "Quang Tri", "Salavan" }, f.PairNames(f.Partnerships.Single()));

        // Named once in passing, a place is nobody's partner.
        f = X.Run("Thăm\n05/08/2022\n\nNgày 5/8, Bí thư Tỉnh ủy tỉnh Quảng Trị tiếp Đoàn công tác của tỉnh Salavan sang thăm, làm việc tại tỉnh Quảng Trị.");
        Assert.Empty(f.Partnerships);
    }

    [Fact]
    public void AListAfterAPlacesSisterCitiesIsItsPartnersNotEachOthers()
    {
        var f = X.Run("News\nMarch 9, 2024\n\nAs of 2021, Mankato's other sister cities were Cebu in the Philippines, Kofu and Nara in Japan and Hue in Vietnam, a release states.");
        Assert.Equal(4, f.Partnerships.Count());
        Assert.All(f.Partnerships, p => Assert.Contains("Mankato", f.PairNames(p)));
    }

    [Fact]
    public void AListBeforeAPlacesNthSisterCityIsItsPartnersNotEachOthers()
    {
        var f = X.Run("News\nMarch 9, 2024\n\nJoining Cebu, Philippines and Kofu, Japan, Hue is Mankato's third sister city, a release states.");
        Assert.Equal(3, f.Partnerships.Count());
        Assert.All(f.Partnerships, p => Assert.Contains("Mankato", f.PairNames(p)));
    }

    [Fact]
    public void TwoPlacesListedBeforeAPlacesSisterCitiesAreItsPartners()
    {
        var f = X.Run("News\nMarch 9, 2024\n\nAs of 2021, Mankato's sister cities were Cebu in the Philippines and Hue in Vietnam, a release states.");
        Assert.Equal(2, f.Partnerships.Count());
        Assert.All(f.Partnerships, p => Assert.Contains("Mankato", f.PairNames(p)));
    }

    [Fact]
    public void ThisBeforeWithIsTheArticlesMostNamedPlace()
    {
        var f = X.Run("Gwangju signs agreement\nNovember 22, 2024\n\nGwangju City signed a sister city agreement with Qingdao City, China, on November 21. "
            + "This is the first exchange agreement with a Chinese city in seven years since the Memorandum of Understanding (MOU) with Yancheng City, Jiangsu Province in 2017. "
            + "Gwangju expects more exchanges.");
        Assert.Contains(f.Partnerships, p => f.PairNames(p).SequenceEqual(new[] { "Gwangju", "Yancheng" }));
    }

    [Fact]
    public void AVisitingDelegationsLocalityIsNotTheVenue()
    {
        var f = X.Run("Friendship\nDecember 18, 2018\n\nA visiting Shandong government delegation signed a friendship agreement with Thailand's Bangkok Metropolitan Administration on Monday.");
        var e = f.Events.Single();
        Assert.Equal("Bangkok", f.NameOf(e.CityKey!));
    }

    [Fact]
    public void TheAnniversaryOfDiplomaticRelationsDatesNoPartnership()
    {
        var f = X.Run("Tin\nNgày 3/10/2025\n\nTPHCM coi trọng quan hệ hợp tác với TP Leipzig (Đức), nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt - Đức.");
        var p = f.Partnerships.Single();
        Assert.Null(p.Since);
        Assert.Equal("active", p.Status); // "kỷ niệm" folds to "ky niem", not "ký" (signed)
    }

    [Fact]
    public void AProposalToContinueCooperationLeavesTheRelationActive()
    {
        var f = X.Run("Tin\nNgày 3/10/2025\n\nTPHCM coi trọng quan hệ hợp tác với TP Leipzig. "
            + "Chủ tịch UBND TPHCM đề xuất TPHCM và TP Leipzig tiếp tục tăng cường hợp tác trong lĩnh vực y tế.");
        Assert.Equal("active", f.Partnerships.Single().Status);
    }

    [Fact]
    public void ACeremonyAfterASigningIsTheSigning()
    {
        var f = X.Run("Mayors of Kumasi, Praia Sign Sister City Pact\n\nThe Kumasi Metropolitan Assembly and the City of Praia in Cape Verde have signed a sister city agreement. "
            + "The brief ceremony took place in Kumasi on Wednesday June 26, 2024, with the mayors of both cities in attendance.");
        var e = f.Events.Single();
        Assert.Equal("signing", e.Kind);
        Assert.Equal("2024-06-26", e.Start.ToString());
    }

    [Fact]
    public void ACeremonyWithoutASigningIsNoEvent()
    {
        var f = X.Run("Visit\nJune 20, 2019\n\nThe delegation from Isumi arrives in Duluth on June 28. Tea Ceremony at the Duluth Woman's Club at 3:00 p.m. on Sunday, June 30.");
        Assert.DoesNotContain(f.Events, e => e.Start.ToString() == "2019-06-30");
    }

    [Fact]
    public void ALowerCaseAsideInBracketsKeepsAPairCoordinated()
    {
        var f = X.Run("Tin\nNgày 10/11/2025\n\nTrước đó, năm 2022, UBND thành phố Tam Kỳ, tỉnh Quảng Nam (cũ) và chính quyền thành phố Pyeongtaek thiết lập quan hệ hợp tác hữu nghị.");
        var p = f.Partnerships.Single();
        Assert.Contains("Pyeongtaek", f.PairNames(p));
        Assert.Equal(2022, p.Since);
    }

    [Fact]
    public void ACountrysCapitalNamedByItsModernSpellingIsAPartner()
    {
        // GeoNames names the city "Ulan Bator"; "Ulaanbaatar" is one of its alternate names.
        var f = X.Run("News\nSeptember 7, 2015\n\nThe general meeting approved a letter of intent for cooperation between Budapest and Mongolia’s capital Ulaanbaatar. "
            + "The mayor of Ulaanbaatar will visit Budapest in October.");
        Assert.Contains(f.Partnerships, p => f.PairNames(p).SequenceEqual(new[] { "Budapest", "Ulan Bator" }));
        Assert.Equal(2, f.Cities.Single(c => c.Name == "Ulan Bator").Sources.Count);
    }

    [Fact]
    public void AHeadlinesCommaJoinsPartnersOfTwoCountries()
    {
        var f = X.Run("Hai Duong, Vientiane mark 30-year cooperation\n\nBoth sides took note of their comprehensive cooperation. "
            + "The footer lists Can Tho City. Can Tho City is home to the newspaper. Visit Can Tho City.");
        Assert.Contains(f.Partnerships, p => f.PairNames(p).SequenceEqual(new[] { "Hai Duong", "Vientiane" }));
        Assert.DoesNotContain(f.Partnerships, p => f.PairNames(p).Contains("Can Tho"));
    }

    [Fact]
    public void APlaceDescribingWhereAPartnerLiesIsNoParty()
    {
        var f = X.Run("News\nMarch 9, 2024\n\nHanam City, located to the east of the South Korean capital of Seoul, became Mankato's sister city in 1992, a release states.");
        var p = f.Partnerships.Single();
        Assert.Equal(new[] { "Hanam", "Mankato" }, f.PairNames(p));
        Assert.Equal(1992, p.Since);
    }

    [Fact]
    public void APlacesSisterCityWithTheOtherSideUnnamedIsTheArticlesMainPair()
    {
        var f = X.Run("Visit\nApril 28, 2023\n\nLocal leaders recognized Mankato's Sister City on Thursday at City Hall. "
            + "The mayor of Kofu, Japan, toured Downtown Mankato and met with city officials this week.");
        Assert.Equal(new[] { "Kōfu", "Mankato" }, f.PairNames(f.Partnerships.Single()));
    }

    [Fact]
    public void ALeadSentenceTakenAsTheTitleStillStatesItsEvent()
    {
        var f = X.Run("A cultural delegation from Kofu city visited Cebu city, the Philippines, on Nov 18.\nThe mayor welcomed the guests at City Hall.");
        Assert.Equal("--11-18", f.Events.Single().Start.ToString());

        // A headline has no full stop: its event is the body's to state.
        f = X.Run("Cultural delegation from Kofu city visits Cebu city on Nov 18\nThe mayor welcomed the guests at City Hall.");
        Assert.Empty(f.Events);
    }

    [Fact]
    public void WorkingInAPlaceIsAVisitWithAStraySpaceInItsDate()
    {
        var f = X.Run("Làm việc\n\nTối 24- 4-2010, đoàn cán bộ của TP Kofu (Nhật Bản) làm việc tại Hải Dương.");
        var e = f.Events.Single();
        Assert.Equal("2010-04-24", e.Start.ToString());
        Assert.Equal("Hai Duong", f.NameOf(e.CityKey!));
    }

    [Fact]
    public void HandingOverAnAgreementIsASigning()
    {
        var f = X.Run("Hợp tác\n\nNgày 1/12, tại thủ đô Viêng Chăn, lãnh đạo tỉnh Thanh Hóa và tỉnh Houaphanh đã trao Thỏa thuận hợp tác giai đoạn 2026–2030.");
        var e = f.Events.Single();
        Assert.Equal("signing", e.Kind);
        Assert.Equal("Vientiane", f.NameOf(e.CityKey!));
    }

    [Fact]
    public void AClauseAfterACommaGoesOnWithTheFirstClausesSubject()
    {
        var f = X.Run("Hợp tác\n\nHiện Đà Nẵng đã thiết lập quan hệ hợp tác với tỉnh Yaroslavl, ký kết Ý định thư hợp tác với các tỉnh Nizhny Novgorod và Briansk.");
        Assert.Equal(3, f.Partnerships.Count());
        Assert.All(f.Partnerships, p => Assert.Contains("Da Nang", f.PairNames(p)));
    }

    [Fact]
    public void AnAnniversaryDatesTheRelationFromTheYearItsSentenceGivesWhenTheArticleHasNoDateline()
    {
        var f = X.Run("Mayors of Cebu and Kofu reaffirm friendship\nThe mayors of Cebu and Kofu celebrated the 10th anniversary of the sister city partnership between their two cities "
            + "through a video conference on March 26, 2021.");
        Assert.Equal(2011, f.Partnerships.Single().Since);

        // The states' relations celebrated date no partnership.
        f = X.Run("Hợp tác\n\nHà Nội và Phnom Penh nhất trí tăng cường hợp tác nhân dịp kỷ niệm 55 năm thiết lập quan hệ ngoại giao (24/6/1967 - 24/6/2022).");
        Assert.Null(f.Partnerships.Single().Since);
    }

    [Fact]
    public void AnAgreementsCeremonyIsASigning()
    {
        // Named as the MoU's, or followed by who signed.
        var f = X.Run("Ties\nOctober 6, 2023\n\nShe spoke at the MoU renewal ceremony between Tainan and Sendai yesterday.");
        Assert.Equal("signing", Assert.Single(f.Events).Kind);
        var g = X.Run("Ties\nOctober 6, 2023\n\nShe spoke at the ceremony between Tainan and Sendai yesterday.\n\nThe document was signed by both mayors.");
        Assert.Equal("2023-10-05", Assert.Single(g.Events).Start.ToString());
        var h = X.Run("Ties\nOctober 6, 2023\n\nShe spoke at the ceremony between Tainan and Sendai yesterday.");
        Assert.Empty(h.Events);
    }

    [Fact]
    public void APlaceAfterInEndingTheObjectsOfWithIsTheVenue()
    {
        var f = X.Run("Ties\nOctober 6, 2023\n\nOn April 1, 2005, the mayor of Ipoh signed an MoU with the deputy mayor of Nanning, Xiao Yingzi, in Kuala Lumpur.");
        Assert.Equal(new[] { "Ipoh-Nanning" }, f.PairList());
    }

    [Fact]
    public void TwinnedInstitutionsDoNotPairTheirPlaces()
    {
        var f = X.Run("Ties\nNovember 14, 2017\n\nThe Museum of the Rockies in Bozeman is a sister museum to the Mifune Dinosaur Museum in Kumamoto.");
        Assert.Empty(f.Partnerships);
        var g = X.Run("Ties\nNovember 14, 2017\n\nBozeman is a sister city to Kumamoto.");
        Assert.Single(g.Partnerships);
    }

    [Fact]
    public void WelcomingADelegationIsItsVisit()
    {
        var f = X.Run("Ties\nNovember 14, 2017\n\nLeaders from Montana welcomed dignitaries from Kumamoto to Helena on Tuesday to celebrate the anniversary.");
        var visit = Assert.Single(f.Events);
        Assert.Equal(("visit", "2017-11-14"), (visit.Kind, visit.Start.ToString()));
        // Welcoming a decision is no event.
        Assert.Empty(X.Run("Ties\nNovember 14, 2017\n\nLeaders from Montana welcomed the decision of Kumamoto on Tuesday.").Events);
    }

    [Fact]
    public void ARegionNamedOnceBesideAPairedTownIsNoPartyOfItsOwn()
    {
        var f = X.Run("Ties\nAugust 2, 2023\n\nKuching has established a friendship city relationship with Tai'an City.\n\n"
            + "The Kuching mayor said the tie-up with Tai'an would develop friendship and cooperation.\n\n"
            + "The MoU signing ceremony with Tai'an was witnessed by the Deputy Premier of Sarawak.");
        Assert.Equal(new[] { "Kuching-Tai’an" }, f.PairList());
    }

    [Fact]
    public void AnOfficialSigningWithSeveralCitiesSpeaksForTheArticlesOwnCity()
    {
        // The objects of "with" are not each other's partners; the mayor's city is the one the article names elsewhere.
        var f = X.Run("Ties\nMay 3, 2023\n\nToday, Mayor Claudia López signed two Memoranda of Understanding with the Chinese cities of Guangzhou and Chengdu; likewise, she signed a Letter of Intent with the city of Xi'an.\n\n"
            + "Bogotá has already been carrying out exchanges with these three cities.");
        Assert.Equal(new[] { "Bogotá-Chengdu", "Bogotá-Guangzhou", "Bogotá-Xi’an" }, f.PairList());
    }

    [Fact]
    public void CitiesPairedOnADayBecamePartnersThatDay()
    {
        var f = X.Run("Ties\nFebruary 22, 2012\n\nAddis Ababa and Khartoum were paired on 25 December 2010 paving a way to stronger people-to-people relations.");
        Assert.Equal(2010, Assert.Single(f.Partnerships).Since);
        Assert.Equal("2010-12-25", Assert.Single(f.Events).Start.ToString());
    }

    [Fact]
    public void ACourtesyCallIsAMeeting()
    {
        var f = X.Run("Hợp tác\nNgày 26/9/2024\n\nChiều 25/9, lãnh đạo tỉnh Chăm Pa Sắc đã đến chào xã giao lãnh đạo tỉnh Nghệ An.");
        Assert.Equal(("meeting", "2024-09-25"), (Assert.Single(f.Events).Kind, f.Events[0].Start.ToString()));
        var g = X.Run("Ties\nSeptember 26, 2024\n\nOn September 25, the Governor of Champasak paid a courtesy call on the leaders of Nghe An.");
        Assert.Equal("meeting", Assert.Single(g.Events).Kind);
    }

    [Fact]
    public void AFriendshipCityOrPactSignedNowStartsTheRelationThisYear()
    {
        // "friendship city" founds a relation as "sister city" does, also in a sentence dated by the conference it was signed at.
        var f = X.Run("Ties\nDecember 9, 2021\n\nThe Third Huangshan Development Conference opened on Nov 21 in Huangshan.\n\n"
            + "At the conference, Sun Yong, mayor of Huangshan, signed a memorandum of friendly cooperation via video call with Pippo Midili, mayor of Milazzo, Italy, marking the establishment of a friendship city relationship between the cities.");
        Assert.Equal(2021, Assert.Single(f.Partnerships).Since);
    }

    [Fact]
    public void ARegionWrittenSideBySideWithItsPartnerStaysAPair()
    {
        // Hội An is in Quảng Nam; the provinces' own twinning is told once, the two written with "và".
        var f = X.Run("Kết nghĩa\nNgày 12/2/2022\n\nĐã 61 năm trôi qua, ký ức về ngày kết nghĩa giữa thị xã Thanh Hóa và thị xã Hội An vẫn còn nguyên vẹn.\n\n"
            + "Thị xã Thanh Hóa và thị xã Hội An kết nghĩa từ năm 1961.\n\nNgày 12-3-1960 hai tỉnh Thanh Hóa và Quảng Nam đã long trọng tổ chức lễ kết nghĩa.");
        Assert.Contains(f.PairList(), p => p.Contains("Quang Nam", System.StringComparison.Ordinal));
    }
}

public class ListAsideTests
{
    [Fact]
    public void AnItemsYearInBracketsBeforeASemicolonKeepsTheListAndDatesThatItemAlone()
    {
        var f = X.Run("Bellingham news\n10/10/2025\n"
            + "Bellingham has four other sister cities: Punta Arenas, Chile (since 1997); Cheongju, South Korea; and Nakhodka in Russia.");
        Assert.Equal(1997, f.Partnerships.Single(p => f.PairNames(p).Contains("Punta Arenas")).Since);
        Assert.Null(f.Partnerships.Single(p => f.PairNames(p).Contains("Cheongju-si")).Since);
        Assert.Null(f.Partnerships.Single(p => f.PairNames(p).Contains("Nakhodka")).Since);
    }

    [Fact]
    public void ANextItemIsNoCountryItsYearDatesOnlyItself()
    {
        var f = X.Run("Leipzig news\n10/10/2025\n"
            + "Leipzig maintains partnerships with 14 cities worldwide, among them Lyon, Kraków, Nanjing (since 1988) and Houston (since 1993).");
        Assert.Equal(1988, f.Partnerships.Single(p => f.PairNames(p).Contains("Nanjing")).Since);
        Assert.Null(f.Partnerships.Single(p => f.PairNames(p).Contains("Kraków")).Since);
    }
}

public class DashedPairListTests
{
    [Fact]
    public void EachDashedItemOfAListIsOnePair()
    {
        var f = X.Run("Phong trào kết nghĩa\nCập nhật: 10:15, 12/04/2021\n\nMột năm sau khi Hà Nam kết nghĩa với Biên Hòa, các địa phương như: Hải Dương - Phú Yên, Nam Định - Mỹ Tho, Hà Tĩnh - Bình Định đã trang trọng tổ chức lễ kết nghĩa.");
        var pairs = f.Partnerships.Select(p => string.Join(" + ", f.PairNames(p).OrderBy(n => n, StringComparer.Ordinal))).OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "Bien Hoa + Ha Nam", "Binh Dinh + Ha Tinh", "Hai Duong + Phu Yen", "My Tho + Nam Dinh" }, pairs);
    }

    [Fact]
    public void OneDashedPairInAListOfPlacesIsNoList()
    {
        // One dashed item among plain list items: no list of pairs, so no domestic pair is made from it.
        var f = X.Run("Tour\nCập nhật: 10:15, 12/04/2021\n\nĐoàn đã tới Hải Dương - Phú Yên, Nam Định và Hà Tĩnh để tìm hiểu về hợp tác.");
        Assert.DoesNotContain(f.Partnerships, p => f.PairNames(p).Contains("Nam Dinh"));
    }
}

public class FrontedVenueTests
{
    [Fact]
    public void AVenueRightAfterTheOpeningDateWinsOverANearerOne()
    {
        var f = X.Run("Kết nghĩa\nCập nhật: 10:15, 12/04/2021\n\nNgày 12/2/2019, tại thành phố Đà Lạt, Ủy ban nhân dân thành phố và Hội đồng hương Nha Trang tại Hà Nội đã tổ chức lễ kết nghĩa giữa hai thành phố Đà Lạt và Nha Trang.");
        var e = Assert.Single(f.Events);
        Assert.Equal("Da Lat", f.NameOf(e.CityKey!));
    }

    [Fact]
    public void WithoutTheCommaTheNearestVenueStays()
    {
        // "tại thành phố Đà Lạt và ..." is no setting set off by commas: the nearest venue is the event's.
        var f = X.Run("Kết nghĩa\nCập nhật: 10:15, 12/04/2021\n\nNgày 12/2/2019, đoàn thành phố Đà Lạt đã tới thăm và ký kết thỏa thuận hợp tác tại thành phố Nha Trang.");
        var e = Assert.Single(f.Events);
        Assert.Equal("Nha Trang", f.NameOf(e.CityKey!));
    }
}

public class YearsGoneByTests
{
    [Theory]
    [InlineData("Ký ức\nNgày 12/2/2022\n\nĐã 30 năm trôi qua, nhưng ký ức về ngày kết nghĩa giữa thành phố Đà Lạt và thành phố Nha Trang vẫn còn nguyên vẹn.")]
    [InlineData("Memories\nFebruary 12, 2022\n\nExactly 30 years ago, the sister city relationship between Boise and Gutach began with a visit.")]
    [InlineData("Memories\nFebruary 12, 2022\n\n30 years have passed since the sister city agreement between Boise and Gutach was signed.")]
    public void YearsGoneBySinceTheRelationDateIt(string text)
    {
        Assert.Equal(1992, Assert.Single(X.Run(text).Partnerships).Since);
    }
}

public class OfficialTwinningDateTests
{
    [Fact]
    public void ADatedOfficialTwinningBeginsTheRelationThatYear()
    {
        // No publication date: the year comes from the sentence itself.
        var f = X.Run("Tình hữu nghị\n\nNgày 5/10/2019, thành phố Đà Lạt và thành phố Vientiane chính thức kết nghĩa theo mô hình hợp tác hữu nghị.");
        Assert.Equal(2019, Assert.Single(f.Partnerships).Since);
    }
}

public class EventsOfOneDayTests
{
    [Theory]
    [InlineData("Hải Dương mở rộng hợp tác\nThứ Sáu, 9/8/2024 - 09:00\n\nĐoàn công tác tỉnh Hải Dương thăm và làm việc tại Liên bang Nga từ ngày 6 đến 10/8. "
        + "Chiều 8/8, đoàn thăm Trường Đại học Tổng hợp Kazan, nơi có 200 sinh viên Việt Nam.", "Kazan")]
    [InlineData("Hai Duong delegation in Hungary\nFriday, August 9, 2024\n\nOn August 8, the Hai Duong delegation visited the University of Szeged and its medical school.", "Szeged")]
    public void AnInstitutionVisitedIsInThePlaceEndingItsName(string text, string city)
    {
        var f = X.Run(text);
        Assert.Contains(f.Events, e => e.Kind == EventKinds.Visit && e.Start!.ToString() == "2024-08-08" && e.CityKey is { } k && f.NameOf(k) == city);
    }

    [Theory]
    [InlineData("Ngày 21/7, 25 học sinh của thành phố Gimhae sẽ cùng học sinh Hải Dương tham gia trại hè hữu nghị tại Hải Dương.")]
    [InlineData("Tối 21/7, tại Nhà hát tỉnh Hải Dương, sinh viên thành phố Gimhae đã biểu diễn trong chương trình hòa nhạc hữu nghị.")]
    [InlineData("On July 21, the Gimhae delegation and provincial leaders of Hai Duong offered incense at the Con Son pagoda in Hai Duong.")]
    public void ACampAConcertOrAnIncenseOfferingIsAnEventOfItsDay(string sentence)
    {
        var f = X.Run("Hải Dương - Gimhae\nThứ Hai, 22/7/2024 - 09:00\n\n" + sentence);
        Assert.Contains(f.Events, e => e.Kind == EventKinds.Other && e.Start!.ToString() == "2024-07-21");
    }

    [Fact]
    public void AReceptionOnTheSameDayAsAnotherIsAnotherMeeting()
    {
        // "Lúc 16h30 cùng ngày": the day of the talks told before, and a second meeting on it, with other guests.
        var f = X.Run("Hà Giang tiếp hai đoàn khách\nThứ tư, ngày 6/11/2024\n"
            + "Chiều nay (6/11), tại TP Hà Giang, lãnh đạo tỉnh Hà Giang đã tiếp đoàn công tác tỉnh Sê Kông (Lào).\n"
            + "Đoàn thăm và làm việc tại Hà Giang từ hôm kia (4/11) đến hết ngày 7/11.\n"
            + "Lúc 16h30 cùng ngày, tại trụ sở UBND TP Hà Giang, Chủ tịch UBND thành phố đã tiếp đoàn đại biểu thành phố Dangjin (Hàn Quốc).");
        var meetings = f.Events.Where(e => e.Kind == EventKinds.Meeting && e.Start!.ToString() == "2024-11-06").ToArray();
        Assert.Equal(2, meetings.Length);
        Assert.Contains(meetings, e => e.PartyKeys.Any(k => f.NameOf(k) == "Dangjin") && !e.PartyKeys.Any(k => f.NameOf(k) == "Sekong"));
    }

    [Theory]
    [InlineData("Sáng 26/11, lãnh đạo tỉnh Hà Giang đã tiếp đoàn tỉnh Sê Kông (Lào). Chiều 26/11, lãnh đạo TP Hà Giang đã tiếp đoàn thành phố Dangjin (Hàn Quốc).")]
    [InlineData("At 10 a.m. on November 26, the mayor of Tustin met a delegation from Heyuan. At 3 p.m. on November 26, the council met a delegation from Dangjin.")]
    [InlineData("At 10 a.m. on November 26, the mayor of Tustin met a delegation from Heyuan. In the afternoon of November 26, the council met a delegation from Dangjin.")]
    public void MeetingsOfADayAtDifferentTimesAreTwo(string text)
    {
        var f = X.Run("Tustin welcomes delegations from Heyuan and Dangjin\n27/11/2024\n" + text);
        Assert.Equal(2, f.Events.Count(e => e.Kind == EventKinds.Meeting));
    }

    [Fact]
    public void OneMeetingToldTwiceAtOneTimeIsOne()
    {
        var f = X.Run("Tustin welcomes a delegation from Heyuan\n27/11/2024\nOn the morning of November 26, the mayor of Tustin met a delegation from Heyuan. "
            + "The meeting on November 26 in the morning covered trade.");
        Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
    }
}

public class WhereEventsHappenTests
{
    [Theory]
    [InlineData("On Saturday, the delegation travelled to Figueira da Foz to visit the port.", "Figueira da Foz")]
    [InlineData("On Wednesday, the delegation traveled to Aveiro, where they met local officials.", "Aveiro")]
    [InlineData("On Thursday, part of the delegation drove to Viseu, in the hills, for a workshop on forest fires.", "Viseu")]
    [InlineData("Ngày 21/11, đoàn sẽ thăm huyện Thanh Trì và làm việc với Trung tâm Y tế huyện.", "Thanh Tri")]
    [InlineData("Trong hai ngày 20-21/11, Đại sứ đã có chuyến công tác tại vùng Liguria, miền Tây Bắc Italy.", "Liguria")]
    [InlineData("On Thursday, the delegation travelled to neighbouring Leiria to visit the university's laboratories.", "Leiria")]
    [InlineData("In neighboring Leiria, officials of the city and Mindelo signed a memorandum on Thursday afternoon.", "Leiria")]
    [InlineData("Tối 27/11, tại Quảng trường thành phố Leiria, hai bên tổ chức chương trình giao lưu nghệ thuật.", "Leiria")]
    [InlineData("Sáng 28/11, tại sân bay quốc tế Cam Ranh, tỉnh tổ chức lễ đón chuyến bay đầu tiên từ Mindelo.", "Cam Ranh")]
    public void APlaceTheGuestsTravelToIsWhereTheirDayIs(string sentence, string venue)
    {
        var f = X.Run("Coimbra hosts a delegation from Mindelo\n26/11/2024\nThe Municipality of Coimbra and Mindelo signed a protocol of cooperation. " + sentence);
        Assert.Contains(f.Events, e => e.CityKey is { } key && f.NameOf(key) == venue);
    }

    [Theory]
    [InlineData("tại trụ sở UBND TP Quy Nhơn")]
    [InlineData("tại trụ sở Ủy ban nhân dân thành phố Quy Nhơn")]
    public void TheHeadquartersOfACitysPeoplesCommitteeIsInThatCity(string venue)
    {
        var f = X.Run("Bình Định và tỉnh Primorsky (Nga) thúc đẩy hợp tác\n15/07/2023 19:30 GMT+7\n\n"
            + "Chiều 14/7, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Văn Hòa đã tiếp đoàn công tác tỉnh Primorsky (Liên bang Nga) do ông Pavel Orlov - Phó Thống đốc tỉnh Primorsky làm trưởng đoàn. "
            + "Tham gia đoàn có đại diện chính quyền thành phố Vladivostok và các doanh nghiệp lữ hành.\n\n"
            + "Sáng nay (15/7), " + venue + ", lãnh đạo TP Quy Nhơn và thành phố Vladivostok đã ký Biên bản ghi nhớ về việc thiết lập quan hệ hữu nghị.\n");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("Quy Nhon", f.NameOf(signing.CityKey!));
    }

    [Theory]
    [InlineData("Hue Culture Week opened in the Japanese city of Kanazawa on Monday.", "Kanazawa")]
    [InlineData("Hue Culture Week opened at the Akatsuki concert hall in the Japanese city of Kanazawa on Monday.", "Kanazawa")]
    [InlineData("Hue Culture Week opened in the central Japanese city of Kanazawa on Monday.", "Kanazawa")]
    public void ACountrysWordBeforeTheUnitOfTheVenueIsSkipped(string sentence, string venue)
    {
        var f = X.Run("Hue and Kanazawa\nWednesday, October 8, 2025\n\n" + sentence + " Hue and Kanazawa have been sister cities since 2009.");
        var week = Assert.Single(f.Events);
        Assert.Equal("2025-10-06", week.Start.ToString());
        Assert.Equal(venue, f.NameOf(week.CityKey!));
    }

    [Theory]
    [InlineData("On Tuesday, Vice Chairman of the Hue People's Committee Phan Quy held talks with Mayor of Pune Ravi Deshpande at the Pune Municipal Corporation headquarters.\n\nHue and Pune agreed to exchange art troupes.", "Pune")]
    [InlineData("Sáng 7/10, tại trụ sở Chính phủ Mát-xcơ-va, Phó Chủ tịch UBND thành phố Hải Phòng Lê Khắc Nam hội đàm với ông Ivan Sokolov.\n\nHải Phòng và Mát-xcơ-va hợp tác từ năm 2002.", "Moscow")]
    [InlineData("Sáng 7/10, tại trụ sở Văn phòng tỉnh Savannakhet, Phó Chủ tịch UBND tỉnh Quảng Bình Hồ An Phong hội đàm với Tỉnh trưởng Santiphap Phomvihane.\n\nHai tỉnh Quảng Bình và Savannakhet hợp tác từ năm 2005.", "Savannakhet")]
    public void TheSeatOfATownsGovernmentNamedAfterItIsInIt(string text, string venue)
    {
        var f = X.Run("Hợp tác\nWednesday, October 8, 2025\n\n" + text);
        var talks = Assert.Single(f.Events);
        Assert.Equal("2025-10-07", talks.Start.ToString());
        Assert.Equal(venue, f.NameOf(talks.CityKey!));
    }

    [Fact]
    public void AnOccasionOfSeveralDaysHoldsTheEventsOfItsDays()
    {
        var f = X.Run("Tuần văn hóa Quảng Bình tại Savannakhet\nThứ Hai, 13/10/2025 - 08:00\n\n"
            + "Từ ngày 9 - 12/10, tỉnh Quảng Bình tổ chức Tuần văn hóa Quảng Bình tại tỉnh Savannakhet (Lào).\n\n"
            + "Chiều 10/10, tại trụ sở Văn phòng tỉnh Savannakhet, ông Hồ An Phong, Phó Chủ tịch UBND tỉnh Quảng Bình, hội đàm với ông Santiphap Phomvihane, Tỉnh trưởng tỉnh Savannakhet.\n\n"
            + "Chiều 11/10, hai bên tổ chức hội thảo về hợp tác du lịch.");
        Assert.Equal(3, f.Events.Count);
        Assert.All(f.Events, e => Assert.Equal("Savannakhet", f.NameOf(e.CityKey!)));
    }

    [Theory]
    [InlineData("Sáng 11/10, đội Quảng Bình tham gia giải đua thuyền truyền thống trên sông Xê Băng Hiêng ở tỉnh Savannakhet.")]
    [InlineData("Sáng 11/10, đoàn nghệ thuật Quảng Bình tham gia Liên hoan nghệ thuật quần chúng tại tỉnh Savannakhet.")]
    [InlineData("On Saturday, a Quang Binh crew joined the dragon boat race held in Savannakhet.")]
    public void ARaceOrAFestivalTheGuestsJoinIsAnOccasion(string sentence)
    {
        var f = X.Run("Quảng Bình và Savannakhet\nSunday, October 12, 2025\n\n" + sentence);
        var occasion = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Other, occasion.Kind);
        Assert.Equal("2025-10-11", occasion.Start.ToString());
        Assert.Equal("Savannakhet", f.NameOf(occasion.CityKey!));
    }

    [Fact]
    public void TheDayAnOccasionLastsUntilIsToldInTheSentenceAfter()
    {
        var f = X.Run("Lao Culture Week in Hue\nSaturday, 12 April 2025 | 10:05\n\n"
            + "A Lao Culture Week opened in Hue city on April 10, as the city and its Lao partner, Luang Prabang, mark April 13, the Day of "
            + "the Lao New Year, and April 14, Bunpimay Day. The week, running until April 16, features a photo exhibition and folk music.\n\n"
            + "The festival coincides with the Hue - Luang Prabang youth camp, held from April 8 to 18 in Luang Prabang.");
        var week = Assert.Single(f.Events, e => e.Start.ToString() == "2025-04-10");
        Assert.Equal("2025-04-16", week.End?.ToString());
        Assert.Equal("Hue", f.NameOf(week.CityKey!));
        // The days the week marks are named, not held; "Bunpimay Day" is no place.
        Assert.DoesNotContain(f.Events, e => e.Start.ToString() is "2025-04-13" or "2025-04-14");
        Assert.DoesNotContain("Bunpimay Day", f.CityNames());
        // The camp of overlapping days, elsewhere, is an occasion of its own.
        var camp = Assert.Single(f.Events, e => e.Start.ToString() == "2025-04-08");
        Assert.Equal("2025-04-18", camp.End?.ToString());
    }

    [Fact]
    public void AnEventPlacedOnlyByTheDatelineHasItsVenueForAParty()
    {
        var f = X.Run("Haiphong youth troupe in Seattle\nPosted on 2025-06-02\n\n"
            + "SEATTLE – A youth music troupe from Haiphong, Seattle's sister city since 1996, is visiting the city this week.\n\n"
            + "Earlier today, the Seattle Public Library and the Haiphong Public Library signed a book donation agreement at the Central Library.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("Seattle", f.NameOf(signing.CityKey!));
        Assert.Contains(signing.CityKey!, signing.PartyKeys);
    }

    [Fact]
    public void APlaceInAQuotedOccasionASigningProvidesForIsNotWhereItWasSigned()
    {
        var f = X.Run("Hợp tác\nThứ Bảy, 12/07/2025 - 09:00\n\n"
            + "Ngày 11/7, tại thành phố Kazan, Phó Chủ tịch UBND tỉnh Nghệ An Bùi Thanh An hội đàm với ông Ivan Petrov. "
            + "Sau hội đàm, hai bên đã ký Kế hoạch hợp tác, trong đó có tổ chức \"Ngày văn hóa Kazan tại Nghệ An\" vào năm 2026.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("Kazan", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void ARaceOnALaterDayOfAFestivalIsAnOccasionOfItsOwn()
    {
        var f = X.Run("Wellington and Xiamen\nPublished: 20 Feb 2024\n\n"
            + "Deputy Mayor Laurie Foon welcomed the Xiamen delegation at a reception at the Wellington City Hall yesterday. "
            + "At the same reception, Foon and Vice Mayor Zhang Wei signed a 2024-2026 action plan on youth and education.\n\n"
            + "The Wellington Lantern Festival runs from 22 to 25 February at Frank Kitts Park. "
            + "On Saturday 24 February, dragon-boat crews from Xiamen and Wellington will race each other in a friendship regatta on the harbour.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2024-02-19", signing.Start.ToString());
        Assert.Equal("Wellington", f.NameOf(signing.CityKey!));
        Assert.Contains(f.Events, e => e.Kind == EventKinds.Other && e.Start.ToString() == "2024-02-22" && e.End?.ToString() == "2024-02-25");
        Assert.Contains(f.Events, e => e.Kind == EventKinds.Other && e.Start.ToString() == "2024-02-24" && e.End is null);
    }

    [Fact]
    public void ASigningToComeToldAfterADayToComeIsOnThatDay()
    {
        var f = X.Run("Bendigo and Tatebayashi to mark 20 years of friendship\nOctober 5 2023 - 4:30pm\n\n"
            + "A delegation from Bendigo's Japanese sister city of Tatebayashi will arrive next week.\n\n"
            + "The main celebration will be held on Saturday, October 14, at the Rosalind Park in Bendigo. "
            + "Tatebayashi Mayor Kenji Tanaka and Bendigo Mayor Andrea Metcalf will sign a renewed declaration of friendship.");
        var celebration = Assert.Single(f.Events, e => e.Kind == EventKinds.Other);
        Assert.Equal("2023-10-14", celebration.Start.ToString());
        Assert.Equal("Bendigo", f.NameOf(celebration.CityKey!));
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2023-10-14", signing.Start.ToString());
    }

    [Fact]
    public void APlaceInWhatIsSaidAtAMeetingIsNotItsHost()
    {
        var f = X.Run("Thanh Hoa and Kanazawa sign agreement\nPublished: Wednesday, 14/06/2023 - 21:05\n\n"
            + "THANH HOA, June 14 (VNA) – The province of Thanh Hoa and Kanazawa city signed an agreement on June 13.\n\n"
            + "Speaking at the courtesy meeting on the morning of June 13, Chairman Do Minh Tuan said the friendship with Kanazawa had been built step by step.");
        var meeting = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("Thanh Hoa", f.NameOf(meeting.CityKey!));
    }

    [Fact]
    public void ASigningToldAfterTheTravellersDayOfTheStayIsOnThatDay()
    {
        var f = X.Run("Gimhae delegation in Vietnam\nDate 2023-04-14 | Hits 1,024\n\n"
            + "A delegation of Gimhae City completed a 4-day official visit to Vietnam from April 10 to 13, visiting Bac Ninh and Thai Nguyen.\n\n"
            + "On the third day, the delegation traveled to Thai Nguyen Province. At the Thai Nguyen Provincial People's Committee, "
            + "Mayor Hong Tae-yong and Vice Chairman Luu Minh Khoa signed a memorandum of understanding on friendly exchange.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2023-04-12", signing.Start.ToString());
        Assert.Equal("Thai Nguyen", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void AHandoverToAPartnerIsAnOccasion()
    {
        var f = X.Run("Quang Binh and Savannakhet review cooperation\nWednesday, March 12, 2025\n\n"
            + "Last Friday, a Quang Binh delegation handed over a 10-classroom school in Kaysone Phomvihane city, Savannakhet province.");
        var handover = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Other, handover.Kind);
        Assert.Equal("2025-03-07", handover.Start.ToString());
        Assert.Equal("Savannakhet City", f.NameOf(handover.CityKey!)); // the gazetteer's name of Kaysone Phomvihane
    }

    [Fact]
    public void TheDelegationsSightseeingToldWithSeOrDaIsItsOuting()
    {
        var f = X.Run("Hợp tác Lào Cai và Vân Nam trong năm mới\nThứ Ba, 09/07/2024 11:45\n\n"
            + "Sáng 10/7, đoàn tỉnh Vân Nam sẽ tham quan thị xã Sa Pa.");
        var outing = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Visit, outing.Kind);
        Assert.Equal("2024-07-10", outing.Start.ToString());
        // An outing makes no tie with the place seen.
        Assert.DoesNotContain(f.Partnerships, p => p.PartyKeys.Contains(outing.CityKey!));
        // Sightseeing of no delegation is no event.
        Assert.Empty(X.Run("Lễ hội tại Sa Pa\nThứ Ba, 09/07/2024 11:45\n\nSáng 8/7, hàng nghìn du khách đã tham quan thị xã Sa Pa.").Events);
    }

    [Fact]
    public void ThePairThatMetSignedOnTheDayOfTheirTalks()
    {
        var f = X.Run("Hue and Kanazawa\nWednesday, October 8, 2025\n\n"
            + "On Tuesday, Vice Chairman of the Hue People's Committee Phan Quy held talks with Mayor Sato Ken in Kanazawa. "
            + "The two sides signed a memorandum of understanding on tourism and youth exchanges.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2025-10-07", signing.Start.ToString());
        Assert.Equal("Kanazawa", f.NameOf(signing.CityKey!));
        // A plan of the two sides is no signing.
        var planned = X.Run("Hue and Kanazawa\nWednesday, October 8, 2025\n\n"
            + "On Tuesday, Vice Chairman of the Hue People's Committee Phan Quy held talks with Mayor Sato Ken in Kanazawa. "
            + "The two sides will sign a memorandum of understanding next year.");
        Assert.DoesNotContain(planned.Events, e => e.Kind == EventKinds.Signing);
    }

    [Fact]
    public void ADayOfAStayPlacedInTheRegionOfTheStaysCityIsInThatCity()
    {
        var f = X.Run("Columbus welcomes Hefei delegation\nPosted: 15.05.2024\n\n"
            + "The visiting delegation from Hefei arrived in Columbus on Sunday and will remain in Ohio through Friday.\n\n"
            + "On Tuesday morning, the delegation toured the Ohio State University campus and met with researchers working on battery materials.\n");
        var tour = Assert.Single(f.Events, e => e.Start?.ToString() == "2024-05-14");
        Assert.Equal("Columbus", f.NameOf(tour.CityKey!));
    }

    [Fact]
    public void AForumIsWhereItIsHeldNotWhereTheJourneyWent()
    {
        var f = X.Run("Hưng Yên và Gunma thúc đẩy hợp tác\n26/11/2024\n"
            + "Từ chuyến thăm tỉnh Gunma và tham dự Diễn đàn xúc tiến đầu tư tại thành phố Maebashi hồi tháng 7/2023 của đoàn lãnh đạo tỉnh Hưng Yên, hai địa phương đã thúc đẩy hợp tác.");
        var forum = Assert.Single(f.Events, e => e.Kind == EventKinds.Conference);
        Assert.Equal("Maebashi", f.NameOf(forum.CityKey!));
    }

    [Fact]
    public void TheDayTheGuestsGoHomeIsNoEvent()
    {
        var f = X.Run("Hoàng Mai tiếp đoàn Xaythany\n20/11/2024\n"
            + "Theo chương trình, ngày 21/11, đoàn sẽ thăm huyện Thanh Trì và làm việc với Trung tâm Y tế huyện; ngày 22/11, đoàn về nước.");
        Assert.DoesNotContain(f.Events, e => e.Start!.ToString() == "2024-11-22");
        Assert.Contains(f.Events, e => e.Start!.ToString() == "2024-11-21");
    }

    [Fact]
    public void ADayBeforeGoingHomeKeepsItsEvent()
    {
        var f = X.Run("Ninh Bình tiếp đoàn Vang Vieng\n24/11/2024\n"
            + "Chiều mai (25/11), trước khi lên đường về nước, đoàn sẽ thăm huyện Nho Quan và làm việc với lãnh đạo huyện.");
        Assert.Contains(f.Events, e => e.Start!.ToString() == "2024-11-25");
    }

    [Fact]
    public void ALakeIsNoTown()
    {
        var f = X.Run("Duluth welcomes a delegation from Petrozavodsk\n26/11/2024\nDuluth, Minnesota and Petrozavodsk are sister cities. "
            + "On Sunday the group toured Lake Superior and the harbor with host families.");
        Assert.Contains("Duluth", f.CityNames());
        Assert.DoesNotContain("Superior", f.CityNames());
    }

    [Fact]
    public void LeadersOfTwoCitiesASubjectTalksToAreNoPair()
    {
        var f = X.Run("Đại sứ thăm vùng Karlovy Vary\n22/5/2024\n"
            + "Đại sứ Việt Nam tại Cộng hòa Séc Nguyễn Quốc Hưng đã thăm và làm việc tại vùng Karlovy Vary, trao đổi với lãnh đạo các thành phố Karlovy Vary và Cheb về khả năng mở rộng hợp tác địa phương với Việt Nam.");
        Assert.DoesNotContain("Karlovy Vary-Cheb", f.PairList());
        Assert.DoesNotContain("Cheb-Karlovy Vary", f.PairList());
    }
    [Fact]
    public void ASigningInANamedBuildingIsAtTheHostTheArticleNamesMost()
    {
        var f = X.Run("Coimbra signs protocol with Mindelo\n26/11/2023\nCoimbra welcomed a delegation from Mindelo this week. "
            + "The Municipality of Coimbra and the Municipality of Mindelo signed a protocol of cooperation on Friday at the Paços do Concelho. "
            + "Coimbra has twelve sister cities.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("Coimbra", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void AVietnameseSigningInANamedSiteIsAtTheVietnameseParty()
    {
        var f = X.Run("Hoa Lư và Vang Vieng hợp tác du lịch\n24/11/2024\n"
            + "Sáng nay (24/11), tại Khu du lịch sinh thái Tràng An, UBND huyện Hoa Lư và chính quyền huyện Vang Vieng (Lào) đã ký Biên bản ghi nhớ hợp tác. "
            + "Vang Vieng mỗi năm đón hơn 1 triệu lượt khách. Vang Vieng đang đối mặt với nhiều thách thức.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("Hoa Lu", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void ASigningPlacedNowhereIsAtTheTownTheArticleNamesMost()
    {
        var f = X.Run("Tarnów adds Uzhhorod to its partners\n15/5/2025\n"
            + "Tarnów signed a cooperation agreement with the Ukrainian city of Uzhhorod on Wednesday. "
            + "Tarnów Mayor Jan Nowak said the agreement covers schools and hospitals. Tarnów has nine partner cities.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("Tarnów", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void ASigningOfATownAwayThatWeekIsNotPlacedAtHome()
    {
        var f = X.Run("Hà Nội và Mát-xcơ-va hợp tác\n26/6/2024\n"
            + "Đoàn công tác thành phố Hà Nội đang thăm và làm việc tại Liên bang Nga từ ngày 24 - 28/6. "
            + "Ngày 26/6, thành phố Hà Nội và thành phố Mát-xcơ-va đã ký Chương trình hợp tác. Hà Nội coi trọng hợp tác với Mát-xcơ-va. Hà Nội có nhiều đối tác.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.NotEqual("Hanoi", signing.CityKey is { } key ? f.NameOf(key) : null);
    }

    [Theory]
    [InlineData("On Tuesday, the delegation from Tateyama will visit Bellingham.")]
    [InlineData("On Tuesday, the delegation from Tateyama will tour Bellingham and its harbour.")]
    public void APlaceTheGuestsWillVisitOrTourIsTheVenue(string sentence)
    {
        var f = X.Run("Guests from Japan\n10/10/2025\n" + sentence);
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start!.ToString() == "2025-10-14");
        Assert.Equal("Bellingham", f.NameOf(visit.CityKey!));
    }

    [Fact]
    public void ATourOfARegionDoesNotMoveWhatHappenedInATown()
    {
        var f = X.Run("Choir from Gaiman in Aberystwyth\n12/3/2025\n"
            + "Last Thursday a choir from Gaiman gave a concert at Aberystwyth Arts Centre as part of a three-week tour of Wales.");
        var e = Assert.Single(f.Events);
        Assert.Equal("Aberystwyth", f.NameOf(e.CityKey!));
    }
}

public class ProgrammeLineTests
{
    [Theory]
    [InlineData("Monday, 10 a.m. – Official welcome at City Hall", "Official")]
    [InlineData("- 8h30 thứ Năm (23/10): Thăm Khu công nghệ cao Pangyo.", "Thăm")]
    [InlineData("Sunday evening (December 8): Arrival; welcome dinner.", "Arrival")]
    [InlineData("Afternoon: visit to the old town.", "visit")]
    [InlineData("Day 2 (Wed 15 Oct) — visit to the harbour", "visit")]
    [InlineData("10:30 – Signing of the memorandum", "Signing")]
    [InlineData("19:00  Welcome dinner offered by the Mayor", "Welcome")]
    [InlineData("Thursday, Oct. 16 — 10:30 a.m.: signing of the declaration", "signing")]
    [InlineData("Nagaizumi, May 27 (Tue): talks with the mayor", "talks")]
    [InlineData("- Mokpo, 12/5 (Thứ Hai): Làm việc với thành phố", "Làm")]
    [InlineData("Nagaizumi, a town of 43,000 people, is the sister town", null)]
    [InlineData("Tin liên quan: Hà Nội đón đoàn Seoul", null)]
    [InlineData("Published: 14/10/2025", null)]
    [InlineData("Monday, 10 a.m.", null)]
    [InlineData("The programme: a welcome at City Hall", null)]
    public void AHeadOfDaysAndTimesThenASeparatorOpensAnItem(string line, string? item)
    {
        var t = CoopData.Extraction.Text.Tokenizer.Tokenize(line);
        int start = CoopData.Extraction.Stages.ProgrammeLine.ItemStart(t);
        Assert.Equal(item, start < 0 ? null : t[start].Text);
    }

    [Theory]
    [InlineData("Wednesday, 18 June", true)]
    [InlineData("Thứ Tư (18/6)", true)]
    [InlineData("Programme of the visit", false)]
    [InlineData("Wednesday, 18 June: welcome dinner", false)]
    public void ADayAloneOnItsLineHeadsTheItemsUnderIt(string line, bool heading) =>
        Assert.Equal(heading, CoopData.Extraction.Stages.ProgrammeLine.IsDayHeading(CoopData.Extraction.Text.Tokenizer.Tokenize(line)));

    private const string Tartu = "Tartu guests in Uppsala next week\n5 June 2025\n"
        + "Uppsala and Tartu have been twin towns since 1991. Twelve guests from Tartu will be in Uppsala from June 8 through June 12, Uppsala's twinning office said.\n"
        + "Monday, 10 a.m. – Official welcome at City Hall\n"
        + "Tuesday, 9 a.m. – Tour of the harbour of Norrtälje\n"
        + "Thursday, 7 a.m. – Delegation departs by train for Stockholm\n";

    [Fact]
    public void EachItemOfAProgrammeIsAnOccasionOfTheStayOnItsDay()
    {
        var f = X.Run(Tartu);
        // The weekdays count from the stay's first day (Sunday 8 June), not back from the day of publication.
        var welcome = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2025-06-09", welcome.Start!.ToString());
        Assert.Equal("Uppsala", f.NameOf(welcome.CityKey!));
        Assert.Contains(welcome.PartyKeys, k => f.NameOf(k) == "Tartu");
        var tour = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start!.ToString() == "2025-06-10");
        Assert.Equal("Norrtälje", f.NameOf(tour.CityKey!));
    }

    [Fact]
    public void ADepartureInTheProgrammeIsNoOccasion()
    {
        var f = X.Run(Tartu);
        Assert.DoesNotContain(f.Events, e => e.Start!.ToString() == "2025-06-12");
    }

    [Fact]
    public void AVietnameseProgrammesItemsAreWhereTheStayIsUnlessTheyNameAPlace()
    {
        var f = X.Run("Đoàn tỉnh Bình Dương thăm tỉnh Gyeonggi\nThứ Hai, 20/10/2025 08:00\n"
            + "Từ ngày 22 đến 27/10, đoàn công tác tỉnh Bình Dương do Chủ tịch UBND tỉnh Nguyễn Văn Lộc dẫn đầu sẽ thăm và làm việc tại tỉnh Gyeonggi, Hàn Quốc.\n"
            + "Chương trình làm việc của đoàn:\n"
            + "- 8h30 thứ Năm (23/10): Thăm Khu công nghệ cao Pangyo.\n"
            + "Ngày 25/10: đoàn tham quan thành phố Yongin.\n"
            + "Tối cùng ngày: tiệc chiêu đãi do Thống đốc tỉnh Gyeonggi chủ trì.\n");
        var park = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start!.ToString() == "2025-10-23");
        Assert.Equal("Gyeonggi", f.NameOf(park.CityKey!));
        Assert.Contains(park.PartyKeys, k => f.NameOf(k) == "Binh Duong");
        var town = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start!.ToString() == "2025-10-25");
        Assert.Equal("Yongin", f.NameOf(town.CityKey!));
        Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting && e.Start!.ToString() == "2025-10-25");
    }

    [Fact]
    public void APartOfTheDayOpensAnotherItemOnTheSameDay()
    {
        var f = X.Run("Guests from Sendai in Hội An\n4/3/2025\n"
            + "A delegation from Sendai is visiting Hội An from March 2 to 5.\n"
            + "- Monday morning (March 3): Signing ceremony. Afternoon: visit to the ancient town and its pottery workshops.\n");
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start!.ToString() == "2025-03-03");
        Assert.Equal("Hoi An", f.NameOf(visit.CityKey!));
    }

    private const string Brasov = "Aveiro and Brașov sign memorandum\n20.06.2025\n"
        + "The Mayor of Brașov and the Mayor of Aveiro yesterday signed a memorandum of understanding on cultural cooperation.\n"
        + "The Portuguese delegation of eleven, which is in Brașov from 18 to 21 June, includes members of the Aveiro council.\n"
        + "Programme of the visit\n"
        + "Wednesday, 18 June\n"
        + "19:00  Welcome dinner offered by the Mayor of Brașov\n"
        + "Thursday, 19 June\n"
        + "09:30  Official welcome at City Hall\n"
        + "16:00  Sighișoara: citadel and clock tower\n";

    [Fact]
    public void ADelegationThatIsInATownForSomeDaysVisitsIt()
    {
        var f = X.Run(Brasov);
        var stay = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.End is not null);
        Assert.Equal("2025-06-18", stay.Start!.ToString());
        Assert.Equal("2025-06-21", stay.End!.ToString());
        Assert.Equal("Braşov", f.NameOf(stay.CityKey!));
    }

    [Fact]
    public void ClockTimesUnderADayHeadingAreThatDaysItems()
    {
        var f = X.Run(Brasov);
        Assert.Single(f.Events, e => e.Kind == EventKinds.Other && e.Start!.ToString() == "2025-06-18");
        Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting && e.Start!.ToString() == "2025-06-19");
        // A place heading an item is visited, and is where the item happens.
        var town = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start!.ToString() == "2025-06-19");
        Assert.Equal("Sighișoara", f.NameOf(town.CityKey!));
    }

    [Fact]
    public void AStayTakesNotInTheOutingOfOneOfItsDays()
    {
        var f = X.Run("Lefkada guests in Matsue\n28 October 2024\n"
            + "The 11-member Lefkada delegation was in Matsue from Thursday through Sunday. On Friday the visitors travelled to neighbouring Izumo to see the shrine.");
        Assert.Equal(2, f.Events.Count(e => e.Kind == EventKinds.Visit));
        var outing = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.End is null);
        Assert.Equal("2024-10-25", outing.Start!.ToString());
    }

    [Fact]
    public void ASentenceAfterAnItemOnItsLineTellsMoreOfItsDay()
    {
        var f = X.Run(Tartu.Replace("Monday, 10 a.m. – Official welcome at City Hall\n",
            "Monday, 10 a.m. – Official welcome at City Hall. At 3 p.m. the guests will visit the port of Norrtälje.\n", StringComparison.Ordinal));
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start!.ToString() == "2025-06-09");
        Assert.Equal("Norrtälje", f.NameOf(visit.CityKey!));
    }

    [Fact]
    public void AClockTimeAfterTheDaysDashStillHeadsTheItem()
    {
        var f = X.Run(Tartu + "Thursday, June 12 — 10:30 a.m.: signing of a renewed friendship declaration at City Hall.\n");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Contains(signing.PartyKeys, k => f.NameOf(k) == "Tartu");
    }

    [Fact]
    public void APlaceOpeningTheLineBeforeTheDayIsWhereTheItemHappens()
    {
        var f = X.Run("Mayor reports back on sister city visit\nTuesday 10 June 2025\n\n"
            + "Whanganui Mayor Rachel Fenwick has returned from a six-day visit to Nagaizumi, Whanganui's sister town in Shizuoka Prefecture, Japan.\n\n"
            + "Nagaizumi, May 27 (Tue): talks with the mayor at the town office.\n"
            + "Mishima, May 29 (Thu): meeting with the Mishima Chamber of Commerce on food exports.\n"
            + "Numazu, May 30 (Fri): lunch with city officials and a tour of the fish market.\n\n"
            + "In Mishima and in Numazu, the delegation met business owners interested in New Zealand honey.");
        Assert.Equal("Nagaizumi", f.NameOf(Assert.Single(f.Events, e => e.Start?.ToString() == "2025-05-27").CityKey!));
        Assert.Equal("Mishima", f.NameOf(Assert.Single(f.Events, e => e.Start?.ToString() == "2025-05-29").CityKey!));
        Assert.Equal("Numazu", f.NameOf(Assert.Single(f.Events, e => e.Start?.ToString() == "2025-05-30").CityKey!));
    }

    [Fact]
    public void AParagraphHeadedByAPartnerTellsThatPartnersTieWithTheArticlesTown()
    {
        var f = X.Run("Hue's partners at a glance\n\nHUE, May 3, 2024 – Hue city keeps ties with cities in four countries. "
            + "Chairman of the Hue City People's Committee Tran Van Nam received a delegation from Gyeongju on May 2.\n\n"
            + "Gyeongju (North Gyeongsang province, South Korea). Friendship relations were set up in 2007. The two cities exchange artists every year.\n\n"
            + "Blois, France:\nA memorandum of understanding on heritage cooperation was signed in 2011. Blois has trained restorers who now work in Hue.\n\n"
            + "Salzburg (Austria). The cooperation agreement signed with Hue in 2016 covers tourism and festivals.\n");
        Assert.Equal(2007, f.Partnerships.Single(p => f.PairNames(p).Contains("Gyeongju")).Since);
        Assert.Equal(2011, f.Partnerships.Single(p => f.PairNames(p).Contains("Blois")).Since);
        Assert.Equal(2016, f.Partnerships.Single(p => f.PairNames(p).Contains("Salzburg")).Since);
        Assert.All(f.Partnerships, p => Assert.Contains("Hue", f.PairNames(p)));
    }

}

public class DaysOfAStayTests
{
    private const string ChangwonStay = "Changwon delegation in Binh Duong\nBINH DUONG, May 10, 2025 (VNA)\n\n"
        + "A delegation from Changwon city in South Korea wrapped up a four-day working visit to Binh Duong province on Saturday.\n\n"
        + "At talks with Chairman of the Binh Duong Provincial People's Committee Vo Van Minh in Thu Dau Mot city on May 7, the two sides reviewed "
        + "the exchanges since 2015, when Changwon first sent a business delegation to a Binh Duong investment conference.\n\n"
        + "The following day, the delegation visited the VSIP industrial park, where managers briefed them on new factories.\n";

    [Fact]
    public void AStayWrappedUpOnADayIsCountedBackFromItsLength()
    {
        var stay = Assert.Single(X.Run(ChangwonStay).Events, e => e.Kind == EventKinds.Visit && e.End is not null);
        Assert.Equal("2025-05-07", stay.Start!.ToString());
        Assert.Equal("2025-05-10", stay.End!.ToString());
    }

    [Fact]
    public void TheFollowingDaysOutingOfTheDelegationIsADayOfTheStay()
    {
        var f = X.Run(ChangwonStay);
        // "the following day" counts from the day told last (the talks of May 7), and the outing is the stay's parties'.
        var outing = Assert.Single(f.Events, e => e.Start?.ToString() == "2025-05-08");
        Assert.Equal(EventKinds.Visit, outing.Kind);
        Assert.Contains(outing.PartyKeys, k => f.NameOf(k) == "Binh Duong");
        Assert.Contains(outing.PartyKeys, k => f.NameOf(k) == "Changwon");
    }

    [Fact]
    public void TalksPastALongTitleKeepTheirDateOverATriggerFurtherOn() =>
        Assert.Equal(EventKinds.Meeting, Assert.Single(X.Run(ChangwonStay).Events, e => e.Start?.ToString() == "2025-05-07" && e.End is null).Kind);

    [Fact]
    public void AVietnameseStayOfDaysEndedOnADayIsAVisitCountedBack()
    {
        var f = X.Run("Đoàn Changwon kết thúc chuyến thăm Bình Dương\nThứ Bảy, 10/5/2025 - 10:15\n\n"
            + "Ngày 10/5, đoàn đại biểu thành phố Changwon (Hàn Quốc) đã kết thúc chuyến thăm và làm việc 4 ngày tại tỉnh Bình Dương.\n\n"
            + "Trước đó, sáng 8/5, đoàn đã làm việc với UBND tỉnh Bình Dương. Sáng hôm sau, đoàn đã thăm Khu công nghiệp VSIP.\n");
        var stay = Assert.Single(f.Events, e => e.End is not null);
        Assert.Equal(EventKinds.Visit, stay.Kind);
        Assert.Equal("2025-05-07", stay.Start!.ToString());
        Assert.Contains(f.Events, e => e.Kind == EventKinds.Visit && e.Start?.ToString() == "2025-05-09" && e.End is null);
    }

    [Fact]
    public void AnAnniversaryMarkedWithACeremonyIsAnEventAndTheDelegationsWorkshopNextDayJoinsIt()
    {
        var f = X.Run("Vinh and Ulyanovsk mark 10 years of twinning\nPublished: Thursday, 16 October 2025\n\n"
            + "Vinh and Ulyanovsk on Tuesday marked the 10th anniversary of their twinning with a ceremony at the Vinh city hall.\n\n"
            + "Yesterday, the delegation attended a workshop on vocational training hosted by the city's college.\n");
        var ceremony = Assert.Single(f.Events, e => e.Kind == EventKinds.Other);
        Assert.Equal("2025-10-14", ceremony.Start!.ToString());
        Assert.Equal("Vinh", f.NameOf(ceremony.CityKey!));
        var workshop = Assert.Single(f.Events, e => e.Kind == EventKinds.Conference);
        Assert.Equal("2025-10-15", workshop.Start!.ToString());
        Assert.Equal("Vinh", f.NameOf(workshop.CityKey!));
        Assert.Contains(workshop.PartyKeys, k => f.NameOf(k) == "Ulyanovsk");
    }
}

public class OccasionsAndClausesTests
{
    private const string Trip = "Yeosu marks 20 years with Japanese sister city Karatsu\nPublished: 16 Oct. 2023, 09:10\n\n"
        + "A delegation from Yeosu traveled to Karatsu last week to celebrate two decades of ties between the two cities, which were linked as sister cities in April 2003.\n\n"
        + "\"Today, our people travel between Yeosu and Karatsu as if visiting relatives,\" the mayor said.\n\n"
        + "The anniversary ceremony took place on Saturday at the Karatsu Civic Hall, attended by some 300 residents.\n\n"
        + "On Wednesday, a day before the trip, the Yeosu mayor held a video conference with the Mayor of Da Nang on coastal tourism.\n";

    [Fact]
    public void AnAnniversaryCeremonyIsAnEventOfItsOwn()
    {
        var f = X.Run(Trip);
        var ceremony = Assert.Single(f.Events, e => e.Kind == EventKinds.Other);
        Assert.Equal("2023-10-14", ceremony.Start!.ToString());
        Assert.Equal("Karatsu", f.NameOf(ceremony.CityKey!));
    }

    [Fact]
    public void AYearInARelativeClauseDatesThatClauseNotTheTripBeforeIt() =>
        Assert.DoesNotContain(X.Run(Trip).Events, e => e.Start?.Year == 2003 && e.Kind == EventKinds.Visit);

    [Fact]
    public void AComparisonIsNoVisit() =>
        Assert.DoesNotContain(X.Run(Trip).Events, e => e.Start?.ToString() == "2023-10-16");

    [Fact]
    public void AVideoConferenceIsAMeetingInNoCityAndTheTripItPrecededIsItsBackground()
    {
        var f = X.Run(Trip);
        var call = Assert.Single(f.Events, e => e.Start?.ToString() == "2023-10-11");
        Assert.Equal(EventKinds.Meeting, call.Kind);
        Assert.Null(call.CityKey);
        Assert.Contains(call.PartyKeys, k => f.NameOf(k) == "Da Nang");
    }

    [Fact]
    public void AnOccasionsOwnRelativeClauseDatesIt()
    {
        var f = X.Run("Son Tra and Haeundae plan summer exchanges\nPublished: 3 April 2024\n\n"
            + "A delegation from Son Tra will attend the Haeundae Sand Festival, which will take place on Haeundae beach from May 24 to 27.\n");
        var festival = Assert.Single(f.Events);
        Assert.Equal("2024-05-24", festival.Start!.ToString());
        Assert.Equal(EventKinds.Other, festival.Kind);
    }
}

public class TourStopsTests
{
    private const string Tour = "Binh Dinh delegation tours Czech Republic\nUpdate: October, 12/2024 - 09:30\n\n"
        + "QUY NHON — A delegation from Binh Dinh province has returned from a working trip to the Czech Republic.\n\n"
        + "The first stop was Brno, where on October 3 the delegation met representatives of the South Moravian Region.\n\n"
        + "On October 5, the delegation travelled to Olomouc, a university city in the east of the country. Mayor of Olomouc Miroslav Zbořil received the delegation at the town hall, saying that the two sides shared much in tourism.\n\n"
        + "After the talks, the two sides signed a memorandum of understanding on cooperation in tourism.\n";

    [Fact]
    public void TheMonthCommaDaySlashYearDatelineGivesTheStoryItsYear() =>
        Assert.Equal("2024-10-12", X.Run(Tour).Published?.ToString());

    [Fact]
    public void AWhereClauseIsHeldInThePlaceItOpensAfter()
    {
        var f = X.Run(Tour);
        var meeting = Assert.Single(f.Events, e => e.Start?.ToString() == "2024-10-03");
        Assert.Equal("Brno", f.NameOf(meeting.CityKey!));
    }

    [Fact]
    public void AReceptionToldRightAfterADatedArrivalIsAMeetingThatDayAndTheSigningAfterItsTalksToo()
    {
        var f = X.Run(Tour);
        var meeting = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting && e.Start?.ToString() == "2024-10-05");
        Assert.Equal("Olomouc", f.NameOf(meeting.CityKey!));
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2024-10-05", signing.Start!.ToString());
        Assert.Equal("Olomouc", f.NameOf(signing.CityKey!));
    }

    [Fact]
    public void AReceptionAfterASentenceThatToldTheTalksIsNoSecondMeeting()
    {
        var f = X.Run("An Giang leaders visit Kampot\nCập nhật: 11:02 | 26/02/2024\n\n"
            + "Hôm qua (25/2), đoàn đại biểu tỉnh An Giang đã thăm và hội đàm với lãnh đạo tỉnh Kampot (Campuchia) tại thành phố Kampot. "
            + "Tiếp đoàn có ông Sok Chanthy, Tỉnh trưởng tỉnh Kampot cùng lãnh đạo các sở, ngành của tỉnh bạn.\n");
        Assert.Single(f.Events, e => e.Start?.ToString() == "2024-02-25");
    }

    [Theory]
    [InlineData("Sáng 28/6, đoàn đại biểu quận Frunzensky đã đến thăm làng gốm Bát Tràng, nơi nổi tiếng với nghề gốm.", "Bát Tràng")]
    [InlineData("Sáng 28/6, đoàn công tác quận Frunzensky đã đến thăm Trường THCS Gia Lâm và giao lưu với học sinh.", "Gia Lam")]
    public void AVisitReachesThePlaceASiteOrSchoolIsNamedAfter(string sentence, string place)
    {
        var f = X.Run("Đoàn quận Frunzensky thăm Gia Lâm\nThứ Năm, 29/06/2023 - 10:15\n\n"
            + "Chiều 27/6, tại xã Bát Tràng, huyện Gia Lâm và quận Frunzensky (thành phố Saint Petersburg, Nga) đã ký thỏa thuận hợp tác hữu nghị.\n\n"
            + sentence + "\n");
        var visit = Assert.Single(f.Events, e => e.Start?.ToString() == "2023-06-28");
        Assert.Equal(place, f.NameOf(visit.CityKey!));
    }

    [Fact]
    public void AVisitsPlaceIsNeverReachedPastWhoseVisitItIs()
    {
        var f = X.Run("Gimhae mayor in Hanoi\nPublished: 3 April 2024\n\n"
            + "Sáng 2/4, Chủ tịch UBND thành phố Hà Nội đã tiếp đoàn và cảm ơn chuyến thăm của thành phố Gimhae.\n");
        var e = Assert.Single(f.Events);
        Assert.Equal("Hanoi", f.NameOf(e.CityKey!));
    }
}

public class JourneysOfSeveralPlacesTests
{
    [Fact]
    public void AJourneyToACountryIsInNoCityAndItsDayInAPlaceIsAnEventOfItsOwn()
    {
        var f = X.Run("Đoàn Đà Nẵng thăm Hoa Kỳ\nCập nhật: 10:20 | 25/09/2023\n\n"
            + "Từ ngày 11 đến 19-9, đoàn đại biểu thành phố Đà Nẵng do Phó Chủ tịch UBND thành phố Trần Văn An dẫn đầu đã thăm và làm việc tại Hoa Kỳ.\n\n"
            + "Ngày 15-9, đoàn đến thành phố Seattle, bang Washington.\n");
        var journey = Assert.Single(f.Events, e => e.Start?.ToString() == "2023-09-11");
        Assert.Null(journey.CityKey);
        var day = Assert.Single(f.Events, e => e.Start?.ToString() == "2023-09-15");
        Assert.Equal("Seattle", f.NameOf(day.CityKey!));
    }

    [Fact]
    public void AJourneyToTwoProvincesIsInNeither()
    {
        var f = X.Run("Điện Biên thăm hai tỉnh bạn Lào\nThứ Hai, 05/06/2023 - 08:30\n\n"
            + "Từ ngày 1 - 4/6, đoàn đại biểu tỉnh Điện Biên đã thăm, làm việc tại tỉnh Luang Prabang và tỉnh Oudomxay, nước CHDCND Lào.\n");
        var journey = Assert.Single(f.Events);
        Assert.Null(journey.CityKey);
        Assert.Contains(journey.PartyKeys, k => f.NameOf(k) == "Điện Biên" || f.NameOf(k) == "Dien Bien");
    }

    [Fact]
    public void AJourneyToOnePlaceIsThere()
    {
        var f = X.Run("Điện Biên thăm tỉnh bạn Lào\nThứ Hai, 05/06/2023 - 08:30\n\n"
            + "Từ ngày 1 - 4/6, đoàn đại biểu tỉnh Điện Biên đã thăm, làm việc tại tỉnh Luang Prabang và gặp gỡ lãnh đạo tỉnh.\n");
        var journey = Assert.Single(f.Events);
        Assert.NotNull(journey.CityKey);
    }
}

public class TravellersOnTheirDaysTests
{
    [Theory]
    [InlineData("Từ ngày 11 - 18/6, đoàn công tác của tỉnh Lâm Đồng đã có chuyến thăm và làm việc tại Cộng hòa Pháp, nhân dịp kỷ niệm 15 năm quan hệ hợp tác giữa thành phố Đà Lạt và thành phố Annecy.",
        "Ngày 12/6, đoàn đã đến làm việc với Đại sứ quán Việt Nam tại Pháp ở thủ đô Paris.")]
    [InlineData("From June 11 to 18, a delegation from Lam Dong province paid a working visit to France to mark 15 years of ties between the cities of Da Lat and Annecy.",
        "On June 12, the delegation held talks with French partners in Paris.")]
    public void ADayOfAStayInANamedPlaceHasTheTravellersLocalityAsAParty(string stay, string day)
    {
        var f = X.Run("Lam Dong delegation in France\nCập nhật: 10:20 | 20/06/2023\n\n" + stay + "\n\n" + day + "\n");
        var outing = Assert.Single(f.Events, e => e.Start?.ToString() == "2023-06-12");
        Assert.Equal("Paris", f.NameOf(outing.CityKey!));
        Assert.Contains(outing.PartyKeys, k => f.NameOf(k) is "Lam Dong" or "Lâm Đồng");
    }

    [Fact]
    public void TheTravellersLocalityIsTheirLeadersWhenOnlyHisTitleNamesIt()
    {
        var f = X.Run("Quang Tri delegation in Laos\nMay 9, 2024\n\n"
            + "Vietnam's central province of Quang Tri and Laos' Savannakhet province signed a memorandum of understanding on cooperation last Monday, during a working visit to Laos by a provincial delegation.\n\n"
            + "The delegation, led by Vice Chairman of the Quang Tri provincial People's Committee Le Duc Hanh, was in Laos from May 3 to 7 at the invitation of the Savannakhet provincial government.\n\n"
            + "After landing in Vientiane on May 3, the delegation paid a courtesy call on Mayor of Vientiane Atsaphangthong Siphandone.\n\n"
            + "The next day, the delegation had a working session with Vietnamese Ambassador to Laos Pham Van Khoa at the embassy in Vientiane.\n");
        var session = Assert.Single(f.Events, e => e.Start?.ToString() == "2024-05-04");
        Assert.Equal("Vientiane", f.NameOf(session.CityKey!));
        Assert.Contains(session.PartyKeys, k => f.NameOf(k) == "Quang Tri");
    }
}

public class TripsToldByDepartureAndReturnTests
{
    private const string Trip = "Sokcho marks 25 years with Japanese sister city Sakaiminato\nPublished: 16 Oct. 2023, 09:10\n\n"
        + "A delegation from Sokcho traveled to Sakaiminato last week to celebrate the ties between the two cities, which were linked as sister cities in May 1998.\n\n"
        + "The 20-member delegation, led by Sokcho Mayor Lee Byung-sun, left Yangyang International Airport on Wednesday and returned on Saturday.\n\n"
        + "On the first day, the delegation was received by Sakaiminato Mayor Shoji Yasuda at Sakaiminato City Hall.\n\n"
        + "The anniversary ceremony took place on Friday at the Sakaiminato Civic Hall. The two mayors signed a joint declaration on student exchanges.\n";

    [Fact]
    public void ARoughWeekDatesTheTripWhenTheSentencesOtherDateIsARelativeClausesPast() =>
        Assert.Contains(X.Run(Trip).Events, e => e.Kind == EventKinds.Visit && e.Start?.Year == 2023);

    [Fact]
    public void TheDaysOfLeavingAndReturningAreTheTripsAndItsFirstDayCountsFromThem()
    {
        var f = X.Run(Trip);
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2023-10-11", visit.Start!.ToString());
        Assert.Equal("2023-10-14", visit.End!.ToString());
        var reception = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2023-10-11", reception.Start!.ToString());
        Assert.Equal("Sakaiminato", f.NameOf(reception.CityKey!));
    }

    [Fact]
    public void ASigningToldRightAfterADatedSentenceOfItsParagraphIsOnThatDay()
    {
        var signing = Assert.Single(X.Run(Trip).Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2023-10-13", signing.Start!.ToString());
    }

    private const string Journey = "Binh Dinh delegation tours the Czech Republic\nUpdated: October, 12/2024 - 08:30\n\n"
        + "The delegation, led by Chairman of the Binh Dinh Provincial People's Committee Pham Anh Tuan, left Vietnam on October 2 and returned on October 9.\n\n"
        + "The first stop was Prague, where on October 3 the delegation met officials of the Czech Ministry of Industry and Trade.\n\n"
        + "The next morning, October 4, the delegation travelled to Brno, the country's second city.\n\n"
        + "In Olomouc, they had a working session with the regional development agency on October 6.\n";

    [Fact]
    public void ATripToldOnlyByLeavingAndReturningIsAVisitOfThoseDaysInNoOneCity()
    {
        var f = X.Run(Journey);
        var trip = Assert.Single(f.Events, e => e.Start?.ToString() == "2024-10-02");
        Assert.Equal(EventKinds.Visit, trip.Kind);
        Assert.Equal("2024-10-09", trip.End!.ToString());
        Assert.Null(trip.CityKey);
        Assert.Contains(trip.PartyKeys, k => f.NameOf(k) == "Binh Dinh");
    }

    [Theory]
    [InlineData("2024-10-03", "Prague")]
    [InlineData("2024-10-06", "Olomouc")] // "they", after a day's outing to Brno: still the trip's travellers
    public void TheTripsStopsHaveTheTravellersLocalityAsAParty(string day, string city)
    {
        var f = X.Run(Journey);
        var stop = Assert.Single(f.Events, e => e.Start?.ToString() == day);
        Assert.Equal(city, f.NameOf(stop.CityKey!));
        Assert.Contains(stop.PartyKeys, k => f.NameOf(k) == "Binh Dinh");
    }

    [Fact]
    public void ASigningAgreedForLaterIsNoEventOfTheDayBefore()
    {
        var f = X.Run("Thach Ha and That Phanom meet\nPublished: 16 Oct. 2023, 09:10\n\n"
            + "On October 13, the Thai delegation visited Thach Ha district, where district leaders discussed exchanges in agriculture. "
            + "The two sides agreed to sign a twinning agreement between Thach Ha and That Phanom next year, when a Thach Ha delegation is expected to attend the That Phanom festival.\n");
        Assert.DoesNotContain(f.Events, e => e.Kind == EventKinds.Signing);
    }
}

public class PartnerListsTests
{
    private const string Portal = "Bình Định và các địa phương đối tác\nThứ Ba, 12/09/2023 - 08:30\n\n";

    [Fact]
    public void ANumberedListAfterASentenceCountingThePartnersGivesTheTownsPartnersWithTheirYears()
    {
        var f = X.Run(Portal
            + "Đến nay, tỉnh Bình Định đã ký kết văn bản thiết lập quan hệ hữu nghị, hợp tác với 4 địa phương nước ngoài, cụ thể:\n\n"
            + "1. Tỉnh Attapeu (Lào): ký thỏa thuận hợp tác toàn diện năm 2003, hợp tác về giáo dục và y tế.\n\n"
            + "2. TP Gwangju (Hàn Quốc): ký biên bản ghi nhớ hợp tác năm 2016 trong lĩnh vực đào tạo nghề. Hai bên trao đổi đoàn hằng năm.\n\n"
            + "3. Tỉnh Shizuoka (Nhật Bản): ký thư ý định hợp tác năm 2019 về nông nghiệp.\n\n"
            + "4. Tỉnh Camagüey (Cuba): ký thỏa thuận hữu nghị năm 2012.\n");
        string[] expected = { "Attapeu 2003", "Camagüey 2012", "Gwangju 2016", "Shizuoka Prefecture 2019" };
        Assert.Equal(expected, f.Partnerships.Select(p => f.PairNames(p).Single(n => n != "Binh Dinh") + " " + p.Since?.ToString(CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BulletedItemsAfterAnEnglishCountingSentenceArePartnersToo()
    {
        var f = X.Run("Hue and its partners\nPosted: 12.09.2023\n\n"
            + "Hue has signed friendship and cooperation agreements with three foreign localities:\n\n"
            + "- The city of Blois (France), twinned since 1997 in heritage conservation.\n\n"
            + "- Kanazawa (Japan), a sister city since 2010.\n\n"
            + "- Gyeongju (South Korea), since 2007.\n");
        string[] expected = { "Blois 1997", "Gyeongju 2007", "Kanazawa 2010" };
        Assert.Equal(expected, f.Partnerships.Select(p => f.PairNames(p).Single(n => n != "Hue") + " " + p.Since?.ToString(CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheProvinceRightAfterTheListIsItsOwnerAndEachObjectOfWithItsOwnPartner()
    {
        var f = X.Run(Portal
            + "Tỉnh Bình Định đã thiết lập quan hệ hợp tác với 2 địa phương nước ngoài, cụ thể:\n\n"
            + "1. Tỉnh Attapeu (Lào): ký thỏa thuận hợp tác năm 2003.\n\n"
            + "2. Tỉnh Camagüey (Cuba): ký thỏa thuận hữu nghị năm 2012.\n\n"
            + "Ngoài ra, tỉnh đang đàm phán để ký kết thỏa thuận hợp tác với tỉnh Takeo (Campuchia) và nghiên cứu đề xuất thiết lập quan hệ với TP Kumamoto (Nhật Bản).\n");
        var takeo = f.Partnerships.Single(p => f.PairNames(p).Contains("Takeo"));
        var kumamoto = f.Partnerships.Single(p => f.PairNames(p).Contains("Kumamoto"));
        Assert.Contains("Binh Dinh", f.PairNames(takeo));
        Assert.Contains("Binh Dinh", f.PairNames(kumamoto));
        Assert.Equal(PartnershipStatuses.Negotiating, takeo.Status);
        Assert.Equal(PartnershipStatuses.Proposed, kumamoto.Status);
    }

    [Fact]
    public void APartnerOfALaterClauseHasNotTheSigningOfTheFirst()
    {
        var f = X.Run("Binh Duong delegation in Europe\nPosted: 12.09.2023\n\n"
            + "A delegation of Binh Duong province signed a cooperation memorandum with the Polish city of Gdansk and reviewed the twinning relationship with Brno.\n");
        Assert.Equal(PartnershipStatuses.Signed, f.Partnerships.Single(p => f.PairNames(p).Contains("Gdańsk")).Status);
        var brno = f.Partnerships.Single(p => f.PairNames(p).Contains("Brno"));
        Assert.Contains("Binh Duong", f.PairNames(brno));
        Assert.NotEqual(PartnershipStatuses.Signed, brno.Status);
        Assert.Null(brno.Since);
    }

    [Theory]
    [InlineData("Phó Tỉnh trưởng tỉnh Xalavan mong muốn hai tỉnh mở rộng hợp tác du lịch, nhất là kết nối tour từ Quảng Ngãi qua cửa khẩu Nam Giang đến Xalavan và Chămpasắc.")]
    [InlineData("The two provinces hope to expand tourism cooperation, linking tours from Quang Ngai through the Nam Giang border gate to Attapeu and Champasak.")]
    public void PlacesAJourneyGoesToAreNotEachOthersPartners(string sentence)
    {
        var f = X.Run("Tourism links\nPosted: 12.09.2023\n\n" + sentence + "\n");
        Assert.Contains(f.Cities, c => c.Name == "Champasak");
        Assert.DoesNotContain(f.Partnerships, p => f.PairNames(p).Contains("Champasak"));
    }

    [Fact]
    public void AnOnlineMeetingGetsNoCityFromThePlacesItsSentenceNames()
    {
        var f = X.Run("Bình Định\nThứ Ba, 12/09/2023 - 08:30\n\n"
            + "Tỉnh Bình Định và tỉnh Jeollanam đã thiết lập quan hệ hữu nghị năm 2015.\n\n"
            + "Chiều 11/9/2023, ông Trần Văn Nam, Giám đốc Sở Ngoại vụ tỉnh Bình Định đã có buổi họp trực tuyến với ông Park Min-ho, Vụ trưởng Vụ Hợp tác quốc tế tỉnh Jeollanam, "
            + "bàn về việc đưa 100 lao động thời vụ của huyện Phù Cát sang làm việc tại các huyện nông nghiệp của tỉnh Jeollanam.\n");
        var meeting = Assert.Single(f.Events);
        Assert.Null(meeting.CityKey);
    }
}

public class JourneysToACountryTests
{
    private const string ToAFederation = "Quảng Nam mở rộng hợp tác với các địa phương của Đức\nThứ Ba, 16/05/2023 - 08:40\n\n"
        + "Từ ngày 8 đến 14/5, đoàn công tác tỉnh Quảng Nam do ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn đã có chuyến thăm và làm việc tại Cộng hòa Liên bang Đức.\n\n"
        + "Sáng 10/5, đoàn đến thành phố Leipzig, hội đàm với ông Klaus Berger, Phó Thị trưởng thành phố Leipzig.\n";

    [Fact]
    public void AJourneyToACountryNamedWithItsFormOfStateIsInNoOneCity()
    {
        var visit = Assert.Single(X.Run(ToAFederation).Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2023-05-08", visit.Start!.ToString());
        Assert.Null(visit.CityKey);
    }

    [Fact]
    public void ArrivingSomewhereToHoldTalksIsTheTalks()
    {
        var f = X.Run(ToAFederation);
        var talks = Assert.Single(f.Events, e => e.Start?.ToString() == "2023-05-10");
        Assert.Equal(EventKinds.Meeting, talks.Kind);
        Assert.Equal("Leipzig", f.NameOf(talks.CityKey!));
    }

    private const string Wrapped = "Hue seeks partners in Japan\nHue, May 9, 2023 (VNA) – A delegation of Thua Thien Hue led by Vice Chairman of the provincial People's Committee Le Van Hoa wrapped up a working trip to Japan on May 9.\n\n"
        + "The trip, which ran from May 5 to 9, was aimed at finding partners for the province's economic zones.\n\n"
        + "On the first day of the trip, May 5, the delegation arrived in Tokyo.\n\n"
        + "On May 7, the delegation met Governor of Kyoto prefecture Takeshi Nomura in Kyoto.\n";

    [Fact]
    public void ATripToACountryWhoseDaysAreToldLaterIsInNoOneCityItsArrivalIncluded()
    {
        var f = X.Run(Wrapped);
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2023-05-05", visit.Start!.ToString());
        Assert.Equal("2023-05-09", visit.End!.ToString());
        Assert.Null(visit.CityKey);
    }

    private const string Invited = "Bà Rịa - Vũng Tàu và Geelong ký kết biên bản ghi nhớ\nThứ Sáu, 09/06/2023 10:05\n\n"
        + "Đoàn công tác của tỉnh Bà Rịa - Vũng Tàu đã kết thúc chuyến công tác tại Australia.\n\n"
        + "Chuyến công tác diễn ra từ ngày 1 đến 6/6 theo lời mời của chính quyền thành phố Geelong. Tham gia đoàn có lãnh đạo các sở.\n\n"
        + "Ngày 3/6, Thị trưởng thành phố Geelong đã tiếp đoàn tại Tòa thị chính. Sau buổi làm việc, hai bên đã ký kết Biên bản ghi nhớ về "
        + "hợp tác hữu nghị giữa tỉnh Bà Rịa - Vũng Tàu và thành phố Geelong.\n";

    [Fact]
    public void ATripAtTheInvitationOfOneSideIsNotAtTheOther()
    {
        var f = X.Run(Invited);
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2023-06-01", visit.Start!.ToString());
        Assert.Null(visit.CityKey);
    }

    private const string MovedOn = "Binh Dinh seeks Korean partners\nQuy Nhon, October 19, 2023 (VNA) – A delegation of Binh Dinh led by Vice Chairman Ho Van Thanh wrapped up a working trip to the Republic of Korea on October 19.\n\n"
        + "On October 18, the delegation moved to Gimhae, a city west of Busan. There, Chairman of the Quy Nhon City People's Committee Pham Duc Lam and Gimhae Mayor Jo Min-seok signed an agreement on friendly exchanges.\n";

    [Fact]
    public void ASigningThereOnTheDayTheTravellersMovedIsOnThatDayWhereTheyWent()
    {
        var f = X.Run(MovedOn);
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2023-10-18", signing.Start!.ToString());
        Assert.Equal("Kimhae", f.NameOf(signing.CityKey!));
    }
}

/// <summary>A visit announced for a month and told day by day in a schedule.</summary>
public class ScheduledVisitTests
{
    private const string Schedule = "Fukuoka Delegation to Visit Oakland\nPosted on: May 6, 2025\n\n"
        + "OAKLAND, Calif. – An official delegation from Fukuoka, Japan, will visit Oakland later this month to mark the sister city anniversary.\n\n"
        + "Tuesday, May 20 – The delegation arrives at Ontario International Airport and will be greeted by the Oakland Sister City Council.\n\n"
        + "Wednesday, May 21 – Mayor Barbosa will host an official welcome ceremony at City Hall, followed by a meeting between the two mayors. "
        + "In the afternoon the delegation will tour the Port of Oakland, where Fukuoka's own harbour engineers once trained.\n\n"
        + "Thursday, May 22 – The two mayors will sign a renewed sister city agreement at the Chabot Space Center.\n";

    [Fact]
    public void AVisitOfAMonthStartsOnTheDayTheTravellersArrive()
    {
        var f = X.Run(Schedule);
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start?.ToString() == "2025-05-20");
        Assert.Equal("Oakland", f.NameOf(visit.CityKey!));
        Assert.DoesNotContain(f.Events, e => e.Start?.ToString() == "2025-05");
    }

    [Fact]
    public void AWelcomeCeremonyOfAScheduleIsNoSigning()
    {
        var f = X.Run(Schedule);
        Assert.Equal(EventKinds.Meeting, Assert.Single(f.Events, e => e.Start?.ToString() == "2025-05-21" && e.Kind != EventKinds.Visit).Kind);
        Assert.Single(f.Events, e => e.Kind == EventKinds.Signing && e.Start?.ToString() == "2025-05-22");
    }

    [Fact]
    public void ATourOfAnInstitutionOfAPlaceIsInThatPlace()
    {
        var f = X.Run(Schedule);
        var tour = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit && e.Start?.ToString() == "2025-05-21");
        Assert.Equal("Oakland", f.NameOf(tour.CityKey!));
    }
}

/// <summary>A trip of last week told day by day, each day given with its weekday.</summary>
public class TripToldDayByDayTests
{
    private const string LastWeek = "Nghe An and Gwangju sign cooperation agreement\nDate: 16/06/2025\n\n"
        + "A delegation of Nghe An province led by Chairman of the provincial People's Committee Le Hong Vinh paid a working visit to Korea last week.\n\n"
        + "The delegation landed in Seoul on Sunday, June 8, after a long journey via Hong Kong, and was welcomed at the airport by embassy officials.\n\n"
        + "On Monday, the delegation worked with the Korea Foundation in Seoul.\n\n"
        + "On Wednesday, June 11, Chairman Le Hong Vinh and Mayor Kang Gi-jung signed the agreement at the headquarters of the Gwangju city government.\n";

    [Fact]
    public void ATripOfLastWeekIsTheArrivalOnTheSundayBefore()
    {
        var f = X.Run(LastWeek);
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2025-06-08", visit.Start!.ToString());
        Assert.Contains(visit.PartyKeys, p => f.NameOf(p) == "Nghe An");
        Assert.DoesNotContain(visit.PartyKeys, p => f.NameOf(p) == "Hong Kong");
    }

    [Fact]
    public void AWeekdayAfterADayToldWithItsWeekdayGoesOnFromThatDay()
    {
        var f = X.Run(LastWeek);
        var meeting = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2025-06-09", meeting.Start!.ToString());
    }

    [Fact]
    public void ASigningAtTheHeadquartersOfALocalGovernmentIsInThatPlace()
    {
        var f = X.Run(LastWeek);
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("Gwangju", f.NameOf(signing.CityKey!));
    }
}

/// <summary>Days of a trip abroad told in Vietnamese: talks opened at, floral tributes, occasions a place organises.</summary>
public class TripAbroadDaysTests
{
    private const string Houaphanh = "Thanh Hóa và Hủa Phăn ký kết thỏa thuận hợp tác\nCập nhật lúc 10:00, 25/5/2024\n\n"
        + "Sáng 20/5, đoàn đại biểu tỉnh Thanh Hóa xuất cảnh qua cửa khẩu quốc tế Na Mèo. Hôm sau, đoàn di chuyển sang thành phố Sầm Nưa. "
        + "Tại buổi hội đàm với ông Phoxay Sayasone – Tỉnh trưởng tỉnh Hủa Phăn, hai bên điểm lại kết quả hợp tác kể từ năm 2015.\n\n"
        + "Sáng 22/5, đoàn dâng hoa tại Đài tưởng niệm liệt sĩ.\n";

    [Fact]
    public void TalksASentenceOpensAtAfterTheTravellersDayAreThatDays()
    {
        var f = X.Run(Houaphanh);
        var talks = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2024-05-21", talks.Start!.ToString());
        Assert.Equal("Houaphanh", f.NameOf(talks.CityKey!));
    }

    [Fact]
    public void TalksOpenedAtAreWhereTheTravellersWentNotWhereTheSentenceLaterSays()
    {
        var f = X.Run("Thanh Hóa và Luang Prabang hợp tác\nCập nhật lúc 10:00, 25/5/2024\n\n"
            + "Ngày 22/5, đoàn đại biểu tỉnh Thanh Hóa thăm nhà máy thủy điện tại tỉnh Xayaburi.\n\n"
            + "Ngày 23/5, đoàn di chuyển đến tỉnh Luang Prabang. Tại buổi làm việc với ông Khamkhan Chanthavisouk, "
            + "Phó Tỉnh trưởng tỉnh Luang Prabang, hai bên đánh giá kết quả đào tạo hơn 100 sinh viên Lào, phần lớn đang học tập tại Thanh Hóa.\n");
        var talks = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2024-05-23", talks.Start!.ToString());
        Assert.Equal("Luang Prabang", f.NameOf(talks.CityKey!));
    }

    [Fact]
    public void AFloralTributeIsAnOccasion()
    {
        var f = X.Run(Houaphanh);
        Assert.Single(f.Events, e => e.Kind == EventKinds.Other && e.Start?.ToString() == "2024-05-22");
    }

    [Fact]
    public void AnOccasionAPlaceOrganisesIsThere()
    {
        var f = X.Run("Đoàn Quảng Trị dự lễ hội\nCập nhật lúc 10:00, 25/5/2024\n\n"
            + "Tối 22/5, đoàn đại biểu tỉnh Quảng Trị dự Lễ hội văn hóa bên bờ sông Mê Kông do tỉnh Savannakhet tổ chức.\n");
        var festival = Assert.Single(f.Events);
        Assert.Equal("Savannakhet", f.NameOf(festival.CityKey!));
    }
}

public class CourseAndOccasionTests
{
    [Fact]
    public void ATrainingCourseOpenedOrClosedIsAnOccasion()
    {
        var f = X.Run("Hue trains Lao nurses\nHUE, May 21, 2025 (VNA) –\n\n"
            + "A three-month training course for 30 nurses from the Lao province of Champasak closed at the Hue Central Hospital in Hue city on May 20.\n");
        var course = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Other, course.Kind);
        Assert.Equal("2025-05-20", course.Start!.ToString());
        Assert.Equal("Hue", f.NameOf(course.CityKey!));

        var g = X.Run("Tập huấn trồng cà phê\nThứ Tư, 19/3/2025 - 08:00\n\n"
            + "Sáng 18/3, tại thành phố Đà Lạt, Sở Nông nghiệp tỉnh Lâm Đồng khai giảng lớp tập huấn kỹ thuật trồng cà phê cho 25 cán bộ tỉnh Champasak (Lào).\n");
        var opened = Assert.Single(g.Events);
        Assert.Equal(EventKinds.Other, opened.Kind);
        Assert.Equal("2025-03-18", opened.Start!.ToString());
        Assert.Equal("Da Lat", g.NameOf(opened.CityKey!));
    }

    [Fact]
    public void AnOpeningCeremonyIsTheOccasionItOpensOrThatOfItsDay()
    {
        var f = X.Run("Lễ hội Huế tại Kyoto\nThứ Hai, 07/4/2025 - 09:00\n\n"
            + "Trong 2 ngày 5 và 6/4, tại thành phố Kyoto (Nhật Bản) đã diễn ra Lễ hội Văn hóa Huế do UBND thành phố Huế phối hợp với thành phố Kyoto tổ chức.\n\n"
            + "Tham dự lễ khai mạc sáng 5/4 có ông Nguyễn Văn Phương, Chủ tịch UBND thành phố Huế.\n\n"
            + "Tối 5/4, đoàn dự Lễ khai mạc Festival Ẩm thực Kyoto tại công viên Okazaki.\n");
        // The festival's opening is a part of the festival; the opening of the food festival is that festival.
        Assert.Equal(2, f.Events.Count);
        Assert.All(f.Events, e => Assert.Equal(EventKinds.Other, e.Kind));
        Assert.Contains(f.Events, e => e.Start!.ToString() == "2025-04-05" && e.End?.ToString() == "2025-04-06");
    }

    [Fact]
    public void AnOccasionNamedForOnePlaceIsWhereItIsHeld()
    {
        var f = X.Run("Hue tourism week in Chiang Mai\nCHIANG MAI, February 2, 2025 –\n\n"
            + "Hue Tourism Promotion Week opened on 1 February at the Three Kings Monument square in the old city of Chiang Mai and will run until 7 February.\n\n"
            + "IMAGE: Hue dancers perform at the opening of Hue Tourism Promotion Week in Chiang Mai on 1 February 2025.\n");
        var week = Assert.Single(f.Events);
        Assert.Equal("Chiang Mai", f.NameOf(week.CityKey!));
        Assert.Equal("2025-02-07", week.End?.ToString());
    }

    [Fact]
    public void WhereGuestsComeFromIsNotWhereTheyAre()
    {
        var f = X.Run("Hue craftsmen\nHUE, Jan. 8, 2025 (VNA) —\n\n"
            + "A ten-day training course for craftsmen of the central city of Hue opened on January 7 with the participation of experts from Gyeongju.\n");
        var course = Assert.Single(f.Events);
        Assert.NotEqual("Gyeongju", course.CityKey is null ? null : f.NameOf(course.CityKey));
    }
}

public class OnwardJourneyTests
{
    [Fact]
    public void TravellersWhoLandAndGoOnTheSameDayVisitWhereTheyGoOnTo()
    {
        var f = X.Run("Students from Kashiwa arrive\nMay 14, 2024\n\n"
            + "The delegation of students from Kashiwa landed in Sydney on Sunday 12 May and travelled by coach to Wollongong the same afternoon, "
            + "where the students were welcomed by their host families.\n");
        var visit = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal("2024-05-12", visit.Start!.ToString());
        Assert.Equal("Wollongong", f.NameOf(visit.CityKey!));
    }
}

public class SightseeingTests
{
    [Fact]
    public void TheTravellersGoingToSeeAPlaceIsAVisitThereButNoTie()
    {
        var f = X.Run("Champasak học tập trồng cà phê\nThứ Năm, 21/3/2025 - 17:00\n\n"
            + "Sáng 18/3, đoàn đại biểu tỉnh Champasak (Lào) đã đến thăm và làm việc tại tỉnh Lâm Đồng. "
            + "Tỉnh Lâm Đồng và tỉnh Champasak đã ký thỏa thuận hợp tác năm 2019.\n\n"
            + "Chiều nay (20/3), đoàn đại biểu tỉnh Champasak đi thăm mô hình trồng cà phê ứng dụng công nghệ cao tại huyện Lạc Dương. "
            + "Huyện Lạc Dương hiện có hơn 2.000 ha cà phê.\n");
        var outing = Assert.Single(f.Events, e => e.Start!.ToString() == "2025-03-20");
        Assert.Equal(EventKinds.Visit, outing.Kind);
        Assert.Equal("Lac Duong", f.NameOf(outing.CityKey!));
        // The district the guests were shown is their hosts', no partner of theirs.
        Assert.DoesNotContain(f.Partnerships, p => p.PartyKeys.Any(k => f.NameOf(k) == "Lac Duong"));
    }
}

public class NamedGatheringTests
{
    [Fact]
    public void AGatheringByItsNameInAnArticleOfAPairIsThePairs()
    {
        var f = X.Run("Tuần lễ du lịch Huế tại Luang Prabang\nThứ Bảy, 23/11/2024 - 20:00\n\n"
            + "Tối 23/11, tại thành phố Luang Prabang (Lào), UBND thành phố Huế phối hợp với chính quyền tỉnh Luang Prabang khai mạc Tuần lễ quảng bá du lịch Huế.\n\n"
            + "Theo chương trình, sáng 25/11 sẽ diễn ra Hội thảo \"Kết nối di sản hai bờ Mê Kông\" với sự tham gia của hơn 100 doanh nghiệp lữ hành.\n");
        var workshop = Assert.Single(f.Events, e => e.Kind == EventKinds.Conference);
        Assert.Equal("2024-11-25", workshop.Start!.ToString());
        Assert.Equal(2, workshop.PartyKeys.Count);
    }
}

public class CultureDayAndRunTests
{
    [Fact]
    public void ACultureDayOrAFriendshipRunIsAnOccasion()
    {
        var f = X.Run("Hue and Kyoto\nHUE, October 26, 2024 (VNA) –\n\n"
            + "The highlight of the programme was the Kyoto – Hue Culture Day on Thursday evening along the Huong riverside in Hue, opened by the two cities' leaders.\n");
        var day = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Other, day.Kind);
        Assert.Equal("2024-10-24", day.Start!.ToString());

        var g = X.Run("Lạng Sơn và Bằng Tường\nThứ Hai, 04/12/2023 - 09:00\n\n"
            + "Ngày 3/12, hơn 800 vận động viên của hai thành phố Lạng Sơn và Bằng Tường đã tham gia Giải chạy hữu nghị qua cửa khẩu Hữu Nghị.\n");
        var run = Assert.Single(g.Events);
        Assert.Equal(EventKinds.Other, run.Kind);
        Assert.Equal("2023-12-03", run.Start!.ToString());
    }

    [Fact]
    public void ADonationReceivedAtATurnoverCeremonyIsAnOccasionAndTheDonorsFlightInIsTheirVisit()
    {
        var f = X.Run("Hue sends flood aid to Iloilo City\nPosted: 2024-10-25\n\n"
            + "Iloilo City received P2.1 million in cash and 15 generators from Hue, in a turnover ceremony at the Iloilo City Hall on October 22.\n\n"
            + "The aid was handed over by Nguyen Van Hai, Vice Chairman of the Hue City People's Committee, who flew in with a five-member delegation on October 21.");
        var ceremony = Assert.Single(f.Events, e => e.Start.ToString() == "2024-10-22");
        Assert.Equal(EventKinds.Other, ceremony.Kind);
        Assert.StartsWith("Iloilo", f.NameOf(ceremony.CityKey!));
        var arrival = Assert.Single(f.Events, e => e.Start.ToString() == "2024-10-21");
        Assert.Equal(EventKinds.Visit, arrival.Kind);
        Assert.StartsWith("Iloilo", f.NameOf(arrival.CityKey!));
    }

    [Fact]
    public void FlyingInAloneWithNoTravellingPartyIsNoVisit()
    {
        var f = X.Run("Hue sends flood aid to Iloilo City\nPosted: 2024-10-25\n\n"
            + "Supplies flew in with the cargo plane to Iloilo City on October 21.");
        Assert.DoesNotContain(f.Events, e => e.Kind == EventKinds.Visit);
    }

    [Fact]
    public void TheDelegationsMeetingOnTheEveOfTheTalksHasTheTravellersAsAParty()
    {
        var f = X.Run("Vĩnh Long và Kampong Cham nâng tầm hợp tác\nThứ Năm, 16/10/2025 - 09:10\n\n"
            + "Ngày 15/10, đoàn công tác tỉnh Vĩnh Long do ông Trần Văn Lâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã làm việc với chính quyền tỉnh Kampong Cham tại thành phố Kampong Cham.\n\n"
            + "Trước đó, tối 14/10, ngay khi đến Phnôm Pênh, đoàn đã làm việc với Đại sứ quán Việt Nam tại Campuchia.");
        var eve = Assert.Single(f.Events, e => e.Start.ToString() == "2025-10-14");
        Assert.Contains(eve.PartyKeys, k => f.NameOf(k) == "Vinh Long");
    }

    [Fact]
    public void AForumHeldInAHotelInTheCentreOfACityIsInThatCity()
    {
        var f = X.Run("Vĩnh Long và Kampong Cham nâng tầm hợp tác\nThứ Năm, 16/10/2025 - 09:10\n\n"
            + "Chiều 15/10, Diễn đàn doanh nghiệp Vĩnh Long - Campuchia diễn ra tại một khách sạn ở trung tâm Phnôm Pênh, thu hút 150 doanh nghiệp.");
        var forum = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Conference, forum.Kind);
        Assert.Equal("Phnom Penh", f.NameOf(forum.CityKey!));
    }

    [Fact]
    public void AProgrammesNumberedDayIsNoDayOfTheMonth()
    {
        var f = X.Run("Bạc Liêu mang đặc sản ra Huế\nThứ Hai, 9/6/2025 - 10:15\n\n"
            + "Chương trình Tuần lễ gồm các hoạt động:\n\n"
            + "• Ngày 1 (11/6): Ký kết Chương trình hợp tác giữa tỉnh Bạc Liêu và TP Huế.\n\n"
            + "• Ngày 2 (12/6): Hội nghị kết nối cung cầu giữa doanh nghiệp Bạc Liêu với các hệ thống phân phối tại Huế.");
        Assert.Equal(new[] { "2025-06-11", "2025-06-12" }, f.Events.Select(e => e.Start.ToString()).OrderBy(d => d, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ANamedWeekOfGoodsIsAnOccasionAndAPlainWeekIsNot()
    {
        var f = X.Run("Bạc Liêu mang đặc sản ra Huế\nThứ Hai, 16/6/2025 - 10:15\n\n"
            + "Tối 13/6, tại Công viên Thương Bạc, UBND TP Huế phối hợp với UBND tỉnh Bạc Liêu khai mạc Tuần lễ sản phẩm OCOP Bạc Liêu tại Huế. "
            + "Tuần lễ diễn ra đến hết ngày 19/6.");
        var week = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Other, week.Kind);
        Assert.Equal("2025-06-19", week.End!.ToString());
        var english = X.Run("Binh Dinh goods in Kassel\nPosted: 2024-05-24\n\n"
            + "The Binh Dinh Goods Week closed in Kassel on May 23. Sales rose this week, organisers said on May 23.");
        Assert.Single(english.Events);
    }

    [Fact]
    public void TheOccasionToldBeforeGetsTheDaysASentenceOpeningWithItGives()
    {
        var f = X.Run("Mekong fruit in Kassel\nPosted: 2024-05-24\n\n"
            + "More than 10 tonnes of dried mango were sold during the four-day Binh Dinh Goods Week, which closed in Kassel on Thursday evening.\n\n"
            + "The fair, held from May 20 to 23 on Königsplatz, brought 30 producers to Germany, alongside a rice-paper workshop.");
        var week = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Other, week.Kind);
        Assert.Equal("2024-05-20", week.Start.ToString());
        Assert.Equal("2024-05-23", week.End!.ToString());
    }

    [Fact]
    public void TheTwoOfficialsWhoHeldTalksSignOnTheirDayThoughThePlanNamesItsYears()
    {
        var f = X.Run("Binh Dinh and Kassel\nPosted: 2024-05-24\n\n"
            + "On May 19, Vice Chairman of the Binh Dinh provincial People's Committee Tran Van Long held talks with Deputy Mayor of Kassel Anna Weber at the City Hall. "
            + "The two officials then signed an action plan for 2024–2026.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2024-05-19", signing.Start.ToString());
    }

    [Fact]
    public void ARoutesFirstFlightIsAnOccasionWhereItLands()
    {
        var f = X.Run("Da Lat welcomes first flight from Gimhae\nPosted: 2025-04-18\n\n"
            + "Jin Air's inaugural flight from Gimhae landed at Lien Khuong airport in Da Lat on Wednesday afternoon with 180 passengers.");
        var flight = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Other, flight.Kind);
        Assert.Equal("2025-04-16", flight.Start.ToString());
        var vi = X.Run("Đà Lạt đón chuyến bay thẳng đầu tiên\nThứ Năm, 17/4/2025 - 09:00\n\n"
            + "Chiều 16/4, Cảng hàng không Liên Khương tổ chức lễ đón chuyến bay thẳng đầu tiên từ thành phố Gimhae (Hàn Quốc) đến Đà Lạt.");
        Assert.Equal(EventKinds.Other, Assert.Single(vi.Events).Kind);
    }

    [Fact]
    public void TheEndsOfAFirstDirectFlightAreNoPartners()
    {
        var f = X.Run("Đón chuyến bay thẳng đầu tiên Gimhae - Đà Lạt; Đà Lạt và thành phố Changwon ký ghi nhớ hợp tác\nThứ Năm, 17/4/2025 - 09:00\n\n"
            + "Sáng 16/4, ông Trần Văn Hòa, Chủ tịch UBND TP Đà Lạt và ông Kim Min-su đã ký Biên bản ghi nhớ hợp tác giữa TP Đà Lạt và thành phố Changwon.");
        var pair = Assert.Single(f.Partnerships);
        Assert.Contains(pair.PartyKeys, k => f.NameOf(k) == "Changwon");
    }

    [Fact]
    public void ACourtesyCallAlsoDuringTheTripToldBeforeIsAMeetingWithTheHost()
    {
        var f = X.Run("Ba Đình và Mapo kỷ niệm 10 năm hữu nghị\nThứ Hai, 10/6/2024 - 08:00\n\n"
            + "Cũng trong chuyến công tác, ngày 5/6, đoàn đã chào xã giao ông Park Min-jae, Phó Thị trưởng thành phố Xơ-un.");
        var call = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Meeting, call.Kind);
        Assert.Equal("Seoul", f.NameOf(call.CityKey!));
    }

    [Fact]
    public void AMeetingBeforeTheSigningIsOnTheSigningsDay()
    {
        var f = X.Run("Regina signs pact with Vinh Long\nJune 11, 2025\n\n"
            + "The memorandum between the City of Regina and the Vinh Long Provincial People's Committee was signed on Tuesday by Deputy Mayor Paul Dubois and Tran Van Long, Vice Chairman of the Vinh Long Provincial People's Committee.\n\n"
            + "Before the signing, Long received the 20-member Regina delegation and briefed it on the province's plans.");
        var meeting = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting);
        Assert.Equal("2025-06-10", meeting.Start.ToString());
    }

    [Fact]
    public void ACallLaterOnTheDayOfTheCeremonyIsOnTheCeremonysDay()
    {
        var f = X.Run("Hue sends flood aid to Iloilo City\nPosted: 2024-10-25\n\n"
            + "Iloilo City received 15 generators from Hue in a turnover ceremony at the Iloilo City Hall on October 22.\n\n"
            + "The Hue delegation met Vice Mayor Ana Cruz of Iloilo City on October 21.\n\n"
            + "Later on the day of the ceremony, the delegation paid a courtesy call on Governor Jose Reyes at the Capitol.");
        var call = Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting && e.Start!.ToString() == "2024-10-22");
        Assert.Contains(f.People, p => p.Name == "Jose Reyes" && call.PersonKeys.Contains(p.Key));
    }

    [Fact]
    public void ABusinessMatchingSessionIsAConference()
    {
        var f = X.Run("Regina trade mission in Vinh Long\nJune 11, 2025\n\n"
            + "On Monday, a business-matching session at the Vinh Long Trade Promotion Centre brought together 100 Vietnamese and Canadian companies.");
        Assert.Equal(EventKinds.Conference, Assert.Single(f.Events).Kind);
    }

    [Fact]
    public void ADelegationsNumberIsNoGoodsReceived()
    {
        var f = X.Run("Regina trade mission in Vinh Long\nJune 11, 2025\n\n"
            + "On June 9, Vice Chairman Tran Van Long of Vinh Long received the 20-member Regina delegation.");
        Assert.Equal(EventKinds.Meeting, Assert.Single(f.Events).Kind);
    }

    [Fact]
    public void ASigningRightAfterTheCeremonyIsOnItsDayAndCompaniesDealsAreNoSigning()
    {
        var f = X.Run("Direct container route links Cam Ranh and Kota Kinabalu\nPosted: 2025-05-14 09:12\n\n"
            + "The launch ceremony, held at Cam Ranh Port on May 13, was attended by a delegation from Malaysia's Sabah state.\n\n"
            + "Right after the ceremony, Vice Chairman Tran Van Phuoc and Datuk Ahmad Ismail signed a memorandum of understanding between Khanh Hoa and Sabah.\n\n"
            + "In the afternoon of May 13, a business forum was held at a hotel on Tran Phu street. Nine pairs of companies signed commercial contracts.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2025-05-13", signing.Start!.ToString());
        Assert.Equal(new[] { "Khanh Hoa", "Sabah" }, signing.PartyKeys.Select(f.NameOf).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ADayPastASemicolonDatesNoEventBeforeIt()
    {
        var f = X.Run("Côn Đảo đón đoàn Ninh Ba\nThứ Hai, 3/3/2025 - 10:00\n\n"
            + "Theo chương trình, ngày mai (4/3), đoàn Ninh Ba sẽ chào xã giao lãnh đạo tỉnh Bà Rịa - Vũng Tàu tại thành phố Vũng Tàu; hôm sau, đoàn trở lại đảo nghỉ ngơi.");
        Assert.Equal("2025-03-04", Assert.Single(f.Events).Start!.ToString());
    }

    [Fact]
    public void AnOutingInAClauseOfItsOwnIsItsDaysVisit()
    {
        var f = X.Run("Đoàn Oakland thăm TP.HCM\nThứ Sáu, 13/6/2025 - 10:00\n\n"
            + "Ngày 10/6, đoàn Oakland làm việc với Trung tâm Đổi mới sáng tạo TP.HCM tại TP Thủ Đức; ngày 11/6, đoàn thăm huyện Cần Giờ, tìm hiểu mô hình bảo tồn rừng ngập mặn.");
        Assert.Contains(f.Events, e => e.Start!.ToString() == "2025-06-11");
    }

    [Fact]
    public void ASigningDuringTheConferenceIsOnTheConferencesDay()
    {
        var f = X.Run("Nghe An woos Kyushu investors\nPosted: 2025-03-04\n\n"
            + "FUKUOKA, March 3 (VNA) – The central province of Nghe An held an investment promotion conference in Fukuoka on Monday.\n\n"
            + "During the conference, leaders of Nghe An and Saga prefecture signed a memorandum of understanding on cooperation in agriculture.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2025-03-03", signing.Start!.ToString());
    }

    [Fact]
    public void TheDayOfFlyingHomeIsNoDayOfTheVisitBeforeIt()
    {
        var f = X.Run("Nghe An woos Kyushu investors\nPosted: 2025-03-04\n\n"
            + "According to the programme, the Nghe An delegation will travel to Saga City on Wednesday, March 5, to visit a tea cooperative before flying home on March 6.");
        var visit = Assert.Single(f.Events);
        Assert.Equal("2025-03-05", visit.Start!.ToString());
    }

    [Fact]
    public void MinutesSignedAtTheEndOfTheConferenceAndTheGuestsSurveyTheDayBefore()
    {
        var f = X.Run("Hà Giang và Văn Sơn tổ chức hội nghị\nThứ Năm, 26/9/2024 - 10:00\n\n"
            + "Sáng nay (26/9), tại thành phố Hà Giang, UBND tỉnh Hà Giang và Chính phủ nhân dân châu Văn Sơn tổ chức Hội nghị lần thứ 5 Nhóm công tác liên hợp.\n\n"
            + "Kết thúc hội nghị, hai bên đã ký Biên bản Hội nghị lần thứ 5 với 10 nội dung hợp tác trọng tâm năm 2025.\n\n"
            + "Trước đó, chiều 25/9, đoàn công tác châu Văn Sơn đã khảo sát khu vực cửa khẩu Thanh Thủy.");
        Assert.Equal("2024-09-26", Assert.Single(f.Events, e => e.Kind == EventKinds.Signing).Start!.ToString());
        Assert.Equal("2024-09-25", Assert.Single(f.Events, e => e.Kind == EventKinds.Visit).Start!.ToString());
    }

    [Fact]
    public void ASurveyWithNoTravellingPartyIsNoOuting()
    {
        var f = X.Run("Hà Giang khảo sát hạ tầng\nThứ Năm, 26/9/2024 - 10:00\n\n"
            + "Chiều 25/9, Sở Xây dựng đã khảo sát khu vực cửa khẩu Thanh Thủy.");
        Assert.Empty(f.Events);
    }

    [Fact]
    public void AnOpeningAttendedAndAMeetingOnItsSidelinesAreThatDaysEvents()
    {
        var f = X.Run("Tay Ninh and Svay Rieng review border cooperation\nPosted: 2024-12-07\n\n"
            + "On December 5, the Cambodian delegation attended the opening of a cross-border market near the Moc Bai border gate in Ben Cau district. "
            + "On the sidelines, Chairman of the Ben Cau District People's Committee Tran Van Hai and Governor of Chantrea district Sok Dara met and agreed to propose twinning relations.");
        Assert.Equal(EventKinds.Other, Assert.Single(f.Events, e => e.Kind != EventKinds.Meeting).Kind);
        Assert.Equal("2024-12-05", Assert.Single(f.Events, e => e.Kind == EventKinds.Meeting).Start!.ToString());
    }

    [Fact]
    public void MinutesSignedAtTheEndOfTheConferenceAreOnItsDayThoughADayBeforeIsToldAfterIt()
    {
        var f = X.Run("Hà Giang và Văn Sơn tổ chức hội nghị\nThứ Năm, 26/9/2024 - 10:00\n\n"
            + "Sáng nay (26/9), tại thành phố Hà Giang, UBND tỉnh Hà Giang và Chính phủ nhân dân châu Văn Sơn tổ chức Hội nghị lần thứ 5 Nhóm công tác liên hợp.\n\n"
            + "Trước đó, chiều 25/9, các đơn vị chuyên môn của hai bên đã tổ chức hội nghị trù bị.\n\n"
            + "Kết thúc hội nghị, hai bên đã ký Biên bản Hội nghị lần thứ 5.");
        Assert.Equal("2024-09-26", Assert.Single(f.Events, e => e.Kind == EventKinds.Signing).Start!.ToString());
    }

    [Fact]
    public void TheTwoSidesSigningAtTheEndOfTheConferenceAreItsPartiesAndASiteLiesWhereItBelongs()
    {
        var f = X.Run("Hà Giang và Văn Sơn tổ chức hội nghị\nThứ Năm, 26/9/2024 - 10:00\n\n"
            + "Sáng nay (26/9), tại thành phố Hà Giang, UBND tỉnh Hà Giang và Chính phủ nhân dân châu Văn Sơn tổ chức Hội nghị lần thứ 5 Nhóm công tác liên hợp.\n\n"
            + "Kết thúc hội nghị, hai bên đã ký Biên bản Hội nghị lần thứ 5.\n\n"
            + "Trước đó, chiều 25/9, đoàn công tác châu Văn Sơn đã khảo sát khu vực cửa khẩu Thanh Thủy thuộc huyện Vị Xuyên.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Contains(signing.PartyKeys, k => f.NameOf(k) == "Ha Giang");
        Assert.Equal("Vị Xuyên", f.NameOf(Assert.Single(f.Events, e => e.Kind == EventKinds.Visit).CityKey!));
    }

    [Fact]
    public void ABracketedAddressOfANameIsNoVenue()
    {
        var f = X.Run("Móng Cái và Đông Hưng ký kết hợp tác\nThứ Năm, 5/6/2025 - 10:00\n\n"
            + "Chiều 4/6, tại Trung tâm Hội chợ triển lãm Móng Cái, lãnh đạo TP Móng Cái và thành phố Đông Hưng (thuộc thành phố Phòng Thành Cảng) đã ký kết thỏa thuận hợp tác.");
        Assert.Equal("Mong Cai", f.NameOf(Assert.Single(f.Events).CityKey!));
    }

    [Fact]
    public void AnEventPlacedByAFillerBesideOnlyItsRegionHasItsCityAsAParty()
    {
        var f = X.Run("Water-cannon welcome for first Hue flight\n\nPublished on: 02 Aug 2024, 6:45 pm IST\n\nAHMEDABAD, Aug 2 –\n\n"
            + "The first direct flight between central Vietnam and Gujarat touched down at the international airport late on Thursday.\n\n"
            + "The Vietjet service will run four times a week between Hue and Ahmedabad.");
        var flight = Assert.Single(f.Events);
        Assert.Contains(flight.PartyKeys, k => f.NameOf(k) == "Ahmedabad");
    }
}

public class ListsAndAddressesTests
{
    [Fact]
    public void AChinesePrefectureAfterChauIsAPartnerInAList()
    {
        var f = X.Run("Hợp tác\n\nThứ Hai, 14/08/2023 - 09:15\n\nQuan hệ hữu nghị giữa tỉnh Lào Cai và châu Hồng Hà được thiết lập từ năm 2005.");
        Assert.Equal(new[] { "Honghe-Lao Cai" }, f.PairList());
    }

    [Theory]
    [InlineData("Ở cấp huyện, huyện Bát Xát (Lào Cai) và huyện Kim Bình (châu Hồng Hà) đã ký thỏa thuận hợp tác hữu nghị năm 2019.", "Bat Xat-Jinping")]
    [InlineData("Chiều 4/6, thành phố Móng Cái và thành phố Đông Hưng (thuộc thành phố Phòng Thành Cảng) đã ký kết thỏa thuận hợp tác.", "Dongxing-Mong Cai")]
    public void APlaceInBracketsRightAfterAnotherIsItsAddress(string sentence, string pair)
    {
        var f = X.Run("Hợp tác\n\nThứ Hai, 14/08/2023 - 09:15\n\n" + sentence);
        Assert.Equal(new[] { pair }, f.PairList());
    }

    [Fact]
    public void AnAnaphorAfterABesidesAsideIsTheSubjectTheSentenceBeforeOpensWith()
    {
        var f = X.Run("Ties\n\nHANOI, March 3 (VNA) –\n\nTay Ninh province shares a 240-km border with Cambodia's Svay Rieng, Prey Veng and Tbong Khmum provinces. "
            + "Besides Tbong Khmum, the province has signed cooperation agreements with Svay Rieng and Prey Veng, and holds annual meetings with each of them.");
        Assert.Equal(new[] { "Prey Veng-Tay Ninh", "Svay Rieng-Tay Ninh" }, f.PairList());
    }

    [Theory]
    [InlineData("Tỉnh Thái Bình đang mở rộng hợp tác với tỉnh Gyeongsang Nam.", "South Gyeongsang-Thai Binh")]
    [InlineData("Tỉnh Vĩnh Phúc đã ký thỏa thuận hợp tác với tỉnh Chungcheong Bắc.", "North Chungcheong-Vinh Phuc")]
    public void AKoreanProvinceIsReadInItsVietnameseForm(string sentence, string pair)
    {
        var f = X.Run("Hợp tác\n\nThứ Hai, 14/08/2023 - 09:15\n\n" + sentence);
        Assert.Equal(new[] { pair }, f.PairList());
    }

    [Fact]
    public void ATieWithAProvinceJoinedByAndAndAUnitWordIsKeptBesideOneWithItsCity()
    {
        var f = X.Run("Bắc Ninh và thành phố Gumi ký kết Biên bản ghi nhớ hợp tác\n\nThứ Hai, 26/09/2024 - 09:15\n\n"
            + "Chiều qua, Chủ tịch UBND tỉnh Bắc Ninh và Thị trưởng thành phố Gumi, tỉnh Gyeongsang Bắc, Hàn Quốc đã ký kết Biên bản ghi nhớ về hợp tác hữu nghị giữa hai địa phương.\n\n"
            + "Bắc Ninh và tỉnh Gyeongsang Bắc đã thiết lập quan hệ hữu nghị hợp tác từ năm 2016.");
        Assert.Equal(new[] { "Bac Ninh-Gumi", "Bac Ninh-North Gyeongsang" }, f.PairList());
        Assert.Equal(2016, f.Partnerships.Single(p => f.PairNames(p).Contains("North Gyeongsang")).Since);
    }

    [Fact]
    public void EachListedPartnerKeepsTheYearAfterItsCountry()
    {
        var f = X.Run("Kanazawa\n\nMay 3, 2024\n\nKanazawa has seven sister cities. The oldest is Buffalo in the U.S. state of New York, with which ties were established in 1962, "
            + "followed by Gent in Belgium in 1971, Nancy in France in 1973 and Suzhou in China in 1981.");
        int? Since(string partner) => f.Partnerships.Single(p => f.PairNames(p).Contains(partner)).Since;
        Assert.Equal((1962, 1971, 1973, 1981), (Since("Buffalo"), Since("Gent"), Since("Nancy"), Since("Suzhou")));
    }

    [Fact]
    public void AListTwinnedWithAListSaysNotWhichWithWhich()
    {
        var f = X.Run("Kết nghĩa\n\nThứ Hai, 14/08/2023 - 09:15\n\nTrước đó, các huyện biên giới Mường Lát, Quan Hóa, Lang Chánh... của Thanh Hóa đã kết nghĩa với các huyện Xiềng Kho, Viêng Thoong, Sốp Bâu của Hủa Phăn.");
        Assert.Empty(f.Partnerships);
        // One district of a province twinned with one of the other: that pair, not the possessor's.
        var g = X.Run("Kết nghĩa\n\nThứ Hai, 14/08/2023 - 09:15\n\nHuyện Mường Lát của Thanh Hóa đã kết nghĩa với huyện Xiềng Kho của Hủa Phăn.");
        Assert.Equal(new[] { "Muong Lat-Xiềng Kho" }, g.PairList());
    }
}

public class StayDaysAndVenuesTests
{
    private const string Trip = "Lam Dong delegation wraps up working trip to Japan's Yamanashi prefecture\n\nUpdate: 13/11/2023 | 08:30 GMT+7\n\n"
        + "A working delegation of Lam Dong province has concluded a five-day working trip to Yamanashi prefecture, Japan, from November 6 to 10.\n\n"
        + "On the first day, the delegation had a working session with Vice Governor of Yamanashi prefecture Nagasaka Koji at the prefectural office in Kofu.\n\n";

    [Theory]
    [InlineData("The two sides reviewed the memorandum of understanding that Lam Dong and Yamanashi signed in 2019.")]
    [InlineData("The two sides reviewed the memorandum of understanding signed between Lam Dong and Yamanashi in 2019.")]
    public void ASigningItsYearDatesIsRecalledNotTheDaysEvent(string sentence)
    {
        // Told in the paragraph of the day's talks, as what they reviewed.
        var f = X.Run(Trip.TrimEnd() + " " + sentence);
        Assert.DoesNotContain(f.Events, e => e.Kind == "signing");
        // A term to come is no signing's year: the programme is signed that day.
        var g = X.Run("Ties\n\nUpdate: 13/11/2023 | 08:30 GMT+7\n\nOn November 6, Lam Dong and Yamanashi signed a cooperation programme in 2024-2026.");
        Assert.Contains(g.Events, e => e.Kind == "signing" && e.Start?.ToString() == "2023-11-06");
    }

    [Fact]
    public void TheNextDayCountsOnFromADayOfTheStay()
    {
        var f = X.Run(Trip + "Vice Chairman Liem said the two provinces share many similarities.\n\n"
            + "The next day, the delegation travelled to Fuefuki city, where it was received by Mayor Shimizu Akira.");
        var met = Assert.Single(f.Events, e => e.Kind == "meeting" && e.Start?.ToString() == "2023-11-07");
        Assert.Equal("Fuefuki", f.NameOf(met.CityKey!));
    }

    [Fact]
    public void TheLastDayOfTheTripIsItsLastDay()
    {
        var f = X.Run(Trip + "On the last day of the trip, Bao Loc city and Hokuto city signed a letter of intent on cooperation in tea production.");
        Assert.Contains(f.Events, e => e.Kind == "signing" && e.Start?.ToString() == "2023-11-10");
        // The last day of something else is not the stay's.
        var g = X.Run(Trip + "On the last day of the festival, Bao Loc city and Hokuto city signed a letter of intent on cooperation in tea production.");
        Assert.DoesNotContain(g.Events, e => e.Kind == "signing" && e.Start?.ToString() == "2023-11-10");
    }

    [Fact]
    public void ASigningRightAfterAReceptionIsOnItsDay()
    {
        var f = X.Run("Hợp tác\n\nĐà Lạt, ngày 3/11/2025\n\nSáng 2/11, bà Nguyễn Thị Ngọc Diệp, Phó Chủ tịch UBND tỉnh Lâm Đồng tiếp đoàn thành phố Weimar (Đức).\n\n"
            + "Ngay sau buổi tiếp, tại trụ sở UBND thành phố Đà Lạt, hai bên đã ký Chương trình hợp tác giai đoạn tiếp theo.");
        var signing = Assert.Single(f.Events, e => e.Kind == "signing");
        Assert.Equal(("2025-11-02", "Da Lat"), (signing.Start.ToString(), f.NameOf(signing.CityKey!)));
    }

    [Fact]
    public void WhereTheGuestsComeFromIsNoHostOfTheirTalks()
    {
        var f = X.Run("Agreement\n\nApril 23, 2024\n\nChairman Hoang Van Thao held a working session with a delegation from the French department of Val-de-Marne on the afternoon of April 22.");
        Assert.Null(Assert.Single(f.Events).CityKey);
    }

    [Fact]
    public void AFriendshipGameIsAnOccasion()
    {
        var f = X.Run("Trip\n\nUpdate: 13/11/2023 | 08:30 GMT+7\n\nThe weekend was devoted to cultural events, including a friendship softball game on Saturday between Bloomington volunteers and a team of Santa Clara municipal workers.");
        Assert.Equal(("other", "2023-11-11"), (Assert.Single(f.Events).Kind, Assert.Single(f.Events).Start.ToString()));
    }

    [Theory]
    [InlineData("Trip\n\nUpdate: 13/11/2023 | 08:30 GMT+7\n\nOn Saturday, the Saitama delegation and Binh Duong officials planted 40 cherry trees at a tree-planting ceremony in Thu Dau Mot.", "2023-11-11")]
    [InlineData("Trip\n\nUpdate: 13/11/2023 | 08:30 GMT+7\n\nOn Friday, the Okayama guests attended a scholarship award ceremony at Hue University, where 20 students received grants.", "2023-11-10")]
    [InlineData("Trip\n\nUpdate: 13/11/2023 | 08:30 GMT+7\n\nOn Thursday, the Incheon delegation attended the groundbreaking of a friendship kindergarten in Hai Phong.", "2023-11-09")]
    [InlineData("Trip\n\nUpdate: 13/11/2023 | 08:30 GMT+7\n\nDoctors from Daegu held free medical checkups for 500 residents of Hue from November 6 to 8.", "2023-11-06")]
    [InlineData("Hợp tác\n\nThứ Hai, 13/11/2023 - 09:15\n\nSáng 10/11, huyện Mường Tè đã bàn giao công trình trạm y tế cho huyện Mường Khoa của tỉnh Phông-sa-lỳ.", "2023-11-10")]
    [InlineData("Hợp tác\n\nThứ Hai, 13/11/2023 - 09:15\n\nTừ ngày 6 đến 8/11, 20 bác sĩ của tỉnh Quảng Trị đã khám bệnh, cấp thuốc miễn phí cho người dân tỉnh Savannakhet.", "2023-11-06")]
    [InlineData("Hợp tác\n\nThứ Hai, 13/11/2023 - 09:15\n\nSáng 10/11, Chủ tịch UBND tỉnh Nghệ An đã trao tặng Huân chương Hữu nghị cho Tỉnh trưởng tỉnh Xiêng Khoảng.", "2023-11-10")]
    [InlineData("Hợp tác\n\nThứ Hai, 13/11/2023 - 09:15\n\nTối 10/11, Thành đoàn Vĩnh Long phối hợp Hội Thanh niên thành phố Battambang tổ chức chương trình giao lưu thanh niên tại thành phố Vĩnh Long.", "2023-11-10")]
    public void PlantingsAwardsGroundbreakingsCheckupsAndHandoversAreOccasions(string text, string start)
    {
        var f = X.Run(text);
        var e = Assert.Single(f.Events);
        Assert.Equal(("other", start), (e.Kind, e.Start.ToString()));
    }

    [Theory]
    [InlineData("On November 8, the delegation attended a seminar on investment in Lam Dong held in Kofu.", "Kōfu")]
    [InlineData("On November 8, the delegation met with students who had studied in Kofu at a meeting held in Hanoi.", "Hanoi")]
    public void WhereAnEventIsSaidToBeHeldBeatsANearerIn(string sentence, string city)
    {
        var f = X.Run("Trip\n\nUpdate: 13/11/2023 | 08:30 GMT+7\n\n" + sentence);
        var e = Assert.Single(f.Events);
        Assert.Equal(city, f.NameOf(e.CityKey!));
    }
}

public class TripFrameTests
{
    [Fact]
    public void ASpanRightAfterABackgroundTripIsTheTripsAndTheDayAfterItTheSigningsDay()
    {
        var f = X.Run("Quảng Ninh và tỉnh Chiba thiết lập quan hệ hữu nghị\n\nThứ Bảy, 25/11/2023 - 08:15\n\n"
            + "Trong khuôn khổ chuyến công tác tại Nhật Bản từ ngày 18 đến 24/11, ngày 21/11, tại trụ sở chính quyền tỉnh Chiba, đoàn công tác tỉnh Quảng Ninh "
            + "và lãnh đạo tỉnh Chiba đã ký kết Biên bản ghi nhớ về thiết lập quan hệ hữu nghị giữa hai tỉnh.");
        var signing = Assert.Single(f.Events, e => e.Kind == EventKinds.Signing);
        Assert.Equal("2023-11-21", signing.Start.ToString());
        var trip = Assert.Single(f.Events, e => e.Kind == EventKinds.Visit);
        Assert.Equal(("2023-11-18", "2023-11-24"), (trip.Start.ToString(), trip.End?.ToString()));
    }
}

public class PairAnaphorVenueTests
{
    [Fact]
    public void TheTwoCitiesOfAPairAnaphorIncludeTheVenue()
    {
        var f = X.Run("Maharashtra and Thua Thien Hue sign pact\nPune, Dec 6, 2024\n\n"
            + "A day earlier, the Vietnamese delegation was in Pune, where Mayor Anil Patil and Nguyen Van Son, Chairman of the People's Committee "
            + "of Hue city, held talks on a possible twinning between the two cities.");
        Assert.Contains("Hue-Pune", f.PairList());
    }
}
