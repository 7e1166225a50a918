using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CoopData;
using CoopData.Explorer.Map;
using Xunit.Abstractions;

namespace CoopData.Map.Tests;

/// <summary>The page as a person sees it: rendered by headless Chromium, looked at, clicked, typed at.</summary>
public class MapBrowserTests(ITestOutputHelper output)
{
    private static readonly string[] SeedCityIds = ["hanoi", "toulouse", "los-angeles", "guangzhou", "vientiane", "choisy-le-roi", "dong-da"];

    private static string WritePage(string html, string name)
    {
        string dir = Directory.CreateTempSubdirectory("coopdata-map-").FullName;
        string file = Path.Combine(dir, name);
        File.WriteAllText(file, html, new UTF8Encoding(false));
        return file;
    }

    private static async Task<Chromium> OpenAsync(string file)
    {
        var browser = await Chromium.StartAsync();
        await browser.NavigateAsync(new Uri(file).AbsoluteUri);
        Assert.Equal("true", (await browser.EvaluateAsync("document.documentElement.dataset.ready || 'no'")).GetString());
        return browser;
    }

    private static void AssertNoRequestAndNoError(Chromium browser, string file)
    {
        string page = new Uri(file).AbsoluteUri;
        Assert.All(browser.RequestedUrls(), url => Assert.Equal(page, url));
        Assert.DoesNotContain(browser.Events, e => e.Method == "Runtime.exceptionThrown");
        var errors = browser.Events.Where(e => e.Method == "Log.entryAdded" && e.Params.GetProperty("entry").GetProperty("level").GetString() == "error")
            .Select(e => e.Params.GetProperty("entry").GetProperty("text").GetString()).ToList();
        Assert.Empty(errors);
        var consoleErrors = browser.Events.Where(e => e.Method == "Runtime.consoleAPICalled" && e.Params.GetProperty("type").GetString() == "error").ToList();
        Assert.Empty(consoleErrors);
    }

    private const string Probe = """
        (ids => ids.map(id => {
          const d = document.querySelector(`circle.city[data-id="${id}"]`);
          if (!d) return { id, present: false };
          const country = document.querySelector(`#countries path[data-code="${d.dataset.country}"]`);
          const x = +d.dataset.x, y = +d.dataset.y;
          let inCountry = false;
          for (const [dx, dy] of [[0,0],[1,0],[-1,0],[0,1],[0,-1],[2,2],[-2,2],[2,-2],[-2,-2]])
            inCountry = inCountry || (country != null && country.isPointInFill(new DOMPoint(x + dx, y + dy)));
          d.focus();
          const focused = document.activeElement === d;
          const box = d.getBoundingClientRect();
          const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
          const top = document.elementFromPoint(cx, cy);
          return { id, present: true, tabindex: d.getAttribute('tabindex'), label: d.getAttribute('aria-label'),
                   x, y, dotX: d.cx.baseVal.value, dotY: d.cy.baseVal.value, inCountry, focused,
                   onTop: top === d, screenX: cx, screenY: cy, approximate: d.dataset.approximate === 'true' };
        }))
        """;

