using System;
using System.Diagnostics;
using System.Linq;
using System.Runtime;

namespace CoopData.Benchmarks;

/// <summary>
/// `--first-access`: in this fresh process, what the seeds' first access costs and how much of it is the JIT
/// (methods compiled, JIT time) and assembly loading. Run several times: one process is one sample.
/// </summary>
internal static class FirstAccessProbe
{
    public static int Run()
    {
        var asm0 = AppDomain.CurrentDomain.GetAssemblies();
        long methods0 = JitInfo.GetCompiledMethodCount();
        var jit0 = JitInfo.GetCompilationTime();
        var sw = Stopwatch.StartNew();
        int count = CoopData.Benchmarks.Seeds.Dataset.Instance.Cities.Count;
        var elapsed = sw.Elapsed;
        long methods = JitInfo.GetCompiledMethodCount() - methods0;
        var jit = JitInfo.GetCompilationTime() - jit0;
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Except(asm0).Select(a => a.GetName().Name).ToList();
        Console.WriteLine($"first access {elapsed.TotalMilliseconds:F2} ms ({count} cities): JIT {methods} methods in {jit.TotalMilliseconds:F2} ms, {loaded.Count} assemblies loaded ({string.Join(", ", loaded)})");
        return 0;
    }
}
