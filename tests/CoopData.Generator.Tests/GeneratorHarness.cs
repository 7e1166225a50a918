using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CoopData.Generator.Tests;

/// <summary>An article or other additional file held in memory.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild's view of the project: which additional files are articles, and global properties.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globals, Func<string, bool> isArticle) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        isArticle(textFile.Path)
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CoopDataArticle"] = "true" })
            : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the generator the way the compiler does, and compiles and runs its output.</summary>
internal static class GeneratorHarness
{
    public const string Consumer = "using System; using System.Linq; namespace Consumer { public static class Probe { public static int Count() => CoopData.Generated.Dataset.Instance.Cities.Count; } }";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(CoopData.City).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create("Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"Consumer{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error, deterministic: true));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? globals = null, bool track = true,
        CoopDataGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            new[] { (generator ?? new CoopDataGenerator()).AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new TestOptionsProvider(globals ?? new Dictionary<string, string>(), path => path.EndsWith(".txt", StringComparison.Ordinal)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs the generator over <paramref name="articles"/> (path → text) and returns the output compilation.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Result) Run(
        IEnumerable<(string Path, string Text)> articles, string consumer = Consumer, IReadOnlyDictionary<string, string>? globals = null,
        CoopDataGenerator? generator = null, System.Threading.CancellationToken cancellationToken = default)
    {
        var driver = Driver(articles.Select(a => (AdditionalText)new InMemoryText(a.Path, a.Text)), globals, generator: generator);
        driver = driver.RunGeneratorsAndUpdateCompilation(Compilation(consumer), out var output, out var diagnostics, cancellationToken);
        return (output, diagnostics, driver.GetRunResult());
    }

    /// <summary>Emits <paramref name="compilation"/>, failing with every error if it does not compile cleanly, and loads it.</summary>
    public static Assembly CompileAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(result.Success && problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>The generated files of a run, by hint name, in hint-name order.</summary>
    public static IReadOnlyList<(string HintName, string Text)> GeneratedFiles(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

    /// <summary>The generated dataset of a loaded consumer assembly.</summary>
    public static CoopDataset DatasetOf(Assembly assembly, string ns = "CoopData.Generated")
    {
        try
        {
            return (CoopDataset)assembly.GetType(ns + ".Dataset")!.GetProperty("Instance")!.GetValue(null)!;
        }
        catch (TargetInvocationException e)
        {
            // Name what the runtime library rejected, not the reflection and type-initializer wrappers.
            Exception inner = e;
            while (inner.InnerException is { } next) inner = next;
            throw new InvalidOperationException("The generated dataset failed to initialise: " + inner.GetType().Name + ": " + inner.Message, inner);
        }
    }
}
