using System.Linq;
using Xunit;

namespace CoopData.Extraction.Tests.Stages;

/// <summary>Vietnamese renderings of foreign names the gazetteer does not list, read by how they sound.</summary>
public class RenderingTests
{
    private const string Header = "Đồng Tháp mở rộng hợp tác quốc tế\nThứ Ba, 14/10/2025 - 10:00\n\n";

    [Fact]
    public void AProvinceRenderedBeforeABracketedCountryIsThatCountrysPlace()
    {
        var f = X.Run(Header + "Chiều 13/10, Phó Chủ tịch UBND tỉnh Đồng Tháp Lê Văn Hòa và đại diện tỉnh Mô-ghi-lép (Cộng hòa Belarus) "
            + "đã ký biên bản ghi nhớ về hợp tác giữa hai địa phương.");
        Assert.Contains(f.Cities, c => c.Name == "Mogilev" && c.Country == "BY");
        Assert.Contains("Dong Thap-Mogilev", f.PairList());
    }

    [Fact]
    public void ARenderingReadOnceIsThatPlaceWhereverTheArticleWritesIt()
    {
        var f = X.Run(Header + "Đoàn công tác tỉnh Đồng Tháp đã đến thăm Belarus từ ngày 8 đến 12/10.\n\n"
            + "Tại thành phố Mô-ghi-lép, đoàn làm việc với lãnh đạo địa phương.\n\n"
            + "Đồng Tháp và Mô-ghi-lép thống nhất thiết lập quan hệ hữu nghị.");
        var mogilev = Assert.Single(f.Cities, c => c.Country == "BY");
        Assert.Equal(2, mogilev.Sources.Count);
        Assert.Contains(f.Partnerships, p => p.PartyKeys.Contains(mogilev.Key));
    }

    [Fact]
    public void ARenderedPlaceBeforeAnOfficialsNameIsNotPartOfTheName()
    {
        var f = X.Run(Header + "Phó Chủ tịch UBND tỉnh Đồng Tháp Lê Văn Hòa đã tiếp Thị trưởng thành phố Tam-pe-rê Pếc-ca Xa-lô-nen (Phần Lan).");
        Assert.Contains(f.Cities, c => c.Name == "Tampere" && c.Country == "FI");
        var mayor = Assert.Single(f.People, p => p.Name.Contains("Xa-lô-nen"));
        Assert.Equal("Pếc-ca Xa-lô-nen", mayor.Name);
    }

    [Fact]
    public void ARenderingOfSeveralWordsMatchesANameOfAsManyWords()
    {
        var f = X.Run(Header + "Đoàn đã làm việc với chính quyền thành phố Xan-ta Cla-ra (Cu-ba) và tỉnh Pi-na đen Ri-ô (Cu-ba).");
        Assert.Contains(f.Cities, c => c.Name == "Santa Clara" && c.Country == "CU");
        Assert.Contains(f.Cities, c => c.Name == "Pinar del Río" && c.Country == "CU");
    }

    [Fact]
    public void ADistrictOrAWideRegionIsNotATownThatSoundsAlike()
    {
        var f = X.Run(Header + "Đoàn cũng đến vùng Xi-bia (Nga) và huyện Xê-pôn (Lào).");
        Assert.DoesNotContain(f.Cities, c => c.Name is "Sibay" or "Sekong");
    }

    [Fact]
    public void AHyphenatedNameWithoutALocalitysContextIsNoPlace()
    {
        var f = X.Run(Header + "Đoàn công tác tỉnh Đồng Tháp đã đến thăm Nga. Ông Xéc-gây Cô-va-lép phát biểu chào mừng đoàn.");
        Assert.DoesNotContain(f.Cities, c => c.Country == "RU");
    }
    [Fact]
    public void ARenderingGoesOnPastASyllableTheGazetteerKnowsAlone()
    {
        // "Ba-to" alone is Ba Tơ, a district of Quảng Ngãi.
        var f = X.Run(Header + "Dự lễ có ông Ganbold Enkhbayar, Phó Thị trưởng thành phố U-lan Ba-to (Mông Cổ); bà Lan, Đại sứ.");
        Assert.Contains(f.Cities, c => c.Name == "Ulan Bator" && c.Country == "MN");
        Assert.DoesNotContain(f.Cities, c => c.Name == "Ba To");
        Assert.Equal("Phó Thị trưởng thành phố U-lan Ba-to (Mông Cổ)", f.People.Single(p => p.Name == "Ganbold Enkhbayar").Role);
    }
}
