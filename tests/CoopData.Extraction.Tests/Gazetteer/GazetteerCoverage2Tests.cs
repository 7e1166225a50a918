using System.Linq;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Stages;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Tests.Gazetteer;

/// <summary>
/// Second gazetteer pass: South Korean si/gun/gu and Japanese municipalities missing from cities1000, Vietnamese exonyms of
/// Russian, Japanese and Chinese cities, Chinese prefectures on the Vietnamese border.
/// </summary>
public class GazetteerCoverage2Tests
{
    private static readonly PlaceIndex Index = PlaceIndex.Default;

    private static Place Single(string text, string country) =>
        Index.FindByName(Folding.Fold(text)).Single(p => p.Country == country);

    [Theory]
    [InlineData("Pyeongtaek", "Gyeonggi", LocalityKinds.City)]
    [InlineData("Pyeongtaek-si", "Gyeonggi", LocalityKinds.City)]
    [InlineData("Gimpo", "Gyeonggi", LocalityKinds.City)]
    [InlineData("Chungju", "North Chungcheong", LocalityKinds.City)]
    [InlineData("Tongyeong", "South Gyeongsang", LocalityKinds.City)]
    [InlineData("Gwangmyeong", "Gyeonggi", LocalityKinds.City)]   // GeoNames "Kwangmyŏng", renamed
    [InlineData("Geoje", "South Gyeongsang", LocalityKinds.City)] // GeoNames "Kyosai" (Japanese reading), renamed
    [InlineData("Inje", "Gangwon", LocalityKinds.District)]
    [InlineData("Ulleung", "North Gyeongsang", LocalityKinds.District)]
    [InlineData("Hapcheon", "South Gyeongsang", LocalityKinds.District)]
    public void South_Korean_si_and_gun_are_in_their_province(string text, string province, string kind)
    {
        var place = Single(text, "KR");
        Assert.Equal(kind, place.Kind);
        Assert.Equal(province, Index.ProvinceOf(place)!.Name);
    }

    [Theory]
    [InlineData("GenSan", "PH", "General Santos")]
    [InlineData("San", "MM", "Shan State")]
    [InlineData("Zlín Region", "CZ", "Zlín Region")]
    [InlineData("Olomouc Region", "CZ", "Olomouc")]
    [InlineData("Astana", "KZ", "Astana")]        // renamed back from Nur-Sultan in 2022
    [InlineData("Nur-Sultan", "KZ", "Astana")]
    [InlineData("Chau Doc", "VN", "Chau Doc")]    // GeoNames' main name is the French "Cho Dok"
    [InlineData("Châu Đốc", "VN", "Chau Doc")]
    public void Press_short_forms_and_region_names_are_the_places(string text, string country, string name) =>
        Assert.Equal(name, Single(text, country).Name);

    [Theory]
    [InlineData("Ulju", "gn:1833747")]     // Ulsan
    [InlineData("Suseong", "gn:1835329")]  // Daegu
    [InlineData("Dalseong", "gn:1835329")]
    [InlineData("Gunwi", "gn:1835329")]    // part of Daegu since 2023
    [InlineData("Yeonsu", "gn:1843564")]   // Incheon
    [InlineData("Michuhol", "gn:1843564")]
    [InlineData("Ganghwa", "gn:1843564")]
    [InlineData("Gwangsan", "gn:1841811")] // Gwangju
    [InlineData("Daedeok", "gn:1835235")]  // Daejeon
    public void Metropolitan_gu_and_gun_belong_to_their_city(string text, string city)
    {
        var place = Single(text, "KR");
        Assert.Equal(city, place.ParentKey);
        Assert.Equal(LocalityKinds.District, place.Kind);
    }

