using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using CoopData.Corpus;
using CoopData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CoopData.Benchmarks;

/// <summary>An article held in memory, as the IDE hands it to the generator.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Every .txt additional file is an article, as the package's props make it.</summary>
internal sealed class ArticleOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options Article = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CoopDataArticle"] = "true" });
    public override AnalyzerConfigOptions GlobalOptions { get; } = Options.Empty;
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".txt", StringComparison.Ordinal) ? Article : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>Drivers, compilations and inputs shared by the benchmarks.</summary>
internal static class Harness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(CoopData.City).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public const string Probe = "namespace Consumer { public static class Probe { public static int Count() => CoopData.Generated.Dataset.Instance.Cities.Count; } }";

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Consumer", trees, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static CSharpCompilation Compilation(params string[] sources) =>
        Compilation(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Consumer{i}.cs")));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new CoopDataGenerator().AsSourceGenerator() }, texts, ParseOptions, new ArticleOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// The edit the incremental benchmarks and profiles make: every year from 1980 to 2019 one earlier, so a fact
    /// changes (a partnership's year), not only bytes. The text itself when it has no such year.
    /// </summary>
    public static string EditYears(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\b(19[89]\d|20[01]\d)\b",
            m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            default, TimeSpan.FromSeconds(1));

    public static AdditionalText[] Texts(IEnumerable<CorpusArticle> articles) =>
        articles.Select(a => (AdditionalText)new InMemoryText("/corpus/" + a.FileName, a.Text)).ToArray();

    /// <summary>The repo's seed articles, copied beside the benchmark assembly.</summary>
    public static (string Name, string Text)[] Seeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToArray();

    /// <summary>Throws with the first errors when <paramref name="compilation"/> does not emit cleanly.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return stream.ToArray();
    }
}
