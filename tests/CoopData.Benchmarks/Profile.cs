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
        for (int round = 0; round < 5; round++)
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
        string edited = Harness.EditYears(text);
        var driver = Harness.Driver(texts, trackSteps: true);
        driver = driver.RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(original, new InMemoryText(original.Path, edited)).RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var o in steps["Files"].SelectMany(s => s.Outputs).Where(o => o.Reason != Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached))
            Console.WriteLine($"{((GeneratedFile)o.Value).HintName} {o.Reason} {((GeneratedFile)o.Value).Text.Length}");
        foreach (var o in steps["Files"].SelectMany(s => s.Outputs).Where(o => o.Reason != Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached && Environment.GetEnvironmentVariable("COOPDATA_DUMP") is { Length: > 0 }))
            System.IO.File.WriteAllText(System.IO.Path.Combine(Environment.GetEnvironmentVariable("COOPDATA_DUMP")!, ((GeneratedFile)o.Value).HintName), ((GeneratedFile)o.Value).Text);
        Console.WriteLine(text == edited ? "no year in the article" : "edited");
        Console.WriteLine(string.Join(", ", steps["Files"].SelectMany(s => s.Outputs).Select(o => ((GeneratedFile)o.Value).HintName.Split('.')[0])
            .GroupBy(n => n).Select(g => $"{g.Key} {g.Count()}")) + " files; " + driver.GetRunResult().Diagnostics.Length + " diagnostics: "
            + string.Join(", ", driver.GetRunResult().Diagnostics.GroupBy(d => d.Id).Select(g => g.Key + " " + g.Count())));
        // What re-rendering and re-parsing those files costs, in CPU time (steadier than wall time on a busy machine).
        var changed = steps["FileModels"].SelectMany(s => s.Outputs).Where(o => o.Reason != Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached && o.Reason != Microsoft.CodeAnalysis.IncrementalStepRunReason.Unchanged)
            .Select(o => (FileModel)o.Value).ToList();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (int round = 0; round < 5; round++)
        {
            var cpu = process.TotalProcessorTime;
            for (int i = 0; i < 10; i++) foreach (var m in changed) SourceEmitter.Render(m);
            process.Refresh();
            double render = (process.TotalProcessorTime - cpu).TotalMilliseconds / 10;
            var texts2 = changed.Select(m => SourceEmitter.Render(m).Text).ToList();
            cpu = process.TotalProcessorTime;
            for (int i = 0; i < 10; i++) foreach (var t in texts2) Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(t, System.Text.Encoding.UTF8), Harness.ParseOptions).GetRoot();
            process.Refresh();
            double parse = (process.TotalProcessorTime - cpu).TotalMilliseconds / 10;
            Console.WriteLine($"{changed.Count} changed models: render {render:F2} ms CPU, parse {parse:F2} ms CPU; load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
        }
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
        var edited = new InMemoryText(original.Path, Harness.EditYears(text));
        var driver = Harness.Driver(texts, trackSteps: true);
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

internal static class ProfileWeights
{
    public static int Run(int articles)
    {
        var merged = DatasetMerger.Merge(CorpusGenerator.Generate(articles).Select(a => new MergeInput(a.Truth, a.FileName)));
        void Show(string name, System.Collections.Generic.IEnumerable<(int Sources, int Chars)> w)
        {
            var l = w.ToList();
            Console.WriteLine($"{name}: {l.Count} records, sources total {l.Sum(x => x.Sources)}, chars total {l.Sum(x => (long)x.Chars)}, >=16: {l.Count(x => x.Sources >= 16)}, >=32: {l.Count(x => x.Sources >= 32)}, >=64: {l.Count(x => x.Sources >= 64)}, >=128: {l.Count(x => x.Sources >= 128)}, max {l.Max(x => x.Sources)}");
        }
        Show("cities", merged.Cities.Select(c => (c.Sources.Count, c.Sources.Sum(s => s.Text.Length))));
        Show("partnerships", merged.Partnerships.Select(c => (c.Sources.Count, c.Sources.Sum(s => s.Text.Length))));
        Show("events", merged.Events.Select(c => (c.Sources.Count, c.Sources.Sum(s => s.Text.Length))));
        Show("people", merged.People.Select(c => (c.Sources.Count, c.Sources.Sum(s => s.Text.Length))));
        return 0;
    }
}

