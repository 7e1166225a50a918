using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CoopData;

namespace CoopData.Tests;

public class JsonTests
{
    private static JsonElement Export(bool indented = true)
    {
        using var doc = JsonDocument.Parse(Sample.Create().ToJson(indented));
        return doc.RootElement.Clone();
    }

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Writes_the_schema_with_camel_case_keys_in_order()
    {
        var root = Export();

        Assert.Equal(["schema", "articles", "cities", "partnerships", "events", "people"], Keys(root));
        Assert.Equal("coopdata/1", root.GetProperty("schema").GetString());
        Assert.Equal(["id", "file", "title", "language", "published"], Keys(root.GetProperty("articles")[0]));
        Assert.Equal(["id", "name", "country", "kind", "aliases", "parent", "lat", "lon", "sources", "approximate"], Keys(root.GetProperty("cities")[0]));
        Assert.Equal(["id", "parties", "since", "status", "fields", "sources"], Keys(root.GetProperty("partnerships")[0]));
        Assert.Equal(["id", "kind", "title", "start", "end", "city", "parties", "people", "sources"], Keys(root.GetProperty("events")[0]));
        Assert.Equal(["id", "name", "aliases", "role", "city", "sources"], Keys(root.GetProperty("people")[0]));
        Assert.Equal(["article", "line", "text"], Keys(root.GetProperty("people")[0].GetProperty("sources")[0]));
    }

    [Fact]
    public void Writes_values_in_dataset_order()
    {
        var root = Export();
        var hanoi = root.GetProperty("cities")[1];

        Assert.Equal(["toulouse", "hanoi", "dong-da", "izmir"], root.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal("VN", hanoi.GetProperty("country").GetString());
        Assert.Equal("capital", hanoi.GetProperty("kind").GetString());
        Assert.Equal(["Ha Noi", "Hà Nội"], hanoi.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(21.02, hanoi.GetProperty("lat").GetDouble());
        Assert.Equal(105.84, hanoi.GetProperty("lon").GetDouble());
        var source = hanoi.GetProperty("sources")[0];
        Assert.Equal(Sample.File0, source.GetProperty("article").GetString());
        Assert.Equal(9, source.GetProperty("line").GetInt32());
        Assert.Equal("hanoi", root.GetProperty("cities")[2].GetProperty("parent").GetString());
        Assert.Equal("2023-04-13", root.GetProperty("articles")[0].GetProperty("published").GetString());

        var partnership = root.GetProperty("partnerships")[0];
        Assert.Equal(["hanoi", "toulouse"], partnership.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(1996, partnership.GetProperty("since").GetInt32());
        Assert.Equal("active", partnership.GetProperty("status").GetString());
        Assert.Equal("negotiating", root.GetProperty("partnerships")[1].GetProperty("status").GetString());

        var forum = root.GetProperty("events")[1];
        Assert.Equal("conference", forum.GetProperty("kind").GetString());
        Assert.Equal("2023-04", forum.GetProperty("start").GetString());
        Assert.Equal("2023-05", forum.GetProperty("end").GetString());
        Assert.Equal(["tran-sy-thanh"], root.GetProperty("events")[0].GetProperty("people").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Chairman of the Hanoi People's Committee", root.GetProperty("people")[0].GetProperty("role").GetString());
    }

    [Fact]
    public void Writes_missing_values_as_null()
    {
        var root = Export();
        void AssertNull(JsonElement e, string key) => Assert.Equal(JsonValueKind.Null, e.GetProperty(key).ValueKind);

        AssertNull(root.GetProperty("articles")[1], "published");
        AssertNull(root.GetProperty("cities")[1], "parent");
        AssertNull(root.GetProperty("cities")[2], "lat");
        AssertNull(root.GetProperty("cities")[2], "lon");
        AssertNull(root.GetProperty("partnerships")[1], "since");
        AssertNull(root.GetProperty("events")[0], "end");
        AssertNull(root.GetProperty("events")[1], "city");
        AssertNull(root.GetProperty("events")[2], "start");
        AssertNull(root.GetProperty("people")[1], "role");
        AssertNull(root.GetProperty("people")[1], "city");
        Assert.Equal(JsonValueKind.Array, root.GetProperty("people")[1].GetProperty("aliases").ValueKind);
    }

    [Fact]
    public void Writes_non_ascii_text_unescaped()
    {
        string json = Sample.Create().ToJson();

        Assert.Contains("\"Hà Nội\"", json);
        Assert.Contains("\"Trần Sỹ Thanh\"", json);
        Assert.Contains("\"İzmir\"", json);
        Assert.Contains("People's", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void Indents_on_request_and_stream_matches_string()
    {
        var data = Sample.Create();
        string indented = data.ToJson();
        string compact = data.ToJson(indented: false);

        Assert.Contains("\n  \"articles\": [", indented);
        Assert.DoesNotContain("\r", indented);
        Assert.DoesNotContain("\n", compact);
        Assert.StartsWith("{\"schema\":\"coopdata/1\",\"articles\":[{", compact);

        foreach (bool flag in new[] { true, false })
        {
            using var stream = new MemoryStream();
            data.WriteJson(stream, flag);
            Assert.Equal(Encoding.UTF8.GetBytes(data.ToJson(flag)), stream.ToArray());
        }
    }

    [Fact]
    public void Output_is_identical_under_every_culture()
    {
        string Render(string culture)
        {
            using var _ = new CultureScope(culture);
            return Sample.Create().ToJson();
        }

        string expected = Render("");
        Assert.Contains("\"lat\": 43.6045", expected);
        Assert.Equal(expected, Render("tr-TR"));
        Assert.Equal(expected, Render("vi-VN"));
        Assert.Equal(expected, Render("fr-FR"));
        Assert.Equal(expected, Render("ar-SA"));
    }

    [Fact]
    public void Exports_an_empty_dataset()
    {
        Assert.Equal(
            "{\"schema\":\"coopdata/1\",\"articles\":[],\"cities\":[],\"partnerships\":[],\"events\":[],\"people\":[]}",
            new CoopDataset([], [], [], [], []).ToJson(indented: false));
    }
}
