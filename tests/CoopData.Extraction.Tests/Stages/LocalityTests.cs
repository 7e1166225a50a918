using System.Linq;

namespace CoopData.Extraction.Tests.Stages;

public class LocalityTests
{
    [Fact]
    public void CitiesWithCountriesAndSurfaceAliases()
    {
        var f = X.Run("Hà Nội và Toulouse hợp tác\n14:11 | 18/02/2022 GMT+7\nQuan hệ hợp tác giữa Hà Nội và thành phố Toulouse (Pháp) được thiết lập từ năm 1996.");
        var hanoi = f.Cities.Single(c => c.Name == "Hanoi");
        Assert.Equal("VN", hanoi.Country);
        Assert.Contains("Hà Nội", hanoi.Aliases);
        Assert.Equal("FR", f.Cities.Single(c => c.Name == "Toulouse").Country);
    }

    [Fact]
    public void CountriesAreNotCities()
    {
        var f = X.Run("Vietnam and France deepen ties\nThe relations between Vietnam and France have grown since 1973, said the mayor of Toulouse.");
        Assert.DoesNotContain(f.Cities, c => c.Name is "Vietnam" or "France");
    }

    [Fact]
    public void APersonCalledParisIsNotAPlace()
    {
        var f = X.Run("Mayors meet\nDeputy Mayor Paris Hilton met Mayor of Hanoi Tran Van Anh on May 3. Hilton said the talks went well.");
        Assert.DoesNotContain("Paris", f.CityNames());
        Assert.Contains("Paris Hilton", f.PersonNames());
    }

    [Fact]
    public void NiceAtTheStartOfASentenceIsAWord()
    {
        var f = X.Run("A visit to the city\nNice weather welcomed the delegation from Hanoi on May 3. The visit strengthened cooperation.");
        Assert.DoesNotContain("Nice", f.CityNames());
        Assert.Contains("Hanoi", f.CityNames());
    }

    [Fact]
    public void InstitutionNamesDoNotYieldPlaces()
    {
        var f = X.Run("Signing\nThe leaders witnessed the signing of a cooperation agreement between the Hanoi Party Committee and the South China University of Technology in Guangzhou.");
        Assert.DoesNotContain(f.Cities, c => c.Name.Contains("South China"));
        Assert.Contains("Guangzhou", f.CityNames());
    }

    [Fact]
    public void VietnameseGivenNamesAloneAreNotPlaces()
    {
        var f = X.Run("Gặp gỡ\nChủ tịch UBND thành phố Huế Nguyễn Thanh Bình đã tiếp đoàn. Thanh cho biết Hà rất vui. Bình nhấn mạnh hợp tác.");
        Assert.Equal(new[] { "Hue" }, f.CityNames());
    }

    [Fact]
    public void NearMissSpellingOfANamedCityIsThatCity()
    {
        var f = X.Run("Hanoi, Guangzhou eye cooperation\nHanoi and Guangzhou should strengthen cooperation. Guo highlighted Quangzhou's strengths. Regarding Hanoi-Quangzhou relations, Dung agreed.");
        var g = f.Cities.Single(c => c.Name == "Guangzhou");
        Assert.Contains("Quangzhou", g.Aliases);
        Assert.Equal(2, f.Cities.Count);
    }

    [Fact]
    public void AddressPartsAreCitiesButNotPartners()
    {
        var f = X.Run("Sister cities sign agreements\nThe city of Tustin, California and Heyuan, Guangdong province signed a sister-city agreement on Oct 23 in Chicago.");
        Assert.Contains("Guangdong", f.CityNames());
        var p = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Heyuan", "Tustin" }, f.PairNames(p));
    }

    [Fact]
    public void DistrictWithItsCity()
    {
        var f = X.Run("Kết nghĩa\nThành phố Choisy-le-Roi đã kết nghĩa với quận Đống Đa (Hà Nội) từ năm 1973.");
        var dd = f.Cities.Single(c => c.Name == "Dong Da");
        Assert.Equal(LocalityKinds.District, dd.Kind);
        Assert.Contains("Đống Đa", dd.Aliases);
    }
}
