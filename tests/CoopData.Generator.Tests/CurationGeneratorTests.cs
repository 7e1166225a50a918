using System.Linq;
using CoopData.Extraction;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Tests;

/// <summary>coopdata.json through the whole generator: applied after the merge, errors located, nothing else lost.</summary>
public class CurationGeneratorTests
{
    private const string Article = "Hanoi news\ncity: =hanoi | Hanoi | VN\ncity: =toulouse | Toulouse | FR\nties: =hanoi | =toulouse | 1996\n";

    [Fact]
    public void The_curation_file_corrects_adds_and_suppresses()
    {
        const string json = """
            {
              // Toulouse's own archive says 1997.
              "partnerships": [ { "parties": ["hanoi", "toulouse"], "since": 1997 } ],
              "cities": { "hue": { "name": "Huế", "country": "VN" } },
              "aliases": { "cities": { "hanoi": ["Thăng Long"] } },
              "articles": { "a.txt": { "published": "2023-04-13" } },
            }
            """;
        var (output, diagnostics, _) = GeneratorHarness.Run(new[] { ("/p/a.txt", Article), ("/p/coopdata.json", json) }, generator: FakeEngine.Generator());

        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.CurationError);
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal(1997, data.Partnerships.Single().Since);
        Assert.Equal("Huế", data.GetCity("hue").Name);
        Assert.Same(data.GetCity("hanoi"), data.FindCity("thang long"));
        Assert.Equal(PartialDate.FromDate(2023, 4, 13), data.Articles.Single().Published);
    }

    [Fact]
    public void Invalid_json_is_an_error_at_its_line_and_column_and_everything_else_is_generated()
    {
        var (output, diagnostics, result) = GeneratorHarness.Run(new[] { ("/p/a.txt", Article), ("/p/coopdata.json", "{\n  \"suppress\": [\"city:hanoi\"\n}") }, generator: FakeEngine.Generator());

        Assert.Null(result.Results.Single().Exception);
        var error = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.CurationError);
        Assert.Equal(DiagnosticSeverity.Error, error.DefaultSeverity);
        var span = error.Location.GetLineSpan();
        Assert.Equal(("/p/coopdata.json", 3, 1), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains("expected ',' or ]", error.GetMessage());
        Assert.False(error.GetMessage().Contains(".."), error.GetMessage());
        // The consumer compiles once the error is not there: every record is still generated.
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal(2, data.Cities.Count);
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_the_key_and_the_rest_applies()
    {
        var (output, diagnostics, _) = GeneratorHarness.Run(new[]
        {
            ("/p/a.txt", Article),
            ("/p/coopdata.json", "{\n  \"supress\": [\"city:hanoi\"],\n  \"aliases\": { \"cities\": { \"hanoi\": [\"HN\"] } }\n}"),
        }, generator: FakeEngine.Generator());

        var error = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.CurationError);
        Assert.Equal(1, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(2, error.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Contains("unknown key \"supress\"", error.GetMessage());
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal(new[] { "HN" }, data.GetCity("hanoi").Aliases);
    }

    [Fact]
    public void Any_diagnostic_can_be_silenced_or_escalated_with_the_usual_severity_settings()
    {
        // .editorconfig's dotnet_diagnostic.ID.severity reaches the compiler as these options; the driver applies them.
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.Consumer);
        compilation = compilation.WithOptions(compilation.Options
            .WithGeneralDiagnosticOption(ReportDiagnostic.Default)
            .WithSpecificDiagnosticOptions(new System.Collections.Generic.Dictionary<string, ReportDiagnostic>
            {
                [DiagnosticIds.CurationError] = ReportDiagnostic.Suppress,
                [DiagnosticIds.NoPublicationDate] = ReportDiagnostic.Error,
            }));
        GeneratorHarness.Driver(new[] { new InMemoryText("/p/a.txt", Article), new InMemoryText("/p/coopdata.json", "nonsense") }, generator: FakeEngine.Generator())
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.CurationError);
        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.NoPublicationDate && d.Severity == DiagnosticSeverity.Error);
    }

    private sealed class MetadataOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Values(new());
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(textFile.Path.EndsWith(".txt", System.StringComparison.Ordinal)
            ? new() { ["build_metadata.AdditionalFiles.CoopDataArticle"] = "true" }
            : textFile.Path.EndsWith("curation.jsonc", System.StringComparison.Ordinal)
                ? new() { ["build_metadata.AdditionalFiles.CoopDataCuration"] = "True" }
                // MSBuild passes empty metadata to items that do not set it: the file name decides for those.
                : new() { ["build_metadata.AdditionalFiles.CoopDataCuration"] = "" });

        private sealed class Values(System.Collections.Generic.Dictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }

    [Fact]
    public void A_file_marked_CoopDataCuration_is_the_curation_file()
    {
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new[] { FakeEngine.Generator().AsSourceGenerator() },
            new AdditionalText[]
            {
                new InMemoryText("/p/a.txt", Article),
                new InMemoryText("/p/curation.jsonc", "{ \"suppress\": [\"city:toulouse\"] }"),
                new InMemoryText("/p/other/settings.json", "not json, not curation"),
            },
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), new MetadataOptions());
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(GeneratorHarness.Consumer), out var output, out var diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.CurationError);
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal(new[] { "hanoi" }, data.Cities.Select(c => c.Id));
    }

    [Fact]
    public void A_coopdata_json_with_empty_metadata_is_found_by_name()
    {
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new[] { FakeEngine.Generator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryText("/p/a.txt", Article), new InMemoryText("/p/CoopData.json", "{ \"suppress\": [\"city:hanoi\"] }") },
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), new MetadataOptions());
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(GeneratorHarness.Consumer), out var output, out var diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.CurationError);
        Assert.Equal(new[] { "toulouse" }, GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output)).Cities.Select(c => c.Id));
    }
}
