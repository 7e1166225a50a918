using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using CoopData.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Tests;

/// <summary>Every diagnostic has an id, title, severity and help text, and is tracked and documented.</summary>
public class DiagnosticCatalogueTests
{
    private static string Repo([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));

    public static TheoryData<string> Ids() => new(Descriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_descriptor_is_complete_tracked_and_documented(string id)
    {
        var d = Descriptors.All.Single(x => x.Id == id);
        Assert.Same(d, Descriptors.ForId(id));
        Assert.Equal("CoopData", d.Category);
        Assert.True(d.IsEnabledByDefault);
        Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
        string help = d.Description.ToString();
        Assert.True(help.Length > 40, $"{id} needs help text");
        Assert.DoesNotContain("..", help);
        Assert.EndsWith(".", help);

        string release = File.ReadAllText(Path.Combine(Repo(), "src", "CoopData.Generator", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(Repo(), "src", "CoopData.Generator", "AnalyzerReleases.Shipped.md"));
        Assert.Contains($"{id} | CoopData | {d.DefaultSeverity} |", release);

        string readme = File.ReadAllText(Path.Combine(Repo(), "README.md"));
        Assert.Contains($"| {id} | {d.DefaultSeverity.ToString().ToLowerInvariant()} |", readme);
    }

    [Fact]
    public void Ids_are_unique_and_numbered_in_order()
    {
        var ids = Descriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"COOP{i:D3}"), ids);
    }

    [Fact]
    public void Only_the_curation_error_is_an_error_an_article_never_fails_the_build()
    {
        Assert.Equal(new[] { "COOP008" }, Descriptors.All.Where(d => d.DefaultSeverity == DiagnosticSeverity.Error).Select(d => d.Id));
        string props = File.ReadAllText(Path.Combine(Repo(), "src", "CoopData", "buildTransitive", "CoopData.props"));
        foreach (var warning in Descriptors.All.Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning))
            Assert.Contains(warning.Id, props);
    }
}
