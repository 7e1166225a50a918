using System.Collections.Immutable;
using CoopData.Extraction;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Diagnostics;

/// <summary>
/// The diagnostic catalogue. Ids live in <see cref="DiagnosticIds"/> (the engine reports them);
/// titles, severities and help text (the description an IDE shows) here. Every id is tracked in
/// AnalyzerReleases.*.md and listed in the README; .editorconfig can change any severity.
/// </summary>
internal static class Descriptors
{
    private const string Category = "CoopData";

    /// <summary>An article past the size limit: only a prefix is read. Generator-side, so not among the engine's ids.</summary>
    public const string ArticleTooLargeId = "COOP011";

    public static readonly DiagnosticDescriptor UnreadableFile = Create(DiagnosticIds.UnreadableFile,
        "Article file is not readable text",
        "Article '{0}' is not readable text: {1}. It is skipped; every other article is still generated.",
        DiagnosticSeverity.Warning,
        "The file holds NUL characters or many undecodable bytes, so it is binary or not saved as UTF-8. "
        + "It contributes no records. Save it as UTF-8 text, or remove it from the CoopDataArticles glob.");

    public static readonly DiagnosticDescriptor NoFacts = Create(DiagnosticIds.NoFacts,
        "Article states no cooperation facts",
        "{0}",
        DiagnosticSeverity.Info,
        "The article is empty or names no partnership, event or official between cities, so it adds only an Article record. "
        + "Check that it is the article you meant to include; silence this id with .editorconfig if such articles are expected.");

    public static readonly DiagnosticDescriptor NoPublicationDate = Create(DiagnosticIds.NoPublicationDate,
        "No publication date found",
        "{0}",
        DiagnosticSeverity.Info,
        "No dateline or publication date was found. Relative dates such as \"today\" or \"on April 13\" then keep no year "
        + "and are generated as month-and-day PartialDates (--04-13). Add the date to the article or set it in coopdata.json "
        + "(\"articles\": { \"file.txt\": { \"published\": \"2023-04-13\" } }).");

    public static readonly DiagnosticDescriptor AmbiguousPlace = Create(DiagnosticIds.AmbiguousPlace,
        "Ambiguous place name",
        "{0}",
        DiagnosticSeverity.Info,
        "The place name matches several localities and the article's context does not settle which one. The most likely is kept; "
        + "correct it in coopdata.json if it is wrong.");

    public static readonly DiagnosticDescriptor ConflictingFacts = Create(DiagnosticIds.ConflictingFacts,
        "Articles disagree about a fact",
        "{0}",
        DiagnosticSeverity.Warning,
        "Two articles state different values for one fact (such as the year a partnership began). The value with more support is kept "
        + "and both places are reported. Settle it with a correction in coopdata.json.");

    public static readonly DiagnosticDescriptor DuplicateArticle = Create(DiagnosticIds.DuplicateArticle,
        "Duplicate article",
        "{0}",
        DiagnosticSeverity.Warning,
        "Two article files have the same text (ignoring line endings and Unicode normalization), or two different files have the same name. "
        + "Only one is used, so facts are not counted twice. Remove or rename the copy.");

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(DiagnosticIds.IdentifierCollision,
        "Name adjusted to form a unique identifier",
        "{0}",
        DiagnosticSeverity.Info,
        "A record's name did not give a usable, unique C# member name (it was taken, reserved, empty or too long), "
        + "so a number or prefix was added. Code that names the member should use the name in the message; an alias in coopdata.json does not change it.");

    public static readonly DiagnosticDescriptor CurationError = Create(DiagnosticIds.CurationError,
        "Invalid curation file",
        "{0}",
        DiagnosticSeverity.Error,
        "coopdata.json is not valid JSON (comments and trailing commas are allowed), has an unknown key or a value of the wrong kind, "
        + "or refers to a record that does not exist; or a CoopData MSBuild property is invalid. The entry concerned is ignored and everything else is still generated.");

    public static readonly DiagnosticDescriptor ExtractionFailed = Create(DiagnosticIds.ExtractionFailed,
        "Extraction failed for an article",
        "Extraction failed for article '{0}': {1}. Its facts are missing; every other article is still generated.",
        DiagnosticSeverity.Warning,
        "The extraction engine failed on this article (a bug in CoopData: please report it with the article). "
        + "The article's facts are missing; every other article is still generated.");

    public static readonly DiagnosticDescriptor UnsupportedLanguage = Create(DiagnosticIds.UnsupportedLanguage,
        "Unsupported article language",
        "{0}",
        DiagnosticSeverity.Info,
        "Only English and Vietnamese articles are read. The article adds only an Article record.");

    public static readonly DiagnosticDescriptor ArticleTooLarge = Create(ArticleTooLargeId,
        "Article exceeds the size limit",
        "Article '{0}' is too large: {1}. The rest is ignored.",
        DiagnosticSeverity.Warning,
        "Articles are read up to 1,000,000 characters, cut at the last line break before the limit, so that one huge file cannot slow down every build. "
        + "Split the file into several articles.");

    /// <summary>Every descriptor, for tests and documentation.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        UnreadableFile, NoFacts, NoPublicationDate, AmbiguousPlace, ConflictingFacts, DuplicateArticle,
        IdentifierCollision, CurationError, ExtractionFailed, UnsupportedLanguage, ArticleTooLarge);

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
        ArticleTooLargeId => ArticleTooLarge,
        _ => ExtractionFailed,
    };

    private static DiagnosticDescriptor Create(string id, string title, string format, DiagnosticSeverity severity, string description) =>
        new(id, title, format, Category, severity, isEnabledByDefault: true, description: description);
}