    [Theory]
    [InlineData("Ulju")]
    [InlineData("Inje")]
    [InlineData("Suseong")]
    public void New_gun_and_gu_need_context_and_carry_no_unit_word_names(string text)
    {
        var place = Single(text, "KR");
        Assert.Equal("PPLX", place.FeatureCode);
        Assert.False(LocalityResolver.IsNotable(place));
        Assert.DoesNotContain(place.Names.AsEnumerable(), n => n.EndsWith("-gun", System.StringComparison.Ordinal) || n.EndsWith("County", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Goseong_and_Gangjin_exist_in_both_their_provinces()
    {
        Assert.Equal(new[] { "Gangwon", "South Gyeongsang" },
            Index.FindByName("goseong").Where(p => p.Country == "KR").Select(p => Index.ProvinceOf(p)!.Name).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "North Jeolla", "South Jeolla" },
            Index.FindByName("gangjin").Where(p => p.Country == "KR").Select(p => Index.ProvinceOf(p)!.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Korean_Jinan_county_comes_after_the_Chinese_city() =>
        Assert.Equal("CN", Index.FindByName("jinan")[0].Country);

    [Fact]
    public void A_Vietnamese_article_names_Ulju_and_Pyeongtaek()
    {
        var f = ArticleExtractor.Extract("t.txt", "Hợp tác\nNgày 5/5/2023, tỉnh Hòa Bình và quận Ulju, thành phố Ulsan, Hàn Quốc đã ký kết thỏa thuận hợp tác. Đà Nẵng và thành phố Pyeongtaek (Hàn Quốc) cũng ký biên bản ghi nhớ.");
        Assert.Contains(f.Cities, c => c.Key == "cur:kr-ulju");
        Assert.Contains(f.Cities, c => c.Key == "cur:kr-pyeongtaek");
    }

    [Theory]
    [InlineData("Takachiho", "Miyazaki Prefecture")]
    [InlineData("Yonaguni", "Okinawa")]       // GeoNames "Yonakuni", renamed
    [InlineData("Kutchan", "Hokkaido")]
    [InlineData("Toyoura", "Hokkaido")]       // 豊浦: no long vowel across the kanji boundary
    [InlineData("Setouchi", "Kagoshima Prefecture")]
    [InlineData("Nagaokakyo", "Kyoto Prefecture")]
    [InlineData("Hamatombetsu", "Hokkaido")]  // traditional Hepburn m, second name of Hamatonbetsu
    public void Japanese_municipalities_are_in_their_prefecture(string text, string prefecture)
    {
        // Setouchi is also a city of Okayama: the one in the prefecture asked for.
        var place = Index.FindByName(Folding.Fold(text)).First(p => p.Country == "JP" && Index.ProvinceOf(p)?.Name == prefecture);
        Assert.Equal(LocalityKinds.City, place.Kind);
    }

    [Theory]
    [InlineData("Galway", "Gaillimh")]
    [InlineData("Limerick", "Luimneach")]
    [InlineData("Wexford", "Loch Garman")]
    [InlineData("Mullingar", "An Muileann gCearr")]
    [InlineData("Newbridge", "Droichead Nua")]
    [InlineData("Clonmel", "Cluain Meala")]
    public void Irish_towns_cities1000_names_in_Irish_are_named_in_English(string english, string irish)
    {
        // Records are named as English text names them; the Irish name still finds the same place.
        var place = Single(english, "IE");
        Assert.Equal(english, place.Name);
        Assert.Same(place, Single(irish, "IE"));
    }

    [Fact]
    public void An_article_on_Galway_gives_the_city_its_English_name()
    {
        var f = ArticleExtractor.Extract("t.txt", "Twinning\nThe Mayor of Galway, Councillor Peter Keane, welcomed a delegation from Lorient, Galway's twin town in France, on 3 May 2024.");
        Assert.Contains(f.Cities, c => c.Name == "Galway" && c.Country == "IE");
    }

    [Fact]
    public void New_Japanese_towns_need_context()
    {
        var place = Single("Takachiho", "JP");
        Assert.Equal("PPLX", place.FeatureCode);
        Assert.False(LocalityResolver.IsNotable(place));
    }

    [Theory]
    [InlineData("Hualien City signed an agreement on establishing friendship relations with Japan's Takachiho Town on May 5, 2019.")]
    [InlineData("Hualien City established sister city relations with the Japanese town of Takachiho in October 2019.")]
    public void A_Japanese_town_with_its_unit_word_is_a_place(string sentence)
    {
        var f = ArticleExtractor.Extract("t.txt", "Hualien City and Takachiho sign agreement\n" + sentence);
        Assert.Contains(f.Cities, c => c.Name == "Takachiho" && c.Country == "JP");
    }

    [Fact]
    public void A_Japanese_town_name_alone_is_not_a_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Visit\nMr Kenji Takachiho met the mayor of Hanoi on May 3, 2024 to talk about trade.");
        Assert.DoesNotContain(f.Cities, c => c.Country == "JP");
    }

    [Theory]
    [InlineData("U-li-a-nốp", "Ulyanovsk", "RU")]
    [InlineData("Nô-vô-xi-biếc", "Novosibirsk", "RU")]
    [InlineData("Ê-ca-tê-rin-bua", "Yekaterinburg", "RU")]
    [InlineData("Ca-dan", "Kazan", "RU")]
    [InlineData("Kha-ba-rốp-xcơ", "Khabarovsk", "RU")]
    [InlineData("Mát-xcơ-va", "Moscow", "RU")]
    [InlineData("Xanh Pê-téc-bua", "Saint Petersburg", "RU")]
    [InlineData("Vla-đi-vô-xtốc", "Vladivostok", "RU")]
    [InlineData("Ô-xa-ca", "Osaka", "JP")]
    [InlineData("Hi-rô-si-ma", "Hiroshima", "JP")]
    [InlineData("La Hay", "The Hague", "NL")]
    [InlineData("Cô-pen-ha-ghen", "Copenhagen", "DK")]
    [InlineData("Ki-ép", "Kyiv", "UA")]
    [InlineData("Ma-đrít", "Madrid", "ES")]
    [InlineData("Xít-ni", "Sydney", "AU")]
    [InlineData("Niu Đê-li", "New Delhi", "IN")]
    [InlineData("Xan Phran-xi-xcô", "San Francisco", "US")]
    [InlineData("Brúc-xen", "Brussels", "BE")]
    public void Foreign_cities_are_found_by_their_Vietnamese_names(string text, string name, string country) =>
        Assert.Equal(name, Index.FindByName(Folding.Fold(text)).First(p => p.Country == country).Name);

    [Theory]
    [InlineData("Mông Tự", "Mengzi", "Yunnan")]
    [InlineData("Phòng Thành Cảng", "Fangchenggang", "Guangxi")]
    [InlineData("Sùng Tả", "Chongzuo", "Guangxi")]
    [InlineData("Bách Sắc", "Baise", "Guangxi")]
    [InlineData("Liễu Châu", "Liuzhou", "Guangxi")]
    [InlineData("Côn Minh", "Kunming", "Yunnan")]
    [InlineData("Nam Ninh", "Nanning", "Guangxi")]
    [InlineData("Đại Liên", "Dalian", "Liaoning")]
    public void Chinese_places_are_found_by_their_Vietnamese_names(string text, string name, string province)
    {
        var place = Index.FindByName(Folding.Fold(text)).First(p => p.Country == "CN");
        Assert.Equal(name, place.Name);
        Assert.Equal(province, Index.ProvinceOf(place)!.Name);
    }


    [Fact]
    public void A_Vietnamese_article_names_Honghe_with_its_province()
    {
        var f = ArticleExtractor.Extract("t.txt", "Gặp mặt\nNgày 29/9/2020, lãnh đạo tỉnh Lào Cai trao đổi thân tình với đại diện huyện Hà Khẩu và châu Hồng Hà, tỉnh Vân Nam (Trung Quốc). Tỉnh Lào Cai và châu Hồng Hà đã ký hợp tác toàn diện.");
        Assert.Contains(f.Cities, c => c.Key == "cur:cn-honghe");
    }

    [Fact]
    public void Hong_Ha_in_a_persons_name_is_not_a_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Gặp mặt\nNgày 29/9/2020, bà Nguyễn Thị Hồng Hà, Phó Chủ tịch UBND tỉnh Lào Cai đã tiếp đoàn công tác của tỉnh Xiengkhuang.");
        Assert.DoesNotContain(f.Cities, c => c.Country == "CN");
    }

    [Fact]
    public void Cao_Hung_is_left_out() =>
        // Read as a Vietnamese personal name (Cao + Hùng) before the name of its mayor.
        Assert.DoesNotContain(Index.FindByName(Folding.Fold("Cao Hùng")), p => p.Country == "TW");

    [Theory]
    [InlineData("Vân Nam", "cur:cn-yunnan")]
    [InlineData("Quảng Tây", "cur:cn-guangxi")]
    [InlineData("Tứ Xuyên", "cur:cn-sichuan")]
    [InlineData("Chiết Giang", "cur:cn-zhejiang")]
    [InlineData("Hồ Bắc", "cur:cn-hubei")]
    public void Chinese_provinces_are_found_by_their_Vietnamese_names(string text, string key) =>
        Assert.Contains(Index.FindByName(Folding.Fold(text)), p => p.Key == key);

    [Fact]
    public void A_Vietnamese_article_names_Ulyanovsk()
    {
        var f = ArticleExtractor.Extract("t.txt", "Hợp tác\nNgày 5/5/2023, tỉnh Nghệ An và tỉnh U-li-a-nốp (Liên bang Nga) đã ký kết thỏa thuận hợp tác.");
        Assert.Contains(f.Cities, c => c.Name == "Ulyanovsk" && c.Country == "RU");
    }
    [Fact]
    public void A_Vietnamese_article_names_Wenshan_prefecture_with_its_province()
    {
        // Hán-Việt names of Chinese prefectures and counties (tools/gazetteer/lists/cn_hanviet.py).
        var f = ArticleExtractor.Extract("t.txt", "Hội đàm\nNgày 12/3/2024, đoàn đại biểu tỉnh Hà Giang đã hội đàm với lãnh đạo châu Văn Sơn, tỉnh Vân Nam (Trung Quốc) về hợp tác thương mại qua cửa khẩu.");
        Assert.Contains(f.Cities, c => c.Country == "CN" && c.Name.StartsWith("Wenshan", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_Chinese_county_is_found_by_its_Han_Viet_name_after_a_locality_word()
    {
        var f = ArticleExtractor.Extract("t.txt", "Hội đàm\nNgày 12/3/2024, lãnh đạo huyện Hoàng Su Phì đã hội đàm với đoàn công tác huyện Bình Biên, tỉnh Vân Nam (Trung Quốc).");
        Assert.Contains(f.Cities, c => c.Key == "cur:cn-pingbian");
    }

    [Fact]
    public void Van_Son_in_a_persons_name_is_not_a_Chinese_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Hội đàm\nNgày 12/3/2024, ông Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh Hà Giang đã tiếp đoàn công tác của tỉnh Xiengkhuang.");
        Assert.DoesNotContain(f.Cities, c => c.Country == "CN");
    }
}
