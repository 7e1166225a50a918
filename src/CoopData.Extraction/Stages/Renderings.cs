using System;
using System.Collections.Generic;
using System.Threading;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Stages;

/// <summary>
/// Stage 3a': Vietnamese renderings of foreign names the gazetteer does not list ("tỉnh Vi-tép-xcơ (Cộng hòa Belarus)",
/// "thành phố Kê-li-ma-nê", "tỉnh Pi-na đen Ri-ô"). A name of syllables joined by hyphens, written after a unit word or
/// before a bracketed country, is matched by how it sounds (<see cref="SoundKey"/>) with the places of that country, else
/// of the foreign countries the article names; one followed by its Latin name in brackets is that name's place. Once
/// read, the rendering is that place wherever the article writes it.
/// Candidates are added before people are found, so "Tỉnh trưởng tỉnh Kông-pông Chhnăng Xun Xô-phia" is Xun Xô-phia.
/// </summary>
internal static class Renderings
{
    // "Xan-ti Xpi-ri-tút", "Pi-na đen Ri-ô": a rendering has at most three capitalised words.
    private const int MaxWords = 3;

    /// <summary>A run of capitalised words whose first is hyphenated, and the last token of each word.</summary>
    private readonly struct Span
    {
        public Span(Sentence s, int first, int[] wordEnds) { Sentence = s; First = first; WordEnds = wordEnds; }
        public Sentence Sentence { get; }
        public int First { get; }
        public int[] WordEnds { get; }
    }

    /// <summary>Adds the candidates of the renderings read in a Vietnamese article to <paramref name="candidates"/> (kept in text order).</summary>
    public static void Find(List<Sentence> sentences, List<PlaceCandidate> candidates, List<CountryMention> countries, IPlaceLookup places,
        string home, CancellationToken ct)
    {
        var foreign = new List<string>();
        foreach (var cm in countries)
            if (cm.Code != home && !foreign.Contains(cm.Code)) foreign.Add(cm.Code);
        if (foreign.Count == 0) return;
        // Both lists are in text order: each sentence's own are a run, found by walking along.
        int candidateAt = 0, countryAt = 0;
        var spans = new List<Span>();
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            while (candidateAt < candidates.Count && candidates[candidateAt].Sentence.Index < s.Index) candidateAt++;
            while (countryAt < countries.Count && countries[countryAt].Sentence.Index < s.Index) countryAt++;
            bool Taken(int k)
            {
                for (int c = candidateAt; c < candidates.Count && candidates[c].Sentence == s; c++)
                    if (candidates[c].First <= k && k <= candidates[c].Last) return true;
                for (int c = countryAt; c < countries.Count && countries[c].Sentence == s; c++)
                    if (countries[c].First <= k && k <= countries[c].Last) return true;
                return false;
            }
            var t = s.Tokens;
            for (int i = 0; i < t.Count; i++)
            {
                if (!t[i].IsWord || !t[i].Cap) continue;
                int end = HyphenatedWordEnd(t, i);
                if (end == i || Taken(i)) continue;
                var ends = new List<int> { end };
                int j = end;
                while (ends.Count < MaxWords && j + 1 < t.Count)
                {
                    int next = j + 1;
                    // "Pi-na đen Ri-ô": a particle of the foreign name between two capitalised words.
                    if (t[next].IsWord && !t[next].Cap && Lexicon.RenderingParticles.Contains(t[next].Form) && next + 1 < t.Count) next++;
                    // "U-lan Ba-to": a hyphenated word goes on with the rendering even if the gazetteer knows it alone ("Ba-to",
                    // a Vietnamese district); the candidate gives way once the whole is read.
                    if (!t[next].IsWord || !t[next].Cap || !t[next].SpaceBefore || (Taken(next) && HyphenatedWordEnd(t, next) == next)) break;
                    j = HyphenatedWordEnd(t, next);
                    ends.Add(j);
                }
                spans.Add(new Span(s, i, ends.ToArray()));
                i = j;
            }
        }
        if (spans.Count == 0) return;

