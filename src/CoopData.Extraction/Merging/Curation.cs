using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace CoopData.Extraction.Merging;

/// <summary>A problem in the curation file, at a 1-based line and column of that file.</summary>
public sealed record CurationProblem(int Line, int Column, string Message);

/// <summary>Extra spellings for a city or person (<paramref name="Kind"/> is "city" or "person").</summary>
public sealed record AliasEdit(string Kind, string Id, EquatableArray<string> Aliases, int Line, int Column);

/// <summary>Sets an article's publication date.</summary>
public sealed record ArticleEdit(string File, PartialDate Published, int Line, int Column);

/// <summary>Corrects a city, or adds one when the id is new (name and country are then required).</summary>
public sealed record CityEdit(string Id, string? Name, string? Country, string? Kind, double? Latitude, double? Longitude, string? Parent, int Line, int Column);

/// <summary>Corrects a person, or adds one when the id is new (name is then required).</summary>
public sealed record PersonEdit(string Id, string? Name, string? Role, string? City, int Line, int Column);

/// <summary>Corrects the partnership between <paramref name="Parties"/>, or adds it.</summary>
public sealed record PartnershipEdit(EquatableArray<string> Parties, int? Since, string? Status, EquatableArray<string>? Fields, int Line, int Column);

/// <summary>Corrects an event.</summary>
public sealed record EventEdit(string Id, string? Kind, string? Title, PartialDate? Start, PartialDate? End, string? City, int Line, int Column);

/// <summary>Removes a record (<paramref name="Kind"/>: city, person, partnership, event) and every reference to it.</summary>
public sealed record Suppression(string Kind, string Id, int Line, int Column);

/// <summary>
/// The curation file (<c>coopdata.json</c>) as value-equal data: what to change after the merge, and
/// the problems found while reading it. Entries with problems are left out; the rest still apply.
/// </summary>
public sealed record CurationFile(
    EquatableArray<AliasEdit> Aliases, EquatableArray<ArticleEdit> Articles, EquatableArray<CityEdit> Cities,
    EquatableArray<PersonEdit> People, EquatableArray<PartnershipEdit> Partnerships, EquatableArray<EventEdit> Events,
    EquatableArray<Suppression> Suppressions, EquatableArray<CurationProblem> Problems)
{
    /// <summary>No curation.</summary>
    public static CurationFile Empty { get; } = new(
        EquatableArray<AliasEdit>.Empty, EquatableArray<ArticleEdit>.Empty, EquatableArray<CityEdit>.Empty,
        EquatableArray<PersonEdit>.Empty, EquatableArray<PartnershipEdit>.Empty, EquatableArray<EventEdit>.Empty,
        EquatableArray<Suppression>.Empty, EquatableArray<CurationProblem>.Empty);
}

/// <summary>Reads <c>coopdata.json</c> and applies it to a merged dataset. Pure, and never throws for any input.</summary>
public static class Curation
{
    private static readonly string[] TopKeys = { "aliases", "articles", "cities", "people", "partnerships", "events", "suppress" };

    /// <summary>Parses the curation file's text.</summary>
    public static CurationFile Parse(string text, CancellationToken cancellationToken = default)
    {
        var root = CurationJson.Parse(text ?? "", out var error, cancellationToken);
        if (root is null)
            return CurationFile.Empty with { Problems = new[] { new CurationProblem(error!.Line, error.Column, "invalid JSON: " + error.Message) }.ToEquatableArray() };
        var reader = new Reader();
        try
        {
            reader.Root(root);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            reader.Problems.Add(new CurationProblem(root.Line, root.Column, "the file could not be read: " + e.Message));
        }
        return new CurationFile(reader.Aliases.ToEquatableArray(), reader.Articles.ToEquatableArray(), reader.Cities.ToEquatableArray(),
            reader.People.ToEquatableArray(), reader.Partnerships.ToEquatableArray(), reader.Events.ToEquatableArray(),
            reader.Suppressions.ToEquatableArray(), reader.Problems.ToEquatableArray());
    }