/// <summary>`--profile-cpu [articles]`: CPU time per one-article edit run and per unrelated C# edit run (steadier than wall time on a busy machine).</summary>
internal static class ProfileCpu
{
    public static int Run(int articles)
    {
        var bench = new GeneratorIncrementalBenchmarks { Articles = articles };
        bench.Setup();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (int i = 0; i < 10; i++) { bench.EditOneArticle(); bench.EditUnrelatedCSharp(); }
        for (int round = 0; round < 5; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (int i = 0; i < 20; i++) bench.EditOneArticle();
            process.Refresh();
            double edit = (process.TotalProcessorTime - cpu).TotalMilliseconds / 20, editWall = wall.Elapsed.TotalMilliseconds / 20;
            cpu = process.TotalProcessorTime;
            wall.Restart();
            for (int i = 0; i < 2000; i++) bench.EditUnrelatedCSharp();
            process.Refresh();
            double cs = (process.TotalProcessorTime - cpu).TotalMilliseconds / 2000, csWall = wall.Elapsed.TotalMilliseconds / 2000;
            Console.WriteLine($"articles {articles}: edit one article {edit:F2} ms CPU ({editWall:F2} wall), unrelated C# {cs:F3} ms CPU ({csWall:F3} wall); load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
        }
        return 0;
    }
}

/// <summary>
/// `--profile-edits articles [count]`: only one-article edits, many of them, for a sampling profiler (perf, dotnet-trace) to
/// see an edit's run rather than the setup; prints the CPU per edit every 100 edits.
/// </summary>
internal static class ProfileEdits
{
    public static int Run(int articles, int count)
    {
        var bench = new GeneratorIncrementalBenchmarks { Articles = articles };
        bench.Setup();
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < 20; i++) bench.EditOneArticle();
        var cpu = process.TotalProcessorTime;
        int gen2 = GC.CollectionCount(2);
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i <= count; i++)
        {
            bench.EditOneArticle();
            if (i % 100 != 0) continue;
            process.Refresh();
            Console.WriteLine($"articles {articles}: edit one article {(process.TotalProcessorTime - cpu).TotalMilliseconds / 100:F2} ms CPU, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / 100 / 1024} KB, "
                + $"{GC.CollectionCount(2) - gen2} gen 2 collections per 100; load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
            cpu = process.TotalProcessorTime;
            gen2 = GC.CollectionCount(2);
            bytes = GC.GetAllocatedBytesForCurrentThread();
        }
        return 0;
    }
}

/// <summary>`--profile-merge [articles]`: CPU time of the incremental merge and of the plan for a one-article edit, and of a full merge.</summary>
internal static class ProfileMerge
{
    public static int Run(int articles)
    {
        var corpus = CorpusGenerator.Generate(articles);
        var inputs = corpus.Select(a => new MergeInput(ArticleExtractor.Extract(a.FileName, a.Text), a.FileName)).ToList();
        int middle = inputs.Count / 2;
        string text = corpus[middle].Text;
        string edited = Harness.EditYears(text);
        var versions = new[] { inputs[middle], new MergeInput(ArticleExtractor.Extract(corpus[middle].FileName, edited), corpus[middle].FileName + "'") };
        var snapshot = DatasetMerger.MergeIncrementally(inputs, null);
        var memory = new CoopData.Generator.Emit.SourceEmitter.PlanMemory();
        var process = Process.GetCurrentProcess();
        for (int round = 0; round < 5; round++)
        {
            double merge = 0, plan = 0, full = 0;
            long mergeBytes = 0, planBytes = 0, renderBytes = 0, renderChars = 0;
            int rendered = 0;
            var before = SourceEmitter.Plan(snapshot.Result, "CoopData.Generated", new(), new System.Collections.Generic.Dictionary<string, string>(), true, memory);
            for (int i = 0; i < 20; i++)
            {
                inputs[middle] = versions[(i + 1) % 2];
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                long bytes = GC.GetAllocatedBytesForCurrentThread();
                snapshot = DatasetMerger.MergeIncrementally(inputs, snapshot);
                mergeBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                process.Refresh();
                merge += (process.TotalProcessorTime - cpu).TotalMilliseconds;
                cpu = process.TotalProcessorTime;
                bytes = GC.GetAllocatedBytesForCurrentThread();
                var files = SourceEmitter.Plan(snapshot.Result, "CoopData.Generated", new(), new System.Collections.Generic.Dictionary<string, string>(), true, memory);
                planBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                process.Refresh();
                plan += (process.TotalProcessorTime - cpu).TotalMilliseconds;
                // What the Files step renders again: the models that differ from the last plan's.
                var old = new System.Collections.Generic.HashSet<FileModel>(before);
                bytes = GC.GetAllocatedBytesForCurrentThread();
                foreach (var file in files)
                    if (!old.Contains(file)) { rendered++; renderChars += SourceEmitter.Render(file).Text.Length; }
                renderBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                before = files;
            }
            process.Refresh();
            var start = process.TotalProcessorTime;
            long fullBytes = GC.GetAllocatedBytesForCurrentThread();
            DatasetMerger.Merge(inputs);
            fullBytes = GC.GetAllocatedBytesForCurrentThread() - fullBytes;
            process.Refresh();
            full = (process.TotalProcessorTime - start).TotalMilliseconds;
            Console.WriteLine($"articles {articles}: incremental merge {merge / 20:F2} ms CPU ({mergeBytes / 20 / 1024} KB), plan {plan / 20:F2} ms CPU ({planBytes / 20 / 1024} KB), render {rendered / 20.0:F1} files of {renderChars / 20 / 1024} K chars ({renderBytes / 20 / 1024} KB), full merge {full:F1} ms CPU ({fullBytes / 1024} KB); {snapshot.Result.Diagnostics.Count} merge diagnostics; load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
        }
        return 0;
    }
}
