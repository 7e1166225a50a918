using System.Collections.Generic;
using System.Linq;
using CoopData.Extraction;
using CoopData.Extraction.Merging;

namespace CoopData.Extraction.Tests.Merging;

public class CurationTests
{
    private static readonly EquatableArray<SourceFact> Src = new[] { new SourceFact("a.txt", 3, "Hanoi and Toulouse.") }.ToEquatableArray();

    internal static MergedDataset Data() => new(
        new[] { new MergedArticle("a", "a.txt", "Title", "en", null) }.ToEquatableArray(),
        new[]
        {
            new MergedCity("hanoi", "Hanoi", "VN", LocalityKinds.Capital, new[] { "Ha Noi" }.ToEquatableArray(), null, 21.0, 105.8, Src),
            new MergedCity("toulouse", "Toulouse", "FR", LocalityKinds.City, EquatableArray<string>.Empty, null, null, null, Src),
            new MergedCity("dong-da", "Dong Da", "VN", LocalityKinds.District, EquatableArray<string>.Empty, "hanoi", null, null, Src),
        }.ToEquatableArray(),
        new[] { new MergedPartnership("hanoi-toulouse", new[] { "hanoi", "toulouse" }.ToEquatableArray(), 1996, PartnershipStatuses.Active, EquatableArray<string>.Empty, Src) }.ToEquatableArray(),
        new[] { new MergedEvent("04-13-meeting-hanoi", EventKinds.Meeting, "Meeting", PartialDate.FromMonthDay(4, 13), null, "hanoi", new[] { "hanoi", "toulouse" }.ToEquatableArray(), new[] { "tran" }.ToEquatableArray(), Src) }.ToEquatableArray(),
        new[] { new MergedPerson("tran", "Tran Sy Thanh", EquatableArray<string>.Empty, null, "hanoi", Src) }.ToEquatableArray(),
        EquatableArray<MergeDiagnostic>.Empty);

    private static (MergedDataset Data, List<CurationProblem> Problems) Apply(string json)
    {
        var file = Curation.Parse(json);
        var problems = file.Problems.ToList();
        var data = Curation.Apply(Data(), file, problems);
        return (data, problems);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var file = Curation.Parse("""
            // a comment
            {
              /* block
                 comment */
              "aliases": { "cities": { "hanoi": ["Thăng Long",], }, },
            }
            """);
        Assert.Empty(file.Problems);
        Assert.Equal(new[] { "Thăng Long" }, Assert.Single(file.Aliases).Aliases);
    }

    [Theory]
    [InlineData("{ \"aliases\": { } ", 1, 1, "never closed")]
    [InlineData("{\n  \"cities\": { \"x\": { \"name\": 'X' } }\n}", 2, 30, "double quotes")]
    [InlineData("{\n  \"suppress\": [1,,2]\n}", 2, 18, "unexpected ','")]
    [InlineData("{\n\"a\": 1, \"a\": 2 }", 2, 9, "appears twice")]
    [InlineData("", 1, 1, "empty")]
    [InlineData("{ /* open", 1, 3, "comment")]
    [InlineData("{ \"x\": \"line\nbreak\" }", 1, 13, "never closed on its line")]
    [InlineData("{ \"x\": 01 }", 1, 9, "in a number")]
    public void Invalid_json_is_one_problem_with_line_and_column(string json, int line, int column, string message)
    {
        var file = Curation.Parse(json);
        var problem = Assert.Single(file.Problems);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var file = Curation.Parse(new string('[', 100_000) + new string(']', 100_000));
        Assert.Contains("nested", Assert.Single(file.Problems).Message);
    }

    [Fact]
    public void Unknown_keys_are_reported_where_they_are_and_the_rest_applies()
    {
        var (data, problems) = Apply("""
            {
              "aliasses": {},
              "cities": { "hanoi": { "name": "Hà Nội", "population": 8000000 } }
            }
            """);
        Assert.Equal(2, problems.Count);
        Assert.Equal((2, 3), (problems[0].Line, problems[0].Column));
        Assert.Contains("\"aliasses\"", problems[0].Message);
        Assert.Equal((3, 44), (problems[1].Line, problems[1].Column));
        Assert.Equal("Hà Nội", data.Cities.Single(c => c.Id == "hanoi").Name);
    }

