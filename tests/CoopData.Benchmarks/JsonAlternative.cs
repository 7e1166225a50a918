using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopData.Benchmarks;

// What a user would otherwise do: ship the coopdata/1 JSON export and deserialize it at start-up with
// a source-generated System.Text.Json context, then (to get the same lookups and navigation) build a CoopDataset.

public sealed record DatasetDto(string Schema, ArticleDto[] Articles, CityDto[] Cities, PartnershipDto[] Partnerships, EventDto[] Events, PersonDto[] People);
public sealed record ArticleDto(string Id, string File, string Title, string Language, string? Published);
public sealed record CityDto(string Id, string Name, string Country, string Kind, string[] Aliases, string? Parent, double? Lat, double? Lon, SourceDto[] Sources);
public sealed record PartnershipDto(string Id, string[] Parties, int? Since, string Status, string[] Fields, SourceDto[] Sources);
public sealed record EventDto(string Id, string Kind, string Title, string? Start, string? End, string? City, string[] Parties, string[] People, SourceDto[] Sources);
public sealed record PersonDto(string Id, string Name, string[] Aliases, string? Role, string? City, SourceDto[] Sources);
public sealed record SourceDto(string Article, int Line, string Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DatasetDto))]
public sealed partial class BenchJsonContext : JsonSerializerContext;

public static class JsonAlternative
{
    public static DatasetDto Deserialize(string json) =>
        JsonSerializer.Deserialize(json, BenchJsonContext.Default.DatasetDto) ?? throw new InvalidOperationException("empty JSON");

    public static CoopDataset Build(DatasetDto d) => new(
        d.Articles.Select(a => new Article(a.Id, a.File, a.Title, a.Language, Date(a.Published))).ToArray(),
        d.Cities.Select(c => new City(c.Id, c.Name, c.Country, Enum.Parse<CityKind>(c.Kind, true), c.Aliases, c.Parent, c.Lat, c.Lon, Sources(c.Sources))).ToArray(),
        d.Partnerships.Select(p => new Partnership(p.Id, p.Parties, p.Since, Enum.Parse<PartnershipStatus>(p.Status, true), p.Fields, Sources(p.Sources))).ToArray(),
        d.Events.Select(e => new Event(e.Id, Enum.Parse<EventKind>(e.Kind, true), e.Title, Date(e.Start), Date(e.End), e.City, e.Parties, e.People, Sources(e.Sources))).ToArray(),
        d.People.Select(p => new Person(p.Id, p.Name, p.Aliases, p.Role, p.City, Sources(p.Sources))).ToArray());

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);

    private static IReadOnlyList<SourceRef> Sources(SourceDto[] sources) => sources.Select(s => new SourceRef(s.Article, s.Line, s.Text)).ToArray();
}
