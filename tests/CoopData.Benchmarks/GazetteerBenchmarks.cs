using BenchmarkDotNet.Attributes;
using CoopData.Extraction.Gazetteer;

namespace CoopData.Benchmarks;

/// <summary>The gazetteer's one-off cost per compiler process: loading the embedded index, and the near-miss index on first use.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    [Benchmark]
    public int Load()
    {
        using var stream = typeof(PlaceIndex).Assembly.GetManifestResourceStream(PlaceIndex.ResourceName)!;
        return PlaceIndex.Load(stream).Places.Count;
    }

    [Benchmark]
    public int LoadAndFirstNearMiss()
    {
        using var stream = typeof(PlaceIndex).Assembly.GetManifestResourceStream(PlaceIndex.ResourceName)!;
        return PlaceIndex.Load(stream).FindNear("quangzhou").Count;
    }
}