    [Fact]
    public void Aliases_are_added_sorted_and_once()
    {
        var (data, problems) = Apply("""{ "aliases": { "cities": { "hanoi": ["Thăng Long", "Ha Noi", "Hanoi"] }, "people": { "tran": ["Mr Thanh"] } } }""");
        Assert.Empty(problems);
        Assert.Equal(new[] { "Ha Noi", "Thăng Long" }, data.Cities.Single(c => c.Id == "hanoi").Aliases);
        Assert.Equal(new[] { "Mr Thanh" }, data.People.Single().Aliases);
    }

    [Fact]
    public void A_publication_date_also_dates_the_articles_month_day_events()
    {
        var (data, problems) = Apply("""{ "articles": { "a.txt": { "published": "2023-04-20" } } }""");
        Assert.Empty(problems);
        Assert.Equal(PartialDate.FromDate(2023, 4, 20), data.Articles.Single().Published);
        Assert.Equal(PartialDate.FromDate(2023, 4, 13), data.Events.Single().Start);
    }

    [Fact]
    public void Facts_are_corrected_and_added()
    {
        var (data, problems) = Apply("""
            {
              "cities": { "vientiane": { "name": "Vientiane", "country": "LA", "kind": "capital", "latitude": 17.97, "longitude": 102.6 } },
              "partnerships": [
                { "parties": ["toulouse", "hanoi"], "since": 1997, "fields": ["culture"] },
                { "parties": ["hanoi", "vientiane"], "status": "signed" },
              ],
              "people": { "tran": { "role": "Chairman" }, "new": { "name": "New Person", "city": "vientiane" } },
              "events": { "04-13-meeting-hanoi": { "title": "Talks", "kind": "visit" } }
            }
            """);
        Assert.Empty(problems);
        var old = data.Partnerships.Single(p => p.Id == "hanoi-toulouse");
        Assert.Equal((1997, "culture"), (old.Since, old.Fields.Single()));
        Assert.Equal(PartnershipStatuses.Signed, data.Partnerships.Single(p => p.Id == "hanoi-vientiane").Status);
        Assert.Equal("Chairman", data.People.Single(p => p.Id == "tran").Role);
        Assert.Equal("vientiane", data.People.Single(p => p.Id == "new").CityId);
        Assert.Equal(("Talks", EventKinds.Visit), (data.Events.Single().Title, data.Events.Single().Kind));
    }

    [Fact]
    public void A_suppressed_city_takes_every_reference_with_it()
    {
        var (data, problems) = Apply("""{ "suppress": ["city:hanoi", "person:tran"] }""");
        Assert.Empty(problems);
        Assert.DoesNotContain(data.Cities, c => c.Id == "hanoi");
        Assert.Null(data.Cities.Single(c => c.Id == "dong-da").ParentId);
        Assert.Empty(data.Partnerships);
        var e = data.Events.Single();
        Assert.Null(e.CityId);
        Assert.Equal(new[] { "toulouse" }, e.PartyIds);
        Assert.Empty(e.PersonIds);
    }

    [Fact]
    public void References_to_missing_records_and_bad_values_are_reported_and_skipped()
    {
        var (data, problems) = Apply("""
            {
              "aliases": { "cities": { "nowhere": ["X"] } },
              "articles": { "missing.txt": { "published": "2023" }, "a.txt": { "published": "April 2023" } },
              "cities": { "hanoi": { "country": "vn" }, "new": { "name": "No country" }, "toulouse": { "parent": "dong-da" }, "dong-da": { "parent": "toulouse" } },
              "partnerships": [ { "parties": ["hanoi"] }, { "parties": ["hanoi", "atlantis"] } ],
              "suppress": ["city", "planet:mars", "event:none"]
            }
            """);
        Assert.Equal(10, problems.Count);
        Assert.All(problems, p => Assert.True(p.Line > 1 && p.Column > 1));
        Assert.Equal("VN", data.Cities.Single(c => c.Id == "hanoi").Country);
        // The parent cycle the file asks for is broken, so the runtime accepts the dataset.
        Assert.Contains(data.Cities, c => c.ParentId is null && (c.Id == "dong-da" || c.Id == "toulouse"));
    }

    [Fact]
    public void The_parsed_file_compares_by_value()
    {
        const string json = """{ "aliases": { "cities": { "hanoi": ["HN"] } }, "suppress": ["event:x"] }""";
        Assert.Equal(Curation.Parse(json), Curation.Parse(json));
        Assert.NotEqual(Curation.Parse(json), Curation.Parse(json.Replace("HN", "HNI")));
    }
}
