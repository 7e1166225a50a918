using System;
using System.Collections.Generic;
using System.Linq;

namespace CoopData.Extraction.Merging;

/// <summary>
/// Makes one article's facts safe to merge and emit, whatever the engine returned: no nulls where
/// the model promises strings, lines from 1, valid dates only, no repeated keys, and text clipped to
/// the documented limits. The runtime library validates its inputs when the generated dataset is
/// first used; everything that passes through here is accepted there.
/// </summary>
public static class FactSanitizer
{
    /// <summary>Longest evidence sentence kept, in characters; longer ones are clipped and end in "…".</summary>
    public const int MaxEvidenceChars = 2_000;

    /// <summary>Longest title, name, alias, role or field kept, in characters.</summary>
    public const int MaxNameChars = 500;

    /// <summary>The facts with every field the merger and the runtime rely on made valid.</summary>
    public static ArticleFacts Sanitize(ArticleFacts facts)
    {
        string file = string.IsNullOrEmpty(facts.FileName) ? "article" : facts.FileName;
        return new ArticleFacts(
            file,
            Clip(facts.Title ?? "", MaxNameChars),
            Math.Max(1, facts.TitleLine),
            Clip(facts.Language ?? "", MaxNameChars),
            ValidDate(facts.Published),
            Items(facts.Cities).Where(c => c is not null && !string.IsNullOrEmpty(c.Key)).Select(City).DistinctBy(c => c.Key).ToEquatableArray(),
            Items(facts.Partnerships).Where(p => p is not null).Select(Partnership).ToEquatableArray(),
            Items(facts.Events).Where(e => e is not null).Select(Event).ToEquatableArray(),
            Items(facts.People).Where(p => p is not null && !string.IsNullOrEmpty(p.Key)).Select(Person).DistinctBy(p => p.Key).ToEquatableArray(),
            Items(facts.Diagnostics).Where(d => d is not null)
                .Select(d => new ExtractionDiagnostic(d.Id ?? DiagnosticIds.ExtractionFailed, Math.Max(1, d.Line), Math.Max(1, d.Column), d.Message ?? ""))
                .ToEquatableArray());
    }

    /// <summary>The date when it is a real partial date; <c>default(PartialDate)</c> and other invalid values become null.</summary>
    public static PartialDate? ValidDate(PartialDate? date) =>
        date is { } d && PartialDate.IsValid(d.Year, d.Month, d.Day) ? d : null;

    /// <summary>
    /// At most <paramref name="max"/> characters: a longer text is cut (never inside a surrogate
    /// pair) and ends in "…".
    /// </summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max) return text;
        int cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        return text.Substring(0, cut) + "\u2026";
    }

    private static IEnumerable<T> Items<T>(EquatableArray<T> items) where T : IEquatable<T> => items;

    private static EquatableArray<string> Strings(EquatableArray<string> values, int max) =>
        Items(values).Where(v => v is not null).Select(v => Clip(v, max)).Distinct(StringComparer.Ordinal).ToEquatableArray();

    private static EquatableArray<string> Keys(EquatableArray<string> keys) =>
        Items(keys).Where(k => !string.IsNullOrEmpty(k)).Distinct(StringComparer.Ordinal).ToEquatableArray();

    private static EquatableArray<Evidence> Sources(EquatableArray<Evidence> sources) =>
        Items(sources).Where(e => e is not null).Select(e => new Evidence(Math.Max(1, e.Line), Clip(e.Text ?? "", MaxEvidenceChars))).ToEquatableArray();

    private static CityFact City(CityFact c) => new(
        c.Key, Clip(c.Name ?? c.Key, MaxNameChars), c.Country ?? "", c.Kind ?? LocalityKinds.City,
        Strings(c.Aliases, MaxNameChars), string.IsNullOrEmpty(c.ParentKey) ? null : c.ParentKey,
        c.Latitude, c.Longitude, Sources(c.Sources));

    private static PartnershipFact Partnership(PartnershipFact p) => new(
        new EquatableArray<string>(Keys(p.PartyKeys).OrderBy(k => k, StringComparer.Ordinal).ToArray()),
        p.Since, p.Status ?? PartnershipStatuses.Active, Strings(p.Fields, MaxNameChars), Sources(p.Sources));

    private static EventFact Event(EventFact e) => new(
        e.Kind ?? EventKinds.Other, Clip(e.Title ?? "", MaxNameChars), ValidDate(e.Start), ValidDate(e.End),
        string.IsNullOrEmpty(e.CityKey) ? null : e.CityKey, Keys(e.PartyKeys), Keys(e.PersonKeys), Sources(e.Sources));

    private static PersonFact Person(PersonFact p) => new(
        p.Key, Clip(p.Name ?? p.Key, MaxNameChars), p.Role is null ? null : Clip(p.Role, MaxNameChars),
        string.IsNullOrEmpty(p.CityKey) ? null : p.CityKey, Sources(p.Sources));

    private static IEnumerable<T> DistinctBy<T>(this IEnumerable<T> items, Func<T, string> key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
            if (seen.Add(key(item))) yield return item;
    }
}

/// <summary>Hands out ids unique within one set in linear time: "x", "x-2", "x-3", ...</summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string Claim(string id)
    {
        if (_used.Add(id)) return id;
        int n = _next.TryGetValue(id, out int last) ? last : 2;
        string candidate;
        while (!_used.Add(candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))) n++;
        _next[id] = n + 1;
        return candidate;
    }
}
