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
        /// <summary>Every article's facts merged (incrementally where possible).</summary>
        public const string Merged = nameof(Merged);
        /// <summary>Each article's file name and path, for diagnostics raised after merging.</summary>
        public const string Locations = nameof(Locations);
        /// <summary>Every article's own diagnostics (reading and extraction), in one array.</summary>
        public const string ArticleDiagnostics = nameof(ArticleDiagnostics);
        public const string Dataset = nameof(Dataset);
        public const string Options = nameof(Options);
        /// <summary>The curation file, parsed. Editing it re-runs this and <see cref="Curated"/>, never <see cref="Articles"/>.</summary>
        public const string Curation = nameof(Curation);
        /// <summary>The merged dataset with the curation applied.</summary>
        public const string Curated = nameof(Curated);
        /// <summary>The plan: one model per generated file, and the diagnostics.</summary>
        public const string Emitted = nameof(Emitted);
        /// <summary>Each file's model on its own, so unchanged ones are cached.</summary>
        public const string FileModels = nameof(FileModels);
        /// <summary>The rendered files: re-run only for models that changed.</summary>
        public const string Files = nameof(Files);
    }

    /// <summary>The curation file's name, when it is not marked with <c>CoopDataCuration="true"</c>.</summary>
    internal const string CurationFileName = "coopdata.json";

    internal const string DefaultNamespace = "CoopData.Generated";

    /// <summary>The engine's entry point, as the generator calls it: file name, text, cancellation.</summary>
    internal delegate ArticleFacts Extractor(string fileName, string text, CancellationToken cancellationToken);

    private readonly Extractor _extract;

    // The merges of earlier runs, to update rather than redo (one per project this instance serves).
    private readonly SnapshotPool<MergeSnapshot> _snapshots = new();
    // What earlier plans worked out per record (member names, sizes, chunk breaks), likewise.
    private readonly SnapshotPool<SourceEmitter.PlanMemory> _plans = new();
    // The classification of the additional files of earlier runs (it holds their AdditionalTexts, as the driver's tables do).
    private readonly SnapshotPool<ClassifiedFiles> _files = new();
    // The articles' locations and diagnostics of earlier runs, with the articles they came from.
    private readonly SnapshotPool<Derived<ArticleLocations>> _locations = new();
    private readonly SnapshotPool<Derived<EquatableArray<DiagnosticInfo>>> _articleDiagnostics = new();

    /// <summary>The generator the compiler loads: extracts with <see cref="ArticleExtractor"/>.</summary>
    public CoopDataGenerator() : this(ArticleExtractor.Extract) { }

    /// <summary>A generator with another engine, for tests that must not depend on extraction quality.</summary>
    internal CoopDataGenerator(Extractor extract) => _extract = extract;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var extract = _extract;
        // Roslyn walks every entry of every per-file node on each run (and a Combine of each file with the options reads
        // the clock per file), so the files are classified in one step over their collection, which keeps the last
        // classification of the files it has seen (Classify); the articles then flow on one by one, each extracted in
        // its own cached step, and everything after the extraction works on one collection again.
        var lastFiles = _files;
        var additionalFiles = context.AdditionalTextsProvider.Collect()
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, _) => Classify(pair.Left, pair.Right, lastFiles));
        var articleFiles = additionalFiles
            .SelectMany(static (f, _) => f.Articles)
            .WithComparer(ReferenceFirstComparer<AdditionalText>.Instance)
            .WithTrackingName(Steps.ArticleFiles);

        var articles = articleFiles
            .Select((file, ct) => ReadAndExtract(file, extract, ct))
            .WithTrackingName(Steps.Articles);
        var allArticles = articles.Collect();

        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ReadOptions(pair.Left.GlobalOptions) with { Utf8Literals = SupportsUtf8Literals(pair.Right) })
            .WithTrackingName(Steps.Options);

        // The merge sees only the facts, and the diagnostics' locations only the file names and paths: an edit that
        // changes neither stops at them (each keeps its last value while its part of every article is the same).
        // The merge updates its previous result where it can (see DatasetMerger.MergeIncrementally).
        var snapshots = _snapshots;
        var merged = allArticles
            .Select((all, ct) => Merge(all, snapshots, ct))
            .WithTrackingName(Steps.Merged);
        var lastLocations = _locations;
        var locations = allArticles
            .Select((all, _) => Locations(all, lastLocations))
            .WithTrackingName(Steps.Locations);
        var dataset = merged.Combine(locations)
            .Select(static (pair, _) => new DatasetModel(pair.Left, pair.Right))
            .WithTrackingName(Steps.Dataset);

        var curation = additionalFiles
            .SelectMany(static (f, _) => f.Curation)
            .WithComparer(ReferenceFirstComparer<AdditionalText>.Instance)
            .Select(static (file, ct) => ReadCuration(file, ct))
            .Collect()
            .Select(static (files, _) => OneCuration(files))
            .WithTrackingName(Steps.Curation);

        var curated = dataset.Combine(curation)
            .Select(static (pair, ct) => ApplyCuration(pair.Left, pair.Right, ct))
            .WithTrackingName(Steps.Curated);

        // One output for every article's diagnostics: an output node visits all its entries on every run, even cached.
        var lastDiagnostics = _articleDiagnostics;
        var articleDiagnostics = allArticles.Select((all, _) => ArticleDiagnostics(all, lastDiagnostics))
            .WithTrackingName(Steps.ArticleDiagnostics);
        context.RegisterSourceOutput(articleDiagnostics, static (spc, all) =>
        {
            foreach (var d in all) spc.ReportDiagnostic(ToDiagnostic(d));
        });

        // The dataset is planned as one value-equal model per file (a chunk of records with their member names),
        // then each file flows on as its own value: only the files whose model changed are rendered again, and
        // a file whose text is unchanged keeps its syntax tree in the compiler.
        var plans = _plans;
        var emitted = curated.Combine(options)
            .Select((pair, ct) => Emit(pair.Left, pair.Right, ct, plans))
            .WithTrackingName(Steps.Emitted);
        var fileModels = emitted
            .SelectMany(static (output, _) => output.Files)
            .WithTrackingName(Steps.FileModels);
        var files = fileModels
            .Select(static (model, _) => SourceEmitter.Render(model))
            .WithTrackingName(Steps.Files);

        context.RegisterSourceOutput(files, static (spc, file) =>
            spc.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8)));
        // The diagnostics as a value of their own: an edit that leaves them equal does not report them all again.
        var emittedDiagnostics = emitted.Select(static (output, _) => output.Diagnostics);
        context.RegisterSourceOutput(emittedDiagnostics, static (spc, diagnostics) =>
        {
            foreach (var d in diagnostics) spc.ReportDiagnostic(ToDiagnostic(d));
        });
    }

    private static bool SupportsUtf8Literals(ParseOptions options) =>
        options is not Microsoft.CodeAnalysis.CSharp.CSharpParseOptions cs || cs.LanguageVersion >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11;

    private static bool IsArticle(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_metadata.AdditionalFiles.CoopDataArticle", out var value)
        && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The additional files that are articles and those that are curation files, and what they were told from.</summary>
    internal sealed class ClassifiedFiles : IEquatable<ClassifiedFiles>
    {
        public ClassifiedFiles(ImmutableArray<AdditionalText> all, AnalyzerConfigOptionsProvider options, byte[] kinds)
        {
            All = all;
            Options = options;
            Kinds = kinds;
            var articles = ImmutableArray.CreateBuilder<AdditionalText>();
            var curation = ImmutableArray.CreateBuilder<AdditionalText>();
            for (int i = 0; i < all.Length; i++)
            {
                if ((kinds[i] & ArticleKind) != 0) articles.Add(all[i]);
                if ((kinds[i] & CurationKind) != 0) curation.Add(all[i]);
            }
            Articles = articles.ToImmutable();
            Curation = curation.ToImmutable();
        }

        /// <summary>Flags of <see cref="Kinds"/>: a file may be both.</summary>
        public const byte ArticleKind = 1, CurationKind = 2;
        public ImmutableArray<AdditionalText> All { get; }
        public AnalyzerConfigOptionsProvider Options { get; }
        /// <summary>What each of <see cref="All"/> is.</summary>
        public byte[] Kinds { get; }
        public ImmutableArray<AdditionalText> Articles { get; }
        public ImmutableArray<AdditionalText> Curation { get; }

        // The same files (by reference: additional texts have no value equality) in the same roles.
        public bool Equals(ClassifiedFiles? other) =>
            other is not null && (ReferenceEquals(this, other) || References.Same(Articles, other.Articles) && References.Same(Curation, other.Curation));

        public override bool Equals(object? obj) => Equals(obj as ClassifiedFiles);

        public override int GetHashCode() => Articles.Length * 31 + Curation.Length;
    }

    // Tells the articles and the curation file from the other additional files. A file's role depends on the file and the
    // options only: with the same options, the files at the same place as in the last run keep their role without a look
    // at their metadata (a pass over references).
    private static ClassifiedFiles Classify(ImmutableArray<AdditionalText> all, AnalyzerConfigOptionsProvider options, SnapshotPool<ClassifiedFiles> pool)
    {
        var last = pool.Take(c => ReferenceEquals(c.Options, options) && c.All.Length == all.Length);
        var kinds = new byte[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            var file = all[i];
            if (last is not null && ReferenceEquals(last.All[i], file)) { kinds[i] = last.Kinds[i]; continue; }
            var fileOptions = options.GetOptions(file);
            kinds[i] = (byte)((IsArticle(fileOptions) ? ClassifiedFiles.ArticleKind : 0) | (IsCuration(file.Path, fileOptions) ? ClassifiedFiles.CurationKind : 0));
        }
        var classified = new ClassifiedFiles(all, options, kinds);
        pool.Return(classified);
        return classified;
    }

    private static bool IsCuration(string? path, AnalyzerConfigOptions options)
    {
        // MSBuild passes the metadata to every AdditionalFile, empty where the item does not set it:
        // empty means "not said", so the file name decides; only an explicit value overrides it.
        if (options.TryGetValue("build_metadata.AdditionalFiles.CoopDataCuration", out var value) && value.Trim().Length > 0)
            return string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return path is not null && string.Equals(FileNameOf(path), CurationFileName, StringComparison.OrdinalIgnoreCase);
    }

    internal static CurationModel ReadCuration(AdditionalText file, CancellationToken cancellationToken)
    {
        string path = file.Path ?? "";
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null) return Unreadable("the file could not be read");
            var parsed = Curation.Parse(text.ToString(), cancellationToken);
            return new CurationModel(path, parsed, parsed.Problems
                .Select(p => new DiagnosticInfo(DiagnosticIds.CurationError, path, p.Line, p.Column, CurationMessage(p.Message)))
                .ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Unreadable(e.Message);
        }

        CurationModel Unreadable(string reason) => new(path, CurationFile.Empty,
            new[] { new DiagnosticInfo(DiagnosticIds.CurationError, path, 1, 1, CurationMessage(reason)) }.ToEquatableArray());
    }

    private static string CurationMessage(string message) => "coopdata.json: " + message.TrimEnd('.') + ".";

    // One curation file per project: the first by path is used, the others are reported.
    private static CurationModel OneCuration(ImmutableArray<CurationModel> files)
    {
        if (files.Length == 0) return new CurationModel("", CurationFile.Empty, EquatableArray<DiagnosticInfo>.Empty);
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var first = ordered[0];
        if (ordered.Count == 1) return first;
        return first with
        {
            Diagnostics = first.Diagnostics.Concat(ordered.Skip(1).Select(f => new DiagnosticInfo(DiagnosticIds.CurationError, f.Path, 1, 1,
                $"Only one curation file is read; '{first.Path}' is used and this one is ignored."))).ToEquatableArray(),
        };
    }

    private static DatasetModel ApplyCuration(DatasetModel model, CurationModel curation, CancellationToken cancellationToken)
    {
        if (curation.Path.Length == 0) return model;
        var diagnostics = curation.Diagnostics.ToList();
        try
        {
            var problems = new List<CurationProblem>();
            var dataset = Curation.Apply(model.Dataset, curation.File, problems, cancellationToken);
            diagnostics.AddRange(problems.Select(p => new DiagnosticInfo(DiagnosticIds.CurationError, curation.Path, p.Line, p.Column, CurationMessage(p.Message))));
            return new DatasetModel(dataset, model.Locations, diagnostics.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.CurationError, curation.Path, 1, 1, CurationMessage("it could not be applied (" + e.Message + "); the data is generated without it")));
            return new DatasetModel(model.Dataset, model.Locations, diagnostics.ToEquatableArray());
        }
    }

    internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
    {
        var diagnostics = BinaryArticles(global);
        if (!global.TryGetValue("build_property.CoopDataNamespace", out var ns) || string.IsNullOrWhiteSpace(ns))
            return new GeneratorOptions(DefaultNamespace, diagnostics.ToEquatableArray());
        ns = ns.Trim();
        if (ns.Split('.').All(part => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
                && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None))
            return new GeneratorOptions(ns, diagnostics.ToEquatableArray());
        diagnostics.Add(new DiagnosticInfo(DiagnosticIds.CurationError, "", 0, 0,
            $"CoopDataNamespace '{ns}' is not a valid C# namespace; the data is generated in '{DefaultNamespace}' instead."));
        return new GeneratorOptions(DefaultNamespace, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The articles CoopData.targets left out of the compilation as binary (the compiler refuses them, CS2015), each an
    /// unreadable article, in path order.
    /// </summary>
    private static List<DiagnosticInfo> BinaryArticles(AnalyzerConfigOptions global)
    {
        var result = new List<DiagnosticInfo>();
        if (!global.TryGetValue("build_property.CoopDataBinaryArticles", out var paths) || string.IsNullOrWhiteSpace(paths)) return result;
        var sorted = paths.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        sorted.Sort(StringComparer.Ordinal);
        foreach (var path in sorted)
            result.Add(new DiagnosticInfo(DiagnosticIds.UnreadableFile, path, 1, 1, ArticleText.NulCharacters + ", so it was left out of the compilation"));
        return result;
    }

    internal static ArticleResult ReadAndExtract(AdditionalText file, Extractor extract, CancellationToken cancellationToken)
    {
        string path = file.Path ?? "";
        string fileName;
        try
        {
            fileName = Folding.Normalize(System.IO.Path.GetFileName(path), System.Text.NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Characters no file system allows; keep what follows the last separator.
            fileName = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        }
        if (fileName.Length == 0) fileName = "article";
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

        string text;
        var limits = new List<DiagnosticInfo>();
        try
        {
            // Past the size limit only a prefix is read (and copied): cost stays bounded however large the file.
            if (source.Length > ArticleText.MaxChars)
            {
                string head = source.ToString(new TextSpan(0, ArticleText.MaxChars));
                int cut = ArticleText.CutPoint(head, ArticleText.MaxChars);
                text = head.Substring(0, cut);
                var end = source.Lines.GetLinePosition(cut);
                limits.Add(new DiagnosticInfo(Descriptors.ArticleTooLargeId, path, end.Line + 1, end.Character + 1,
                    $"{source.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters; only the first {cut.ToString(System.Globalization.CultureInfo.InvariantCulture)} (up to line {(end.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}) are read"));
            }
            else
            {
                text = source.ToString();
            }
            if (ArticleText.WhyNotText(text, cancellationToken) is { } reason) return Failed(path, DiagnosticIds.UnreadableFile, reason);
            text = ArticleText.Normalize(text, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(path, DiagnosticIds.UnreadableFile, e.Message);
        }

        string fingerprint = Fingerprint.Of(text, cancellationToken);
        try
        {
            var facts = extract(fileName, text, cancellationToken);
            if (facts is null) return Failed(path, DiagnosticIds.ExtractionFailed, "the engine returned no result");
            // The generator owns the article's identity; the input makes everything else safe to merge and emit.
            var input = new MergeInput(facts with { FileName = fileName }, fingerprint);
            var diagnostics = limits.Count == 0 && input.Facts.Diagnostics.Count == 0
                ? EquatableArray<DiagnosticInfo>.Empty // one shared array: the articles' diagnostics then compare by reference
                : limits.Concat(input.Facts.Diagnostics.Select(d => new DiagnosticInfo(d.Id, path, d.Line, d.Column, d.Message))).ToEquatableArray();
            return new ArticleResult(path, input, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An engine bug must cost one article, never the build.
            return Failed(path, DiagnosticIds.ExtractionFailed, e.GetType().Name + ": " + e.Message);
        }

        static ArticleResult Failed(string path, string id, string reason) =>
            new(path, null, new[] { new DiagnosticInfo(id, path, 1, 1, reason) }.ToEquatableArray());
    }

    private static MergedDataset Merge(ImmutableArray<ArticleResult> all, SnapshotPool<MergeSnapshot> snapshots, CancellationToken cancellationToken)
    {
        var inputs = new List<MergeInput>(all.Length);
        foreach (var result in all)
            if (result.Input is not null) inputs.Add(result.Input);
        try
        {
            var snapshot = DatasetMerger.MergeIncrementally(inputs, snapshots.Take(s => s.Resembles(inputs)), cancellationToken);
            snapshots.Return(snapshot);
            return snapshot.Result;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A merger bug must not cost the build: emit an empty dataset and say why.
            return DatasetMerger.Merge(Array.Empty<MergeInput>()) with
            {
                Diagnostics = new[] { new MergeDiagnostic(DiagnosticIds.ExtractionFailed, "", 0, "merging failed (" + e.GetType().Name + ": " + e.Message + "); no records are generated", null) }.ToEquatableArray(),
            };
        }
    }

    /// <summary>A value worked out from every article, and the articles it came from.</summary>
    internal sealed class Derived<T>(ImmutableArray<ArticleResult> from, T value)
    {
        public ImmutableArray<ArticleResult> From = from;
        public readonly T Value = value;
    }

    // The earlier value while every article's part of it is the same: a pass over the collected articles, which hold
    // those parts inline, so that an edit elsewhere does not sort or copy every article's again.
    private static T Derive<T>(ImmutableArray<ArticleResult> all, SnapshotPool<Derived<T>> pool, Func<ArticleResult, ArticleResult, bool> same,
        Func<ImmutableArray<ArticleResult>, T> make)
    {
        var last = pool.Take(d => d.From.Length == all.Length);
        if (last is not null)
        {
            bool unchanged = true;
            for (int i = 0; i < all.Length && unchanged; i++) unchanged = same(last.From[i], all[i]);
            if (!unchanged) last = null;
        }
        last ??= new Derived<T>(all, make(all));
        last.From = all;
        pool.Return(last);
        return last.Value;
    }

    private static ArticleLocations Locations(ImmutableArray<ArticleResult> all, SnapshotPool<Derived<ArticleLocations>> pool) =>
        Derive(all, pool, static (a, b) => string.Equals(a.FileName, b.FileName, StringComparison.Ordinal) && string.Equals(a.Path, b.Path, StringComparison.Ordinal),
            static all => new ArticleLocations(all.Where(r => r.FileName is not null).Select(r => new ArticleLocation(r.FileName!, r.Path))
                .OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Path, StringComparer.Ordinal)
                .ToEquatableArray()));

    private static EquatableArray<DiagnosticInfo> ArticleDiagnostics(ImmutableArray<ArticleResult> all, SnapshotPool<Derived<EquatableArray<DiagnosticInfo>>> pool) =>
        Derive(all, pool, static (a, b) => a.Diagnostics.Equals(b.Diagnostics),
            static all => all.SelectMany(r => r.Diagnostics).ToEquatableArray());

    internal static EmitOutput Emit(DatasetModel model, GeneratorOptions options, CancellationToken cancellationToken,
        SnapshotPool<SourceEmitter.PlanMemory>? plans = null)
    {
        var diagnostics = new List<DiagnosticInfo>(options.Diagnostics);
        diagnostics.AddRange(model.Diagnostics);

        var paths = model.Locations.PathsByFile;
        var memory = plans?.Take(m => m.Fits(model.Dataset)) ?? new SourceEmitter.PlanMemory();

        // The merge's diagnostics, located: the earlier ones while the merge's and the locations are the same.
        if (!memory.MergeDiagnosticsFrom.IsSameArray(model.Dataset.Diagnostics) || !ReferenceEquals(memory.MergeDiagnosticsPaths, paths))
        {
            var located = new DiagnosticInfo[model.Dataset.Diagnostics.Count];
            int n = 0;
            foreach (var d in model.Dataset.Diagnostics)
            {
                paths.TryGetValue(d.ArticleFile, out var path);
                string? alsoPath = d.Also is { } also && paths.TryGetValue(also.ArticleFile, out var p) ? p : null;
                located[n++] = new DiagnosticInfo(d.Id, path ?? d.ArticleFile, d.Line, 1, d.Message, alsoPath, d.Also?.Line ?? 0);
            }
            memory.MergeDiagnostics = located;
            memory.MergeDiagnosticsFrom = model.Dataset.Diagnostics;
            memory.MergeDiagnosticsPaths = paths;
        }
        diagnostics.AddRange(memory.MergeDiagnostics);

        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<FileModel> files;
        int before = diagnostics.Count;
        try
        {
            files = SourceEmitter.Plan(model.Dataset, options.Namespace, diagnostics, paths, options.Utf8Literals, memory);
            // The very same diagnostics as the last run's: the same array, which the cache then compares at once.
            if (!References.Same(diagnostics, memory.Diagnostics)) memory.Diagnostics = diagnostics.ToEquatableArray();
            plans?.Return(memory);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An emitter bug still leaves the generated API in place, empty, so the project compiles and says why.
            diagnostics.RemoveRange(before, diagnostics.Count - before);
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.ExtractionFailed, "", 0, 0,
                "generating the records failed (" + e.GetType().Name + ": " + e.Message + "); the dataset is generated empty"));
            files = SourceEmitter.Plan(DatasetMerger.Merge(Array.Empty<MergeInput>()), options.Namespace, new List<DiagnosticInfo>(), paths, options.Utf8Literals);
            return new EmitOutput(files.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
        return new EmitOutput(files.ToEquatableArray(), memory.Diagnostics);
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var descriptor = Descriptors.ForId(info.Id);
        var location = At(info.Path, info.Line, info.Column);
        var additional = info.AlsoPath is { } also ? new[] { At(also, info.AlsoLine, 1) } : null;
        object[] args = descriptor.Id is DiagnosticIds.ExtractionFailed or DiagnosticIds.UnreadableFile or Descriptors.ArticleTooLargeId
            ? new object[] { info.Path.Length == 0 ? "(all articles)" : FileNameOf(info.Path), info.Message.TrimEnd('.') }
            : new object[] { info.Message };
        return Diagnostic.Create(descriptor, location, additional, args);
    }

    private static string FileNameOf(string path) =>
        path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);

    private static Location At(string path, int line, int column)
    {
        if (path.Length == 0) return Location.None;
        var position = new LinePosition(Math.Max(0, line - 1), Math.Max(0, column - 1));
        return Location.Create(path, default, new LinePositionSpan(position, position));
    }
}