    private sealed class Reader
    {
        public readonly List<AliasEdit> Aliases = new();
        public readonly List<ArticleEdit> Articles = new();
        public readonly List<CityEdit> Cities = new();
        public readonly List<PersonEdit> People = new();
        public readonly List<PartnershipEdit> Partnerships = new();
        public readonly List<EventEdit> Events = new();
        public readonly List<Suppression> Suppressions = new();
        public readonly List<CurationProblem> Problems = new();

        private void Problem(JsonNode at, string message) => Problems.Add(new CurationProblem(at.Line, at.Column, message));
        private void Problem(JsonProperty at, string message) => Problems.Add(new CurationProblem(at.Line, at.Column, message));

        private JsonObject? Object(JsonNode node, string what)
        {
            if (node is JsonObject o) return o;
            Problem(node, $"{what} must be an object, not {node.Kind}");
            return null;
        }

        // Reports unknown keys; returns the known ones.
        private Dictionary<string, JsonProperty> Keys(JsonObject o, string what, params string[] known)
        {
            var result = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
            foreach (var p in o.Properties)
            {
                if (Array.IndexOf(known, p.Key) < 0) Problem(p, $"unknown key \"{p.Key}\" in {what}; expected one of: {string.Join(", ", known)}");
                else result[p.Key] = p;
            }
            return result;
        }

