using System.Diagnostics;
using System.Linq;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Text;
using Xunit.Abstractions;

namespace CoopData.Extraction.Tests.Gazetteer;

public class PlaceIndexTests
{
    private static readonly PlaceIndex Index = PlaceIndex.Default;

    private static Place Top(string text, string country)
    {
        var place = Index.FindByName(Folding.Fold(text)).FirstOrDefault(p => p.Country == country);
        Assert.True(place is not null, $"'{text}' ({country}) not found");
        return place!;
    }

    [Theory]
    [InlineData("Hanoi")]
    [InlineData("Hà Nội")]
    [InlineData("HA NOI")]
    public void Hanoi_is_the_capital_of_Vietnam(string text)
    {
        var hanoi = Index.FindByName(Folding.Fold(text))[0];
        Assert.Equal("gn:1581130", hanoi.Key);
        Assert.Equal("VN", hanoi.Country);
        Assert.Equal(LocalityKinds.Capital, hanoi.Kind);
        Assert.Equal("Hanoi", hanoi.Name);
    }

    [Theory]
    [InlineData("Quảng Châu", "Guangzhou", "CN")]
    [InlineData("Guangzhou", "Guangzhou", "CN")]
    [InlineData("Viêng Chăn", "Vientiane", "LA")]
    [InlineData("Viang Chan", "Vientiane", "LA")]
    [InlineData("Toulouse", "Toulouse", "FR")]
    [InlineData("Choisy-le-Roi", "Choisy-le-Roi", "FR")]
    [InlineData("Los Angeles", "Los Angeles", "US")]
    [InlineData("Cần Thơ", "Can Tho", "VN")]
    [InlineData("Can Tho", "Can Tho", "VN")]
    [InlineData("Haiphong", "Hai Phong", "VN")]
    [InlineData("Hải Phòng", "Hai Phong", "VN")]
    [InlineData("TP.HCM", "Ho Chi Minh City", "VN")]
    [InlineData("Saigon", "Ho Chi Minh City", "VN")]
    [InlineData("Thành phố Hồ Chí Minh", "Ho Chi Minh City", "VN")]
    [InlineData("Thừa Thiên Huế", "Hue", "VN")]
    [InlineData("Huế", "Hue", "VN")]
    [InlineData("Mát-xcơ-va", "Moscow", "RU")]
    [InlineData("Luân Đôn", "London", "GB")]
    [InlineData("Bắc Kinh", "Beijing", "CN")]
    [InlineData("Phnôm Pênh", "Phnom Penh", "KH")]
    public void Finds_places_by_any_name(string text, string name, string country) =>
        Assert.Equal(name, Top(text, country).Name);

    [Fact]
    public void Most_populous_candidate_comes_first() =>
        Assert.Equal("US", Index.FindByName("los angeles")[0].Country);

    [Theory]
    [InlineData("dong da", "gn:1581130")]
    [InlineData("long bien", "gn:1581130")]
    [InlineData("hoan kiem", "gn:1581130")]
    [InlineData("quan 1", "gn:1566083")]
    [InlineData("go vap", "gn:1566083")]
    public void City_districts_belong_to_their_city(string folded, string parent)
    {
        var district = Index.FindByName(folded).Single(p => p.Kind == LocalityKinds.District);
        Assert.Equal("VN", district.Country);
        Assert.Equal(parent, district.ParentKey);
        Assert.Equal(parent, Index.ProvinceOf(district)!.Key);
    }

    [Fact]
    public void Shijingshan_is_a_district_of_Beijing()
    {
        var place = Top("Thạch Cảnh Sơn", "CN");
        Assert.Equal("Shijingshan", place.Name);
        Assert.Equal(LocalityKinds.District, place.Kind);
        Assert.Equal("Beijing", Index.ParentOf(place)!.Name);
    }

    [Theory]
    [InlineData("Seine-Saint-Denis", "FR")]
    [InlineData("Gyeonggi", "KR")]
    [InlineData("Gyeonggi-do", "KR")]
    [InlineData("Quảng Tây", "CN")]
    [InlineData("Guangdong", "CN")]
    [InlineData("Nghệ An", "VN")]
    [InlineData("Bắc Giang", "VN")]
    [InlineData("Bình Dương", "VN")]
    [InlineData("Kanagawa", "JP")]
    public void Provinces_are_indexed(string text, string country) =>
        Assert.Contains(Index.FindByName(Folding.Fold(text)), p => p.Country == country && p.Kind == LocalityKinds.Province);

    [Fact]
    public void All_63_pre_2025_Vietnamese_provinces_are_present()
    {
        var provinces = Index.Places.Count(p => p.Country == "VN" && p.Kind == LocalityKinds.Province);
        var municipalities = new[] { "gn:1581130", "gn:1566083", "gn:1581298", "gn:1583992", "gn:1586203", "gn:1580240" };
        Assert.Equal(57, provinces); // + 5 centrally-governed cities + Thua Thien Hue (now Hue city) = 63
        Assert.All(municipalities, key => Assert.NotNull(Index.FindByKey(key)));
    }

