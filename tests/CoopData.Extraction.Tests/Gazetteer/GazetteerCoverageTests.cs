using System.Linq;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Stages;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Tests.Gazetteer;

/// <summary>Places added after misses on unseen articles: Lao province spellings, Seoul's and Busan's gu, Chinese border counties.</summary>
public class GazetteerCoverageTests
{
    private static readonly PlaceIndex Index = PlaceIndex.Default;

    [Theory]
    [InlineData("Xiengkhuang", "cur:la-xiangkhouang")]
    [InlineData("Luangprabang", "cur:la-luang-prabang")]
    [InlineData("Huouphan", "cur:la-houaphanh")]
    [InlineData("Xaynhabuly", "cur:la-sainyabuli")]
    [InlineData("Xaysomboun", "cur:la-xaisomboun")]
    [InlineData("Xay Sổm Bun", "cur:la-xaisomboun")]
    // Already known before; listed so that every province's press spelling is checked.
    [InlineData("Khăm Muồn", "cur:la-khammouane")]
    [InlineData("Bò Kẹo", "cur:la-bokeo")]
    [InlineData("Luông Nậm Thà", "cur:la-luang-namtha")]
    [InlineData("Phông-xa-lỳ", "cur:la-phongsaly")]
    [InlineData("U-đôm-xay", "cur:la-oudomxay")]
    [InlineData("Át-tạ-pư", "cur:la-attapeu")]
    [InlineData("Attapu", "cur:la-attapeu")]
    [InlineData("Xê Kông", "cur:la-sekong")]
    [InlineData("Hủa Phăn", "cur:la-houaphanh")]
    [InlineData("Chăm-pa-xắc", "cur:la-champasak")]
    [InlineData("Champasak", "cur:la-champasak")]
    [InlineData("Xay-nha-bu-ly", "cur:la-sainyabuli")]
    [InlineData("Bolikhamxay", "cur:la-bolikhamsai")]
    [InlineData("Savannakhet", "cur:la-savannakhet")]
    [InlineData("Salavan", "cur:la-salavan")]
    [InlineData("Vientiane Province", "cur:la-vientiane-province")]
    public void Lao_provinces_are_found_by_the_spellings_of_the_Vietnamese_press(string text, string key)
    {
        // "Luangprabang" is also the seat's name: the province comes after it, as for every province named like its seat.
        var province = Index.FindByName(Folding.Fold(text)).Single(p => p.Country == "LA" && p.Kind == LocalityKinds.Province);
        Assert.Equal(key, province.Key);
    }

    [Fact]
    public void Xaisomboun_is_not_inside_the_province_its_anchor_lies_in() =>
        Assert.Null(Index.FindByKey("cur:la-xaisomboun")!.ParentKey);

    [Theory]
    [InlineData("Guro", "gn:1835848")]
    [InlineData("Gangnam", "gn:1835848")]
    [InlineData("Mapo", "gn:1835848")]
    [InlineData("Haeundae", "gn:1838524")]
    public void Seoul_and_Busan_gu_belong_to_their_city_and_need_context(string text, string city)
    {
        var gu = Index.FindByName(Folding.Fold(text)).Single(p => p.Country == "KR");
        Assert.Equal(city, gu.ParentKey);
        Assert.Equal(LocalityKinds.District, gu.Kind);
        Assert.Equal("PPLX", gu.FeatureCode);
        Assert.False(LocalityResolver.IsNotable(gu));
    }

    [Fact]
    public void Gangseo_is_a_gu_of_Seoul_and_of_Busan() =>
        Assert.Equal(new[] { "gn:1835848", "gn:1838524" },
            Index.FindByName("gangseo").Where(p => p.Country == "KR").Select(p => p.ParentKey).OrderBy(k => k, System.StringComparer.Ordinal));

    [Theory]
    [InlineData("Đông Hưng", "Dongxing", "Guangxi")]
    [InlineData("Dongxing City", "Dongxing", "Guangxi")]
    [InlineData("Bằng Tường", "Pingxiang", "Guangxi")]
    [InlineData("Hà Khẩu", "Hekou", "Yunnan")]
    [InlineData("Longzhou", "Longzhou", "Guangxi")]
    [InlineData("Ningming", "Ningming", "Guangxi")]
    [InlineData("Malipo", "Malipo", "Yunnan")]
    public void Chinese_border_counties_are_indexed_in_their_province(string text, string name, string province)
    {
        var place = Index.FindByName(Folding.Fold(text)).First(p => p.Country == "CN");
        Assert.Equal(name, place.Name);
        Assert.Equal(province, Index.ProvinceOf(place)!.Name);
    }

    [Fact]
    public void Dong_Hung_is_still_also_the_Vietnamese_district() =>
        Assert.Contains(Index.FindByName("dong hung"), p => p.Country == "VN");

