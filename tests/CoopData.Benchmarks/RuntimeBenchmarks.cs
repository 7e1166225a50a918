using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CoopData.Corpus;
using CoopData.Extraction.Merging;
using CoopData.Generator.Emit;

namespace CoopData.Benchmarks;

/// <summary>Datasets for the run-time benchmarks: the seeds compiled into this assembly, or a corpus compiled in memory.</summary>
internal static class RuntimeData
{
    /// <summary>Builds the seeds' dataset from the code the generator put in this assembly (what type initialisation runs).</summary>
    public static CoopDataset Seeds() => CoopData.Benchmarks.Seeds.CoopDataStore.Create();

    /// <summary>
    /// A function building the dataset of <paramref name="articles"/> corpus articles from generated code: the
    /// corpus's known facts are merged and emitted by the generator's emitter, compiled and loaded.
    /// </summary>
    public static Func<CoopDataset> Corpus(int articles)
    {
        var facts = CorpusGenerator.Generate(articles).Select(a => new MergeInput(a.Truth, a.FileName)).ToList();
        var merged = DatasetMerger.Merge(facts);
        var files = SourceEmitter.Emit(merged, "CoopData.Generated", new(), new System.Collections.Generic.Dictionary<string, string>());
        var image = Harness.Emit(Harness.Compilation(files.Select(f => f.Text).Append(Harness.Probe).ToArray()));
        var assembly = new AssemblyLoadContext("corpus" + articles).LoadFromStream(new System.IO.MemoryStream(image));
        var create = assembly.GetType("CoopData.Generated.CoopDataStore")!.GetMethod("Create", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
        return create.CreateDelegate<Func<CoopDataset>>();
    }
}

/// <summary>
/// 5a. Building the dataset in a warm process: the generated code against deserialising the same
/// data from its JSON export (source-generated System.Text.Json), to DTOs only and on to a CoopDataset.
/// </summary>
[ShortRunJob]
public class StartupBenchmarks
{
    private Func<CoopDataset> _generated = null!;
    private string _json = "";

    [Params("seeds", "corpus-1000")]
    public string Data { get; set; } = "seeds";

    [GlobalSetup]
    public void Setup()
    {
        _generated = Data == "seeds" ? RuntimeData.Seeds : RuntimeData.Corpus(1000);
        _json = _generated().ToJson(indented: false);
    }

    [Benchmark(Baseline = true)]
    public CoopDataset Generated() => _generated();

    [Benchmark]
    public DatasetDto JsonToDtos() => JsonAlternative.Deserialize(_json);

    [Benchmark]
    public CoopDataset JsonToDataset() => JsonAlternative.Build(JsonAlternative.Deserialize(_json));
}

/// <summary>
/// 5b. First access in a fresh process, type initialisation and JIT included: one invocation per
/// process, no warm-up, 15 processes. The JSON side deserialises the seeds' export and builds a dataset.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, invocationCount: 1, id: "ColdStart")]
public class FirstAccessBenchmarks
{
    private string _json = "";

    [GlobalSetup(Target = nameof(JsonFirstAccess))]
    public void SetupJson() =>
        // Read from the export the Explorer would write; built here from the seeds' records in a throwaway dataset.
        _json = RuntimeData.Seeds().ToJson(indented: false);

    [Benchmark(Baseline = true)]
    public int GeneratedFirstAccess() => CoopData.Benchmarks.Seeds.Dataset.Instance.Cities.Count;

    [Benchmark]
    public int JsonFirstAccess() => JsonAlternative.Build(JsonAlternative.Deserialize(_json)).Cities.Count;

    /// <summary>The harness's own cost in a fresh process (a benchmark that does nothing): the floor under the two above.</summary>
    [Benchmark]
    public int EmptyColdStart() => 0;
}

/// <summary>5c. Lookups on a built dataset of 1,000 corpus articles: by id, by name (folded), and the JSON user's LINQ scan.</summary>
[ShortRunJob]
public class LookupBenchmarks
{
    private CoopDataset _data = null!;
    private DatasetDto _dtos = null!;
    private string _id = "", _name = "", _accented = "", _person = "";

    [GlobalSetup]
    public void Setup()
    {
        _data = RuntimeData.Corpus(1000)();
        _dtos = JsonAlternative.Deserialize(_data.ToJson(indented: false));
        var city = _data.Cities[_data.Cities.Count / 2];
        _id = city.Id;
        _name = city.Name.ToUpperInvariant();
        _accented = _data.Cities.SelectMany(c => c.Aliases).FirstOrDefault(a => a.Any(ch => ch > 127)) ?? city.Name;
        _person = _data.People[_data.People.Count / 2].Name;
    }

    [Benchmark]
    public City GetCityById() => _data.GetCity(_id);

    [Benchmark]
    public bool TryGetCityById() => _data.TryGetCity(_id, out _);

    [Benchmark]
    public City? FindCityByName() => _data.FindCity(_name);

    [Benchmark]
    public City? FindCityByVietnameseName() => _data.FindCity(_accented);

    [Benchmark]
    public Person? FindPersonByName() => _data.FindPerson(_person);

    [Benchmark]
    public CityDto? JsonDtosLinqById() => _dtos.Cities.FirstOrDefault(c => c.Id == _id);
}
