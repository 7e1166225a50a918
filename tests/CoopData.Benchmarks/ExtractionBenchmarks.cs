using System.Linq;
using BenchmarkDotNet.Attributes;
using CoopData.Corpus;
using CoopData.Extraction;

namespace CoopData.Benchmarks;

/// <summary>1. The whole engine on one thread: text in, facts out. The MB/s column is UTF-8 bytes per second at the median.</summary>
[Config(typeof(ThroughputConfig))]
[ShortRunJob]
public class ExtractionBenchmarks
{
    /// <summary>Corpus articles used for the large input (about 1 MB).</summary>
    public const int CorpusArticles = 200;

    private (string Name, string Text)[] _articles = [];

    [Params("seeds", "corpus")]
    public string Input { get; set; } = "seeds";

    [GlobalSetup]
    public void Setup()
    {
        _articles = Input == "seeds"
            ? Harness.Seeds()
            : CorpusGenerator.Generate(CorpusArticles).Select(a => (a.FileName, a.Text)).ToArray();
        PlaceIndex();
    }

    // The gazetteer loads once per process; a build pays it once, so it is kept out of the per-article figure.
    private static void PlaceIndex() => _ = CoopData.Extraction.Gazetteer.PlaceIndex.Default.Places.Count;

    [Benchmark]
    public int Extract()
    {
        int facts = 0;
        foreach (var (name, text) in _articles)
        {
            var f = ArticleExtractor.Extract(name, text);
            facts += f.Cities.Count + f.Partnerships.Count + f.Events.Count + f.People.Count;
        }
        return facts;
    }

    /// <summary>UTF-8 bytes of an input, for the throughput column (computed in the host process).</summary>
    public static long BytesOf(string input) => input == "seeds"
        ? Harness.Seeds().Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text))
        : CorpusGenerator.Utf8Bytes(CorpusGenerator.Generate(CorpusArticles));
}