    [Theory]
    [InlineData("Vinh", "Nghe An")]
    [InlineData("Toulouse", "Haute-Garonne")]
    [InlineData("Guangzhou", "Guangdong")]
    [InlineData("Suwon", "Gyeonggi")]
    public void Provinces_of_places(string text, string province) =>
        Assert.Equal(province, Index.ProvinceOf(Index.FindByName(Folding.Fold(text))[0])!.Name);

    [Theory]
    [InlineData("France", "FR")]
    [InlineData("Pháp", "FR")]
    [InlineData("French", "FR")]
    [InlineData("Hàn Quốc", "KR")]
    [InlineData("South Korea", "KR")]
    [InlineData("Lào", "LA")]
    [InlineData("Laos", "LA")]
    [InlineData("United States", "US")]
    [InlineData("US", "US")]
    [InlineData("USA", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("Mỹ", "US")]
    [InlineData("Hoa Kỳ", "US")]
    [InlineData("Trung Quốc", "CN")]
    [InlineData("Chinese", "CN")]
    [InlineData("Nhật Bản", "JP")]
    [InlineData("Đức", "DE")]
    [InlineData("German", "DE")]
    [InlineData("Vietnamese", "VN")]
    [InlineData("Việt Nam", "VN")]
    [InlineData("UK", "GB")]
    public void Finds_countries_by_name_or_demonym(string text, string code) =>
        Assert.Equal(code, Index.FindCountry(Folding.Fold(text))?.Code);

    [Fact]
    public void Countries_have_English_and_Vietnamese_names()
    {
        Assert.True(Index.Countries.Count >= 249);
        var fr = Index.FindCountryByCode("fr")!;
        Assert.Equal("France", fr.EnglishName);
        Assert.Equal("Pháp", fr.VietnameseName);
        Assert.Contains("French", fr.Demonyms);
    }

    [Fact]
    public void Alternate_names_do_not_shadow_country_names() =>
        Assert.DoesNotContain(Index.FindByName("france"), p => p.Name != "France");

    [Theory]
    [InlineData("quangzhou", "Guangzhou")]
    [InlineData("toulois", "Toulouse")]
    [InlineData("hanio", "Hanoi")]
    public void FindNear_finds_misspellings(string folded, string name) =>
        Assert.Contains(Index.FindNear(folded), p => p.Name == name);

    [Fact]
    public void FindNear_ignores_short_words() => Assert.Empty(Index.FindNear("xyz"));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("toulouse", "toulois", 2)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("same", "same", 0)]
    public void BoundedDistance_is_optimal_string_alignment(string a, string b, int expected)
    {
        Assert.Equal(expected, PlaceIndex.BoundedDistance(a, b, 3));
        Assert.Equal(expected == 0 ? 0 : expected, PlaceIndex.BoundedDistance(a, b, expected));
        if (expected > 0) Assert.Equal(expected, PlaceIndex.BoundedDistance(a, b, expected - 1));
    }

    [Fact]
    public void Candidate_order_is_deterministic()
    {
        using var stream = typeof(PlaceIndex).Assembly.GetManifestResourceStream(PlaceIndex.ResourceName)!;
        var fresh = PlaceIndex.Load(stream);
        foreach (var name in new[] { "saint denis", "san jose", "paris", "london", "thanh hoa", "ha nam" })
        {
            var a = Index.FindByName(name).Select(p => p.Key).ToArray();
            Assert.Equal(a, fresh.FindByName(name).Select(p => p.Key).ToArray());
            var pops = Index.FindByName(name).Select(p => p.Population).ToArray();
            Assert.Equal(pops.OrderByDescending(p => p).ToArray(), pops);
        }
        Assert.Equal(Index.FindNear("pariss").Select(p => p.Key), fresh.FindNear("pariss").Select(p => p.Key));
    }

    [Fact]
    public void Every_parent_exists_and_names_start_with_the_name()
    {
        foreach (var place in Index.Places)
        {
            Assert.Equal(place.Name, place.Names[0]);
            if (place.ParentKey is { } parent) Assert.NotNull(Index.FindByKey(parent));
        }
        Assert.InRange(Index.LongestNameInWords, 3, 12);
    }

    [Fact]
    public void Precomputed_keys_agree_with_Folding_on_every_name()
    {
        foreach (var place in Index.Places)
            foreach (var name in place.Names)
                Assert.Contains(place, Index.FindByName(Folding.Fold(name)));
        foreach (var country in Index.Countries)
            foreach (var name in country.Names)
                Assert.NotNull(Index.FindCountry(Folding.Fold(name)));
    }
}

public class PlaceIndexCoverageTests
{
    private static readonly PlaceIndex Index = PlaceIndex.Default;

    [Theory]
    [InlineData("Edogawa", "JP")]
    [InlineData("Setagaya", "JP")]
    [InlineData("Matamata", "NZ")]
    [InlineData("Central Coast", "AU")]
    [InlineData("Shibetsu", "JP")]
    public void Small_sister_city_places_are_indexed(string text, string country) =>
        Assert.Contains(Index.FindByName(Folding.Fold(text)), p => p.Country == country);

