using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoopData.Extraction;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Tests;

/// <summary>The whole generator over real articles: output compiles with consumer code that names records.</summary>
public class PipelineTests
{
    private static IEnumerable<(string, string)> Seeds() =>
        Directory.GetFiles(Path.Combine(System.AppContext.BaseDirectory, "seeds"), "*.txt")
            .Select(p => (p, File.ReadAllText(p)));

    [Fact]
    public void Seeds_generate_records_that_consumer_code_can_name()
    {
        const string consumer = """
            using System.Linq;
            namespace Consumer
            {
                public static class Probe
                {
                    public static int HanoiPartners() => CoopData.Generated.Cities.Hanoi.Partnerships.Count;
                    public static int? Since() => CoopData.Generated.Partnerships.HanoiToulouse.Since;
                    public static string Capital() => CoopData.Generated.Cities.All.First(c => c.Kind == CoopData.CityKind.Capital).Name;
                }
            }
            """;
        var (output, diagnostics, _) = GeneratorHarness.Run(Seeds(), consumer);

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id == DiagnosticIds.ExtractionFailed);
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal(5, data.Articles.Count);
        Assert.Equal(1996, data.GetCity("hanoi").Partnerships.Single(p => p.Parties.Any(c => c.Name == "Toulouse")).Since);
    }

    [Fact]
    public void A_binary_file_is_reported_and_the_other_articles_still_generate()
    {
        var articles = new[]
        {
            ("/p/good.txt", "Hanoi and Toulouse have been sister cities since 1996."),
            ("/p/bad.txt", "PK\u0003\u0004\0\0binary"),
        };
        var (output, diagnostics, _) = GeneratorHarness.Run(articles);

        Assert.True(diagnostics.Any(d => d.Id == DiagnosticIds.UnreadableFile), string.Join("\n", diagnostics));
        var d = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.UnreadableFile);
        Assert.Equal("/p/bad.txt", d.Location.GetLineSpan().Path);
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal("good", Assert.Single(data.Articles).Id);
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_generates_a_commune_without_a_point_of_its_own()
    {
        // Invented villages: keyed loc:<country>-<slug>, no coordinates or GeoNames id, the province as parent.
        var (output, _, result) = GeneratorHarness.Run(new[] { ("/p/v.txt",
            "Kết nghĩa bản - bản\n10:00 | 12/03/2021 GMT+7\nNgày 5/3, bản Khum Rạng Xẻo (tỉnh Nghệ An) đã kết nghĩa với bản Pá Xiêng Lủ (Lào).") });
        Assert.Null(result.Results.Single().Exception);
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        var village = Assert.Single(data.Cities, c => c.Name == "Khum Rạng Xẻo");
        Assert.Equal(CityKind.Commune, village.Kind);
        Assert.Equal("VN", village.Country);
        Assert.Equal("Nghe An", village.Parent?.Name);
        Assert.True(village.IsLocationApproximate); // the province's point
        var lao = Assert.Single(data.Cities, c => c.Name == "Pá Xiêng Lủ");
        Assert.Null(lao.Latitude);
        Assert.Equal(lao, Assert.Single(village.Partnerships).Parties.Single(c => c != village));
    }

    [Fact]
    public void The_namespace_comes_from_the_msbuild_property()
    {
        var globals = new Dictionary<string, string> { ["build_property.CoopDataNamespace"] = "My.Data" };
        var (output, _, _) = GeneratorHarness.Run(new[] { ("/p/a.txt", "Hanoi and Toulouse have been sister cities since 1996.") },
            "namespace Consumer { public static class Probe { public static int N() => My.Data.Cities.All.Count; } }", globals);
        GeneratorHarness.CompileAndLoad(output);
    }

    [Fact]
    public void Articles_left_out_of_the_compilation_as_binary_are_reported_where_they_are_and_the_others_still_generated()
    {
        var globals = new Dictionary<string, string> { ["build_property.CoopDataBinaryArticles"] = "/p/z.txt;/p/b.txt" };
        var (output, diagnostics, _) = GeneratorHarness.Run(new[] { ("/p/a.txt", "Hanoi and Toulouse have been sister cities since 1996.") }, globals: globals);
        var unreadable = diagnostics.Where(d => d.Id == "COOP001").ToList();
        Assert.Equal(new[] { "/p/b.txt", "/p/z.txt" }, unreadable.Select(d => d.Location.GetLineSpan().Path));
        Assert.All(unreadable, d => Assert.Contains("NUL characters", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output)).Cities, c => c.Name == "Toulouse");
    }
}
