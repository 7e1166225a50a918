// The engine's output: plain, immutable, value-equal records. The generator caches one
// ArticleFacts per article, so everything here must compare by value.
namespace CoopData.Extraction;

/// <summary>A sentence that states a fact: its 1-based line in the article file and its text.</summary>
public sealed record Evidence(int Line, string Text);

/// <summary>Kinds of locality, as the runtime library's <c>CityKind</c> spells them.</summary>
public static class LocalityKinds
{
    public const string City = "city";
    public const string Capital = "capital";
    public const string District = "district";
    public const string Province = "province";
    public const string Commune = "commune";
}

/// <summary>A locality named in the article.</summary>
/// <param name="Key">
/// Stable identity across articles: the gazetteer's id (e.g. <c>gn:1581130</c>), or <c>loc:&lt;country&gt;-&lt;slug&gt;</c> for a
/// village or commune the gazetteer lacks (named after a unit word: "bản X", "X commune"), which has no coordinates.
/// </param>
/// <param name="Name">Canonical English name from the gazetteer.</param>
/// <param name="Country">ISO 3166-1 alpha-2, upper case.</param>
/// <param name="Kind">One of <see cref="LocalityKinds"/>.</param>
/// <param name="Aliases">Other spellings: the forms seen in the text and the gazetteer's English and Vietnamese names.</param>
/// <param name="ParentKey">Key of the enclosing locality (Dong Da → Hanoi), when known.</param>
public sealed record CityFact(
    string Key, string Name, string Country, string Kind,
    EquatableArray<string> Aliases, string? ParentKey,
    double? Latitude, double? Longitude,
    EquatableArray<Evidence> Sources);

/// <summary>Partnership statuses, as the export spells them.</summary>
public static class PartnershipStatuses
{
    public const string Active = "active";
    public const string Negotiating = "negotiating";
    public const string Proposed = "proposed";
    public const string Signed = "signed";
}

/// <summary>A standing relation between two localities.</summary>
/// <param name="PartyKeys">The two city keys, ordinal-sorted.</param>
public sealed record PartnershipFact(
    EquatableArray<string> PartyKeys, int? Since, string Status,
    EquatableArray<string> Fields, EquatableArray<Evidence> Sources);

/// <summary>Event kinds, as the export spells them.</summary>
public static class EventKinds
{
    public const string Meeting = "meeting";
    public const string Visit = "visit";
    public const string Conference = "conference";
    public const string Signing = "signing";
    public const string Other = "other";
}

/// <summary>Something that happened (or is scheduled) on a date.</summary>
public sealed record EventFact(
    string Kind, string Title, PartialDate? Start, PartialDate? End, string? CityKey,
    EquatableArray<string> PartyKeys, EquatableArray<string> PersonKeys,
    EquatableArray<Evidence> Sources);

/// <summary>An official named in the article.</summary>
/// <param name="Key">Stable identity across articles: the name folded to ASCII lower case with hyphens (<c>tran-sy-thanh</c>).</param>
/// <param name="Name">The name as the article writes it (diacritics kept).</param>
public sealed record PersonFact(
    string Key, string Name, string? Role, string? CityKey, EquatableArray<Evidence> Sources);

/// <summary>A problem found in an article, carried as data so the generator can report it.</summary>
/// <param name="Id">Diagnostic id, e.g. <c>COOP003</c> (see <see cref="DiagnosticIds"/>).</param>
/// <param name="Line">1-based line in the article file.</param>
/// <param name="Column">1-based column.</param>
public sealed record ExtractionDiagnostic(string Id, int Line, int Column, string Message);

/// <summary>Everything extracted from one article.</summary>
/// <param name="FileName">The article's file name (no folder): the article's identity in sources.</param>
/// <param name="Language">ISO 639-1 code: <c>en</c>, <c>vi</c>, or another code when detected but not supported.</param>
/// <param name="TitleLine">1-based line of the title.</param>
public sealed record ArticleFacts(
    string FileName, string Title, int TitleLine, string Language, PartialDate? Published,
    EquatableArray<CityFact> Cities, EquatableArray<PartnershipFact> Partnerships,
    EquatableArray<EventFact> Events, EquatableArray<PersonFact> People,
    EquatableArray<ExtractionDiagnostic> Diagnostics);
