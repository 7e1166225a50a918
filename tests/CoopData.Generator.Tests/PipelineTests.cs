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
    public void The_namespace_comes_from_the_msbuild_property()
    {
        var globals = new Dictionary<string, string> { ["build_property.CoopDataNamespace"] = "My.Data" };
        var (output, _, _) = GeneratorHarness.Run(new[] { ("/p/a.txt", "Hanoi and Toulouse have been sister cities since 1996.") },
            "namespace Consumer { public static class Probe { public static int N() => My.Data.Cities.All.Count; } }", globals);
        GeneratorHarness.CompileAndLoad(output);
    }
}