        // The renderings with a locality's context, longest reading first.
        var read = new Dictionary<string, IReadOnlyList<Place>>(StringComparer.Ordinal);
        var countryOfSpan = new List<string>(1);
        foreach (var span in spans)
        {
            var t = span.Sentence.Tokens;
            // Its Latin name in brackets says which place it is, whatever its unit word.
            if (ReadByLatinName(span, candidates, foreign, places, read)) continue;
            // "tỉnh X", "thành phố X": a province or a city, which the gazetteer lists down to small towns. Not "huyện X" or
            // "xã X" (districts and communes it often lacks: a town that sounds alike is not them, "huyện Xê-pôn (Lào)" is not
            // Sekong), nor "vùng Xi-bia" (a wide region, not Sibay), whatever country follows.
            var kind = LocalityResolver.PrefixKind(t, span.First, out bool prefixed);
            if ((prefixed && kind is not (LocalityKinds.City or LocalityKinds.Province))
                || (span.First > 0 && Lexicon.WideRegionWords.Contains(t[span.First - 1].Form))) continue;
            for (int n = span.WordEnds.Length; n >= 1; n--)
            {
                int last = span.WordEnds[n - 1];
                string? bracketed = LocalityResolver.BracketedCountryAfter(span.Sentence, last, countries);
                if (!prefixed && bracketed is null) continue;
                if (bracketed == home) break;
                string surface = span.Sentence.Span(span.First, last);
                string fold = Folding.Fold(surface);
                if (read.ContainsKey(fold)) break;
                IReadOnlyList<string> searched = foreign;
                if (bracketed is not null)
                {
                    countryOfSpan.Clear();
                    countryOfSpan.Add(bracketed);
                    searched = countryOfSpan;
                }
                var found = places.FindSoundingLike(surface, searched);
                if (found.Count == 0) continue;
                read.Add(fold, found);
                break;
            }
        }
        if (read.Count == 0) return;

        // Every writing of a rendering read, with context or without.
        foreach (var span in spans)
            for (int n = span.WordEnds.Length; n >= 1; n--)
            {
                int last = span.WordEnds[n - 1];
                if (!read.TryGetValue(Folding.Fold(span.Sentence.Span(span.First, last)), out var found)) continue;
                candidates.RemoveAll(c => c.Sentence == span.Sentence && c.First >= span.First && c.Last <= last);
                candidates.Add(new PlaceCandidate(span.Sentence, span.First, last, found));
                break;
            }
        PlaceCandidate.SortInTextOrder(candidates);
    }

    private static bool ReadByLatinName(Span span, List<PlaceCandidate> candidates, List<string> foreign, IPlaceLookup places,
        Dictionary<string, IReadOnlyList<Place>> read)
    {
        for (int n = span.WordEnds.Length; n >= 1; n--)
        {
            int last = span.WordEnds[n - 1];
            if (LatinNameAfter(span.Sentence, span.First, last, candidates, foreign) is not { } latin) continue;
            // "vùng Xa-mác-can (Samarkand)": what sounds alike in the place's country too, the region of the city's name.
            var countries = new List<string>();
            foreach (var p in latin) if (!countries.Contains(p.Country)) countries.Add(p.Country);
            foreach (var p in places.FindSoundingLike(span.Sentence.Span(span.First, last), countries)) if (!latin.Contains(p)) latin.Add(p);
            read[Folding.Fold(span.Sentence.Span(span.First, last))] = latin;
            return true;
        }
        return false;
    }

    /// <summary>
    /// "thành phố Tao-gi (Taunggyi)", "thị trấn Ka-lô (Kalaw)": the places, in the foreign countries the article names, of a
    /// name written in brackets right after the rendering (tokens <paramref name="first"/> to <paramref name="last"/>) that
    /// opens with the same sound; else null. A bracketed address ("(Stara Zagora)") seldom does.
    /// </summary>
    private static List<Place>? LatinNameAfter(Sentence s, int first, int last, List<PlaceCandidate> candidates, List<string> foreign)
    {
        var t = s.Tokens;
        if (last + 2 >= t.Count || !t[last + 1].IsPunct('(')) return null;
        foreach (var c in candidates)
        {
            if (c.Sentence != s || c.First != last + 2) continue;
            if (c.Last + 1 >= t.Count || !t[c.Last + 1].IsPunct(')')) return null;
            string rendering = SoundKey.OfVietnamese(s.Span(first, last)), latin = SoundKey.OfLatin(s.Span(c.First, c.Last));
            if (rendering.Length == 0 || latin.Length == 0 || rendering[0] != latin[0]) return null;
            var found = new List<Place>();
            for (int k = 0; k < c.Places.Count; k++) if (foreign.Contains(c.Places[k].Country)) found.Add(c.Places[k]);
            return found.Count > 0 ? found : null;
        }
        return null;
    }

    /// <summary>The last token of a word whose syllables are joined by hyphens with no spaces ("Vi-tép-xcơ"); <paramref name="i"/> when it has none.</summary>
    private static int HyphenatedWordEnd(TokenList t, int i)
    {
        int end = i;
        while (end + 2 < t.Count && t[end + 1].IsPunct('-') && !t[end + 1].SpaceBefore && !t[end + 2].SpaceBefore && t[end + 2].IsWord)
            end += 2;
        return end;
    }
}
