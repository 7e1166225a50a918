using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoopData;
using CoopData.Explorer.Map;

namespace CoopData.Map.Tests;

public class MapRenderingTests
{
    [Theory]
    // Expected points from d3-geo 3.1.2: geoNaturalEarth1().scale(180).translate([500, 252.8]), as tools/world/build.mjs projects the outlines.
    [InlineData(21.0245, 105.84117, 783.524, 186.145)]
    [InlineData(43.60426, 1.44367, 503.582, 114.418)]
    [InlineData(34.05223, -118.24368, 194.507, 144.644)]
    [InlineData(17.96667, 102.6, 776.424, 195.867)]
    public void Cities_are_projected_as_d3_projected_the_outlines(double lat, double lon, double x, double y)
    {
        var p = World.Instance.Project(lat, lon);
        Assert.Equal(x, p.X, 0.01);
        Assert.Equal(y, p.Y, 0.01);
    }

    [Fact]
    public void The_world_has_the_seeds_countries_with_their_codes_and_names()
    {
        var w = World.Instance;
        foreach (string code in new[] { "VN", "FR", "US", "CN", "LA" }) Assert.Contains(w.Countries, c => c.Code == code);
        Assert.Equal("Vietnam", w.CountryName("VN"));
        Assert.Equal("Laos", w.CountryName("LA"));
        Assert.True(w.Countries.Count > 150);
    }

    [Fact]
    public void The_page_is_self_contained_and_forbids_every_request()
    {
        string html = MapHtml.Render(SeedNetwork.Create());

        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-", html);
        Assert.DoesNotContain("unsafe-inline", html);
        // The SVG namespace is a name, not a request; no other URL may appear in the markup.
        var urls = Regex.Matches(html, @"(?:https?:)?//[\w.-]+\.[a-z]{2,}").Select(m => m.Value).Where(u => u != "http://www.w3.org").ToList();
        Assert.Empty(urls);
        Assert.DoesNotMatch(@"\s(?:src|href)=""(?!#)", html);
        Assert.DoesNotContain("@import", html);
    }

    [Fact]
    public void Data_is_escaped_for_script_attribute_and_text_contexts()
    {
        const string evil = "</script><img src=x onerror=alert(1)>\u2028\"'&";
        var data = new CoopDataset(
            [new Article("a", "a.txt", "t", "en", null)],
            [
                new City("x", evil, "FR", CityKind.City, [evil], null, 48.85, 2.35, [new SourceRef("a.txt", 1, evil)]),
                new City("y", "Y", "VN", CityKind.City, [], null, 21, 105.8, []),
            ],
            [new Partnership("x-y", ["x", "y"], 2000, PartnershipStatus.Active, [], [new SourceRef("a.txt", 2, evil)])],
            [], []);

        string html = MapHtml.Render(data);

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("</script><", html.Replace("</script><script>", "").Replace("</script></body>", ""));
        Assert.DoesNotContain("\u2028", html);
        var json = Regex.Match(html, "<script type=\"application/json\" id=\"coop-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(evil, doc.RootElement.GetProperty("cities")[0].GetProperty("name").GetString());
        Assert.Equal(evil, doc.RootElement.GetProperty("ties")[0].GetProperty("sources")[0].GetProperty("text").GetString());
        Assert.Contains("aria-label=\"&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void The_static_svg_is_well_formed_and_draws_every_located_city_and_tie()
    {
        var data = SeedNetwork.Create();
        string svg = MapSvg.Document(MapModel.Build(data));

        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", doc.Root!.Name);
        var dots = doc.Descendants(ns + "circle").Where(c => (string?)c.Attribute("data-id") is not null).ToList();
        Assert.Equal(data.Cities.Select(c => c.Id).Order(), dots.Select(d => (string)d.Attribute("data-id")!).Order());
        Assert.Equal(data.Partnerships.Count, doc.Descendants(ns + "path").Count(p => (string?)p.Attribute("data-id") is not null));
        Assert.NotNull(doc.Descendants(ns + "g").SingleOrDefault(g => (string?)g.Attribute("id") == "legend"));
        Assert.NotNull(doc.Descendants(ns + "style").SingleOrDefault());
        Assert.DoesNotContain("tabindex", svg);
    }

    [Fact]
    public void Dots_grow_with_partnerships_and_places_sharing_a_point_are_set_apart()
    {
        var m = MapModel.Build(SeedNetwork.Create());
        var hanoi = m.Cities.Single(c => c.City.Id == "hanoi");
        var dongDa = m.Cities.Single(c => c.City.Id == "dong-da");
        var toulouse = m.Cities.Single(c => c.City.Id == "toulouse");

        Assert.True(hanoi.Radius > toulouse.Radius);
        Assert.Equal((hanoi.X, hanoi.Y), (dongDa.X, dongDa.Y));
        Assert.Equal((hanoi.X, hanoi.Y), (hanoi.DotX, hanoi.DotY));
        double apart = Math.Sqrt(Math.Pow(dongDa.DotX - hanoi.DotX, 2) + Math.Pow(dongDa.DotY - hanoi.DotY, 2));
        Assert.InRange(apart, hanoi.Radius + dongDa.Radius, hanoi.Radius + 20);
    }

    [Fact]
    public void A_city_without_coordinates_is_listed_not_drawn()
    {
        var data = new CoopDataset([], [new City("nowhere", "Nowhere", "ZZ", CityKind.City, [], null, null, null, [])], [], [], []);
        var m = MapModel.Build(data);
        Assert.Empty(m.Cities);
        Assert.Equal("nowhere", Assert.Single(m.Unplaced).Id);
        Assert.Contains("\"unplaced\":[\"nowhere\"]", MapHtml.PageData(m));
    }

    [Theory]
    [InlineData("VN", new[] { "Ha Noi", "Hà Nội" }, "Hà Nội")]
    [InlineData("CN", new[] { "Quảng Châu" }, null)]
    [InlineData("TR", new[] { "Izmir", "İzmir" }, "İzmir")]
    [InlineData("FR", new string[0], null)]
    public void A_city_is_named_in_its_own_spelling_when_an_alias_gives_it(string country, string[] aliases, string? expected) =>
        Assert.Equal(expected, MapModel.LocalName(new City("c", "C", country, CityKind.City, aliases, null, null, null, [])));
}