        public void Root(JsonNode node)
        {
            if (Object(node, "the curation file") is not { } root) return;
            var keys = Keys(root, "the curation file", TopKeys);
            if (keys.TryGetValue("aliases", out var aliases) && Object(aliases.Value, "\"aliases\"") is { } a)
            {
                var kinds = Keys(a, "\"aliases\"", "cities", "people");
                foreach (var kind in kinds.Values)
                {
                    if (Object(kind.Value, $"\"aliases.{kind.Key}\"") is not { } byId) continue;
                    foreach (var entry in byId.Properties)
                    {
                        if (NonEmptyId(entry) && StringList(entry.Value, $"the aliases of \"{entry.Key}\"") is { } list)
                            Aliases.Add(new AliasEdit(kind.Key == "cities" ? "city" : "person", entry.Key, list, entry.Line, entry.Column));
                    }
                }
            }
            if (keys.TryGetValue("articles", out var articles) && Object(articles.Value, "\"articles\"") is { } byFile)
            {
                foreach (var entry in byFile.Properties)
                {
                    if (!NonEmptyId(entry) || Object(entry.Value, $"article \"{entry.Key}\"") is not { } o) continue;
                    var k = Keys(o, $"article \"{entry.Key}\"", "published");
                    if (k.TryGetValue("published", out var published) && Date(published.Value) is { } date)
                        Articles.Add(new ArticleEdit(entry.Key, date, entry.Line, entry.Column));
                }
            }
            if (keys.TryGetValue("cities", out var cities) && Object(cities.Value, "\"cities\"") is { } cityById)
            {
                foreach (var entry in cityById.Properties)
                {
                    if (!NonEmptyId(entry) || Object(entry.Value, $"city \"{entry.Key}\"") is not { } o) continue;
                    var k = Keys(o, $"city \"{entry.Key}\"", "name", "country", "kind", "latitude", "longitude", "parent");
                    string? country = Str(k, "country");
                    if (country is not null && !(country.Length == 2 && country.All(c => c >= 'A' && c <= 'Z')))
                    {
                        Problem(k["country"].Value, $"\"country\" must be an upper-case ISO 3166-1 alpha-2 code such as \"VN\", not \"{country}\"");
                        continue;
                    }
                    string? kind = OneOf(k, "kind", LocalityKinds.City, LocalityKinds.Capital, LocalityKinds.District, LocalityKinds.Province, LocalityKinds.Commune);
                    double? lat = Number(k, "latitude", -90, 90), lon = Number(k, "longitude", -180, 180);
                    if (lat.HasValue != lon.HasValue)
                    {
                        Problem(o, "\"latitude\" and \"longitude\" must be given together");
                        continue;
                    }
                    Cities.Add(new CityEdit(entry.Key, Str(k, "name"), country, kind, lat, lon, Str(k, "parent"), entry.Line, entry.Column));
                }
            }
            if (keys.TryGetValue("people", out var people) && Object(people.Value, "\"people\"") is { } personById)
            {
                foreach (var entry in personById.Properties)
                {
                    if (!NonEmptyId(entry) || Object(entry.Value, $"person \"{entry.Key}\"") is not { } o) continue;
                    var k = Keys(o, $"person \"{entry.Key}\"", "name", "role", "city");
                    People.Add(new PersonEdit(entry.Key, Str(k, "name"), Str(k, "role"), Str(k, "city"), entry.Line, entry.Column));
                }
            }
            if (keys.TryGetValue("partnerships", out var partnerships))
            {
                if (partnerships.Value is not JsonArray list) Problem(partnerships.Value, $"\"partnerships\" must be an array, not {partnerships.Value.Kind}");
                else
                {
                    foreach (var item in list.Items)
                    {
                        if (Object(item, "a partnership") is not { } o) continue;
                        var k = Keys(o, "a partnership", "parties", "since", "status", "fields");
                        if (!k.TryGetValue("parties", out var partiesProperty))
                        {
                            Problem(o, "a partnership needs \"parties\": the ids of at least two cities");
                            continue;
                        }
                        if (StringList(partiesProperty.Value, "\"parties\"") is not { } parties) continue;
                        var distinct = parties.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray();
                        if (distinct.Count < 2)
                        {
                            Problem(partiesProperty.Value, "\"parties\" must name at least two different cities");
                            continue;
                        }
                        int? since = null;
                        if (k.TryGetValue("since", out var s))
                        {
                            if (s.Value is JsonNumber n && n.TryInt(out int year) && year >= 1 && year <= 9999) since = year;
                            else { Problem(s.Value, "\"since\" must be a year such as 1996"); continue; }
                        }
                        string? status = OneOf(k, "status", PartnershipStatuses.Active, PartnershipStatuses.Negotiating, PartnershipStatuses.Proposed, PartnershipStatuses.Signed);
                        EquatableArray<string>? fields = k.TryGetValue("fields", out var f) ? StringList(f.Value, "\"fields\"") : null;
                        Partnerships.Add(new PartnershipEdit(distinct, since, status, fields, o.Line, o.Column));
                    }
                }
            }
            if (keys.TryGetValue("events", out var events) && Object(events.Value, "\"events\"") is { } eventById)
            {
                foreach (var entry in eventById.Properties)
                {
                    if (!NonEmptyId(entry) || Object(entry.Value, $"event \"{entry.Key}\"") is not { } o) continue;
                    var k = Keys(o, $"event \"{entry.Key}\"", "kind", "title", "start", "end", "city");
                    string? kind = OneOf(k, "kind", EventKinds.Meeting, EventKinds.Visit, EventKinds.Conference, EventKinds.Signing, EventKinds.Other);
                    PartialDate? start = k.TryGetValue("start", out var st) ? Date(st.Value) : null;
                    PartialDate? end = k.TryGetValue("end", out var en) ? Date(en.Value) : null;
                    Events.Add(new EventEdit(entry.Key, kind, Str(k, "title"), start, end, Str(k, "city"), entry.Line, entry.Column));
                }
            }
            if (keys.TryGetValue("suppress", out var suppress))
            {
                if (suppress.Value is not JsonArray list) Problem(suppress.Value, $"\"suppress\" must be an array of \"kind:id\" strings, not {suppress.Value.Kind}");
                else
                {
                    foreach (var item in list.Items)
                    {
                        int colon = item is JsonString s ? s.Value.IndexOf(':') : -1;
                        string kind = colon > 0 ? ((JsonString)item).Value.Substring(0, colon) : "";
                        if (colon < 0 || kind is not ("city" or "person" or "partnership" or "event") || colon == ((JsonString)item).Value.Length - 1)
                        {
                            Problem(item, "each \"suppress\" entry must be a string \"city:ID\", \"person:ID\", \"partnership:ID\" or \"event:ID\"");
                            continue;
                        }
                        Suppressions.Add(new Suppression(kind, ((JsonString)item).Value.Substring(colon + 1), item.Line, item.Column));
                    }
                }
            }
        }