    [ChromiumFact]
    public async Task The_seed_network_is_drawn_where_the_cities_are_and_answers_clicks_and_keys()
    {
        var sw = Stopwatch.StartNew();
        var data = SeedNetwork.Create();
        string file = WritePage(MapHtml.Render(data), "network.html");
        await using var browser = await OpenAsync(file);

        // Every seed city: a focusable, labelled dot, at its projected point, inside its country's outline, visible on top.
        var cities = await browser.EvaluateAsync(Probe + "(" + JsonSerializer.Serialize(SeedCityIds) + ")");
        foreach (var c in cities.EnumerateArray())
        {
            string id = c.GetProperty("id").GetString()!;
            Assert.True(c.GetProperty("present").GetBoolean(), $"{id} is not in the DOM");
            var place = SeedNetwork.Places.Single(p => p.Id == id);
            var expected = World.Instance.Project(place.Lat, place.Lon);
            Assert.Equal(expected.X, c.GetProperty("x").GetDouble(), 0.01);
            Assert.Equal(expected.Y, c.GetProperty("y").GetDouble(), 0.01);
            Assert.True(c.GetProperty("inCountry").GetBoolean(), $"{id} is not drawn inside {place.Country}");
            Assert.Equal("0", c.GetProperty("tabindex").GetString());
            Assert.True(c.GetProperty("focused").GetBoolean(), $"{id} cannot take the keyboard focus");
            Assert.True(c.GetProperty("onTop").GetBoolean(), $"{id}'s dot is covered");
            Assert.False(string.IsNullOrEmpty(c.GetProperty("label").GetString()));
            double off = Math.Sqrt(Math.Pow(c.GetProperty("dotX").GetDouble() - expected.X, 2) + Math.Pow(c.GetProperty("dotY").GetDouble() - expected.Y, 2));
            Assert.True(off < (id == "dong-da" ? 25 : 0.01), $"{id}'s dot is {off:0.0} units from its point");
        }
        Assert.True(cities.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "dong-da").GetProperty("approximate").GetBoolean());
        // West to east and north to south as on the globe.
        double X(string id) => cities.EnumerateArray().Single(c => c.GetProperty("id").GetString() == id).GetProperty("screenX").GetDouble();
        double Y(string id) => cities.EnumerateArray().Single(c => c.GetProperty("id").GetString() == id).GetProperty("screenY").GetDouble();
        Assert.True(X("los-angeles") < X("toulouse") && X("toulouse") < X("vientiane") && X("vientiane") < X("hanoi") && X("hanoi") < X("guangzhou"));
        Assert.True(Y("choisy-le-roi") < Y("toulouse") && Y("toulouse") < Y("los-angeles") && Y("los-angeles") < Y("hanoi"));

