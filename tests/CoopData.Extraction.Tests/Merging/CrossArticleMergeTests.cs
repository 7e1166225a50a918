using System.Linq;
using CoopData.Extraction.Merging;

namespace CoopData.Extraction.Tests.Merging;

/// <summary>Stage 8: the same fact in several articles becomes one record with every source.</summary>
public class CrossArticleMergeTests
{
    private static readonly CityFact Hanoi = City("gn:1", "Hanoi", "VN");
    private static readonly CityFact Toulouse = City("gn:2", "Toulouse", "FR");

    private static CityFact City(string key, string name, string country, params string[] aliases) =>
        new(key, name, country, LocalityKinds.City, aliases.ToEquatableArray(), null, 1, 1, new[] { new Evidence(1, name) }.ToEquatableArray());

    private static EquatableArray<T> Of<T>(params T[] items) where T : System.IEquatable<T> => items.ToEquatableArray();

    private static MergeInput Article(string file, PartnershipFact[]? partnerships = null, EventFact[]? events = null, CityFact[]? cities = null) =>
        new(new ArticleFacts(file, "t", 1, "en", PartialDate.FromYear(2023),
            Of(cities ?? new[] { Hanoi, Toulouse }), Of(partnerships ?? new PartnershipFact[0]), Of(events ?? new EventFact[0]),
            EquatableArray<PersonFact>.Empty, EquatableArray<ExtractionDiagnostic>.Empty), file);

    private static PartnershipFact Tie(int? since, int line) =>
        new(Of("gn:1", "gn:2"), since, PartnershipStatuses.Active, EquatableArray<string>.Empty, Of(new Evidence(line, "ties since " + since)));

    private static EventFact Event(string kind, int line) =>
        new(kind, kind, PartialDate.FromDate(2023, 4, 13), null, "gn:1", Of("gn:1", "gn:2"), EquatableArray<string>.Empty, Of(new Evidence(line, kind)));

    [Fact]
    public void A_city_named_in_two_articles_is_one_record_with_both_sources_and_every_spelling()
    {
        var merged = DatasetMerger.Merge(new[]
        {
            Article("b.txt", cities: new[] { City("gn:1", "Hanoi", "VN", "Hà Nội") }),
            Article("a.txt", cities: new[] { City("gn:1", "Hanoi", "VN", "Ha Noi") }),
        });

        var hanoi = Assert.Single(merged.Cities);
        Assert.Equal(new[] { "a.txt", "b.txt" }, hanoi.Sources.Select(s => s.ArticleFile));
        Assert.Equal(new[] { "Ha Noi", "Hà Nội" }, hanoi.Aliases);
    }

    [Fact]
    public void A_city_named_otherwise_in_another_article_keeps_that_name_as_an_alias()
    {
        // One article tells the city from its province of the same name ("Ha Giang City"); the other names it bare.
        var merged = DatasetMerger.Merge(new[]
        {
            Article("a.txt", cities: new[] { City("gn:3", "Ha Giang", "VN", "Hà Giang") }),
            Article("b.txt", cities: new[] { City("gn:3", "Ha Giang City", "VN", "TP Hà Giang") }),
        });

        var city = Assert.Single(merged.Cities);
        Assert.Equal("Ha Giang", city.Name);
        Assert.Equal(new[] { "Ha Giang City", "Hà Giang", "TP Hà Giang" }, city.Aliases);
    }

    [Fact]
    public void Disagreeing_years_keep_the_better_supported_one_and_report_both_places()
    {
        var merged = DatasetMerger.Merge(new[]
        {
            Article("a.txt", new[] { Tie(1996, 4) }),
            Article("b.txt", new[] { Tie(1996, 7) }),
            Article("c.txt", new[] { Tie(1994, 9) }),
        });

        Assert.Equal(1996, Assert.Single(merged.Partnerships).Since);
        var conflict = Assert.Single(merged.Diagnostics);
        Assert.Equal(DiagnosticIds.ConflictingFacts, conflict.Id);
        Assert.Equal(("c.txt", 9), (conflict.ArticleFile, conflict.Line));
        Assert.Equal("a.txt", conflict.Also!.ArticleFile);
    }

    [Fact]
    public void Events_of_one_day_keep_the_order_the_article_tells_them_in()
    {
        var merged = DatasetMerger.Merge(new[] { Article("a.txt", events: new[] { Event(EventKinds.Meeting, 5), Event(EventKinds.Conference, 6) }) });

        Assert.Equal(new[] { EventKinds.Meeting, EventKinds.Conference }, merged.Events.Select(e => e.Kind));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_articles()
    {
        var inputs = new[] { Article("a.txt", new[] { Tie(1996, 4) }), Article("b.txt", new[] { Tie(1994, 2) }), Article("c.txt") };

        Assert.Equal(DatasetMerger.Merge(inputs), DatasetMerger.Merge(inputs.Reverse()));
    }
}