        private bool NonEmptyId(JsonProperty entry)
        {
            if (entry.Key.Length > 0) return true;
            Problem(entry, "an id must not be empty");
            return false;
        }

        private EquatableArray<string>? StringList(JsonNode node, string what)
        {
            if (node is JsonArray a && a.Items.All(i => i is JsonString))
                return a.Items.Select(i => ((JsonString)i).Value).ToEquatableArray();
            Problem(node, $"{what} must be an array of strings");
            return null;
        }

        private string? Str(Dictionary<string, JsonProperty> keys, string key)
        {
            if (!keys.TryGetValue(key, out var p) || p.Value is JsonLiteral { Value: null }) return null;
            if (p.Value is JsonString s) return s.Value;
            Problem(p.Value, $"\"{key}\" must be a string, not {p.Value.Kind}");
            return null;
        }

        private string? OneOf(Dictionary<string, JsonProperty> keys, string key, params string[] allowed)
        {
            string? value = Str(keys, key);
            if (value is null || Array.IndexOf(allowed, value) >= 0) return value;
            Problem(keys[key].Value, $"\"{key}\" must be one of: {string.Join(", ", allowed)}");
            return null;
        }

        private double? Number(Dictionary<string, JsonProperty> keys, string key, double min, double max)
        {
            if (!keys.TryGetValue(key, out var p) || p.Value is JsonLiteral { Value: null }) return null;
            if (p.Value is JsonNumber n && n.TryDouble(out double v) && v >= min && v <= max) return v;
            Problem(p.Value, $"\"{key}\" must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        private PartialDate? Date(JsonNode node)
        {
            if (node is JsonString s && PartialDate.TryParse(s.Value, out var date)) return date;
            Problem(node, "a date must be a string in ISO form: \"2023\", \"2023-04\", \"2023-04-13\" or \"--04-13\"");
            return null;
        }
    }

    /// <summary>
    /// Applies <paramref name="curation"/> to <paramref name="data"/>: aliases, publication dates (which also
    /// give their year to the article's month-and-day event dates), corrections and additions, then
    /// suppressions with every reference to a suppressed record removed. Entries naming records that
    /// do not exist are reported in <paramref name="problems"/> and skipped. The result is always a
    /// dataset the runtime library accepts.
    /// </summary>
    public static MergedDataset Apply(MergedDataset data, CurationFile curation, List<CurationProblem> problems, CancellationToken cancellationToken = default)
    {
        var articles = data.Articles.ToList();
        var cities = data.Cities.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var people = data.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var partnerships = data.Partnerships.ToList();
        var events = data.Events.ToList();
        void Missing(string kind, string id, int line, int column) =>
            problems.Add(new CurationProblem(line, column, $"there is no {kind} with the id \"{id}\"; the entry is ignored"));

        foreach (var edit in curation.Articles)
        {
            int i = articles.FindIndex(a => a.File == edit.File);
            if (i < 0)
            {
                problems.Add(new CurationProblem(edit.Line, edit.Column, $"there is no article file \"{edit.File}\"; the entry is ignored"));
                continue;
            }
            articles[i] = articles[i] with { Published = edit.Published };
            // "On April 13" in an article now known to be from 2023 is 2023-04-13.
            if (edit.Published.Year is { } year)
            {
                for (int e = 0; e < events.Count; e++)
                {
                    var ev = events[e];
                    if (ev.Sources.Count == 0 || ev.Sources[0].ArticleFile != edit.File) continue;
                    events[e] = ev with { Start = WithYear(ev.Start, year), End = WithYear(ev.End, year) };
                }
            }
        }

        foreach (var edit in curation.Cities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (cities.TryGetValue(edit.Id, out var city))
            {
                cities[edit.Id] = city with
                {
                    Name = edit.Name ?? city.Name,
                    Country = edit.Country ?? city.Country,
                    Kind = edit.Kind ?? city.Kind,
                    Latitude = edit.Latitude ?? city.Latitude,
                    Longitude = edit.Longitude ?? city.Longitude,
                    // Coordinates from the curation file are the city's own.
                    ApproximateLocation = edit.Latitude is null && city.ApproximateLocation,
                };
            }
            else if (edit.Name is null || edit.Country is null)
            {
                problems.Add(new CurationProblem(edit.Line, edit.Column, $"there is no city \"{edit.Id}\"; to add it, give at least \"name\" and \"country\""));
                continue;
            }
            else
            {
                cities[edit.Id] = new MergedCity(edit.Id, edit.Name, edit.Country, edit.Kind ?? LocalityKinds.City, EquatableArray<string>.Empty,
                    null, edit.Latitude, edit.Longitude, EquatableArray<SourceFact>.Empty);
            }
        }
        // Parents second, so a parent added in the same file is found.
        foreach (var edit in curation.Cities.Where(e => e.Parent is not null && cities.ContainsKey(e.Id)))
        {
            if (edit.Parent!.Length > 0 && !cities.ContainsKey(edit.Parent)) Missing("city", edit.Parent, edit.Line, edit.Column);
            else cities[edit.Id] = cities[edit.Id] with { ParentId = edit.Parent.Length == 0 || edit.Parent == edit.Id ? null : edit.Parent };
        }

        foreach (var edit in curation.People)
        {
            if (edit.City is { Length: > 0 } c && !cities.ContainsKey(c))
            {
                Missing("city", c, edit.Line, edit.Column);
                continue;
            }
            string? cityId = edit.City is null ? null : edit.City.Length == 0 ? "" : edit.City;
            if (people.TryGetValue(edit.Id, out var person))
            {
                people[edit.Id] = person with
                {
                    Name = edit.Name ?? person.Name,
                    Role = edit.Role ?? person.Role,
                    CityId = cityId is null ? person.CityId : cityId.Length == 0 ? null : cityId,
                };
            }
            else if (edit.Name is null)
            {
                problems.Add(new CurationProblem(edit.Line, edit.Column, $"there is no person \"{edit.Id}\"; to add one, give at least \"name\""));
            }
            else
            {
                people[edit.Id] = new MergedPerson(edit.Id, edit.Name, EquatableArray<string>.Empty, edit.Role,
                    cityId is { Length: > 0 } ? cityId : null, EquatableArray<SourceFact>.Empty);
            }
        }

        // Aliases after additions, so a city or person added above can get aliases too.
        foreach (var a in curation.Aliases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (a.Kind == "city" && cities.TryGetValue(a.Id, out var city))
                cities[a.Id] = city with { Aliases = Sorted(city.Aliases.Concat(a.Aliases).Where(n => n != city.Name)) };
            else if (a.Kind == "person" && people.TryGetValue(a.Id, out var person))
                people[a.Id] = person with { Aliases = Sorted(person.Aliases.Concat(a.Aliases).Where(n => n != person.Name)) };
            else Missing(a.Kind, a.Id, a.Line, a.Column);
        }

        foreach (var edit in curation.Partnerships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (edit.Parties.FirstOrDefault(p => !cities.ContainsKey(p)) is { } missing)
            {
                Missing("city", missing, edit.Line, edit.Column);
                continue;
            }
            int i = partnerships.FindIndex(p => p.PartyIds.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(edit.Parties, StringComparer.Ordinal));
            if (i >= 0)
            {
                var p = partnerships[i];
                partnerships[i] = p with { Since = edit.Since ?? p.Since, Status = edit.Status ?? p.Status, Fields = edit.Fields is { } f ? Sorted(f) : p.Fields };
            }
            else
            {
                var ids = new IdAllocator();
                foreach (var p in partnerships) ids.Claim(p.Id);
                partnerships.Add(new MergedPartnership(ids.Claim(string.Join("-", edit.Parties)), edit.Parties, edit.Since,
                    edit.Status ?? PartnershipStatuses.Active, edit.Fields is { } f ? Sorted(f) : EquatableArray<string>.Empty, EquatableArray<SourceFact>.Empty));
            }
        }

        foreach (var edit in curation.Events)
        {
            int i = events.FindIndex(e => e.Id == edit.Id);
            if (i < 0)
            {
                Missing("event", edit.Id, edit.Line, edit.Column);
                continue;
            }
            if (edit.City is { Length: > 0 } c && !cities.ContainsKey(c))
            {
                Missing("city", c, edit.Line, edit.Column);
                continue;
            }
            var ev = events[i];
            events[i] = ev with
            {
                Kind = edit.Kind ?? ev.Kind,
                Title = edit.Title ?? ev.Title,
                Start = edit.Start ?? ev.Start,
                End = edit.End ?? ev.End,
                CityId = edit.City is null ? ev.CityId : edit.City.Length == 0 ? null : edit.City,
            };
        }

        // Suppressions last: they win over everything above, and every reference to them goes too.
        var goneCities = new HashSet<string>(StringComparer.Ordinal);
        var gonePeople = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in curation.Suppressions)
        {
            bool found = s.Kind switch
            {
                "city" => cities.Remove(s.Id) && goneCities.Add(s.Id),
                "person" => people.Remove(s.Id) && gonePeople.Add(s.Id),
                "partnership" => partnerships.RemoveAll(p => p.Id == s.Id) > 0,
                _ => events.RemoveAll(e => e.Id == s.Id) > 0,
            };
            if (!found) Missing(s.Kind, s.Id, s.Line, s.Column);
        }
        var cityList = cities.Values.Select(c => c.ParentId is { } p && !cities.ContainsKey(p) ? c with { ParentId = null } : c)
            .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var personList = people.Values.Select(p => p.CityId is { } c && !cities.ContainsKey(c) ? p with { CityId = null } : p)
            .OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        partnerships = partnerships
            .Select(p => p with { PartyIds = p.PartyIds.Where(cities.ContainsKey).ToEquatableArray() })
            .Where(p => p.PartyIds.Count >= 2)
            .OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        events = events.Select(e => e with
        {
            CityId = e.CityId is { } c && !cities.ContainsKey(c) ? null : e.CityId,
            PartyIds = e.PartyIds.Where(cities.ContainsKey).ToEquatableArray(),
            PersonIds = e.PersonIds.Where(people.ContainsKey).ToEquatableArray(),
        }).ToList();

        return data with
        {
            Articles = articles.ToEquatableArray(),
            Cities = DatasetMerger.BreakParentCycles(cityList).ToEquatableArray(),
            People = personList.ToEquatableArray(),
            Partnerships = partnerships.ToEquatableArray(),
            Events = events.ToEquatableArray(),
        };
    }

    private static PartialDate? WithYear(PartialDate? date, int year) =>
        date is { Precision: DatePrecision.MonthDay } d && PartialDate.IsValid(year, d.Month, d.Day)
            ? PartialDate.FromDate(year, d.Month!.Value, d.Day!.Value)
            : date;

    private static EquatableArray<string> Sorted(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToEquatableArray();
}
