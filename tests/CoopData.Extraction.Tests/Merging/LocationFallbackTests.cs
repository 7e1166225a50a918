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
    [Fact]
    public void Villages_the_gazetteer_lacks_merge_by_their_key_across_articles_and_take_their_parents_point()
    {
        const string text = "Kết nghĩa bản - bản\n10:00 | 12/03/2021 GMT+7\nNgày 5/3, bản Khum Rạng Xẻo (tỉnh Nghệ An) đã kết nghĩa với bản Pá Xiêng Lủ (Lào).";
        var a = ArticleExtractor.Extract("a.txt", text);
        var b = ArticleExtractor.Extract("b.txt", text.Replace("Ngày 5/3", "Ngày 9/4"));
        var data = DatasetMerger.Merge(new[] { new MergeInput(a, "fa"), new MergeInput(b, "fb") });

        var village = Assert.Single(data.Cities, c => c.Name == "Khum Rạng Xẻo");
        Assert.Equal((LocalityKinds.Commune, "VN"), (village.Kind, village.Country));
        Assert.True(village.ApproximateLocation);
        Assert.NotNull(village.ParentId);
        var lao = Assert.Single(data.Cities, c => c.Name == "Pá Xiêng Lủ");
        Assert.Null(lao.Latitude);
        Assert.Single(data.Partnerships, p => p.PartyIds.Contains(village.Id) && p.PartyIds.Contains(lao.Id));
    }
}
