using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Merging;

/// <summary>One article's facts plus the fingerprint of its text, as the merger receives them.</summary>
public sealed record MergeInput
{
    /// <summary>
    /// Sanitizes <paramref name="facts"/> once, here (<see cref="FactSanitizer"/>), so a caller that
    /// keeps its inputs (the generator caches one per article) never pays for it again at merge time.
    /// </summary>
    public MergeInput(ArticleFacts facts, string fingerprint)
    {
        Facts = FactSanitizer.Sanitize(facts ?? throw new ArgumentNullException(nameof(facts)));
        Fingerprint = fingerprint ?? "";
    }

    /// <summary>The article's facts, safe to merge and emit.</summary>
    public ArticleFacts Facts { get; }

    /// <summary>The fingerprint of the article's text (<see cref="Text.Fingerprint"/>), to spot duplicates.</summary>
    public string Fingerprint { get; }
}

/// <summary>
/// Merges every article's facts into one dataset: the same city, person, partnership or event
/// named in several articles becomes one record with every source. Where articles disagree
/// (two establishment years), the best-supported value wins and the conflict is reported.
/// The result does not depend on the order of the inputs.
/// </summary>
public static partial class DatasetMerger
{
    public static MergedDataset Merge(IEnumerable<MergeInput> inputs, CancellationToken cancellationToken = default) =>
        Full(inputs, keepState: false, cancellationToken).Result;

