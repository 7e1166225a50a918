using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using CoopData.Extraction;
using CoopData.Extraction.Text;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Tests;

/// <summary>
/// A generator runs in every build and keystroke: one bad article must cost only itself, every
/// loop must stop when the IDE cancels, and cost must stay linear in the input.
/// </summary>
public class RobustnessTests
{
    private static string Good(string name) => $"{name} news\ndate: 2023-04-13\ncity: c1 | {name}ville | VN\ncity: c2 | {name}bourg | FR\nties: c1 | c2 | 1996\n";

    private static bool NoErrorByDefault(Diagnostic d) => d.DefaultSeverity != DiagnosticSeverity.Error && d.Id != "CS8785";

    [Fact]
    public void An_engine_exception_costs_only_that_article()
    {
        var (output, diagnostics, result) = GeneratorHarness.Run(new[]
        {
            ("/p/one.txt", Good("One")),
            ("/p/bad.txt", "Bad news\nthrow\n"),
            ("/p/two.txt", Good("Two")),
        }, generator: FakeEngine.Generator());

        Assert.Null(result.Results.Single().Exception);
        var failed = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.ExtractionFailed);
        Assert.Equal("/p/bad.txt", failed.Location.GetLineSpan().Path);
        Assert.Contains("engine bug on purpose", failed.GetMessage());
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal(new[] { "one", "two" }, data.Articles.Select(a => a.Id));
        Assert.Equal(2, data.Partnerships.Count);
    }

    [Fact]
    public void The_real_engine_failing_everywhere_still_compiles_an_empty_dataset()
    {
        var (output, diagnostics, result) = GeneratorHarness.Run(new[] { ("/p/a.txt", "Hanoi and Toulouse.") });
        Assert.Null(result.Results.Single().Exception);
        Assert.All(diagnostics, d => Assert.True(NoErrorByDefault(d), d.ToString()));
        GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
    }

    private sealed class ThrowingText(string path) : AdditionalText
    {
        public override string Path => path;
        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => throw new System.IO.IOException("disk on fire");
    }

    private sealed class NullText(string path) : AdditionalText
    {
        public override string Path => path;
        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }

    [Fact]
    public void Unreadable_files_empty_names_binary_and_invalid_utf8_are_reported_and_skipped()
    {
        var invalidUtf8 = Encoding.UTF8.GetString(Enumerable.Range(0, 200).Select(i => (byte)(0xC3 + (i % 2) * 0x3C)).ToArray());
        var texts = new AdditionalText[]
        {
            new InMemoryText("/p/good.txt", Good("Good")),
            new ThrowingText("/p/io.txt"),
            new NullText("/p/null.txt"),
            new InMemoryText("/p/binary.txt", "PK\u0003\u0004\0\0\0binary"),
            new InMemoryText("/p/latin1.txt", invalidUtf8),
            new InMemoryText("/p/empty.txt", ""),
            new InMemoryText("/p/.txt", Good("Dot")),
        };
        var driver = GeneratorHarness.Driver(texts, generator: FakeEngine.Generator())
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(GeneratorHarness.Consumer), out var output, out var diagnostics);

        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        var unreadable = diagnostics.Where(d => d.Id == DiagnosticIds.UnreadableFile).Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(new[] { "/p/binary.txt", "/p/io.txt", "/p/latin1.txt", "/p/null.txt" }, unreadable);
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal(new[] { ".txt", "empty.txt", "good.txt" }, data.Articles.Select(a => a.File).OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void Cancellation_stops_a_long_extraction_promptly()
    {
        // The harness's first run loads and JIT-compiles Roslyn, which on a loaded machine takes seconds: that is paid
        // before the clock starts, so the bound measures only how soon cancellation stops the engine.
        GeneratorHarness.Run(new[] { ("/p/warm.txt", "Warm up\n") }, generator: FakeEngine.Generator());
        // Cancelled from a thread of its own: a timed CancellationTokenSource fires on the thread pool, which the other tests
        // running beside this one on two cores can keep busy for many seconds (a CI run took 23 s so).
        using var cts = new CancellationTokenSource();
        var canceller = new Thread(() => { Thread.Sleep(300); cts.Cancel(); }) { IsBackground = true };
        var timer = Stopwatch.StartNew();
        canceller.Start();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            GeneratorHarness.Run(new[] { ("/p/slow.txt", "Slow news\nhang\n") }, generator: FakeEngine.Generator(), cancellationToken: cts.Token));
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(20), $"took {timer.Elapsed}");
    }

    [Fact]
    public void Text_loops_honour_cancellation_on_huge_input()
    {
        string huge = new string('a', 20_000_000);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleText.WhyNotText(huge, cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleText.Normalize(huge + "\r\n", cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Fingerprint.Of(huge, cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Extraction.Merging.DatasetMerger.Merge(
            new[] { new Extraction.Merging.MergeInput(FakeEngine.Extract("a.txt", "t", default), "f") }, cts.Token));
    }

    [Fact]
    public void A_20_MB_article_is_cut_at_the_limit_and_reported()
    {
        var sb = new StringBuilder(Good("Huge"));
        while (sb.Length < 20_000_000) sb.Append("Filler sentence about nothing in particular, repeated to make the file large.\n");
        var timer = Stopwatch.StartNew();
        var (output, diagnostics, result) = GeneratorHarness.Run(new[] { ("/p/huge.txt", sb.ToString()), ("/p/small.txt", Good("Small")) }, generator: FakeEngine.Generator());

        Assert.Null(result.Results.Single().Exception);
        var cut = Assert.Single(diagnostics, d => d.Id == "COOP011");
        Assert.Equal("/p/huge.txt", cut.Location.GetLineSpan().Path);
        Assert.True(cut.Location.GetLineSpan().StartLinePosition.Line > 1000);
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        Assert.Equal(2, data.Articles.Count);
        Assert.True(timer.Elapsed < TimeSpan.FromMinutes(3), $"took {timer.Elapsed}"); // a hang guard, not a measurement
    }

    [Fact]
    public void A_1_MB_line_without_line_breaks_is_read_and_its_evidence_clipped()
    {
        string line = string.Concat(Enumerable.Repeat("word\u00A0", 200_000)) + "\uD83D\uDE00";
        var (output, diagnostics, result) = GeneratorHarness.Run(new[] { ("/p/line.txt", "Title\ncity: c1 | X | VN\n" + line.Replace("word", "city: c2 | Y | FR word")) }, generator: FakeEngine.Generator());

        Assert.Null(result.Results.Single().Exception);
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        var longest = data.Cities.SelectMany(c => c.Sources).Max(s => s.Text.Length);
        Assert.True(longest <= Extraction.Merging.FactSanitizer.MaxEvidenceChars);
    }

    [Fact]
    public void Five_thousand_articles_generate_in_bounded_time()
    {
        var articles = Enumerable.Range(0, 5000).Select(i => ($"/p/a{i:D5}.txt", Good("A" + i))).ToList();
        var timer = Stopwatch.StartNew();
        var driver = GeneratorHarness.Driver(articles.Select(a => (AdditionalText)new InMemoryText(a.Item1, a.Item2)), generator: FakeEngine.Generator(), track: false)
            .RunGenerators(GeneratorHarness.Compilation(GeneratorHarness.Consumer));
        var run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        Assert.Contains(run.GeneratedSources, s => s.HintName.StartsWith("Cities.", StringComparison.Ordinal) && s.SourceText.ToString().Contains("A4999bourg"));
        Assert.True(timer.Elapsed < TimeSpan.FromMinutes(3), $"took {timer.Elapsed}"); // a hang guard, not a measurement
    }

    [Fact]
    public void Names_that_clash_in_bulk_get_numbers_in_linear_time()
    {
        // 5,000 cities whose names differ only past the 100-character member-name limit: member names
        // stay unique (and valid C#) without a quadratic search.
        string stem = new string('x', 150);
        var text = "Same\n" + string.Join("\n", Enumerable.Range(0, 5000).Select(i => $"city: c{i} | {stem}{i} | US"));
        var timer = Stopwatch.StartNew();
        var (output, diagnostics, result) = GeneratorHarness.Run(new[] { ("/p/same.txt", text) }, generator: FakeEngine.Generator());
        var elapsed = timer.Elapsed;
        Assert.Null(result.Results.Single().Exception);
        var store = string.Concat(result.Results.Single().GeneratedSources
            .Where(s => s.HintName.StartsWith("Cities.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
        Assert.Contains(" X" + new string('x', 99) + "5000 =>", store);
        Assert.Equal(4999, diagnostics.Count(d => d.Id == DiagnosticIds.IdentifierCollision));
        Assert.True(elapsed < TimeSpan.FromMinutes(3), $"took {elapsed}"); // a hang guard, not a measurement
        GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
    }
}
