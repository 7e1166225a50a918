using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CoopData.Corpus;
using CoopData.Extraction.Merging;
using CoopData.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace CoopData.Generator.Tests;

/// <summary>
/// Large corpora: the emitted code must compile (no CS8103 string-literal overflow, no CS8078
/// expression-too-complex) and build the right records. Timings are printed, never asserted.
/// </summary>
public class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void The_data_of_5000_articles_compiles_and_builds_every_record()
    {
        var clock = Stopwatch.StartNew();
        var corpus = CorpusGenerator.Generate(5000);
        var merged = DatasetMerger.Merge(corpus.Select(a => new MergeInput(a.Truth, a.FileName)));
        output.WriteLine($"corpus + merge: {clock.ElapsedMilliseconds} ms; {merged.Cities.Count} cities, {merged.Partnerships.Count} partnerships, {merged.Events.Count} events, {merged.People.Count} people");

        clock.Restart();
        var files = SourceEmitter.Emit(merged, "CoopData.Generated", new(), new Dictionary<string, string>());
        output.WriteLine($"emit: {clock.ElapsedMilliseconds} ms, {files.Count} files, {files.Sum(f => (long)f.Text.Length)} chars");
        foreach (var group in files.GroupBy(f => f.HintName.Split('.')[0] + (f.HintName.StartsWith("CoopDataStore.", System.StringComparison.Ordinal) ? "." + new string(f.HintName.Split('.')[1].TakeWhile(char.IsLetter).ToArray()) : "")))
            output.WriteLine($"  {group.Key}: {group.Count()} files, {group.Sum(f => (long)f.Text.Length)} chars");

        if (System.Environment.GetEnvironmentVariable("COOPDATA_SCALE_DETAIL") == "1")
        {
            foreach (bool store in new[] { true, false })
            {
                clock.Restart();
                var part = files.Where(f => f.HintName.StartsWith("CoopDataStore", System.StringComparison.Ordinal) == store).Select(f => f.Text).ToList();
                if (!store) part.AddRange(files.Where(f => f.HintName.StartsWith("CoopDataStore.g", System.StringComparison.Ordinal)).Select(f => f.Text));
                var r = GeneratorHarness.Compilation(part.ToArray()).Emit(new MemoryStream());
                output.WriteLine($"compile {(store ? "store" : "accessors")} only: {clock.ElapsedMilliseconds} ms, {r.Success}");
            }
        }

        clock.Restart();
        var compilation = GeneratorHarness.Compilation(files.Select(f => f.Text).Append(GeneratorHarness.Consumer).ToArray());
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        output.WriteLine($"compile: {clock.ElapsedMilliseconds} ms, {stream.Length} bytes");
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
        Assert.True(result.Success, string.Join("\n", errors));

        stream.Position = 0;
        var assembly = new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        clock.Restart();
        var data = GeneratorHarness.DatasetOf(assembly);
        output.WriteLine($"first access: {clock.Elapsed.TotalMilliseconds:F1} ms");
        Assert.Equal(merged.Articles.Count, data.Articles.Count);
        Assert.Equal(merged.Cities.Count, data.Cities.Count);
        Assert.Equal(merged.Events.Count, data.Events.Count);
        Assert.Equal(merged.People.Select(p => p.Id), data.People.Select(p => p.Id));
        var last = merged.Partnerships[merged.Partnerships.Count - 1];
        var built = data.GetPartnership(last.Id);
        Assert.Equal(last.Since, built.Since);
        Assert.Equal(last.Sources.Select(s => (s.ArticleFile, s.Line, s.Text)), built.Sources.Select(s => (s.ArticleFile, s.Line, s.Text)));
    }

    [Fact]
    public void The_corpus_is_reproducible_and_bilingual()
    {
        var a = CorpusGenerator.Generate(50);
        var b = CorpusGenerator.Generate(60);
        Assert.Equal(a.Select(x => x.Text), b.Take(50).Select(x => x.Text));
        Assert.Contains(a, x => x.Language == "vi");
        Assert.Contains(a, x => x.Language == "en");
        Assert.Equal(50, a.Select(x => x.FileName).Distinct().Count());
    }
}
