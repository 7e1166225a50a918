using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CoopData.Extraction;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Tests;

/// <summary>
/// Determinism and limits with the real engine on the seed articles. (Where the engine is not there yet,
/// every article is COOP009 and these still prove that nothing throws.)
/// </summary>
public class RealEngineTests
{
    private static List<(string Path, string Text)> Seeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("/seeds/" + Path.GetFileName(p), File.ReadAllText(p).Replace("\r\n", "\n"))).ToList();

    private static string Generate(IEnumerable<(string Path, string Text)> articles, string culture = "")
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var (_, _, result) = GeneratorHarness.Run(articles);
            Assert.Null(result.Results.Single().Exception);
            return string.Concat(GeneratorHarness.GeneratedFiles(result).Select(f => "//// " + f.HintName + "\n" + f.Text));
        }
        finally
        {
            CultureInfo.CurrentCulture = c;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void Seeds_generate_the_same_bytes_whatever_the_order_culture_line_endings_and_normalization()
    {
        var seeds = Seeds();
        string baseline = Generate(seeds);
        Assert.Equal(baseline, Generate(Enumerable.Reverse(seeds)));
        Assert.Equal(baseline, Generate(seeds, "tr-TR"));
        Assert.Equal(baseline, Generate(seeds, "vi-VN"));
        Assert.Equal(baseline, Generate(seeds.Select(s => (s.Path, s.Text.Replace("\n", "\r\n")))));
        Assert.Equal(baseline, Generate(seeds.Select(s => (s.Path, s.Text.Normalize(NormalizationForm.FormD)))));
    }

    [Fact]
    public void A_20_MB_article_and_a_1_MB_line_finish_in_bounded_time()
    {
        var seeds = Seeds();
        var huge = new StringBuilder(seeds[0].Text);
        while (huge.Length < 20_000_000) huge.Append(seeds[1].Text).Append('\n');
        string line = string.Concat(Enumerable.Repeat(seeds[2].Text.Replace('\n', ' '), 1_000_000 / Math.Max(1, seeds[2].Text.Length) + 1));
        var timer = Stopwatch.StartNew();
        var (output, diagnostics, result) = GeneratorHarness.Run(new[] { ("/p/huge.txt", huge.ToString()), ("/p/line.txt", line), seeds[3] });
        var elapsed = timer.Elapsed;
        Assert.Null(result.Results.Single().Exception);
        Assert.Contains(diagnostics, d => d.Id == "COOP011");
        GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.True(elapsed < TimeSpan.FromMinutes(2), $"took {elapsed}");
    }
}
