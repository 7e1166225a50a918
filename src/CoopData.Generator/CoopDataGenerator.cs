using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CoopData.Extraction;
using CoopData.Extraction.Merging;
using CoopData.Extraction.Text;
using CoopData.Generator.Diagnostics;
using CoopData.Generator.Emit;
using CoopData.Generator.Helpers;
using CoopData.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CoopData.Generator;

/// <summary>
/// Reads the articles passed as AdditionalFiles (metadata <c>CoopDataArticle="true"</c>), extracts
/// their facts, merges them and emits typed records. Each article is read and extracted in its own
/// cached step, so editing one article re-extracts only that one and editing C# re-extracts none.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CoopDataGenerator : IIncrementalGenerator
{
    /// <summary>Names of the tracked pipeline steps, for step-tracking tests.</summary>
    public static class Steps
    {
        public const string ArticleFiles = nameof(ArticleFiles);
        public const string Articles = nameof(Articles);
        public const string Dataset = nameof(Dataset);
        public const string Options = nameof(Options);
        /// <summary>The plan: one model per generated file, and the diagnostics.</summary>
        public const string Emitted = nameof(Emitted);
        /// <summary>Each file's model on its own, so unchanged ones are cached.</summary>
        public const string FileModels = nameof(FileModels);
        /// <summary>The rendered files: re-run only for models that changed.</summary>
        public const string Files = nameof(Files);
    }

    internal const string DefaultNamespace = "CoopData.Generated";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var articleFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsArticle(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(Steps.ArticleFiles);

        var articles = articleFiles
            .Select(static (file, ct) => ReadAndExtract(file, ct))
            .WithTrackingName(Steps.Articles);

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ReadOptions(pair.Left.GlobalOptions) with { Utf8Literals = SupportsUtf8Literals(pair.Right) })
            .WithTrackingName(Steps.Options);

        var dataset = articles.Collect()
            .Select(static (results, ct) => Merge(results, ct))
            .WithTrackingName(Steps.Dataset);

        context.RegisterSourceOutput(articles, static (spc, result) =>
        {
            foreach (var d in result.Diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
        });

        // The dataset is planned as one value-equal model per file (a chunk of records with their member names),
        // then each file flows on as its own value: only the files whose model changed are rendered again, and
        // a file whose text is unchanged keeps its syntax tree in the compiler.
        var emitted = dataset.Combine(options)
            .Select(static (pair, ct) => Emit(pair.Left, pair.Right, ct))
            .WithTrackingName(Steps.Emitted);
        var fileModels = emitted
            .SelectMany(static (output, _) => output.Files)
            .WithTrackingName(Steps.FileModels);
        var files = fileModels
            .Select(static (model, _) => SourceEmitter.Render(model))
            .WithTrackingName(Steps.Files);

        context.RegisterSourceOutput(files, static (spc, file) =>
            spc.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8)));
        context.RegisterSourceOutput(emitted, static (spc, output) =>
        {
            foreach (var d in output.Diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
        });
    }

    private static bool SupportsUtf8Literals(ParseOptions options) =>
        options is not Microsoft.CodeAnalysis.CSharp.CSharpParseOptions cs || cs.LanguageVersion >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11;

    private static bool IsArticle(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_metadata.AdditionalFiles.CoopDataArticle", out var value)
        && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
    {
        if (!global.TryGetValue("build_property.CoopDataNamespace", out var ns) || string.IsNullOrWhiteSpace(ns))
            return new GeneratorOptions(DefaultNamespace, EquatableArray<DiagnosticInfo>.Empty);
        ns = ns.Trim();
        if (ns.Split('.').All(part => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
                && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None))
            return new GeneratorOptions(ns, EquatableArray<DiagnosticInfo>.Empty);
        return new GeneratorOptions(DefaultNamespace, new[]
        {
            new DiagnosticInfo(DiagnosticIds.CurationError, "", 0, 0,
                $"CoopDataNamespace '{ns}' is not a valid C# namespace; the data is generated in '{DefaultNamespace}' instead."),
        }.ToEquatableArray());
    }

    internal static ArticleResult ReadAndExtract(AdditionalText file, CancellationToken cancellationToken)
    {
        string path = file.Path;
        string fileName = System.IO.Path.GetFileName(path);
        SourceText? source;
        try
        {
            source = file.GetText(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(path, DiagnosticIds.UnreadableFile, e.Message);
        }
        if (source is null) return Failed(path, DiagnosticIds.UnreadableFile, "the file could not be read");

        string text = source.ToString();
        if (ArticleText.WhyNotText(text) is { } reason) return Failed(path, DiagnosticIds.UnreadableFile, reason);

        string fingerprint = Fingerprint.Of(text);
        try
        {
            var facts = ArticleExtractor.Extract(fileName, text, cancellationToken);
            var diagnostics = facts.Diagnostics
                .Select(d => new DiagnosticInfo(d.Id, path, d.Line, d.Column, d.Message))
                .ToEquatableArray();
            return new ArticleResult(path, facts, fingerprint, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An engine bug must cost one article, never the build.
            return Failed(path, DiagnosticIds.ExtractionFailed, e.GetType().Name + ": " + e.Message);
        }

        static ArticleResult Failed(string path, string id, string reason) =>
            new(path, null, "", new[] { new DiagnosticInfo(id, path, 1, 1, reason) }.ToEquatableArray());
    }

    private static DatasetModel Merge(ImmutableArray<ArticleResult> results, CancellationToken cancellationToken)
    {
        var ok = results.Where(r => r.Facts is not null).ToList();
        var merged = DatasetMerger.Merge(ok.Select(r => new MergeInput(r.Facts!, r.Fingerprint)), cancellationToken);
        var locations = ok
            .Select(r => new ArticleLocation(r.Facts!.FileName, r.Path))
            .OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Path, StringComparer.Ordinal)
            .ToEquatableArray();
        return new DatasetModel(merged, locations);
    }

    internal static EmitOutput Emit(DatasetModel model, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(options.Diagnostics);

        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var l in model.Locations)
            if (!paths.ContainsKey(l.File)) paths.Add(l.File, l.Path);

        foreach (var d in model.Dataset.Diagnostics)
        {
            paths.TryGetValue(d.ArticleFile, out var path);
            string? alsoPath = d.Also is { } also && paths.TryGetValue(also.ArticleFile, out var p) ? p : null;
            diagnostics.Add(new DiagnosticInfo(d.Id, path ?? d.ArticleFile, d.Line, 1, d.Message, alsoPath, d.Also?.Line ?? 0));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var files = SourceEmitter.Plan(model.Dataset, options.Namespace, diagnostics, paths, options.Utf8Literals);
        return new EmitOutput(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = Descriptors.ForId(info.Id);
        var location = At(info.Path, info.Line, info.Column);
        var additional = info.AlsoPath is { } also ? new[] { At(also, info.AlsoLine, 1) } : null;
        object[] args = descriptor.Id is DiagnosticIds.ExtractionFailed or DiagnosticIds.UnreadableFile
            ? new object[] { System.IO.Path.GetFileName(info.Path), info.Message.TrimEnd('.') }
            : new object[] { info.Message };
        return Diagnostic.Create(descriptor, location, additional, args);
    }

    private static Location At(string path, int line, int column)
    {
        if (path.Length == 0) return Location.None;
        var position = new LinePosition(Math.Max(0, line - 1), Math.Max(0, column - 1));
        return Location.Create(path, default, new LinePositionSpan(position, position));
    }
}