    [Fact]
    public void A_Vietnamese_article_names_Xiengkhuang()
    {
        var f = ArticleExtractor.Extract("t.txt", "Vĩnh Long hợp tác với tỉnh Xiengkhuang\nChiều 11/7/2023, UBND tỉnh Vĩnh Long và tỉnh Xiengkhuang (Lào) đã tổ chức lễ ký kết Biên bản hợp tác giai đoạn 2023-2025.");
        Assert.Contains(f.Cities, c => c.Key == "cur:la-xiangkhouang");
        Assert.Contains(f.Cities, c => c.Name == "Vinh Long");
    }

    [Fact]
    public void A_gu_with_its_locality_word_is_a_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Ký kết hợp tác\nNgày 6/10/2018, Quận 12, TP. Hồ Chí Minh và Quận Guro, TP. Seoul (Hàn Quốc) đã ký kết hợp tác hữu nghị.");
        Assert.Contains(f.Cities, c => c.Key == "cur:kr-seoul-guro");
    }

    [Theory]
    [InlineData("The Haeundae District Office in Busan and Son Tra district of Da Nang signed a friendship agreement on May 5, 2023.", "cur:kr-busan-haeundae")]
    [InlineData("The Gangnam-gu Office and the city of Da Nang signed a friendship agreement on May 5, 2023.", "cur:kr-seoul-gangnam")]
    public void A_gu_with_its_unit_word_is_a_place(string sentence, string key)
    {
        var f = ArticleExtractor.Extract("t.txt", "Friendship\n" + sentence);
        Assert.Contains(f.Cities, c => c.Key == key);
    }

    [Fact]
    public void A_chinese_border_county_with_its_unit_word_is_a_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Border\nLao Cai province and Hekou County of Yunnan, China, agreed on May 5, 2023 to open a new border crossing.");
        Assert.Contains(f.Cities, c => c.Name == "Hekou" && c.Country == "CN");
    }

    [Fact]
    public void A_gu_name_alone_is_not_a_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Visit\nMr Song Mapo met the mayor of Hanoi on May 3, 2024 to talk about trade.");
        Assert.DoesNotContain(f.Cities, c => c.Country == "KR");
    }

    [Fact]
    public void French_towns_of_5000_are_indexed_but_not_over_a_namesake()
    {
        Assert.Contains(Index.FindByName("sully sur loire"), p => p.Country == "FR");
        Assert.DoesNotContain(Index.FindByName("munster"), p => p.Country == "FR"); // Munster (Haut-Rhin) would shadow Münster, Munster
    }

    [Fact]
    public void A_small_French_town_with_its_country_is_a_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Twinning\nBradford on Avon has been twinned with Sully-sur-Loire, France since 1988.");
        Assert.Contains(f.Cities, c => c.Name == "Sully-sur-Loire" && c.Country == "FR");
    }

    [Fact]
    public void A_small_French_town_alone_is_not_a_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Visit\nMr Jean Vire met the mayor of Hanoi on May 3, 2024 to talk about trade.");
        Assert.DoesNotContain(f.Cities, c => c.Country == "FR");
    }

    [Fact]
    public void Vuong_quoc_is_a_kingdom_not_the_town_of_Vuong()
    {
        var f = ArticleExtractor.Extract("t.txt", "Hợp tác\nNgày 3/11/2025, UBND tỉnh Tây Ninh ký kết biên bản hợp tác với tỉnh Svay Rieng của Vương quốc Campuchia.");
        Assert.DoesNotContain(f.Cities, c => c.Key == "gn:8612829");
        Assert.Contains(f.Cities, c => c.Name == "Tay Ninh");
    }

    [Theory]
    [InlineData("Kra-chê", "cur:kh-kratie")]
    [InlineData("Ta Keo", "cur:kh-takeo")]
    public void Cambodian_provinces_are_found_by_the_spellings_of_the_Vietnamese_press(string text, string key) =>
        Assert.Contains(Index.FindByName(Folding.Fold(text)), p => p.Key == key);

    [Theory]
    [InlineData("Kirivong", "Takeo")]
    [InlineData("Svay Teap", "Svay Rieng")]
    public void Cambodian_border_districts_are_in_their_province(string text, string province) =>
        Assert.Equal(province, Index.ProvinceOf(Index.FindByName(Folding.Fold(text)).First(p => p.Country == "KH"))!.Name);

    [Fact]
    public void Same_is_a_word_before_it_is_a_town()
    {
        Assert.Equal("PPLX", Index.FindByName("same").Single(p => p.Country == "TL").FeatureCode);
        var f = ArticleExtractor.Extract("t.txt", "Sister city\nThe City of Rancho Palos Verdes approved a sister city relationship with Sakura on July 21, 2020.\nREVIEWED BY: Same as above");
        Assert.DoesNotContain(f.Cities, c => c.Name == "Same");
    }
}
