using System.Linq;
using CoopData.Extraction.Tests.Stages;

namespace CoopData.Extraction.Tests;

/// <summary>The gold facts of the repo's five seed articles.</summary>
public class SeedTests
{
    private static ArticleFacts Seed(string stem) => ArticleExtractor.Extract(stem + ".txt", SeedArticles.Read(stem));

    private static void City(ArticleFacts f, string name, string country) =>
        Assert.Contains(f.Cities, c => c.Name == name && c.Country == country);

    private static void Person(ArticleFacts f, string name, string? city)
    {
        var p = f.People.Single(x => x.Name == name);
        if (city is not null) Assert.Equal(city, f.NameOf(p.CityKey!));
    }

    private static PartnershipFact Pair(ArticleFacts f, string a, string b) =>
        f.Partnerships.Single(p => f.PairNames(p).SequenceEqual(new[] { a, b }.OrderBy(x => x, System.StringComparer.Ordinal)));

    private static EventFact Event(ArticleFacts f, string kind, string start) => f.Events.Single(e => e.Kind == kind && e.Start.ToString() == start);

    [Fact]
    public void Seed000_HanoiToulouse()
    {
        var f = Seed("000_6fb9a1b7df022e99");
        Assert.Equal("2023-04-13", f.Published.ToString());
        City(f, "Hanoi", "VN"); City(f, "Toulouse", "FR");
        Assert.Equal(2, f.Cities.Count);
        Assert.Contains("Toulois", f.Cities.Single(c => c.Name == "Toulouse").Aliases);
        var p = Pair(f, "Hanoi", "Toulouse");
        Assert.Equal(1996, p.Since);
        Assert.Equal(PartnershipStatuses.Active, p.Status);
        Assert.Equal("Hanoi", f.NameOf(Event(f, EventKinds.Meeting, "2023-04-13").CityKey!));
        Assert.Equal("2023-04-16", Event(f, EventKinds.Conference, "2023-04-13").End.ToString());
        Person(f, "Tran Sy Thanh", "Hanoi"); Person(f, "Jean-Claude Dardelet", "Toulouse");
        Assert.Equal(2, f.People.Count);
    }

    [Fact]
    public void Seed001_HanoiLosAngeles()
    {
        var f = Seed("001_7642399c6f174870");
        Assert.Null(f.Published);
        City(f, "Hanoi", "VN"); City(f, "Los Angeles", "US");
        var p = Pair(f, "Hanoi", "Los Angeles");
        Assert.Equal(PartnershipStatuses.Negotiating, p.Status);
        Assert.Null(p.Since);
        var visit = Event(f, EventKinds.Visit, "--08-14");
        Assert.Equal("--08-23", visit.End.ToString());
        Assert.Equal("Los Angeles", f.NameOf(Event(f, EventKinds.Meeting, "--08-14").CityKey!));
        Person(f, "Nguyen Ngoc Tuan", "Hanoi"); Person(f, "Paul Krekorian", null); Person(f, "Erin Bromaghim", null);
        Assert.DoesNotContain("Fidel Castro", f.PersonNames());
    }

    [Fact]
    public void Seed002_HanoiGuangzhou()
    {
        var f = Seed("002_72a695dded70c60a");
        Assert.Equal("2024-04-02", f.Published.ToString());
        City(f, "Hanoi", "VN"); City(f, "Guangzhou", "CN");
        Assert.Equal(2, f.Cities.Count);
        Assert.Null(Pair(f, "Guangzhou", "Hanoi").Since);
        Event(f, EventKinds.Meeting, "2024-04-02");
        Event(f, EventKinds.Signing, "2024-04-02");
        Person(f, "Dinh Tien Dung", "Hanoi"); Person(f, "Guo Yonghang", "Guangzhou");
        Assert.DoesNotContain("Nguyen Phu Trong", f.PersonNames());
        Assert.DoesNotContain("Ngoc Mai", f.PersonNames());
    }

    [Fact]
    public void Seed003_ChoisyDongDa()
    {
        var f = Seed("003_b7553985f904ee61");
        Assert.Equal("vi", f.Language);
        Assert.Equal("2022-02-18", f.Published.ToString());
        City(f, "Choisy-le-Roi", "FR"); City(f, "Dong Da", "VN"); City(f, "Hanoi", "VN");
        var p = Pair(f, "Choisy-le-Roi", "Dong Da");
        Assert.Equal(1973, p.Since);
        Assert.Single(f.Partnerships);
        Assert.Equal("Choisy-le-Roi", f.NameOf(Event(f, EventKinds.Meeting, "2022-02-17").CityKey!));
        Person(f, "Đinh Toàn Thắng", null); Person(f, "Tonino Panetta", "Choisy-le-Roi");
        Assert.DoesNotContain("Nguyễn Văn Phương", f.PersonNames());
    }

    [Fact]
    public void Seed004_HanoiVientiane()
    {
        var f = Seed("004_deda07d31d5d09d9");
        Assert.Null(f.Published);
        Assert.True(f.Has(DiagnosticIds.NoPublicationDate));
        City(f, "Hanoi", "VN"); City(f, "Vientiane", "LA");
        Assert.DoesNotContain("Seoul", f.CityNames());
        var p = Pair(f, "Hanoi", "Vientiane");
        Assert.Equal(PartnershipStatuses.Signed, p.Status);
        var e = Assert.Single(f.Events);
        Assert.Equal(EventKinds.Signing, e.Kind);
        Assert.Equal("--12-12", e.Start.ToString());
        Person(f, "Phung Thi Hong Ha", "Hanoi"); Person(f, "Lamphoy Siakkhachanh", "Vientiane");
        Assert.Equal(2, f.People.Count);
    }
}