    [Fact]
    public void Tokyo_wards_belong_to_Tokyo_and_need_context()
    {
        var ward = Index.FindByName("edogawa").Single(p => p.Country == "JP");
        Assert.Equal("gn:1850147", ward.ParentKey);
        Assert.Equal("PPLX", ward.FeatureCode);
        Assert.False(CoopData.Extraction.Stages.LocalityResolver.IsNotable(ward));
    }

    [Theory]
    [InlineData("California", "US")]
    [InlineData("Texas", "US")]
    [InlineData("New South Wales", "AU")]
    [InlineData("Queensland", "AU")]
    [InlineData("Ontario", "CA")]
    [InlineData("British Columbia", "CA")]
    public void States_and_provinces_come_first(string text, string country)
    {
        var top = Index.FindByName(Folding.Fold(text))[0];
        Assert.Equal(country, top.Country);
        Assert.Equal(LocalityKinds.Province, top.Kind);
    }

    [Fact]
    public void New_York_and_Washington_alone_are_the_cities()
    {
        Assert.Equal(LocalityKinds.City, Index.FindByName("new york")[0].Kind);
        Assert.NotEqual(LocalityKinds.Province, Index.FindByName("washington")[0].Kind);
        Assert.Equal(LocalityKinds.Province, Index.FindByName("washington state")[0].Kind);
    }

    [Fact]
    public void Us_cities_have_their_state_as_province() =>
        Assert.Equal("California", Index.ProvinceOf(Index.FindByName("tustin").First(p => p.Country == "US"))!.Name);

    [Theory]
    [InlineData("xieng khoang", "LA", LocalityKinds.Province)]
    [InlineData("se kong", "LA", LocalityKinds.Province)]
    [InlineData("mandaue", "PH", LocalityKinds.City)]
    [InlineData("cauayan", "PH", LocalityKinds.City)]
    [InlineData("song cong", "VN", LocalityKinds.City)]
    [InlineData("wadi foquin", "PS", LocalityKinds.City)]
    public void Curated_partner_localities_are_known(string folded, string country, string kind) =>
        Assert.Contains(Index.FindByName(folded), p => p.Country == country && p.Kind == kind);

    private static Place Top(string text, string country) =>
        Index.FindByName(Folding.Fold(text)).First(p => p.Country == country);

    [Theory]
    [InlineData("Chăm-pa-xắc", "cur:la-champasak")]
    [InlineData("Chăm Pa Sắc", "cur:la-champasak")]
    [InlineData("Hủa Phăn", "cur:la-houaphanh")]
    [InlineData("Sa-vẳn-na-khẹt", "cur:la-savannakhet")]
    [InlineData("Bô-ly-khăm-xay", "cur:la-bolikhamsai")]
    public void Lao_provinces_are_found_by_their_Vietnamese_exonyms(string text, string key)
    {
        var province = Index.FindByName(Folding.Fold(text)).Single();
        Assert.Equal(key, province.Key);
        Assert.Equal("LA", province.Country);
        Assert.Equal(LocalityKinds.Province, province.Kind);
    }

    [Fact]
    public void Lao_seats_have_their_province()
    {
        Assert.Equal("cur:la-champasak", Index.ProvinceOf(Top("Pakse", "LA"))!.Key);
        Assert.Equal("cur:la-sekong", Index.ProvinceOf(Index.FindByKey("gn:9948272")!)!.Key); // the town Sekong
    }

    [Theory]
    [InlineData("Benguet", "cur:ph-benguet")]
    [InlineData("Benguet Province", "cur:ph-benguet")]
    [InlineData("Davao de Oro", "cur:ph-davao-de-oro")]
    [InlineData("Compostela Valley", "cur:ph-davao-de-oro")]
    public void Philippine_provinces_are_indexed(string text, string key)
    {
        var province = Index.FindByName(Folding.Fold(text)).Single(p => p.Kind == LocalityKinds.Province);
        Assert.Equal(key, province.Key);
        Assert.Equal("PH", province.Country);
        Assert.Equal("ADM2", province.FeatureCode);
    }

    [Theory]
    [InlineData("La Trinidad", "Benguet")]
    [InlineData("Baguio", "Benguet")]
    [InlineData("Tagbilaran", "Bohol")]
    public void Philippine_places_have_their_province_from_GeoNames_admin2(string text, string province) =>
        Assert.Equal(province, Index.ProvinceOf(Top(text, "PH"))!.Name);

    [Theory]
    [InlineData("Battambang", "KH")]
    [InlineData("Bát-tam-băng", "KH")]
    [InlineData("Tbong Khmum", "KH")]
    [InlineData("Prachinburi", "TH")]
    public void Cambodian_and_Thai_provinces_are_indexed(string text, string country) =>
        Assert.Contains(Index.FindByName(Folding.Fold(text)), p => p.Country == country && p.Kind == LocalityKinds.Province);
}
