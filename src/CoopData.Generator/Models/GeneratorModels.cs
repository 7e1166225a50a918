// Equatable models flowing between the generator's cached steps. Nothing here may reference
// Compilation, ISymbol, SyntaxNode or SourceText: they would keep old compilations alive and
// defeat the cache (a test walks these types to prove it).
using CoopData.Extraction;
using CoopData.Extraction.Merging;

namespace CoopData.Generator.Models;

/// <summary>A diagnostic as data: where in which file, and the message.</summary>
/// <param name="AlsoPath">Path of a second place the diagnostic concerns, if any.</param>
internal sealed record DiagnosticInfo(string Id, string Path, int Line, int Column, string Message, string? AlsoPath = null, int AlsoLine = 0);

/// <summary>
/// The result of reading and extracting one article file. A struct, so that the collection of every article holds what
/// the later steps compare (path, file name, input and diagnostics references) inline: a pass over it reads no article.
/// </summary>
/// <param name="Input">The sanitized facts and text fingerprint, ready to merge; null when the file could not be read or extraction failed (see diagnostics).</param>
internal readonly record struct ArticleResult(string Path, MergeInput? Input, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The article's file name as the merge knows it (<see cref="Input"/>'s); null without an input.</summary>
    public string? FileName { get; } = Input?.Facts.FileName;
}

/// <summary>Where each article file lives, to locate diagnostics raised after merging.</summary>
internal sealed record ArticleLocation(string File, string Path);

/// <summary>
/// Every article's location, sorted by file name then path, and the path of each file name (the first when names
/// repeat). Equal by content; the map is built once per value, so runs that keep the value keep the map.
/// </summary>
internal sealed class ArticleLocations : System.IEquatable<ArticleLocations>
{
    private volatile System.Collections.Generic.Dictionary<string, string>? _pathsByFile;

    public ArticleLocations(EquatableArray<ArticleLocation> sorted) => Sorted = sorted;

    public static ArticleLocations Empty { get; } = new(EquatableArray<ArticleLocation>.Empty);

    public EquatableArray<ArticleLocation> Sorted { get; }

    // Built on first use; two runs racing build equal maps, either may win (volatile: the winner's map is seen complete).
    public System.Collections.Generic.IReadOnlyDictionary<string, string> PathsByFile => _pathsByFile ??= Map(Sorted);

    private static System.Collections.Generic.Dictionary<string, string> Map(EquatableArray<ArticleLocation> sorted)
    {
        var paths = new System.Collections.Generic.Dictionary<string, string>(sorted.Count, System.StringComparer.Ordinal);
        foreach (var l in sorted)
            if (!paths.ContainsKey(l.File)) paths.Add(l.File, l.Path);
        return paths;
    }

    public bool Equals(ArticleLocations? other) => other is not null && Sorted.Equals(other.Sorted);
    public override bool Equals(object? obj) => Equals(obj as ArticleLocations);
    public override int GetHashCode() => Sorted.GetHashCode();
}

/// <summary>The merged dataset plus what is needed to report its diagnostics.</summary>
/// <param name="Diagnostics">Diagnostics located outside the articles (the curation file's).</param>
internal sealed record DatasetModel(MergedDataset Dataset, ArticleLocations Locations, EquatableArray<DiagnosticInfo> Diagnostics = default);

/// <summary>The curation file as read: its path (empty when there is none) and its parsed content.</summary>
internal sealed record CurationModel(string Path, CurationFile File, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Options the consuming project sets through MSBuild.</summary>
/// <param name="Utf8Literals">Whether the consumer's language version has UTF-8 string literals (C# 11).</param>
internal sealed record GeneratorOptions(string Namespace, EquatableArray<DiagnosticInfo> Diagnostics, bool Utf8Literals = true);

/// <summary>The model of every file to emit and every diagnostic of the merged dataset and of emission.</summary>
internal sealed record EmitOutput(EquatableArray<CoopData.Generator.Emit.FileModel> Files, EquatableArray<DiagnosticInfo> Diagnostics);
