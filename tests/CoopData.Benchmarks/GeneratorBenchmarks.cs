using System.Linq;
using BenchmarkDotNet.Attributes;
using CoopData.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoopData.Benchmarks;

/// <summary>2. A full generator run, as on a clean build: read, extract, merge, emit, parse the output.</summary>
[ShortRunJob]
public class GeneratorColdBenchmarks
{
    private AdditionalText[] _texts = [];
    private Compilation _compilation = null!;

    [Params(1, 100, 1000, 5000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = Harness.Texts(CorpusGenerator.Generate(Articles));
        _compilation = Harness.Compilation(Harness.Probe);
        _ = CoopData.Extraction.Gazetteer.PlaceIndex.Default.Places.Count;
    }

    [Benchmark]
    public GeneratorDriver FullRun() => Harness.Driver(_texts).RunGenerators(_compilation);
}

/// <summary>
/// 3. What the IDE pays after an edit, with the previous run's cache. Each invocation makes a real
/// edit (it toggles between two versions), so nothing is a no-op.
/// </summary>
[ShortRunJob]
public class GeneratorIncrementalBenchmarks
{
    private GeneratorDriver _driver = null!;
    private Compilation _compilation = null!, _editedCompilation = null!;
    private AdditionalText _original = null!, _edited = null!;
    private bool _articleEdited, _csharpEdited;

    [Params(100, 1000, 5000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusGenerator.Generate(Articles);
        var texts = Harness.Texts(corpus);
        _compilation = Harness.Compilation(Harness.Probe, "namespace Consumer { public static class Unrelated { public static int Answer() => 42; } }");
        var tree = _compilation.SyntaxTrees.Last();
        _editedCompilation = _compilation.ReplaceSyntaxTree(tree,
            CSharpSyntaxTree.ParseText("namespace Consumer { public static class Unrelated { public static int Answer() => 43; } }", Harness.ParseOptions, tree.FilePath));

        // The article in the middle of the corpus; the edit changes a fact (the partnership's year), not only bytes.
        _original = texts[texts.Length / 2];
        string text = _original.GetText()!.ToString();
        string edited = Harness.EditYears(text);
        _edited = new InMemoryText(_original.Path, edited == text ? text + "\nHanoi and Paris have been sister cities since 1999.\n" : edited);

        _driver = Harness.Driver(texts).RunGenerators(_compilation);
    }

    [Benchmark]
    public GeneratorDriver EditOneArticle()
    {
        var (from, to) = _articleEdited ? (_edited, _original) : (_original, _edited);
        _articleEdited = !_articleEdited;
        _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _driver;
    }

    [Benchmark]
    public GeneratorDriver EditUnrelatedCSharp()
    {
        _csharpEdited = !_csharpEdited;
        _driver = _driver.RunGenerators(_csharpEdited ? _editedCompilation : _compilation);
        return _driver;
    }
}
