using System;
using System.Collections.Generic;
using System.Linq;
using CoopData;
using static CoopData.Tests.Sample;

namespace CoopData.Tests;

public class DatasetTests
{
    private readonly CoopDataset _data = Create();

    [Fact]
    public void Gets_records_by_id()
    {
        Assert.Equal("Hanoi", _data.GetCity("hanoi").Name);
        Assert.Equal(1996, _data.GetPartnership("hanoi-toulouse").Since);
        Assert.Equal(EventKind.Visit, _data.GetEvent("visit-2023").Kind);
        Assert.Equal("Trần Sỹ Thanh", _data.GetPerson("tran-sy-thanh").Name);
        Assert.Equal("vi", _data.GetArticle("000_6fb9a1b7df022e99").Language);
        Assert.True(_data.TryGetCity("toulouse", out var toulouse) && toulouse.Country == "FR");
        Assert.False(_data.TryGetCity("Hanoi", out _)); // ids are ordinal
        Assert.False(_data.TryGetPerson("nobody", out _));
        Assert.False(_data.TryGetEvent("nothing", out _));
        Assert.False(_data.TryGetPartnership("none", out _));
        Assert.False(_data.TryGetArticle("none", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => _data.GetCity("paris"));
        Assert.Contains("'paris'", error.Message);
    }

    [Fact]
    public void Lookups_by_id_do_not_allocate()
    {
        _data.GetCity("hanoi"); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            _data.GetCity("hanoi");
            _data.TryGetCity("nowhere", out _);
            _data.GetPerson("tran-sy-thanh");
            _data.GetEvent("forum");
        }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Lookups_by_name_do_not_allocate()
    {
        string[] cities = ["HANOI", "Ha\u0300 N\u00f4\u0323i", "Hà Nội", "ĐỐNG ĐA", "nowhere at all"];
        foreach (var q in cities) _data.FindCity(q); // warm up: the name index is built on first use
        _data.FindPerson("trần sỹ thanh");
        foreach (var q in cities)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) _data.FindCity(q);
            Assert.True(before == GC.GetAllocatedBytesForCurrentThread(), q);
        }
        long start = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) _data.FindPerson("trần sỹ thanh");
        Assert.Equal(start, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void The_unchecked_factory_gives_the_same_records_and_navigation()
    {
        var reference = Create();
        var checkedData = Create();
        var data = CoopDataset.CreateUnchecked([.. checkedData.Articles.Select(CopyArticle)], [.. reference.Cities.Select(CopyCity)],
            [.. reference.Partnerships.Select(CopyPartnership)], [.. reference.Events.Select(CopyEvent)], [.. reference.People.Select(CopyPerson)]);

        Assert.Equal(reference.ToJson(), data.ToJson());
        Assert.Equal(["hanoi-izmir", "hanoi-toulouse"], data.GetCity("hanoi").Partnerships.Select(p => p.Id));
        Assert.Equal(["visit-2023", "undated"], data.GetPerson("tran-sy-thanh").Events.Select(e => e.Id));
        Assert.Same(data.GetCity("hanoi"), data.GetCity("dong-da").Parent);
        Assert.Same(data.GetArticle("001_7642399c6f174870"), data.GetCity("hanoi").Sources[1].Article);
        Assert.Equal("hanoi", data.FindCity("hà nội")?.Id);
        Assert.Throws<InvalidOperationException>(() => CoopDataset.CreateUnchecked([], [reference.GetCity("hanoi")], [], [], []));

        static Article CopyArticle(Article a) => new(a.Id, a.File, a.Title, a.Language, a.Published);
        static City CopyCity(City c) => new(c.Id, c.Name, c.Country, c.Kind, c.Aliases, c.ParentId, c.Latitude, c.Longitude, Sources(c.Sources), c.IsLocationApproximate);
        static Partnership CopyPartnership(Partnership p) => new(p.Id, p.PartyIds, p.Since, p.Status, p.Fields, Sources(p.Sources));
        static Event CopyEvent(Event e) => new(e.Id, e.Kind, e.Title, e.Start, e.End, e.CityId, e.PartyIds, e.PersonIds, Sources(e.Sources));
        static Person CopyPerson(Person p) => new(p.Id, p.Name, p.Aliases, p.Role, p.CityId, Sources(p.Sources));
        static SourceRef[] Sources(IReadOnlyList<SourceRef> s) => [.. s.Select(x => new SourceRef(x.ArticleFile, x.Line, x.Text))];
    }

    [Fact]
    public void Navigation_built_on_first_use_is_the_same_from_every_thread()
    {
        for (int round = 0; round < 20; round++)
        {
            var data = Create();
            var results = new IReadOnlyList<Partnership>[4];
            System.Threading.Tasks.Parallel.For(0, results.Length, i => results[i] = data.GetCity("hanoi").Partnerships);
            Assert.All(results, r => Assert.Same(results[0], r));
        }
    }

    [Theory]
    [InlineData("Hanoi")]
    [InlineData("HANOI")]
    [InlineData("hanoi")]
    [InlineData("Ha Noi")]
    [InlineData("hà nội")]
    [InlineData("HÀ NỘI")]
    [InlineData("Ha-Noi")]
    [InlineData(" ha  noi ")]
    [InlineData("Hà Nội")] // precomposed
    [InlineData("Ha\u0300 N\u00f4\u0323i")] // decomposed
    public void Finds_city_ignoring_case_and_diacritics(string query) =>
        Assert.Equal("hanoi", _data.FindCity(query)?.Id);

    [Fact]
    public void Finds_city_by_alias_with_d_stroke_and_by_id()
    {
        Assert.Equal("dong-da", _data.FindCity("dong da")?.Id);
        Assert.Equal("dong-da", _data.FindCity("ĐỐNG ĐA")?.Id);
        Assert.Equal("dong-da", _data.FindCity("Dong-Da")?.Id);
        Assert.Null(_data.FindCity("Paris"));
        Assert.Null(_data.FindCity(""));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("az-Latn-AZ")]
    [InlineData("vi-VN")]
    public void Finds_city_the_same_under_turkic_cultures(string culture)
    {
        using var _ = new CultureScope(culture);
        var data = Create();
        foreach (var query in new[] { "Izmir", "IZMIR", "izmir", "İzmir", "İZMİR" })
            Assert.Equal("izmir", data.FindCity(query)?.Id);
        Assert.Equal("hanoi", data.FindCity("HANOI")?.Id);
    }

    [Fact]
    public void Finds_person_by_name_alias_or_id()
    {
        Assert.Equal("tran-sy-thanh", _data.FindPerson("Tran Sy Thanh")?.Id);
        Assert.Equal("tran-sy-thanh", _data.FindPerson("trần sỹ thanh")?.Id);
        Assert.Equal("tran-sy-thanh", _data.FindPerson("tran-sy-thanh")?.Id);
        Assert.Equal("jean-luc-moudenc", _data.FindPerson("JEAN LUC MOUDENC")?.Id);
        Assert.Null(_data.FindPerson("Nguyen Van A"));
    }

    [Fact]
    public void A_name_beats_another_records_alias()
    {
        var data = new CoopDataset([], [
            new City("b", "Alpha Town", "VN", CityKind.City, ["Beta"], null, null, null, []),
            new City("a", "Beta", "VN", CityKind.City, [], null, null, null, []),
        ], [], [], []);

        Assert.Equal("a", data.FindCity("beta")?.Id);
    }

    [Fact]
    public void Navigates_partnerships_both_ways()
    {
        var hanoi = _data.GetCity("hanoi");
        var toulouse = _data.GetCity("toulouse");

        Assert.Equal(["hanoi-izmir", "hanoi-toulouse"], hanoi.Partnerships.Select(p => p.Id));
        Assert.Equal(["izmir", "toulouse"], hanoi.Partners.Select(c => c.Id));
        Assert.Equal(["hanoi"], toulouse.Partners.Select(c => c.Id));
        Assert.Equal([hanoi, toulouse], _data.GetPartnership("hanoi-toulouse").Parties);
        Assert.Equal(["hanoi-toulouse"], _data.PartnershipsBetween(toulouse, hanoi).Select(p => p.Id));
        Assert.Empty(_data.PartnershipsBetween(toulouse, _data.GetCity("izmir")));
        Assert.Empty(_data.PartnershipsBetween(hanoi, hanoi));
        Assert.Empty(_data.GetCity("dong-da").Partnerships);
    }

    [Fact]
    public void Navigates_events_and_people()
    {
        var visit = _data.GetEvent("visit-2023");
        var person = _data.GetPerson("tran-sy-thanh");

        Assert.Same(_data.GetCity("hanoi"), visit.City);
        Assert.Equal(["hanoi", "toulouse"], visit.Parties.Select(c => c.Id));
        Assert.Equal([person], visit.People);
        Assert.Null(_data.GetEvent("forum").City);
        Assert.Same(_data.GetCity("hanoi"), person.City);
        Assert.Equal(["visit-2023", "undated"], person.Events.Select(e => e.Id));
        Assert.Equal([person], _data.GetCity("hanoi").People);
        Assert.Null(_data.GetPerson("jean-luc-moudenc").City);
        Assert.Empty(_data.GetPerson("jean-luc-moudenc").Events);
    }

    [Fact]
    public void City_events_include_venue_and_parties_sorted_by_start_then_id()
    {
        // forum (2023-04) sorts before visit-2023 (2023-04-13); the undated event comes last.
        Assert.Equal(["forum", "visit-2023"], _data.GetCity("hanoi").Events.Select(e => e.Id));
        Assert.Equal(["visit-2023", "undated"], _data.GetCity("toulouse").Events.Select(e => e.Id));
    }

    [Fact]
    public void Navigates_city_hierarchy()
    {
        var hanoi = _data.GetCity("hanoi");
        var dongDa = _data.GetCity("dong-da");

        Assert.Same(hanoi, dongDa.Parent);
        Assert.Equal([dongDa], hanoi.Children);
        Assert.Null(hanoi.Parent);
        Assert.Empty(dongDa.Children);
    }

    [Fact]
    public void Navigates_sources_and_articles()
    {
        var article0 = _data.GetArticle("000_6fb9a1b7df022e99");
        var article1 = _data.GetArticle("001_7642399c6f174870");
        var hanoi = _data.GetCity("hanoi");

        Assert.Same(article0, hanoi.Sources[0].Article);
        Assert.Same(article1, hanoi.Sources[1].Article);
        Assert.Equal(["dong-da", "hanoi", "toulouse"], article0.Cities.Select(c => c.Id));
        Assert.Equal(["hanoi", "izmir"], article1.Cities.Select(c => c.Id));
        Assert.Equal(["hanoi-toulouse"], article0.Partnerships.Select(p => p.Id));
        Assert.Equal(["visit-2023", "undated"], article0.Events.Select(e => e.Id));
        Assert.Equal(["jean-luc-moudenc", "tran-sy-thanh"], article0.People.Select(p => p.Id));
        Assert.Empty(article1.People);
    }

    [Fact]
    public void Records_are_immutable_copies()
    {
        var aliases = new List<string> { "Ha Noi" };
        var city = new City("hanoi", "Hanoi", "VN", CityKind.Capital, aliases, null, null, null, []);
        aliases.Add("changed");

        Assert.Equal(["Ha Noi"], city.Aliases);
        Assert.False(city.Aliases is string[]);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)city.Aliases).Add("x"));
        Assert.Throws<NotSupportedException>(() => ((IList<City>)_data.Cities).Clear());
    }

    [Fact]
    public void Navigation_needs_a_dataset()
    {
        var city = new City("hanoi", "Hanoi", "VN", CityKind.Capital, [], null, null, null, []);
        var source = Src(1);

        Assert.Contains("'hanoi' is not part of a CoopDataset", Assert.Throws<InvalidOperationException>(() => city.Partnerships).Message);
        Assert.Throws<InvalidOperationException>(() => city.Parent);
        Assert.Throws<InvalidOperationException>(() => source.Article);
    }

    [Fact]
    public void A_record_belongs_to_one_dataset()
    {
        var city = _data.GetCity("izmir");

        var error = Assert.Throws<InvalidOperationException>(() => new CoopDataset([], [city], [], [], []));
        Assert.Contains("City 'izmir' already belongs to another CoopDataset", error.Message);
    }

    [Fact]
    public void A_source_may_be_shared_within_but_not_across_datasets()
    {
        var source = Src(3);
        var data = new CoopDataset([new Article("a", File0, "A", "en", null)],
            [City("hanoi", sources: [source]), City("hue", sources: [source])], [], [], []);
        Assert.Same(data.GetArticle("a"), source.Article);

        var error = Assert.Throws<InvalidOperationException>(() => new CoopDataset([new Article("a", File0, "A", "en", null)],
            [City("hanoi", sources: [source])], [], [], []));
        Assert.Contains($"Source '{File0}:3' already belongs", error.Message);
    }

    [Fact]
    public void A_rejected_dataset_leaves_its_records_free()
    {
        var city = new City("hanoi", "Hanoi", "VN", CityKind.Capital, [], null, null, null, []);
        Assert.Throws<ArgumentException>(() => new CoopDataset([], [city], [new Partnership("p", ["hanoi", "paris"], null, PartnershipStatus.Proposed, [], [])], [], []));

        var data = new CoopDataset([], [city], [], [], []);
        Assert.Same(data.GetCity("hanoi"), city);
    }

    public static TheoryData<Func<CoopDataset>, string, string> DanglingReferences => new()
    {
        { () => new CoopDataset([], [City("dong-da", parentId: "hanoi")], [], [], []), "City 'dong-da'", "'hanoi'" },
        { () => new CoopDataset([], [City("hanoi")], [new Partnership("hanoi-paris", ["hanoi", "paris"], null, PartnershipStatus.Active, [], [])], [], []), "Partnership 'hanoi-paris'", "'paris'" },
        { () => new CoopDataset([], [City("hanoi")], [], [new Event("e1", EventKind.Meeting, "t", null, null, "paris", [], [], [])], []), "Event 'e1'", "'paris'" },
        { () => new CoopDataset([], [City("hanoi")], [], [new Event("e1", EventKind.Meeting, "t", null, null, null, ["lyon"], [], [])], []), "Event 'e1'", "'lyon'" },
        { () => new CoopDataset([], [City("hanoi")], [], [new Event("e1", EventKind.Meeting, "t", null, null, null, [], ["nobody"], [])], []), "Event 'e1'", "'nobody'" },
        { () => new CoopDataset([], [], [], [], [new Person("p1", "P", [], null, "hue", [])]), "Person 'p1'", "'hue'" },
        { () => new CoopDataset([], [City("hanoi", sources: [Src(3)])], [], [], []), "City 'hanoi'", $"'{File0}'" },
    };

    [Theory]
    [MemberData(nameof(DanglingReferences))]
    public void Rejects_dangling_references(Func<CoopDataset> create, string record, string missing)
    {
        var error = Assert.Throws<ArgumentException>(create);
        Assert.Contains(record, error.Message);
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void Rejects_duplicate_ids()
    {
        var error = Assert.Throws<ArgumentException>(() => new CoopDataset([], [City("hanoi"), City("hanoi")], [], [], []));
        Assert.Contains("Duplicate city id 'hanoi'", error.Message);
        Assert.Equal("cities", error.ParamName);

        var article = Assert.Throws<ArgumentException>(() => new CoopDataset(
            [new Article("a", "a.txt", "A", "en", null), new Article("b", "a.txt", "B", "en", null)], [], [], [], []));
        Assert.Contains("Duplicate article file 'a.txt'", article.Message);

        Assert.Throws<ArgumentException>(() => new CoopDataset([], [], [], [],
            [new Person("p", "P", [], null, null, []), new Person("p", "Q", [], null, null, [])]));
    }

    [Fact]
    public void Rejects_parent_cycles()
    {
        var error = Assert.Throws<ArgumentException>(() => new CoopDataset([], [City("a", parentId: "b"), City("b", parentId: "a")], [], [], []));
        Assert.Contains("own ancestor", error.Message);
        Assert.Throws<ArgumentException>(() => new CoopDataset([], [City("a", parentId: "a")], [], [], []));
    }

    [Fact]
    public void Constructors_reject_malformed_arguments()
    {
        Assert.Throws<ArgumentException>(() => new City("", "X", "VN", CityKind.City, [], null, null, null, []));
        Assert.Throws<ArgumentException>(() => new City("x", "X", "vn", CityKind.City, [], null, null, null, []));
        Assert.Throws<ArgumentException>(() => new City("x", "X", "VN", CityKind.City, [], null, 10, null, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new City("x", "X", "VN", CityKind.City, [], null, double.NaN, 0, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new City("x", "X", "VN", (CityKind)42, [], null, null, null, []));
        Assert.Throws<ArgumentException>(() => new City("x", "X", "VN", CityKind.City, [null!], null, null, null, []));
        Assert.Throws<ArgumentNullException>(() => new City("x", "X", "VN", CityKind.City, null!, null, null, null, []));
        Assert.Throws<ArgumentException>(() => new Partnership("p", ["a"], null, PartnershipStatus.Active, [], []));
        Assert.Throws<ArgumentException>(() => new Partnership("p", ["a", "a"], null, PartnershipStatus.Active, [], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceRef("a.txt", 0, "t"));
    }

    private static City City(string id, string? parentId = null, SourceRef[]? sources = null) =>
        new(id, id, "VN", CityKind.City, [], parentId, null, null, sources ?? []);
}
