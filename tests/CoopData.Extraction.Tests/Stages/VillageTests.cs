using System.Linq;

namespace CoopData.Extraction.Tests.Stages;

/// <summary>Villages and communes no gazetteer has, named after a unit word (invented names throughout).</summary>
public class VillageTests
{
    private static CityFact City(ArticleFacts f, string name) =>
        f.Cities.SingleOrDefault(c => c.Name == name) ?? throw new Xunit.Sdk.XunitException($"no {name} among: {string.Join("; ", f.Cities.Select(c => c.Key + " " + c.Name + " " + c.Country))}");

    private static string[] Invented(ArticleFacts f) => f.Cities.Where(c => c.Key.StartsWith("loc:", System.StringComparison.Ordinal)).Select(c => c.Name).ToArray();

    [Fact]
    public void AVillageAfterBanIsALocalityInTheCountryItsAddressNames()
    {
        var f = X.Run("Kết nghĩa bản - bản\n10:00 | 12/03/2021 GMT+7\nNgày 5/3, bản Khum Rạng Xẻo (huyện Kỳ Sơn, tỉnh Nghệ An) đã kết nghĩa với bản Pá Xiêng Lủ (tỉnh Xiengkhouang, Lào).");
        var a = City(f, "Khum Rạng Xẻo");
        var b = City(f, "Pá Xiêng Lủ");
        Assert.Equal(("VN", "commune"), (a.Country, a.Kind));
        Assert.Equal("LA", b.Country);
        Assert.StartsWith("loc:vn-", a.Key);
        Assert.Null(a.Latitude);
        Assert.NotNull(a.ParentKey);
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Khum Rạng Xẻo", "Pá Xiêng Lủ" }, f.PairNames(p));
    }

    [Fact]
    public void AVillageAfterACountrysAdjectiveIsInThatCountry()
    {
        var f = X.Run("Pact\nMay 26, 2023\n\nThe Tongan village Hihifo has signed a sister city pact with Napier in New Zealand.");
        Assert.Equal("TO", City(f, "Hihifo").Country);
        Assert.DoesNotContain("Tongan", f.CityNames());
        Assert.Equal(new[] { "Hihifo", "Napier" }, f.PairNames(Assert.Single(f.Partnerships)));
    }

    [Fact]
    public void ASpellingOneLetterOffAnAddressedDistrictIsThatDistrict()
    {
        var f = X.Run("Tiếp đoàn\nNgày 5/3/2023\n\nChủ tịch UBND quận Ba Đình tiếp Đoàn đại biểu huyện Sisattanak (thủ đô Viêng Chăn, Lào). "
            + "Ông mong muốn quận Ba Đình và huyện Sisatanak sẽ cùng nhau bàn bạc nội dung hợp tác.");
        var district = City(f, "Sisattanak");
        Assert.Equal("LA", district.Country);
        Assert.Single(Invented(f));
        Assert.Equal(new[] { "Ba Dinh", "Sisattanak" }, f.PairNames(Assert.Single(f.Partnerships)));
    }

    [Fact]
    public void TheNamesListedAfterAPluralUnitWordShareTheirAddress()
    {
        var f = X.Run("Kết nghĩa\n10:00 | 12/03/2021 GMT+7\nThôn Lũng Phìn Sảng đã kết nghĩa với hai thôn Sà Lủng Khéo, Chế Tà Vầu (Trung Quốc) từ năm 2014.");
        Assert.Equal("VN", City(f, "Lũng Phìn Sảng").Country);
        Assert.Equal("CN", City(f, "Sà Lủng Khéo").Country);
        Assert.Equal("CN", City(f, "Chế Tà Vầu").Country);
        Assert.Equal(2, f.Partnerships.Count);
    }

    [Fact]
    public void ACountrysWordMayOpenAVillagesName()
    {
        // "Lao" (Laos) and "Mỹ" (America) open the names; they name no country there.
        var f = X.Run("Kết nghĩa\n10:00 | 12/03/2021 GMT+7\nThôn Nà Rạc Phìn (xã Mỹ Khôi Xẻo, tỉnh Lào Cai) và Lao Sửu Chải (Trung Quốc) ký kết nghĩa năm 2015.");
        Assert.Equal("CN", City(f, "Lao Sửu Chải").Country);
        Assert.Equal("VN", City(f, "Mỹ Khôi Xẻo").Country);
        Assert.Equal("VN", City(f, "Nà Rạc Phìn").Country);
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Lao Sửu Chải", "Nà Rạc Phìn" }, f.PairNames(p));
    }

