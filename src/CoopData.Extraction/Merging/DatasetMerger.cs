using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Merging;

/// <summary>One article's facts plus the fingerprint of its text, as the merger receives them.</summary>
public sealed record MergeInput(ArticleFacts Facts, string Fingerprint);

/// <summary>
/// Merges every article's facts into one dataset: the same city, person, partnership or event
/// named in several articles becomes one record with every source. Where articles disagree
/// (two establishment years), the best-supported value wins and the conflict is reported.
/// The result does not depend on the order of the inputs.
/// </summary>
public static class DatasetMerger
{
    public static MergedDataset Merge(IEnumerable<MergeInput> inputs, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<MergeDiagnostic>();
        var sanitized = new List<MergeInput>();
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input?.Facts is null) continue;
            sanitized.Add(new MergeInput(FactSanitizer.Sanitize(input.Facts), input.Fingerprint ?? ""));
        }
        var articles = DropDuplicates(
            sanitized.OrderBy(i => i.Facts.FileName, StringComparer.Ordinal).ThenBy(i => i.Fingerprint, StringComparer.Ordinal),
            diagnostics);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < articles.Count; i++) order[articles[i].FileName] = i;

        cancellationToken.ThrowIfCancellationRequested();
        var cityIds = CityIds(articles);
        var cities = MergeCities(articles, cityIds, order);
        cancellationToken.ThrowIfCancellationRequested();
        var people = MergePeople(articles, cityIds, order, out var personIds);
        var partnerships = MergePartnerships(articles, cityIds, order, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        var events = MergeEvents(articles, cityIds, personIds, order);

        var articleIds = new IdAllocator();
        return new MergedDataset(
            articles.Select(a => ToArticle(a, articleIds)).ToEquatableArray(),
            cities.ToEquatableArray(),
            partnerships.ToEquatableArray(),
            events.ToEquatableArray(),
            people.ToEquatableArray(),
            diagnostics.ToEquatableArray());
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

    private static List<ArticleFacts> DropDuplicates(IEnumerable<MergeInput> sorted, List<MergeDiagnostic> diagnostics)
    {
        var byFingerprint = new Dictionary<string, ArticleFacts>(StringComparer.Ordinal);
        var byFile = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<ArticleFacts>();
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
            kept.Add(input.Facts);
        }
        return kept;
    }

    // Readable ids from names; places that share a name are told apart by country, then by key.
    private static Dictionary<string, string> CityIds(List<ArticleFacts> articles)
    {
        var firstByKey = new SortedDictionary<string, CityFact>(StringComparer.Ordinal);
        foreach (var a in articles)
            foreach (var c in a.Cities)
                if (!firstByKey.ContainsKey(c.Key)) firstByKey.Add(c.Key, c);
        return UniqueIds(firstByKey.Values, c => c.Key, c => Slug(c.Name, "city"), c => c.Country.ToLowerInvariant());
    }

    private static List<MergedCity> MergeCities(List<ArticleFacts> articles, Dictionary<string, string> ids, Dictionary<string, int> order)
    {
        var merged = new List<MergedCity>();
        foreach (var group in articles.SelectMany(a => a.Cities.Select(c => (a.FileName, c))).GroupBy(x => x.c.Key, StringComparer.Ordinal))
        {
            var first = group.First().c;
            var aliases = group.SelectMany(x => x.c.Aliases).Where(n => !string.Equals(n, first.Name, StringComparison.Ordinal));
            bool located = first.Latitude is >= -90 and <= 90 && first.Longitude is >= -180 and <= 180;
            merged.Add(new MergedCity(
                ids[first.Key], first.Name, CountryCode(first.Country), first.Kind, SortedDistinct(aliases),
                first.ParentKey is { } p && p != first.Key && ids.TryGetValue(p, out var parentId) ? parentId : null,
                located ? first.Latitude : null, located ? first.Longitude : null,
                Sources(group.Select(x => (x.FileName, x.c.Sources)), order)));
        }
        // Cycles first, so the walk up to a located ancestor always ends.
        return LocateFromParents(BreakParentCycles(merged.OrderBy(c => c.Id, StringComparer.Ordinal).ToList()))
            .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    // The gazetteer's hierarchy has no cycles, but a faulty engine or curation could make one, and the
    // runtime rejects a city that is its own ancestor: the link from the smallest id in a cycle goes.
    internal static List<MergedCity> BreakParentCycles(List<MergedCity> cities)
    {
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

    private static List<MergedPerson> MergePeople(List<ArticleFacts> articles, Dictionary<string, string> cityIds, Dictionary<string, int> order, out Dictionary<string, string> ids)
    {
        var firstByKey = new SortedDictionary<string, PersonFact>(StringComparer.Ordinal);
        foreach (var a in articles)
            foreach (var p in a.People)
                if (!firstByKey.ContainsKey(p.Key)) firstByKey.Add(p.Key, p);
        ids = UniqueIds(firstByKey.Values, p => p.Key, p => Slug(p.Name, "person"), _ => "");

        var merged = new List<MergedPerson>();
        foreach (var group in articles.SelectMany(a => a.People.Select(p => (a.FileName, p))).GroupBy(x => x.p.Key, StringComparer.Ordinal))
        {
            var first = group.First().p;
            var aliases = group.Select(x => x.p.Name).Where(n => !string.Equals(n, first.Name, StringComparison.Ordinal));
            string? role = group.Select(x => x.p.Role).FirstOrDefault(r => r is not null);
            string? cityKey = group.Select(x => x.p.CityKey).FirstOrDefault(k => k is not null);
            merged.Add(new MergedPerson(
                ids[first.Key], first.Name, SortedDistinct(aliases), role,
                cityKey is not null && cityIds.TryGetValue(cityKey, out var cityId) ? cityId : null,
                Sources(group.Select(x => (x.FileName, x.p.Sources)), order)));
        }
        return merged.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    private static List<MergedPartnership> MergePartnerships(List<ArticleFacts> articles, Dictionary<string, string> cityIds, Dictionary<string, int> order, List<MergeDiagnostic> diagnostics)
    {
        var merged = new List<MergedPartnership>();
        var usedIds = new IdAllocator();
        var all = articles.SelectMany(a => a.Partnerships.Select(p => (Article: a, Fact: p)))
            .Where(x => x.Fact.PartyKeys.All(cityIds.ContainsKey) && x.Fact.PartyKeys.Distinct(StringComparer.Ordinal).Count() >= 2);
        foreach (var group in all.GroupBy(x => string.Join("|", x.Fact.PartyKeys.OrderBy(k => k, StringComparer.Ordinal)), StringComparer.Ordinal))
        {
            var members = group.ToList();
            int? since = ResolveSince(members, diagnostics);
            // The most recently published article knows the current status best.
            var latest = members.OrderBy(x => x.Article.Published ?? default, Comparer<PartialDate>.Default).ThenBy(x => order[x.Article.FileName]).Last();
            var partyIds = members[0].Fact.PartyKeys.Select(k => cityIds[k]).Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToArray();
            merged.Add(new MergedPartnership(
                usedIds.Claim(string.Join("-", partyIds)), new EquatableArray<string>(partyIds), since, latest.Fact.Status,
                SortedDistinct(members.SelectMany(x => x.Fact.Fields)),
                Sources(members.Select(x => (x.Article.FileName, x.Fact.Sources)), order)));
        }
        return merged.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
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

    private static List<MergedEvent> MergeEvents(List<ArticleFacts> articles, Dictionary<string, string> cityIds, Dictionary<string, string> personIds, Dictionary<string, int> order)
    {
        var merged = new List<MergedEvent>();
        var usedIds = new IdAllocator();
        var all = articles.SelectMany(a => a.Events.Select(e => (a.FileName, Fact: e)));
        var groups = all.GroupBy(x => string.Join("|",
            x.Fact.Kind, x.Fact.Start?.ToString() ?? "", x.Fact.End?.ToString() ?? "", x.Fact.CityKey ?? "",
            string.Join(",", x.Fact.PartyKeys.OrderBy(k => k, StringComparer.Ordinal))), StringComparer.Ordinal);
        // Date order, then the order the first article tells them in (groups keep first appearance and
        // OrderBy is stable), so events of one day read as the article narrates them.
        var ordered = groups.Select(g => g.ToList())
            .OrderBy(g => g[0].Fact.Start ?? default, Comparer<PartialDate>.Default);
        foreach (var members in ordered)
        {
            var first = members[0].Fact;
            string? cityId = first.CityKey is not null && cityIds.TryGetValue(first.CityKey, out var c) ? c : null;
            string where = cityId ?? (first.PartyKeys.Count > 0 && cityIds.TryGetValue(first.PartyKeys[0], out var p) ? p : "");
            string id = string.Join("-", new[] { first.Start?.ToString().TrimStart('-') ?? "undated", first.Kind, where }.Where(s => s.Length > 0));
            merged.Add(new MergedEvent(
                usedIds.Claim(id), first.Kind, first.Title, first.Start, first.End, cityId,
                SortedDistinct(members.SelectMany(x => x.Fact.PartyKeys).Where(cityIds.ContainsKey).Select(k => cityIds[k])),
                SortedDistinct(members.SelectMany(x => x.Fact.PersonKeys).Where(personIds.ContainsKey).Select(k => personIds[k])),
                Sources(members.Select(x => (x.FileName, x.Fact.Sources)), order)));
        }
        return merged;
    }

    private static EquatableArray<SourceFact> Sources(IEnumerable<(string File, EquatableArray<Evidence> Evidence)> parts, Dictionary<string, int> order) =>
        parts.SelectMany(p => p.Evidence.Select(e => new SourceFact(p.File, e.Line, e.Text)))
            .Distinct()
            .OrderBy(s => order[s.ArticleFile]).ThenBy(s => s.Line).ThenBy(s => s.Text, StringComparer.Ordinal)
            .ToEquatableArray();

    private static EquatableArray<string> SortedDistinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToEquatableArray();

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
