using System;
using System.Collections.Generic;
using System.Linq;
using CoopData;

namespace CoopData.Map.Tests;

/// <summary>A synthetic network the size 5,000 articles give, dense where real ones are (Europe, East Asia).</summary>
internal static class LargeNetwork
{
    public static CoopDataset Create(int articles, int cities, int partnerships, int events)
    {
        var rng = new Random(42);
        var hubs = new (double Lat, double Lon, string Country)[] { (48, 5, "FR"), (50, 12, "DE"), (21, 106, "VN"), (35, 120, "CN"), (37, 127, "KR"), (36, 139, "JP"), (40, -90, "US"), (-15, -50, "BR") };
        var articleList = Enumerable.Range(0, articles).Select(i => new Article($"a{i:0000}", $"a{i:0000}.txt", $"Article {i}", "en", PartialDate.FromYear(2000 + i % 25))).ToList();
        SourceRef Src(int i) => new($"a{i % articles:0000}.txt", 1 + i % 40, $"Sentence {i} stating the fact.");
        var cityList = new List<City>();
        for (int i = 0; i < cities; i++)
        {
            var h = hubs[i % hubs.Length];
            double lat = Math.Clamp(h.Lat + Gauss(rng) * 5, -55, 80), lon = Math.Clamp(h.Lon + Gauss(rng) * 8, -179, 179);
            cityList.Add(new City($"c{i}", $"City {i}", h.Country, CityKind.City, [], null, Math.Round(lat, 4), Math.Round(lon, 4), [Src(i)]));
        }
        var pairs = new HashSet<(int, int)>();
        var ties = new List<Partnership>();
        while (ties.Count < partnerships)
        {
            int a = rng.Next(cities), b = (int)Math.Min(cities - 1, Math.Abs(Gauss(rng)) * cities / 3);
            if (a == b || !pairs.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            ties.Add(new Partnership($"t{ties.Count}", [$"c{a}", $"c{b}"], rng.Next(4) == 0 ? null : 1960 + rng.Next(64),
                (PartnershipStatus)rng.Next(4), [], [Src(ties.Count)]));
        }
        var eventList = Enumerable.Range(0, events).Select(i =>
        {
            int a = rng.Next(cities), b = (a + 1 + rng.Next(cities - 1)) % cities;
            return new Event($"e{i}", (EventKind)rng.Next(5), $"Event {i}", PartialDate.FromDate(2000 + rng.Next(25), 1 + rng.Next(12), 1 + rng.Next(28)), null,
                $"c{a}", [$"c{a}", $"c{b}"], [], [Src(i)]);
        }).ToList();
        return new CoopDataset(articleList, cityList, ties, eventList, []);
    }

    private static double Gauss(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