        // Every partnership is an arc from one party's dot to the other's.
        var arcs = await browser.EvaluateAsync("""
            [...document.querySelectorAll('#arcs path.arc')].map(a => {
              const from = document.querySelector(`circle.city[data-id="${a.dataset.from}"]`), to = document.querySelector(`circle.city[data-id="${a.dataset.to}"]`);
              const start = a.getPointAtLength(0), end = a.getPointAtLength(a.getTotalLength());
              return { id: a.dataset.id, cls: a.getAttribute('class'),
                       startOff: Math.hypot(start.x - from.cx.baseVal.value, start.y - from.cy.baseVal.value),
                       endOff: Math.hypot(end.x - to.cx.baseVal.value, end.y - to.cy.baseVal.value),
                       stroke: getComputedStyle(a).stroke };
            })
            """);
        Assert.Equal(data.Partnerships.Select(p => p.Id).Order(), arcs.EnumerateArray().Select(a => a.GetProperty("id").GetString()).Order());
        foreach (var a in arcs.EnumerateArray())
        {
            Assert.True(a.GetProperty("startOff").GetDouble() < 0.1 && a.GetProperty("endOff").GetDouble() < 0.1, a.GetProperty("id").GetString());
            Assert.NotEqual("none", a.GetProperty("stroke").GetString());
        }
        Assert.Contains("s-active", arcs.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "hanoi-toulouse").GetProperty("cls").GetString());
        Assert.Contains("s-proposed", arcs.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "choisy-le-roi-dong-da").GetProperty("cls").GetString());

        // A mouse click on Hanoi's dot: its names, its partners with the year each tie began, its events in date order.
        await browser.ClickAsync(X("hanoi"), Y("hanoi"));
        string details = (await browser.EvaluateAsync("document.getElementById('details').innerText")).GetString()!;
        output.WriteLine(details);
        Assert.Contains("Hanoi", details);
        Assert.Contains("Hà Nội", details);
        foreach (string partner in new[] { "Toulouse", "Los Angeles", "Guangzhou", "Vientiane" }) Assert.Contains(partner, details);
        Assert.Contains("since 1996", details);
        Assert.Contains("since 2004", details);
        Assert.True(details.IndexOf("Vientiane", StringComparison.Ordinal) < details.IndexOf("Los Angeles", StringComparison.Ordinal), "partners are not ordered by year");
        Assert.True(details.IndexOf("2004", details.IndexOf("Events", StringComparison.Ordinal), StringComparison.Ordinal)
            < details.IndexOf("2023-04-13", StringComparison.Ordinal), "events are not in date order");
        Assert.Equal(4, (await browser.EvaluateAsync("document.querySelectorAll('#arcs path.arc.hl').length")).GetInt32());

        // Screenshot with Hanoi selected, for the README and for a person to look at.
        byte[] png = await browser.ScreenshotAsync();
        string shot = Path.Combine(AppContext.BaseDirectory, "map.png");
        File.WriteAllBytes(shot, png);
        output.WriteLine($"Screenshot: {shot} ({png.Length} bytes)");
        Assert.True(png.Length > 20_000, "the screenshot is nearly blank");

        // Hovering an arc shows the evidence sentence with its article and line.
        var mid = await browser.EvaluateAsync("""
            (() => { const a = document.querySelector('path.arc[data-id="hanoi-toulouse"]');
              const p = a.getPointAtLength(a.getTotalLength() / 2), m = a.getScreenCTM();
              return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f }; })()
            """);
        await browser.SendAsync("Input.dispatchMouseEvent", new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "mouseMoved", ["x"] = mid.GetProperty("x").GetDouble(), ["y"] = mid.GetProperty("y").GetDouble(),
        });
        details = (await browser.EvaluateAsync("document.getElementById('details').innerText")).GetString()!;
        Assert.Contains("Both cities have made significant progress", details);
        Assert.Contains(SeedNetwork.A0 + ", line 7", details);

        // The keyboard alone: focus Toulouse, press Enter, read its partner.
        await browser.EvaluateAsync("document.querySelector('circle.city[data-id=\"toulouse\"]').focus()");
        await browser.PressKeyAsync("Enter", "Enter", 13);
        details = (await browser.EvaluateAsync("document.getElementById('details').innerText")).GetString()!;
        Assert.StartsWith("Toulouse", details);
        Assert.Contains("Hanoi", details);

        // Filter by country: France keeps its cities and their partners, hides the rest.
        await browser.EvaluateAsync("(() => { const s = document.getElementById('f-country'); s.value = 'FR'; s.dispatchEvent(new Event('change')); })()");
        var shown = await browser.EvaluateAsync("[...document.querySelectorAll('circle.city[data-id]')].filter(d => getComputedStyle(d).display !== 'none').map(d => d.dataset.id).sort()");
        Assert.Equal(new[] { "choisy-le-roi", "dong-da", "hanoi", "toulouse" }, shown.EnumerateArray().Select(e => e.GetString()));
        // Filter by year: up to 1996, only the 1996 tie (and the undated one) remain.
        await browser.EvaluateAsync("(() => { const c = document.getElementById('f-country'); c.value = ''; const s = document.getElementById('f-to'); s.value = '1996'; s.dispatchEvent(new Event('change')); })()");
        var liveArcs = await browser.EvaluateAsync("[...document.querySelectorAll('#arcs path.arc')].filter(a => getComputedStyle(a).display !== 'none').map(a => a.dataset.id).sort()");
        Assert.Equal(new[] { "guangzhou-hanoi", "hanoi-toulouse" }, liveArcs.EnumerateArray().Select(e => e.GetString()));

        // The timeline lists the events in date order.
        await browser.EvaluateAsync("document.getElementById('f-reset').click()");
        var timeline = await browser.EvaluateAsync("[...document.querySelectorAll('#events li time')].map(t => t.textContent)");
        Assert.Equal(new[] { "2004", "2013", "2023-04-13", "2023-09" }, timeline.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, (await browser.EvaluateAsync("document.querySelectorAll('#tl circle.ev').length")).GetInt32());

        // Nothing left the page: no request but the file itself, no resource entries, no error, no CSP violation.
        Assert.Equal(0, (await browser.EvaluateAsync("performance.getEntriesByType('resource').length")).GetInt32());
        AssertNoRequestAndNoError(browser, file);
        output.WriteLine($"browser test: {sw.ElapsedMilliseconds} ms");
    }

    [ChromiumFact]
    public async Task The_seed_articles_as_generated_are_on_the_map()
    {
        // The records the generator built from /seeds at compile time (CoopData.Explorer's Dataset).
        var data = CoopData.Generated.Dataset.Instance;
        string file = WritePage(MapHtml.Render(data), "seeds.html");
        await using var browser = await OpenAsync(file);

        var ids = new[] { "Hanoi", "Toulouse", "Los Angeles", "Guangzhou", "Vientiane", "Choisy-le-Roi", "Dong Da" }
            .Select(n => data.FindCity(n)?.Id ?? throw new Xunit.Sdk.XunitException($"the seeds have no city '{n}'")).ToArray();
        var cities = await browser.EvaluateAsync(Probe + "(" + JsonSerializer.Serialize(ids) + ")");
        foreach (var c in cities.EnumerateArray())
        {
            var city = data.GetCity(c.GetProperty("id").GetString()!);
            Assert.True(c.GetProperty("present").GetBoolean(), $"{city.Id} is not on the map");
            var expected = World.Instance.Project(city.Latitude!.Value, city.Longitude!.Value);
            Assert.Equal(expected.X, c.GetProperty("x").GetDouble(), 0.01);
            Assert.Equal(expected.Y, c.GetProperty("y").GetDouble(), 0.01);
            Assert.True(c.GetProperty("inCountry").GetBoolean(), $"{city.Id} is not drawn inside {city.Country}");
            Assert.True(c.GetProperty("focused").GetBoolean(), $"{city.Id} cannot take the keyboard focus");
        }
        int drawable = data.Partnerships.Count(p => p.Parties.Count(c => c.Latitude is not null) >= 2);
        Assert.Equal(drawable, (await browser.EvaluateAsync("document.querySelectorAll('#arcs path.arc').length")).GetInt32());
        Assert.True(drawable >= 5);

        var hanoi = cities.EnumerateArray().First();
        await browser.ClickAsync(hanoi.GetProperty("screenX").GetDouble(), hanoi.GetProperty("screenY").GetDouble());
        string details = (await browser.EvaluateAsync("document.getElementById('details').innerText")).GetString()!;
        Assert.StartsWith("Hanoi", details);
        foreach (var partner in data.GetCity(ids[0]).Partners) Assert.Contains(partner.Name, details);

        byte[] png = await browser.ScreenshotAsync();
        string shot = Path.Combine(AppContext.BaseDirectory, "seeds-map.png");
        File.WriteAllBytes(shot, png);
        if (Environment.GetEnvironmentVariable("COOPDATA_MAP_SCREENSHOT") is { Length: > 0 } target) File.Copy(shot, target, overwrite: true);
        output.WriteLine($"Screenshot: {shot}");
        AssertNoRequestAndNoError(browser, file);
    }

    [ChromiumFact]
    public async Task A_network_from_5000_articles_loads_quickly_and_folds_overlapping_dots()
    {
        var data = LargeNetwork.Create(articles: 5000, cities: 2500, partnerships: 4000, events: 5000);
        var sw = Stopwatch.StartNew();
        string html = MapHtml.Render(data);
        long renderMs = sw.ElapsedMilliseconds;
        string file = WritePage(html, "large.html");
        sw.Restart();
        await using var browser = await OpenAsync(file);
        long loadMs = sw.ElapsedMilliseconds;
        output.WriteLine($"render {renderMs} ms, {html.Length / 1024} KiB, load {loadMs} ms");

        var state = await browser.EvaluateAsync("""
            ({ dots: document.querySelectorAll('circle.city').length,
               folded: document.querySelectorAll('circle.city.clustered').length,
               note: document.getElementById('cluster-note').textContent,
               listed: document.querySelectorAll('#events li').length })
            """);
        Assert.True(state.GetProperty("folded").GetInt32() > 0, "overlapping dots were not folded");
        Assert.Contains("zoom in", state.GetProperty("note").GetString());
        Assert.Equal(200, state.GetProperty("listed").GetInt32());
        // Zooming in separates them.
        int before = state.GetProperty("folded").GetInt32();
        for (int i = 0; i < 4; i++) await browser.EvaluateAsync("document.getElementById('zoom-in').click()");
        Assert.True((await browser.EvaluateAsync("document.querySelectorAll('circle.city.clustered').length")).GetInt32() < before);
        Assert.True(renderMs < 10_000 && loadMs < 20_000, $"render {renderMs} ms, load {loadMs} ms");
        AssertNoRequestAndNoError(browser, file);
    }
}
