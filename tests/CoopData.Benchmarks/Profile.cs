using System;
using System.Diagnostics;
using System.Linq;
using CoopData.Corpus;
using CoopData.Extraction;
using CoopData.Extraction.Merging;
using CoopData.Generator.Emit;

namespace CoopData.Benchmarks;

/// <summary>`--profile [articles]`: a quick stopwatch split of an article edit's generator run (merge, emit, the rest).</summary>
internal static class Profile
{
    public static int Run(int articles)
    {
        var corpus = CorpusGenerator.Generate(articles);
        var facts = corpus.Select(a => new MergeInput(ArticleExtractor.Extract(a.FileName, a.Text), a.FileName)).ToList();
        var inc = new GeneratorIncrementalBenchmarks { Articles = articles };
        inc.Setup();
        for (int round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            MergedDataset merged = null!;
            for (int i = 0; i < 5; i++) merged = DatasetMerger.Merge(facts);
            double merge = sw.Elapsed.TotalMilliseconds / 5;
            sw.Restart();
            for (int i = 0; i < 5; i++) SourceEmitter.Plan(merged, "CoopData.Generated", new(), new System.Collections.Generic.Dictionary<string, string>());
            double plan = sw.Elapsed.TotalMilliseconds / 5;
            sw.Restart();
            for (int i = 0; i < 5; i++) SourceEmitter.Emit(merged, "CoopData.Generated", new(), new System.Collections.Generic.Dictionary<string, string>());
            double emit = sw.Elapsed.TotalMilliseconds / 5;
            sw.Restart();
            for (int i = 0; i < 5; i++) inc.EditOneArticle();
            double edit = sw.Elapsed.TotalMilliseconds / 5;
            Console.WriteLine($"articles {articles}: merge {merge:F1} ms, plan {plan:F1} ms, plan+render all {emit:F1} ms, edit one article (whole run) {edit:F1} ms; load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
        }
        return 0;
    }
}

internal static class ProfileFiles
{
    public static int Run(int articles)
    {
        var corpus = CorpusGenerator.Generate(articles);
        var texts = Harness.Texts(corpus);
        var compilation = Harness.Compilation(Harness.Probe);
        var original = texts[texts.Length / 2];
        string text = original.GetText()!.ToString();
        string edited = System.Text.RegularExpressions.Regex.Replace(text, @"\b(19[89]\d|20[01]\d)\b", m => (int.Parse(m.Value) - 1).ToString(), default, TimeSpan.FromSeconds(1));
        var driver = (Microsoft.CodeAnalysis.GeneratorDriver)Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new CoopData.Generator.CoopDataGenerator()) }, texts, Harness.ParseOptions, new ArticleOptionsProvider(),
            new Microsoft.CodeAnalysis.GeneratorDriverOptions(Microsoft.CodeAnalysis.IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(original, new InMemoryText(original.Path, edited)).RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var o in steps["Files"].SelectMany(s => s.Outputs).Where(o => o.Reason != Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached))
            Console.WriteLine($"{((GeneratedFile)o.Value).HintName} {o.Reason} {((GeneratedFile)o.Value).Text.Length}");
        Console.WriteLine(text == edited ? "no year in the article" : "edited");
        return 0;
    }
}
