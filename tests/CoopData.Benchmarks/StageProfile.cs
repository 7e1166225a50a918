using System;
using System.Diagnostics;
using System.Linq;
using CoopData.Corpus;
using CoopData.Extraction;

namespace CoopData.Benchmarks;

/// <summary>
/// `--stages [articles] [seconds]`: extracts the synthetic corpus in a loop for a while (to attach a sampling
/// profiler) and prints the throughput of each pass.
/// </summary>
internal static class StageProfile
{
    // This thread's CPU time (Linux): less disturbed than the wall clock on a machine shared with builds.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    private static double ThreadCpuMs() =>
        OperatingSystem.IsLinux() && ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : 0;

    public static int Run(int articles)
    {
        // STAGES_ARTICLE=FILE: that one article, as many times as the corpus has articles (what each article pays).
        var one = Environment.GetEnvironmentVariable("STAGES_ARTICLE");
        var corpus = one is { Length: > 0 }
            ? Enumerable.Range(0, articles).Select(i => (FileName: $"a{i}.txt", Text: System.IO.File.ReadAllText(one))).ToArray()
            : CorpusGenerator.Generate(articles).Select(a => (a.FileName, a.Text)).ToArray();
        var seeds = Harness.Seeds();
        long bytes = corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        long seedBytes = seeds.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        _ = CoopData.Extraction.Gazetteer.PlaceIndex.Default.Places.Count;
        double seconds = double.Parse(Environment.GetEnvironmentVariable("STAGES_SECONDS") ?? "10", System.Globalization.CultureInfo.InvariantCulture);
        int loops = int.Parse(Environment.GetEnvironmentVariable("STAGES_LOOPS") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        using var sampler = Environment.GetEnvironmentVariable("STAGES_ALLOC") == "1" ? new AllocationSampler() : null;
        foreach (var (name, text) in corpus) ArticleExtractor.Extract(name, text);
        sampler?.Start();
        var total = Stopwatch.StartNew();
        for (int loop = 0; loops > 0 ? loop < loops : total.Elapsed.TotalSeconds < seconds; loop++)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            double cpu = ThreadCpuMs();
            var sw = Stopwatch.StartNew();
            foreach (var (name, text) in corpus) ArticleExtractor.Extract(name, text);
            double corpusMs = sw.Elapsed.TotalMilliseconds;
            cpu = ThreadCpuMs() - cpu;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            sw.Restart();
            for (int i = 0; i < 10; i++) foreach (var (name, text) in seeds) ArticleExtractor.Extract(name, text);
            double seedMs = sw.Elapsed.TotalMilliseconds / 10;
            Console.WriteLine($"corpus {corpusMs:F1} ms = {bytes / corpusMs / 1000:F1} MB/s; seeds {seedMs:F2} ms = {seedBytes / seedMs / 1000:F1} MB/s; corpus allocates {allocated / 1e6:F2} MB, thread CPU {cpu:F1} ms");
        }
        sampler?.Print(40);
        var clock = typeof(ArticleExtractor).Assembly.GetType("CoopData.Extraction.StageClock");
        if (clock?.GetField("Totals")?.GetValue(null) is System.Collections.IDictionary totals)
        {
            var rows = totals.Keys.Cast<string>().Select(k => (k, ((long, long))totals[k]!)).ToList();
            double all = rows.Sum(r => (double)r.Item2.Item1);
            foreach (var (k, (t, b)) in rows)
                Console.WriteLine($"{k,-10} {100 * t / all,5:F1}%  {b / 1e6,8:F1} MB");
        }
        return 0;
    }
}
