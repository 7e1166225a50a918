using CoopData.Extraction;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Diagnostics;

/// <summary>The diagnostic catalogue. Ids live in <see cref="DiagnosticIds"/>; texts and severities here.</summary>
internal static class Descriptors
{
    private const string Category = "CoopData";

    public static readonly DiagnosticDescriptor UnreadableFile = Create(DiagnosticIds.UnreadableFile,
        "Article file is not readable text",
        "Article '{0}' is not readable text: {1}. It is skipped; every other article is still generated.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoFacts = Create(DiagnosticIds.NoFacts,
        "Article states no cooperation facts",
        "{0}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NoPublicationDate = Create(DiagnosticIds.NoPublicationDate,
        "No publication date found",
        "{0}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor AmbiguousPlace = Create(DiagnosticIds.AmbiguousPlace,
        "Ambiguous place name",
        "{0}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ConflictingFacts = Create(DiagnosticIds.ConflictingFacts,
        "Articles disagree about a fact",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateArticle = Create(DiagnosticIds.DuplicateArticle,
        "Duplicate article",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(DiagnosticIds.IdentifierCollision,
        "Name adjusted to form a unique identifier",
        "{0}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor CurationError = Create(DiagnosticIds.CurationError,
        "Invalid curation file",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ExtractionFailed = Create(DiagnosticIds.ExtractionFailed,
        "Extraction failed for an article",
        "Extraction failed for article '{0}': {1}. Its facts are missing; every other article is still generated.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedLanguage = Create(DiagnosticIds.UnsupportedLanguage,
        "Unsupported article language",
        "{0}",
        DiagnosticSeverity.Info);

    /// <summary>Finds the descriptor for an id the engine reported.</summary>
    public static DiagnosticDescriptor ForId(string id) => id switch
    {
        DiagnosticIds.UnreadableFile => UnreadableFile,
        DiagnosticIds.NoFacts => NoFacts,
        DiagnosticIds.NoPublicationDate => NoPublicationDate,
        DiagnosticIds.AmbiguousPlace => AmbiguousPlace,
        DiagnosticIds.ConflictingFacts => ConflictingFacts,
        DiagnosticIds.DuplicateArticle => DuplicateArticle,
        DiagnosticIds.IdentifierCollision => IdentifierCollision,
        DiagnosticIds.CurationError => CurationError,
        DiagnosticIds.UnsupportedLanguage => UnsupportedLanguage,
        _ => ExtractionFailed,
    };

    private static DiagnosticDescriptor Create(string id, string title, string format, DiagnosticSeverity severity) =>
        new(id, title, format, Category, severity, isEnabledByDefault: true);
}
