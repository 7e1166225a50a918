using System.Collections.Generic;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;

namespace CoopData.Extraction.Stages;

/// <summary>
/// Stage 3a'': a country's capital named by the country ("the Thai capital", "the capital of Laos", "thủ đô Lào"): a
/// candidate of that capital, standing for its name, so "the forum took place in the Thai capital" places events there.
/// </summary>
internal static class CountryCapitals
{
    /// <summary>Adds the candidates of the capitals described in <paramref name="countries"/>' sentences to <paramref name="candidates"/> (kept in text order).</summary>
    public static void Find(List<PlaceCandidate> candidates, List<CountryMention> countries, IPlaceLookup places)
    {
        int added = 0;
        foreach (var cm in countries)
        {
            var t = cm.Sentence.Tokens;
            int first, last;
            // "the Thai capital" (not "the Thai capital of Bangkok", which names it)
            if (cm.First > 0 && t[cm.First - 1].Is("the") && cm.Last + 1 < t.Count && !t[cm.Last + 1].Cap && Lexicon.CapitalAfterDemonym.Contains(t[cm.Last + 1].Form)
                && !(cm.Last + 2 < t.Count && t[cm.Last + 2].Is("of")))
            {
                first = cm.First;
                last = cm.Last + 1;
            }
            // "the capital of Laos", "thủ đô Lào" (not "the coffee capital of Vietnam", "the capital of Korean spirit culture")
            else if (Phrases.CapitalBeforeCountry.EndingBefore(t, cm.First) is { } before
                && (cm.Last + 1 >= t.Count || !t[cm.Last + 1].IsWord || Lexicon.WordsAfterNounPhrase.Contains(t[cm.Last + 1].Form)))
            {
                first = cm.First - before.Words;
                last = cm.Last;
            }
            else continue;
            if (places.FindCapital(cm.Code) is not { } capital || Overlaps(candidates, cm.Sentence, first, last)) continue;
            candidates.Add(new PlaceCandidate(cm.Sentence, first, last, new[] { capital }, capital.Name));
            added++;
        }
        if (added > 0)
            PlaceCandidate.SortInTextOrder(candidates);
    }

    private static bool Overlaps(List<PlaceCandidate> candidates, Sentence s, int first, int last)
    {
        foreach (var c in candidates)
            if (c.Sentence == s && c.First <= last && first <= c.Last) return true;
        return false;
    }
}
