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
        foreach (var o in steps["Files"].SelectMany(s => s.Outputs).Where(o => o.Reason != Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached && Environment.GetEnvironmentVariable("COOPDATA_DUMP") is { Length: > 0 }))
            System.IO.File.WriteAllText(System.IO.Path.Combine(Environment.GetEnvironmentVariable("COOPDATA_DUMP")!, ((GeneratedFile)o.Value).HintName), ((GeneratedFile)o.Value).Text);
        Console.WriteLine(text == edited ? "no year in the article" : "edited");
        return 0;
    }
}

/// <summary>`--profile-steps [articles]`: time per tracked generator step over repeated one-article edits (and the whole run).</summary>
internal static class ProfileSteps
{
    public static int Run(int articles, bool csharp)
    {
        var corpus = CorpusGenerator.Generate(articles);
        var texts = Harness.Texts(corpus);
        var compilation = Harness.Compilation(Harness.Probe, "namespace Consumer { public static class Unrelated { public static int Answer() => 42; } }");
        var editedCompilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(), Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "namespace Consumer { public static class Unrelated { public static int Answer() => 43; } }", Harness.ParseOptions, compilation.SyntaxTrees.Last().FilePath));
        var original = texts[texts.Length / 2];
        string text = original.GetText()!.ToString();
        var edited = new InMemoryText(original.Path, System.Text.RegularExpressions.Regex.Replace(text, @"\b(19[89]\d|20[01]\d)\b", m => (int.Parse(m.Value) - 1).ToString(), default, TimeSpan.FromSeconds(1)));
        var driver = (Microsoft.CodeAnalysis.GeneratorDriver)Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new CoopData.Generator.CoopDataGenerator()) }, texts, Harness.ParseOptions, new ArticleOptionsProvider(),
            new Microsoft.CodeAnalysis.GeneratorDriverOptions(Microsoft.CodeAnalysis.IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        var totals = new System.Collections.Generic.SortedDictionary<string, double>(StringComparer.Ordinal);
        const int Rounds = 20;
        double whole = 0;
        for (int i = 0; i < Rounds; i++)
        {
            var (from, to) = i % 2 == 0 ? (original, (Microsoft.CodeAnalysis.AdditionalText)edited) : (edited, original);
            var sw = Stopwatch.StartNew();
            driver = csharp ? driver.RunGenerators(i % 2 == 0 ? editedCompilation : compilation) : driver.ReplaceAdditionalText(from, to).RunGenerators(compilation);
            whole += sw.Elapsed.TotalMilliseconds;
            foreach (var (name, steps) in driver.GetRunResult().Results.Single().TrackedSteps)
                totals[name] = (totals.TryGetValue(name, out var t) ? t : 0) + steps.Sum(s => s.ElapsedTime.TotalMilliseconds);
        }
        foreach (var (name, total) in totals) Console.WriteLine($"{name,-14} {total / Rounds,8:F3} ms");
        Console.WriteLine($"whole run      {whole / Rounds,8:F3} ms (tracking on); load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }
}