    [Fact]
    public void APartnerVillageWithoutAddressIsInTheForeignCountryTheArticleNames()
    {
        var f = X.Run("Bản biên giới kết nghĩa với bản Lào\n10:00 | 12/03/2021 GMT+7\nBản Khum Rạng Xẻo (huyện Kỳ Sơn) là bản thứ 5 kết nghĩa với các địa phương nước bạn Lào.\nNgày 24/10, bản Khum Rạng Xẻo đã kết nghĩa với bản Pá Xiêng Lủ.");
        Assert.Equal("VN", City(f, "Khum Rạng Xẻo").Country);
        Assert.Equal("LA", City(f, "Pá Xiêng Lủ").Country);
    }

    [Fact]
    public void VillagesListedWithTheirAddressesAreEachAPartnerDatedByTheFrontedDay()
    {
        var f = X.Run("Kết nghĩa với bản Lào\n10:00 | 26/10/2019 GMT+7\nBản Khum Rạng Xẻo kết nghĩa với các địa phương nước bạn Lào.\nNgày 24/10, bản Khum Rạng Xẻo đã chính thức kết nghĩa với bản Pá Xiêng Lủ (thuộc cụm bản Nậm Khoẹ Pan) và bản Huổi Mơ Lừ (thuộc cụm bản Phiêng Lắc Pú).");
        Assert.Equal(2, f.Partnerships.Count);
        Assert.All(f.Partnerships, p => Assert.Equal(2019, p.Since));
        Assert.Equal("LA", City(f, "Huổi Mơ Lừ").Country);
        Assert.Equal(City(f, "Nậm Khoẹ Pan").Key, City(f, "Pá Xiêng Lủ").ParentKey);
    }

    [Fact]
    public void AHeadlineInTitleCaseEndsTheNameAtItsFunctionWord()
    {
        var f = X.Run("Bản Khum Rạng Xẻo (Việt Nam) Kết Nghĩa Với Bản Pá Xiêng Lủ (Lào)\n10:00 | 26/10/2019 GMT+7\nHai bản đã ký biên bản ghi nhớ.");
        Assert.Equal(new[] { "Khum Rạng Xẻo", "Pá Xiêng Lủ" }, Invented(f));
        f = X.Run("Kết nghĩa\n10:00 | 26/10/2019 GMT+7\nBản Khò Lừa Pắc Với Bản Huổi Hốc Xẻo đã ký biên bản ghi nhớ.");
        Assert.True(Invented(f).SequenceEqual(new[] { "Khò Lừa Pắc", "Huổi Hốc Xẻo" }));
    }

