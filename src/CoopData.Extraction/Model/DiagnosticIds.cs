namespace CoopData.Extraction;

/// <summary>
/// The catalogue of diagnostic ids. The generator owns titles, severities and help text;
/// the engine only says which id applies where.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>The file is not readable text (binary, invalid UTF-8).</summary>
    public const string UnreadableFile = "COOP001";
    /// <summary>The article is empty or states no cooperation fact.</summary>
    public const string NoFacts = "COOP002";
    /// <summary>No publication date was found; relative dates stay without a year.</summary>
    public const string NoPublicationDate = "COOP003";
    /// <summary>A place name matches several localities and the context does not settle it.</summary>
    public const string AmbiguousPlace = "COOP004";
    /// <summary>Two articles disagree about a fact.</summary>
    public const string ConflictingFacts = "COOP005";
    /// <summary>Two articles have the same text.</summary>
    public const string DuplicateArticle = "COOP006";
    /// <summary>A name could not become a unique C# identifier as is.</summary>
    public const string IdentifierCollision = "COOP007";
    /// <summary>The curation file is invalid.</summary>
    public const string CurationError = "COOP008";
    /// <summary>Extraction failed on this article; its facts are missing.</summary>
    public const string ExtractionFailed = "COOP009";
    /// <summary>The article's language is not supported (only English and Vietnamese are).</summary>
    public const string UnsupportedLanguage = "COOP010";
}
