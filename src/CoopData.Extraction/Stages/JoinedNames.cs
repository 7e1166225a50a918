using System;
using System.Collections.Generic;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Stages;

/// <summary>
/// Stage 3b': "quận Marzahn-Hellersdorf", "Canterbury-Bankstown Council": a known place joined by a hyphen without spaces to
/// a name the gazetteer has in the same country, after a unit word or before a place suffix, is one locality the gazetteer
/// lacks (a merged district or council), not a pair. Its key is <c>loc:&lt;country&gt;-&lt;slug&gt;</c>; later mentions
/// written the same way are it too.
/// </summary>
internal static class JoinedNames
{
    /// <summary>
    /// Replaces each joined pair in <paramref name="mentions"/> (kept in text order) by one mention of the joined locality. The
    /// second half need only be a <paramref name="candidates"/> name: a small place after a hyphen has no context of its own.
    /// </summary>
    public static void Join(List<PlaceMention> mentions, List<PlaceCandidate> candidates)
    {
        Dictionary<string, Place>? joined = null;
        foreach (var a in mentions)
        {
            if (SecondHalf(a, candidates) is not var (b, last)) continue;
            var t = a.Sentence.Tokens;
            string? kind = LocalityResolver.PrefixKind(t, a.First, out bool prefixed);
            if (!prefixed && !LocalityResolver.HasPlaceSuffix(t, last)) continue;
            string name = a.Sentence.Span(a.First, last);
            joined ??= new Dictionary<string, Place>(StringComparer.Ordinal);
            string fold = Folding.Fold(name);
            if (!joined.ContainsKey(fold))
                joined[fold] = Villages.Unlisted(name, a.Place.Country, kind ?? (a.Place.Kind == b.Kind ? a.Place.Kind : LocalityKinds.City),
                    a.Place.ParentKey == b.ParentKey ? a.Place.ParentKey : null);
        }
        if (joined is null) return;
        for (int k = 0; k < mentions.Count; k++)
        {
            var a = mentions[k];
            if (SecondHalf(a, candidates) is not var (_, last)) continue;
            string name = a.Sentence.Span(a.First, last);
            if (!joined.TryGetValue(Folding.Fold(name), out var place)) continue;
            mentions[k] = new PlaceMention(a.Sentence, a.First, last, place, name) { Decided = true };
            if (k + 1 < mentions.Count && mentions[k + 1].Sentence == a.Sentence && mentions[k + 1].First <= last) mentions.RemoveAt(k + 1);
        }
    }

    /// <summary>
    /// The place of the same country written right after <paramref name="a"/> and a hyphen without spaces, neither the
    /// other's parent nor a region, and its last token; null when there is none.
    /// </summary>
    private static (Place Place, int Last)? SecondHalf(PlaceMention a, List<PlaceCandidate> candidates)
    {
        var t = a.Sentence.Tokens;
        int first = a.Last + 2;
        if (first >= t.Count || !t[a.Last + 1].IsPunct('-') || t[a.Last + 1].SpaceBefore || t[first].SpaceBefore || LocalityResolver.IsRegion(a.Place)) return null;
        foreach (var c in candidates)
        {
            if (c.Sentence != a.Sentence || c.First != first) continue;
            foreach (var p in c.Places)
                if (p.Country == a.Place.Country && p.Key != a.Place.Key && p.ParentKey != a.Place.Key && a.Place.ParentKey != p.Key && !LocalityResolver.IsRegion(p))
                    return (p, c.Last);
        }
        return null;
    }
}