    // The whole merge. With keepState the snapshot also indexes every key's group and its record's
    // position, so that MergeIncrementally can redo just the groups an edit touches.
    private static MergeSnapshot Full(IEnumerable<MergeInput> inputs, bool keepState, CancellationToken cancellationToken)
    {
        var diagnostics = new List<MergeDiagnostic>();
        var all = new List<MergeInput>();
        bool nulls = false;
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input is not null) all.Add(input);
            else nulls = true;
        }
        var kept = DropDuplicates(
            all.OrderBy(i => i.Facts.FileName, StringComparer.Ordinal).ThenBy(i => i.Fingerprint, StringComparer.Ordinal),
            diagnostics);
        var articles = kept.ConvertAll(i => i.Facts);
        var duplicates = diagnostics.ToArray();

        cancellationToken.ThrowIfCancellationRequested();
        var cityGroups = Group(articles, a => a.Cities, c => c.Key, null);
        var cityIds = UniqueIds(FirstByKey(cityGroups, c => c.Key), c => c.Key, c => Slug(c.Name, "city"), c => c.Country.ToLowerInvariant());
        var cities = MergeCities(articles, cityGroups, cityIds);
        cancellationToken.ThrowIfCancellationRequested();
        var personGroups = Group(articles, a => a.People, p => p.Key, null);
        var personIds = UniqueIds(FirstByKey(personGroups, p => p.Key), p => p.Key, p => Slug(p.Name, "person"), _ => "");
        var people = personGroups.Members.ConvertAll(g => PersonRecord(g, articles, cityIds, personIds));
        people.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        var partnershipGroups = Group(articles, a => a.Partnerships, p => PartyKey(p.PartyKeys), KeepPartnership(cityIds));
        var partnershipDiagnostics = new MergeDiagnostic[partnershipGroups.Count][];
        var partnerships = MergePartnerships(articles, partnershipGroups, cityIds, partnershipDiagnostics);
        foreach (var d in partnershipDiagnostics) diagnostics.AddRange(d);
        cancellationToken.ThrowIfCancellationRequested();
        var eventGroups = Group(articles, a => a.Events, EventKey, null);
        var events = MergeEvents(articles, eventGroups, cityIds, personIds, out var eventOrder);

        var articleIds = new IdAllocator();
        var result = new MergedDataset(
            articles.Select(a => ToArticle(a, articleIds)).ToEquatableArray(),
            cities.ToEquatableArray(),
            partnerships.ToEquatableArray(),
            events.ToEquatableArray(),
            people.ToEquatableArray(),
            diagnostics.ToEquatableArray());
        if (!keepState) return new MergeSnapshot(result);

        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = new MergeSnapshot(result)
        {
            Articles = articles,
            CityIds = cityIds,
            PersonIds = personIds,
            Duplicates = duplicates,
            Cities = Entries(cityGroups, ById(cities, c => c.Id), g => cityIds[g[0].Fact.Key]),
            People = Entries(personGroups, ById(people, p => p.Id), g => personIds[g[0].Fact.Key]),
        };
        var slots = new Dictionary<MergeInput, MergeSnapshot.Slot>(all.Count, ReferenceComparer<MergeInput>.Instance);
        var partnershipPositions = ById(partnerships, p => p.Id);
        snapshot.Partnerships = new Dictionary<string, MergeSnapshot.Entry<PartnershipFact>>(StringComparer.Ordinal);
        for (int g = 0; g < partnershipGroups.Count; g++)
        {
            var entry = new MergeSnapshot.Entry<PartnershipFact>(partnershipGroups.Members[g], partnershipPositions[partnershipGroups.Ids[g]]) { Diagnostics = partnershipDiagnostics[g] };
            snapshot.Partnerships.Add(partnershipGroups.Keys[g], entry);
            snapshot.PartnershipOrder.Add(entry);
        }
        snapshot.Events = new Dictionary<string, MergeSnapshot.Entry<EventFact>>(StringComparer.Ordinal);
        for (int g = 0; g < eventGroups.Count; g++)
            snapshot.Events.Add(eventGroups.Keys[g], new MergeSnapshot.Entry<EventFact>(eventGroups.Members[g], eventOrder[g]));
        foreach (var input in all)
        {
            if (slots.ContainsKey(input)) return new MergeSnapshot(result); // the same input twice: never updated in place
            slots.Add(input, new MergeSnapshot.Slot(-1));
            if (!snapshot.FileCounts.TryGetValue(input.Facts.FileName, out int files)) files = 0;
            snapshot.FileCounts[input.Facts.FileName] = files + 1;
            if (input.Fingerprint.Length == 0) continue;
            if (!snapshot.FingerprintCounts.TryGetValue(input.Fingerprint, out int prints)) prints = 0;
            snapshot.FingerprintCounts[input.Fingerprint] = prints + 1;
        }
        for (int i = 0; i < kept.Count; i++) slots[kept[i]].Position = i;
        snapshot.Slots = slots;
        snapshot.InputCount = all.Count;
        snapshot.LastInputs = nulls ? null : all.ToArray();
        return snapshot;
    }

    private static Dictionary<string, int> ById<T>(List<T> records, Func<T, string> id)
    {
        var positions = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++) positions.Add(id(records[i]), i);
        return positions;
    }

    private static Dictionary<string, MergeSnapshot.Entry<T>> Entries<T>(Groups<T> groups, Dictionary<string, int> positions, Func<List<Member<T>>, string> id)
    {
        var entries = new Dictionary<string, MergeSnapshot.Entry<T>>(groups.Count, StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++) entries.Add(groups.Keys[g], new MergeSnapshot.Entry<T>(groups.Members[g], positions[id(groups.Members[g])]));
        return entries;
    }

    /// <summary>The article id: its file name without extension.</summary>
    public static string ArticleId(string fileName)
    {
        int dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    // "a.txt" and "a.md" would both be "a": the second gets "a-2" (files come in ordinal order).
    private static MergedArticle ToArticle(ArticleFacts a, IdAllocator ids) =>
        new(ids.Claim(ArticleId(a.FileName)), a.FileName, a.Title, a.Language, a.Published);

    private static List<MergeInput> DropDuplicates(IEnumerable<MergeInput> sorted, List<MergeDiagnostic> diagnostics)
    {
        var byFingerprint = new Dictionary<string, ArticleFacts>(StringComparer.Ordinal);
        var byFile = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<MergeInput>();
        foreach (var input in sorted)
        {
            if (input.Fingerprint.Length > 0 && byFingerprint.TryGetValue(input.Fingerprint, out var first))
            {
                diagnostics.Add(new MergeDiagnostic(DiagnosticIds.DuplicateArticle, input.Facts.FileName, 1,
                    $"Article '{input.Facts.FileName}' has the same text as '{first.FileName}'; its facts are counted once, from '{first.FileName}'.",
                    new SourceFact(first.FileName, 1, first.Title)));
                continue;
            }
            if (!byFile.Add(input.Facts.FileName))
            {
                diagnostics.Add(new MergeDiagnostic(DiagnosticIds.DuplicateArticle, input.Facts.FileName, 1,
                    $"Two different articles are named '{input.Facts.FileName}'; only the first (by content) is kept. Rename one of them.",
                    null));
                continue;
            }
            if (input.Fingerprint.Length > 0) byFingerprint.Add(input.Fingerprint, input.Facts);
            kept.Add(input);
        }
        return kept;
    }

    // Each key's first fact (in article order), in key order: what readable ids are made from.
    private static IEnumerable<T> FirstByKey<T>(Groups<T> groups, Func<T, string> key) =>
        groups.Members.Select(g => g[0].Fact).OrderBy(key, StringComparer.Ordinal);

    private static List<MergedCity> MergeCities(List<ArticleFacts> articles, Groups<CityFact> groups, Dictionary<string, string> ids)
    {
        var merged = groups.Members.ConvertAll(g => CityRecord(g, articles, ids));
        // Cycles first, so the walk up to a located ancestor always ends.
        var result = LocateFromParents(BreakParentCycles(merged));
        result.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return result;
    }

    // A city as its group makes it; its parent link and borrowed location are settled over all cities afterwards.
    private static MergedCity CityRecord(List<Member<CityFact>> group, List<ArticleFacts> articles, Dictionary<string, string> ids)
    {
        var first = group[0].Fact;
        var aliases = new List<string>();
        foreach (var x in group)
        {
            // "Tuyen Quang City" where an article tells the city from its province, "Tuyen Quang" elsewhere: both are its names.
            if (!string.Equals(x.Fact.Name, first.Name, StringComparison.Ordinal)) aliases.Add(x.Fact.Name);
            foreach (var n in x.Fact.Aliases)
                if (!string.Equals(n, first.Name, StringComparison.Ordinal)) aliases.Add(n);
        }
        bool located = first.Latitude is >= -90 and <= 90 && first.Longitude is >= -180 and <= 180;
        return new MergedCity(
            ids[first.Key], first.Name, CountryCode(first.Country), first.Kind, SortedDistinct(aliases),
            first.ParentKey is { } p && p != first.Key && ids.TryGetValue(p, out var parentId) ? parentId : null,
            located ? first.Latitude : null, located ? first.Longitude : null,
            Sources(group, articles, c => c.Sources));
    }
    // The gazetteer's hierarchy has no cycles, but a faulty engine or curation could make one, and the
    // runtime rejects a city that is its own ancestor: the link from the smallest id in a cycle goes.
    internal static List<MergedCity> BreakParentCycles(List<MergedCity> cities)
    {
        cities.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < cities.Count; i++) byId[cities[i].Id] = i;
        var state = new int[cities.Count]; // 0 unvisited, 1 on the current path, 2 done
        for (int start = 0; start < cities.Count; start++)
        {
            var path = new List<int>();
            int at = start;
            while (at >= 0 && state[at] == 0)
            {
                state[at] = 1;
                path.Add(at);
                at = cities[at].ParentId is { } p && byId.TryGetValue(p, out int next) ? next : -1;
            }
            if (at >= 0 && state[at] == 1)
            {
                int cut = path.Skip(path.IndexOf(at)).OrderBy(i => cities[i].Id, StringComparer.Ordinal).First();
                cities[cut] = cities[cut] with { ParentId = null };
            }
            foreach (int i in path) state[i] = 2;
        }
        for (int i = 0; i < cities.Count; i++)
            if (cities[i].ParentId is { } p && !byId.ContainsKey(p)) cities[i] = cities[i] with { ParentId = null };
        return cities;
    }

    // A district or commune the gazetteer has no point for takes the nearest located ancestor's point, marked approximate.
    private static List<MergedCity> LocateFromParents(List<MergedCity> cities)
    {
        var byId = new Dictionary<string, MergedCity>(StringComparer.Ordinal);
        foreach (var c in cities) byId[c.Id] = c;
        var result = new List<MergedCity>(cities.Count);
        foreach (var c in cities)
        {
            if (c.Latitude is not null) { result.Add(c); continue; }
            var located = c;
            // Bounded by the number of cities, so a parent cycle cannot loop.
            for (int steps = 0; steps < cities.Count && located.ParentId is { } pid && byId.TryGetValue(pid, out var parent); steps++)
            {
                if (parent.Latitude is not null)
                {
                    located = c with { Latitude = parent.Latitude, Longitude = parent.Longitude, ApproximateLocation = true };
                    break;
                }
                located = parent;
            }
            result.Add(located.Latitude is not null && located.Id == c.Id ? located : c);
        }
        return result;
    }

    // The runtime library accepts only ISO 3166-1 alpha-2; "ZZ" is ISO's code for an unknown territory.
    private static string CountryCode(string country) =>
        country.Length == 2 && char.IsLetter(country[0]) && char.IsLetter(country[1]) && country[0] < 128 && country[1] < 128
            ? country.ToUpperInvariant()
            : "ZZ";


    private static MergedPerson PersonRecord(List<Member<PersonFact>> group, List<ArticleFacts> articles, Dictionary<string, string> cityIds, Dictionary<string, string> ids)
    {
        var first = group[0].Fact;
        var aliases = new List<string>();
        string? role = null, cityKey = null;
        foreach (var x in group)
        {
            if (!string.Equals(x.Fact.Name, first.Name, StringComparison.Ordinal)) aliases.Add(x.Fact.Name);
            role ??= x.Fact.Role;
            cityKey ??= x.Fact.CityKey;
        }
        return new MergedPerson(
            ids[first.Key], first.Name, SortedDistinct(aliases), role,
            cityKey is not null && cityIds.TryGetValue(cityKey, out var cityId) ? cityId : null,
            Sources(group, articles, p => p.Sources));
    }

    // A partnership counts when every party is a merged city and there are two of them at least.
    private static Func<PartnershipFact, bool> KeepPartnership(Dictionary<string, string> cityIds) =>
        p => AllKnown(p.PartyKeys, cityIds) && HasTwoDistinct(p.PartyKeys);

    private static bool HasTwoDistinct(EquatableArray<string> keys)
    {
        for (int i = 1; i < keys.Count; i++)
            if (!string.Equals(keys[i], keys[0], StringComparison.Ordinal)) return true;
        return false;
    }

    // Ids are claimed in group order (first appearance); the groups' ids are recorded for the snapshot.
    private static List<MergedPartnership> MergePartnerships(List<ArticleFacts> articles, Groups<PartnershipFact> groups, Dictionary<string, string> cityIds,
        MergeDiagnostic[][] diagnostics)
    {
        var merged = new List<MergedPartnership>(groups.Count);
        var usedIds = new IdAllocator();
        groups.Ids = new string[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            var found = new List<MergeDiagnostic>();
            var record = PartnershipRecord(groups.Members[g], articles, cityIds, found, usedIds.Claim);
            diagnostics[g] = found.ToArray();
            groups.Ids[g] = record.Id;
            merged.Add(record);
        }
        merged.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return merged;
    }

    // The partnership of one group; claimId turns the natural id (the party ids joined) into the record's id.
    private static MergedPartnership PartnershipRecord(List<Member<PartnershipFact>> group, List<ArticleFacts> articles, Dictionary<string, string> cityIds,
        List<MergeDiagnostic> diagnostics, Func<string, string> claimId)
    {
        var members = group.ConvertAll(x => (Article: articles[x.Article], x.Fact));
        int? since = ResolveSince(members, diagnostics);
        // The most recently published article knows the current status best (the last of those, in article order).
        var latest = group[0];
        foreach (var x in group)
            if (Comparer<PartialDate>.Default.Compare(articles[x.Article].Published ?? default, articles[latest.Article].Published ?? default) >= 0) latest = x;
        var partyIds = new string[members[0].Fact.PartyKeys.Count];
        for (int i = 0; i < partyIds.Length; i++) partyIds[i] = cityIds[members[0].Fact.PartyKeys[i]];
        var parties = SortedDistinct(partyIds);
        var fields = new List<string>();
        foreach (var x in group) fields.AddRange(x.Fact.Fields);
        return new MergedPartnership(
            claimId(string.Join("-", parties.AsSpan().ToArray())), parties, since, latest.Fact.Status,
            SortedDistinct(fields), Sources(group, articles, p => p.Sources));
    }

    // The year most sources support; on a tie the earliest, since a later year usually dates a renewal.
    private static int? ResolveSince(List<(ArticleFacts Article, PartnershipFact Fact)> members, List<MergeDiagnostic> diagnostics)
    {
        var votes = members.Where(x => x.Fact.Since is not null)
            .GroupBy(x => x.Fact.Since!.Value)
            .Select(g => (Year: g.Key, Support: g.Sum(x => Math.Max(1, x.Fact.Sources.Count)), First: g.First()))
            .OrderByDescending(v => v.Support).ThenBy(v => v.Year)
            .ToList();
        if (votes.Count == 0) return null;
        var winner = votes[0];
        foreach (var loser in votes.Skip(1))
        {
            var at = loser.First.Fact.Sources.Count > 0 ? loser.First.Fact.Sources[0] : new Evidence(1, "");
            var other = winner.First.Fact.Sources.Count > 0 ? winner.First.Fact.Sources[0] : new Evidence(1, "");
            diagnostics.Add(new MergeDiagnostic(DiagnosticIds.ConflictingFacts, loser.First.Article.FileName, at.Line,
                $"Articles disagree on when the partnership began: '{loser.First.Article.FileName}' line {at.Line} says {loser.Year}, '{winner.First.Article.FileName}' line {other.Line} says {winner.Year}; kept {winner.Year}, the better supported.",
                new SourceFact(winner.First.Article.FileName, other.Line, other.Text)));
        }
        return winner.Year;
    }

    private static string EventKey(EventFact e) => e.Kind + "|" + (e.Start?.ToString() ?? "") + "|" + (e.End?.ToString() ?? "") + "|"
        + (e.CityKey ?? "") + "|" + string.Join(",", SortedKeys(e.PartyKeys));

    // Events in date order, then the order the first article tells them in (groups are in first-seen order),
    // so events of one day read as the article narrates them; ids are claimed in that order. order[g] is group g's position.
    private static List<MergedEvent> MergeEvents(List<ArticleFacts> articles, Groups<EventFact> groups, Dictionary<string, string> cityIds,
        Dictionary<string, string> personIds, out int[] order)
    {
        var keyed = new List<(List<Member<EventFact>> Group, int Index)>(groups.Count);
        for (int i = 0; i < groups.Count; i++) keyed.Add((groups.Members[i], i));
        keyed.Sort((x, y) =>
        {
            int c = Comparer<PartialDate>.Default.Compare(x.Group[0].Fact.Start ?? default, y.Group[0].Fact.Start ?? default);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        });
        var merged = new List<MergedEvent>(groups.Count);
        var usedIds = new IdAllocator();
        order = new int[groups.Count];
        foreach (var (members, index) in keyed)
        {
            order[index] = merged.Count;
            merged.Add(EventRecord(members, articles, cityIds, personIds, usedIds.Claim(EventId(members[0].Fact, cityIds))));
        }
        return merged;
    }

    // An event's natural id: date, kind and place.
    private static string EventId(EventFact first, Dictionary<string, string> cityIds)
    {
        string? cityId = first.CityKey is not null && cityIds.TryGetValue(first.CityKey, out var c) ? c : null;
        string where = cityId ?? (first.PartyKeys.Count > 0 && cityIds.TryGetValue(first.PartyKeys[0], out var p) ? p : "");
        return string.Join("-", new[] { first.Start?.ToString().TrimStart('-') ?? "undated", first.Kind, where }.Where(s => s.Length > 0));
    }

    private static MergedEvent EventRecord(List<Member<EventFact>> members, List<ArticleFacts> articles, Dictionary<string, string> cityIds,
        Dictionary<string, string> personIds, string id)
    {
        var first = members[0].Fact;
        string? cityId = first.CityKey is not null && cityIds.TryGetValue(first.CityKey, out var c) ? c : null;
        var parties = new List<string>();
        var people = new List<string>();
        foreach (var x in members)
        {
            foreach (var k in x.Fact.PartyKeys) if (cityIds.TryGetValue(k, out var pid)) parties.Add(pid);
            foreach (var k in x.Fact.PersonKeys) if (personIds.TryGetValue(k, out var pid)) people.Add(pid);
        }
        return new MergedEvent(id, first.Kind, first.Title, first.Start, first.End, cityId,
            SortedDistinct(parties), SortedDistinct(people), Sources(members, articles, e => e.Sources));
    }

    /// <summary>One fact of a group: its article's position, its position in that article's list, and the fact.</summary>
    internal readonly struct Member<T>
    {
        public Member(int article, int index, T fact) { Article = article; Index = index; Fact = fact; }
        public int Article { get; }
        public int Index { get; }
        public T Fact { get; }
    }

    /// <summary>Groups in order of first appearance: their keys and members; Ids is filled by whoever names them.</summary>
    private sealed class Groups<T>
    {
        public readonly List<string> Keys = new();
        public readonly List<List<Member<T>>> Members = new();
        public string[] Ids = Array.Empty<string>();
        public int Count => Keys.Count;
    }

    // The facts of every article grouped by key, groups in order of first appearance, members in article order
    // (what GroupBy gave, as one dictionary fold).
    private static Groups<T> Group<T>(List<ArticleFacts> articles, Func<ArticleFacts, EquatableArray<T>> facts,
        Func<T, string> key, Func<T, bool>? keep) where T : IEquatable<T>
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new Groups<T>();
        for (int a = 0; a < articles.Count; a++)
        {
            var list = facts(articles[a]);
            for (int i = 0; i < list.Count; i++)
            {
                var fact = list[i];
                if (keep is not null && !keep(fact)) continue;
                string k = key(fact);
                if (!index.TryGetValue(k, out int g))
                {
                    g = groups.Count;
                    index.Add(k, g);
                    groups.Keys.Add(k);
                    groups.Members.Add(new List<Member<T>>());
                }
                groups.Members[g].Add(new Member<T>(a, i, fact));
            }
        }
        return groups;
    }

    private static string PartyKey(EquatableArray<string> keys) => string.Join("|", SortedKeys(keys));

    private static bool AllKnown(EquatableArray<string> keys, Dictionary<string, string> ids)
    {
        foreach (var k in keys) if (!ids.ContainsKey(k)) return false;
        return true;
    }

    // Sorted ordinally, repeats kept (a grouping key).
    private static string[] SortedKeys(EquatableArray<string> keys)
    {
        var sorted = new string[keys.Count];
        for (int i = 0; i < sorted.Length; i++) sorted[i] = keys[i];
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    // Every evidence of a group as sources, each once, by article order, line and text.
    private static EquatableArray<SourceFact> Sources<T>(List<Member<T>> group, List<ArticleFacts> articles, Func<T, EquatableArray<Evidence>> evidence)
    {
        int count = 0;
        foreach (var x in group) count += evidence(x.Fact).Count;
        var all = new (int Article, SourceFact Fact)[count];
        int n = 0;
        foreach (var x in group)
            foreach (var e in evidence(x.Fact)) all[n++] = (x.Article, new SourceFact(articles[x.Article].FileName, e.Line, e.Text));
        Array.Sort(all, static (x, y) =>
        {
            int c = x.Article.CompareTo(y.Article);
            if (c == 0) c = x.Fact.Line.CompareTo(y.Fact.Line);
            return c != 0 ? c : string.CompareOrdinal(x.Fact.Text, y.Fact.Text);
        });
        var result = new SourceFact[count];
        n = 0;
        foreach (var (_, fact) in all)
            if (n == 0 || !result[n - 1].Equals(fact)) result[n++] = fact;
        if (n < result.Length) Array.Resize(ref result, n);
        return new EquatableArray<SourceFact>(result);
    }

    // Sorted in place and deduplicated without intermediate lists: the merge calls this for every record's lists.
    private static EquatableArray<string> SortedDistinct(IEnumerable<string> values)
    {
        string[] items;
        if (values is ICollection<string> collection)
        {
            items = new string[collection.Count];
            collection.CopyTo(items, 0);
        }
        else
        {
            items = new List<string>(values).ToArray();
        }
        if (items.Length == 0) return EquatableArray<string>.Empty;
        Array.Sort(items, StringComparer.Ordinal);
        int n = 1;
        for (int i = 1; i < items.Length; i++)
            if (!string.Equals(items[n - 1], items[i], StringComparison.Ordinal)) items[n++] = items[i];
        if (n < items.Length) Array.Resize(ref items, n);
        return new EquatableArray<string>(items);
    }

    private static string Slug(string name, string fallback)
    {
        string slug = Folding.Slug(name);
        return slug.Length > 0 ? slug : fallback;
    }


    // Items come in key order, so the suffixes are stable whatever the article order.
    private static Dictionary<string, string> UniqueIds<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> baseId, Func<T, string> qualifier)
    {
        var list = items.ToList();
        var clashing = new HashSet<string>(list.GroupBy(baseId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key), StringComparer.Ordinal);
        var used = new IdAllocator();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            string id = baseId(item);
            if (clashing.Contains(id) && qualifier(item).Length > 0) id += "-" + qualifier(item);
            ids[key(item)] = used.Claim(id);
        }
        return ids;
    }
}
