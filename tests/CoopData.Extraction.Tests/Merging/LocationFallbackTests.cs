using System.Linq;
using CoopData.Extraction;
using CoopData.Extraction.Merging;

namespace CoopData.Extraction.Tests.Merging;

public class LocationFallbackTests
{
    private static CityFact City(string key, string name, string kind, string? parent, double? lat, double? lon) =>
        new(key, name, "VN", kind, EquatableArray<string>.Empty, parent, lat, lon,
            new[] { new Evidence(1, name) }.ToEquatableArray());

    private static MergedDataset Merge(params CityFact[] cities)
    {
        var facts = new ArticleFacts("a.txt", "Title", 1, "en", null, cities.ToEquatableArray(),
            EquatableArray<PartnershipFact>.Empty, EquatableArray<EventFact>.Empty, EquatableArray<PersonFact>.Empty,
            EquatableArray<ExtractionDiagnostic>.Empty);
        return DatasetMerger.Merge(new[] { new MergeInput(facts, "fp") });
    }

    [Fact]
    public void A_district_without_a_point_takes_its_parents_point_marked_approximate()
    {
        var data = Merge(
            City("gn:1", "Hanoi", LocalityKinds.Capital, null, 21.0245, 105.84117),
            City("gn:2", "Dong Da", LocalityKinds.District, "gn:1", null, null));

        var hanoi = data.Cities.Single(c => c.Id == "hanoi");
        var dongDa = data.Cities.Single(c => c.Id == "dong-da");
        Assert.False(hanoi.ApproximateLocation);
        Assert.Equal((21.0245, 105.84117), (dongDa.Latitude!.Value, dongDa.Longitude!.Value));
        Assert.True(dongDa.ApproximateLocation);
    }

    [Fact]
    public void A_commune_falls_back_through_an_unlocated_district_to_the_nearest_located_ancestor()
    {
        var data = Merge(
            City("gn:1", "Hanoi", LocalityKinds.Capital, null, 21.0245, 105.84117),
            City("gn:2", "Dong Da", LocalityKinds.District, "gn:1", null, null),
            City("gn:3", "Lang Thuong", LocalityKinds.Commune, "gn:2", null, null));

        var commune = data.Cities.Single(c => c.Id == "lang-thuong");
        Assert.Equal(21.0245, commune.Latitude);
        Assert.True(commune.ApproximateLocation);
    }

    [Fact]
    public void Own_points_are_kept_and_an_unlocated_place_without_a_located_ancestor_stays_unlocated()
    {
        var data = Merge(
            City("gn:1", "Hanoi", LocalityKinds.Capital, null, null, null),
            City("gn:2", "Dong Da", LocalityKinds.District, "gn:1", null, null),
            City("gn:3", "Hoan Kiem", LocalityKinds.District, "gn:1", 21.03, 105.85));

        Assert.All(data.Cities.Where(c => c.Id != "hoan-kiem"), c => Assert.Null(c.Latitude));
        Assert.All(data.Cities, c => Assert.False(c.ApproximateLocation));
        Assert.Equal(21.03, data.Cities.Single(c => c.Id == "hoan-kiem").Latitude);
    }
}
