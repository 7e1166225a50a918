// The merged, cross-article view the generator emits. Ids are final here; everything is
// value-equal so the generator's cache can tell when nothing changed.
namespace CoopData.Extraction.Merging;

/// <summary>A sentence in a given article that states a fact.</summary>
public sealed record SourceFact(string ArticleFile, int Line, string Text);

public sealed record MergedArticle(string Id, string File, string Title, string Language, PartialDate? Published);

/// <param name="ApproximateLocation">The coordinates are the parent's: the locality has no point of its own.</param>
public sealed record MergedCity(
    string Id, string Name, string Country, string Kind, EquatableArray<string> Aliases,
    string? ParentId, double? Latitude, double? Longitude, EquatableArray<SourceFact> Sources,
    bool ApproximateLocation = false);

public sealed record MergedPartnership(
    string Id, EquatableArray<string> PartyIds, int? Since, string Status,
    EquatableArray<string> Fields, EquatableArray<SourceFact> Sources);

public sealed record MergedEvent(
    string Id, string Kind, string Title, PartialDate? Start, PartialDate? End, string? CityId,
    EquatableArray<string> PartyIds, EquatableArray<string> PersonIds, EquatableArray<SourceFact> Sources);

public sealed record MergedPerson(
    string Id, string Name, EquatableArray<string> Aliases, string? Role, string? CityId,
    EquatableArray<SourceFact> Sources);

/// <summary>A diagnostic raised while merging, located in an article by file name.</summary>
/// <param name="Also">A second place the diagnostic concerns (the other side of a conflict), if any.</param>
public sealed record MergeDiagnostic(string Id, string ArticleFile, int Line, string Message, SourceFact? Also);

/// <summary>Every article's facts merged into one dataset with final, unique ids.</summary>
public sealed record MergedDataset(
    EquatableArray<MergedArticle> Articles, EquatableArray<MergedCity> Cities,
    EquatableArray<MergedPartnership> Partnerships, EquatableArray<MergedEvent> Events,
    EquatableArray<MergedPerson> People, EquatableArray<MergeDiagnostic> Diagnostics);
