using System.Collections.Generic;
using System.Linq;
using CoopData.Extraction;
using CoopData.Extraction.Merging;

namespace CoopData.Extraction.Tests.Merging;

/// <summary>The merger's guarantees for faulty engine output: what the runtime library validates always holds.</summary>
public class MergerRobustnessTests
{
    private static readonly EquatableArray<Evidence> Ev = new[] { new Evidence(0, "x") }.ToEquatableArray();

    private static CityFact City(string key, string? parent = null, string country = "VN") =>
        new(key, key.ToUpperInvariant(), country, LocalityKinds.City, EquatableArray<string>.Empty, parent, null, null, Ev);

    private static ArticleFacts Article(string file, params CityFact[] cities) =>
        new(file, "t", 1, "en", null, cities.ToEquatableArray(), EquatableArray<PartnershipFact>.Empty,
            EquatableArray<EventFact>.Empty, EquatableArray<PersonFact>.Empty, EquatableArray<ExtractionDiagnostic>.Empty);

    [Fact]
    public void Parent_cycles_are_broken_deterministically()
    {
        var merged = DatasetMerger.Merge(new[] { new MergeInput(Article("a.txt", City("a", "b"), City("b", "c"), City("c", "a"), City("d", "a")), "f") });
        Assert.Equal(new[] { ("a", (string?)null), ("b", "c"), ("c", "a"), ("d", "a") }, merged.Cities.Select(c => (c.Id, c.ParentId)));
    }

    [Fact]
    public void Articles_whose_names_differ_only_by_extension_get_distinct_ids()
    {
        var merged = DatasetMerger.Merge(new[] { new MergeInput(Article("a.txt"), "1"), new MergeInput(Article("a.md"), "2"), new MergeInput(Article("a-2.txt"), "3") });
        Assert.Equal(merged.Articles.Count, merged.Articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Lines_dates_countries_and_repeated_keys_are_made_valid()
    {
        var facts = Article("a.txt", City("a", country: "vn"), City("b", country: "VNM")) with
        {
            Published = default(PartialDate),
            Partnerships = new[] { new PartnershipFact(new[] { "a", "b", "a" }.ToEquatableArray(), 1996, PartnershipStatuses.Active, EquatableArray<string>.Empty, Ev) }.ToEquatableArray(),
        };
        var merged = DatasetMerger.Merge(new[] { new MergeInput(facts, "f") });
        Assert.Null(merged.Articles.Single().Published);
        Assert.Equal(new[] { "VN", "ZZ" }, merged.Cities.Select(c => c.Country));
        Assert.All(merged.Cities.SelectMany(c => c.Sources), s => Assert.Equal(1, s.Line));
        Assert.Equal(new[] { "a", "b" }, merged.Partnerships.Single().PartyIds);
    }

    [Fact]
    public void Long_text_is_clipped_without_splitting_a_surrogate_pair()
    {
        string text = new string('a', FactSanitizer.MaxEvidenceChars - 2) + "\uD83D\uDE00tail";
        string clipped = FactSanitizer.Clip(text, FactSanitizer.MaxEvidenceChars);
        Assert.Equal(FactSanitizer.MaxEvidenceChars - 1, clipped.Length);
        Assert.EndsWith("a\u2026", clipped);
    }

    [Fact]
    public void Many_identical_names_get_numbered_ids_in_linear_time()
    {
        var cities = Enumerable.Range(0, 20_000).Select(i => City("k" + i) with { Name = "Springfield" }).ToArray();
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var merged = DatasetMerger.Merge(new[] { new MergeInput(Article("a.txt", cities), "f") });
        Assert.Equal(20_000, merged.Cities.Select(c => c.Id).Distinct().Count());
        Assert.True(timer.Elapsed.TotalSeconds < 60, timer.Elapsed.ToString()); // quadratic numbering would take many minutes
    }
}