    [Fact]
    public void ATwinningCeremonyInACommuneIsASigningThere()
    {
        var f = X.Run("Kết nghĩa cụm dân cư\n10:00 | 26/11/2019 GMT+7\nNgày 22/11, tại xã Tà Rụt Xẻo (tỉnh Quảng Trị) đã diễn ra lễ kết nghĩa giữa xã Tà Rụt Xẻo và cụm bản Nậm Khoẹ Pan (Lào).");
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Signing, e.Kind);
        Assert.Equal(City(f, "Tà Rụt Xẻo").Key, e.CityKey);
        Assert.Equal("LA", City(f, "Nậm Khoẹ Pan").Country);
    }

    [Fact]
    public void DocumentsSocietyTitlesAndCommitteesAreNoVillages()
    {
        var f = X.Run("Hợp tác\n10:00 | 12/03/2021 GMT+7\nHai bên đã ký Bản ghi nhớ và Bản Thỏa thuận hợp tác với tỉnh Nghệ An. Chủ tịch UBND xã Nguyễn Văn Tám phát biểu về xã hội và văn bản Hiệp định, Ủy ban Nhân dân tỉnh Nghệ An ghi nhận bản Khum Rạng Xẻo.");
        Assert.Equal(new[] { "Khum Rạng Xẻo" }, Invented(f));
    }

    [Fact]
    public void AnEnglishVillagesAddressNamesItsCommuneAndDistrict()
    {
        var f = X.Run("Border villages twin\nMarch 12, 2021\nPa Khoang Lo village, Ta Rinh Xeo commune, Huong Hoa district has twinned with Ban Sopkhoum Nua village in Laos since 2015.");
        var village = City(f, "Pa Khoang Lo");
        Assert.Equal(City(f, "Ta Rinh Xeo").Key, village.ParentKey);
        Assert.Equal("VN", village.Country);
        Assert.Equal("LA", City(f, "Ban Sopkhoum Nua").Country);
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Ban Sopkhoum Nua", "Pa Khoang Lo" }, f.PairNames(p));
    }

    private static ArticleFacts Run2() =>
        X.Run("A school opens\nMarch 12, 2021\nA school was inaugurated in My Tan Loi commune, Phu My district, Binh Dinh province, on March 5, 2021.");

    [Fact]
    public void EnglishVillagesAndCommunes()
    {
        var f = X.Run("Border villages twin\nMarch 12, 2021\nOfficials of Dak Rinh Lo commune in Quang Tri province signed a twinning agreement with the village of Ban Sopkhoum Nua, Laos, on March 5, 2021. Athletes stayed at the Olympic Village and visited a Hmong village and làng Chăm.");
        Assert.Equal("VN", City(f, "Dak Rinh Lo").Country);
        Assert.Equal("LA", City(f, "Ban Sopkhoum Nua").Country);
        Assert.Equal(new[] { "Dak Rinh Lo", "Ban Sopkhoum Nua" }, Invented(f));
        // "My" (the Vietnamese name of America, written without marks) opens a commune's name.
        Assert.Equal("VN", City(Run2(), "My Tan Loi").Country);
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Ban Sopkhoum Nua", "Dak Rinh Lo" }, f.PairNames(p));
    }

    [Fact]
    public void ARegionBeforeProvinceOfACountryIsALocality()
    {
        var f = X.Run("Cooperation\nNovember 12, 2018\n\nA delegation from the People's Council of TUV province of Mongolia paid a working visit to the northern province of Hoa Binh on November 11.");
        Assert.Contains(f.Cities, c => c.Name == "TUV" && c.Country == "MN" && c.Kind == "province");
    }

    [Fact]
    public void ARegionBeforeProvinceWithoutItsCountryIsNone()
    {
        var f = X.Run("Cooperation\nOctober 22, 2019\n\nRepresentatives of the South Central province of Binh Dinh and the Japanese city of Izumisano signed an agreement.");
        Assert.DoesNotContain(f.Cities, c => c.Key.StartsWith("loc:", System.StringComparison.Ordinal));
        Assert.Single(f.Partnerships);
    }

    [Fact]
    public void AnUnknownNameBeforeInAndACountryInACooperationSentenceIsALocality()
    {
        var f = X.Run("Partnership\nSeptember 20, 2022\n\nThrough the Bridges of Trust project, Polanica-Zdrój in Poland and Polyanytsya in Ukraine are deepening their partnership.");
        Assert.Contains(f.Cities, c => c.Name == "Polyanytsya" && c.Country == "UA");
        Assert.Single(f.Partnerships);
    }

    [Fact]
    public void AnUnknownNameBeforeInAndACountryOutsideCooperationIsNone()
    {
        var f = X.Run("News\nSeptember 20, 2022\n\nThe mayor of Hanoi met Polyanytsya in Ukraine.");
        Assert.DoesNotContain(f.Cities, c => c.Name == "Polyanytsya");
    }

    [Fact]
    public void AnUnknownNameAfterCitiesOfIsACityAndAPartner()
    {
        var f = X.Run("Twinning\nMay 4, 2024\n\nDocuments on twinning relations between the cities of Arkavar, Kazan and Telavi were signed.");
        Assert.Contains("Arkavar", f.CityNames());
        var pairs = f.PairList();
        Assert.Equal(new[] { "Arkavar-Kazan", "Arkavar-Telavi" }, pairs);
    }

    [Fact]
    public void CityOfInCapitalsOrBeforeMoreWordsMakesNoNewCity()
    {
        // "City of Xaimen" is an official name with a typo of the city named later; "city of Oromia region" names a region's city.
        var f = X.Run("Ties\nMay 4, 2024\n\nDurban signed a memorandum of understanding with the City of Xaimen in China.\n" +
            "The Vice-Mayor of the City of Xiamen signed it.\nThe city of Oromia region also signed an agreement with Durban.");
        Assert.DoesNotContain(f.Cities, c => c.Key.StartsWith("loc:", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ATownNamedByItsMunicipalityWithItsCountryIsALocality()
    {
        var f = X.Run("Ties\nFebruary 5, 2025\n\nMadaba Mayor Aref Rawajih and the Mayor of Ahsa Municipality in Saudi Arabia signed a twinning agreement.");
        Assert.Contains(f.Cities, c => c.Name == "Ahsa" && c.Country == "SA");
        Assert.Single(f.Partnerships);
        // Without a country written as its address, or explained by a known place, it is not made up.
        var g = X.Run("Ties\nFebruary 5, 2025\n\nMadaba Mayor Aref Rawajih and the Mayor of Ahsa Municipality signed a twinning agreement.");
        Assert.DoesNotContain("Ahsa", g.CityNames());
        var h = X.Run("Ties\nFebruary 5, 2025\n\nWindhoek signed an MoU with the e-Thekwini Metropolitan Municipality (Durban), South Africa.");
        Assert.Equal(new[] { "Durban-Windhoek" }, h.PairList());
    }

    [Fact]
    public void ATownNamedByItsMunicipalCouncilIsInTheCountryItsSentenceOpensWith()
    {
        var f = X.Run("Ties\nMay 3, 2024\n\nKUCHING (May 3): The Kelabit Municipal Council (MPK) has established a friendship city relationship with Xiamen City in the Fujian Province of China.");
        Assert.Contains(f.Cities, c => c.Name == "Kelabit" && c.Country == "MY");
        Assert.Equal(new[] { "Kelabit-Xiamen" }, f.PairList());
        // The council of a place the gazetteer knows is that place.
        var g = X.Run("Ties\nMay 3, 2024\n\nPune: The Kunming Municipal People's Government and Pune Municipal Corporation signed an MoU on sister city relations.");
        Assert.Equal(new[] { "Kunming-Pune" }, g.PairList());
        Assert.All(g.Cities, c => Assert.DoesNotContain("loc:", c.Key, System.StringComparison.Ordinal));
    }

    [Fact]
    public void HamletsAreLocalitiesAfterTheirUnitWords()
    {
        // "ấp" (a southern hamlet) and the Cambodian "phum" (village) name the twinned hamlets, not their communes.
        var f = X.Run("Kết nghĩa\nNgày 26/12/2013\n\nNgày 24.12, đã diễn ra lễ kết nghĩa giữa ấp Sóc Tức, xã Lạc Quới, huyện Tri Tôn, tỉnh An Giang (Việt Nam) với phum Chrey, xã Chrey, huyện Kirivong, tỉnh Takeo (Campuchia).");
        Assert.Contains(f.Cities, c => c.Name == "Sóc Tức" && c.Country == "VN");
        Assert.Equal(new[] { "Chrey-Sóc Tức" }, f.PairList());
        // "khóm", a town's quarter in the south, likewise.
        var g = X.Run("Kết nghĩa\nNgày 28/8/2019\n\nTừ khi tổ chức kết nghĩa giữa khóm Cây Me, thị trấn Tịnh Biên, tỉnh An Giang (Việt Nam) với ấp Tà Keo, xã Phnomdel, tỉnh Takeo (Campuchia), hoạt động thăm thân thêm thuận lợi.");
        Assert.Contains(g.Cities, c => c.Name == "Cây Me" && c.Country == "VN");
    }

    [Fact]
    public void AnUnknownDistrictAfterQuanOrBeforeEnglishDistrictIsADistrictOfItsAddressesCountry()
    {
        var vi = X.Run("Ký kết\nNgày 27/6/2023\n\nChiều 27/6, huyện Đông Anh và quận Partizansky thuộc thủ đô Minsk (Cộng hòa Belarus) đã ký kết thỏa thuận hợp tác hữu nghị.");
        var zavodskoy = City(vi, "Partizansky");
        Assert.Equal(("BY", "district"), (zavodskoy.Country, zavodskoy.Kind));
        Assert.Contains(vi.Partnerships, p => vi.PairNames(p).Contains("Partizansky") && vi.PairNames(p).Contains("Dong Anh"));
        var en = X.Run("Twinning\nJune 17, 2024\n\nQuy Hop district of Nghe An and Phaxay district of the Lao province of Xiangkhouang marked 15 years of twinning on June 17.");
        var phaxay = City(en, "Phaxay");
        Assert.Equal(("LA", "district"), (phaxay.Country, phaxay.Kind));
    }

    [Theory]
    [InlineData("Được biết, ngoài quận Partizansky, huyện Đông Anh hiện có quan hệ hữu nghị với huyện Chanthabuly, thủ đô Viêng Chăn (Lào) từ năm 2016.", "Dong Anh")]
    [InlineData("Besides Partizansky district, Dong Anh district has had friendly relations with Chanthabuly district of Laos since 2016.", "Dong Anh")]
    public void APlaceSetAsideByBesidesIsTheSubjectsPartnerNotTheObjectsNorItsAddress(string sentence, string subject)
    {
        var f = X.Run("Đông Anh\nNgày 27/6/2023\n\n" + sentence);
        Assert.Contains(f.Partnerships, p => f.PairNames(p).Contains(subject) && f.PairNames(p).Contains("Chanthabuly"));
        Assert.DoesNotContain(f.Partnerships, p => f.PairNames(p).Contains("Partizansky") && f.PairNames(p).Contains("Chanthabuly"));
        var recalled = f.Partnerships.Single(p => f.PairNames(p).Contains("Partizansky") && f.PairNames(p).Contains(subject));
        Assert.Null(recalled.Since);
    }

    [Fact]
    public void ADistrictTheGazetteerLacksInAnArticleAboutOneForeignCountryIsThatCountrys()
    {
        var f = X.Run("Đoàn Hà Tĩnh thăm tỉnh Bolikhămxay (Lào)\nThứ Hai, 12/05/2025 - 09:00\n\n"
            + "Tỉnh Hà Tĩnh và tỉnh Bolikhămxay (Lào) có quan hệ hữu nghị truyền thống với nhiều bà con Lào.\n\n"
            + "Chiều 10/5, đoàn làm việc với chính quyền huyện Xaychămphon.");
        var district = Assert.Single(f.Cities, c => c.Name == "Xaychămphon");
        Assert.Equal("LA", district.Country);
    }

    [Fact]
    public void ADistrictTheGazetteerLacksInAnEnglishArticleAtHomeInVietnamIsThePartnersOwn()
    {
        var f = X.Run("Tay Ninh and Svay Rieng review border cooperation\nPosted: 2024-12-07\n\n"
            + "Leaders of Vietnam's Tay Ninh province and Cambodia's Svay Rieng province held their annual meeting in Tay Ninh city on December 6. "
            + "Governor Men Sophea thanked Tay Ninh for building a school in Romeas Haek district, near the Cambodian border with Vietnam.");
        Assert.Contains(f.Cities, c => c.Name == "Romeas Haek" && c.Country == "KH");
    }
    [Fact]
    public void AVillageIsThePartnersOnlyAfterItsOwnWith()
    {
        var f = X.Run("Andong and Luang Prabang\nSeptember 28, 2024\n\nThe southeastern city of Andong signed a friendship agreement with Luang Prabang, Laos, on Saturday. "
            + "Officials said the Laotian guests will hold talks with Andong officials Monday, and will tour Hahoe village before leaving on Tuesday.");
        Assert.Contains(f.Cities, c => c.Name == "Hahoe" && c.Country == "KR");
        // Twinned "with" the village, it is the partner's.
        var g = X.Run("Ties\nSeptember 28, 2024\n\nThe Korean town of Andong was twinned with Ban Xang village of Laos in 2019.");
        Assert.DoesNotContain(g.Cities, c => c.Name.Contains("Xang") && c.Country == "KR");
    }
}
