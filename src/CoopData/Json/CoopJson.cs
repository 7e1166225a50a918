using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopData.Json;

/// <summary>The <c>coopdata/1</c> export: records mapped to DTOs, serialized by a source-generated context.</summary>
internal static class CoopJson
{
    public const string Schema = "coopdata/1";

    private static readonly CoopJsonContext Indented = CreateContext(indented: true);
    private static readonly CoopJsonContext Compact = CreateContext(indented: false);

    private static CoopJsonContext CreateContext(bool indented) => new(new JsonSerializerOptions
    {
        // Runtime options replace the attribute's, so the naming policy is repeated here.
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // The export is a data file, not HTML: names like "Hà Nội" must stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
#if NET9_0_OR_GREATER
        // The default is Environment.NewLine; a fixed one keeps the bytes equal across platforms.
        NewLine = "\n",
#endif
    });

    public static string Serialize(CoopDataset dataset, bool indented) =>
        JsonSerializer.Serialize(ToDto(dataset), (indented ? Indented : Compact).DatasetDto);

    public static void Write(CoopDataset dataset, Stream utf8Json, bool indented) =>
        JsonSerializer.Serialize(utf8Json, ToDto(dataset), (indented ? Indented : Compact).DatasetDto);

    private static DatasetDto ToDto(CoopDataset d) => new(
        Schema,
        Map(d.Articles, a => new ArticleDto(a.Id, a.File, a.Title, a.Language, a.Published?.ToString())),
        Map(d.Cities, c => new CityDto(c.Id, c.Name, c.Country, Name(c.Kind), c.Aliases, c.ParentId, c.Latitude, c.Longitude, Sources(c.Sources), c.IsLocationApproximate)),
        Map(d.Partnerships, p => new PartnershipDto(p.Id, p.PartyIds, p.Since, Name(p.Status), p.Fields, Sources(p.Sources))),
        Map(d.Events, e => new EventDto(e.Id, Name(e.Kind), e.Title, e.Start?.ToString(), e.End?.ToString(), e.CityId,
            e.PartyIds, e.PersonIds, Sources(e.Sources))),
        Map(d.People, p => new PersonDto(p.Id, p.Name, p.Aliases, p.Role, p.CityId, Sources(p.Sources))));

    private static SourceDto[] Sources(IReadOnlyList<SourceRef> sources) =>
        Map(sources, s => new SourceDto(s.ArticleFile, s.Line, s.Text));

    private static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, System.Func<TIn, TOut> map)
    {
        var result = new TOut[items.Count];
        for (int i = 0; i < result.Length; i++) result[i] = map(items[i]);
        return result;
    }

    private static string Name(CityKind kind) => kind switch
    {
        CityKind.City => "city",
        CityKind.Capital => "capital",
        CityKind.District => "district",
        CityKind.Province => "province",
        _ => "commune",
    };

    private static string Name(PartnershipStatus status) => status switch
    {
        PartnershipStatus.Active => "active",
        PartnershipStatus.Negotiating => "negotiating",
        PartnershipStatus.Proposed => "proposed",
        _ => "signed",
    };

    private static string Name(EventKind kind) => kind switch
    {
        EventKind.Meeting => "meeting",
        EventKind.Visit => "visit",
        EventKind.Conference => "conference",
        EventKind.Signing => "signing",
        _ => "other",
    };
}

// Property order is the schema's key order; camelCase turns Lat into "lat" and so on.
// Keys added after coopdata/1 was first published go last ("approximate"), so older readers keep their order.
internal sealed record DatasetDto(string Schema, ArticleDto[] Articles, CityDto[] Cities,
    PartnershipDto[] Partnerships, EventDto[] Events, PersonDto[] People);

internal sealed record ArticleDto(string Id, string File, string Title, string Language, string? Published);

internal sealed record CityDto(string Id, string Name, string Country, string Kind, IReadOnlyList<string> Aliases,
    string? Parent, double? Lat, double? Lon, SourceDto[] Sources, bool Approximate);

internal sealed record PartnershipDto(string Id, IReadOnlyList<string> Parties, int? Since, string Status,
    IReadOnlyList<string> Fields, SourceDto[] Sources);

internal sealed record EventDto(string Id, string Kind, string Title, string? Start, string? End, string? City,
    IReadOnlyList<string> Parties, IReadOnlyList<string> People, SourceDto[] Sources);

internal sealed record PersonDto(string Id, string Name, IReadOnlyList<string> Aliases, string? Role, string? City,
    SourceDto[] Sources);

internal sealed record SourceDto(string Article, int Line, string Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DatasetDto))]
internal sealed partial class CoopJsonContext : JsonSerializerContext;
