using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Gazetteer;

public sealed partial class PlaceIndex
{
    // A rendering is matched only within a country the article names, among places an article is likely to mean
    // there (Trinidad, Cuba has 60,000 people); a country's keys are made the first time one of its renderings is read.
    internal const long SoundingLikeMinPopulation = 20_000;

    private readonly ConcurrentDictionary<string, (string Key, int Words, Place Place)[]> _soundsByCountry = new(StringComparer.Ordinal);

    /// <summary>
    /// Places of <paramref name="countries"/> whose name sounds like the Vietnamese rendering <paramref name="rendering"/>
    /// ("Vi-tép-xcơ": Vitebsk city and Vitebsk Region), the closest only and most populous first; empty when none is
    /// close enough.
    /// </summary>
    internal IReadOnlyList<Place> FindSoundingLike(string rendering, IReadOnlyList<string> countries)
    {
        string key = SoundKey.OfVietnamese(rendering);
        int consonants = SoundKey.Consonants(key);
        // Half steps: a consonant is 2. A key of four consonants or more may miss one in four ("Vi-tép-xcơ", Vitebsk), one
        // of two or three consonants only a vowel ("Xê-pôn" is not Sekong), one of one consonant nothing ("Ô-rơ-sa", Orsha).
        int best = consonants >= 4 ? consonants / 2 : consonants >= 2 ? 1 : 0;
        if (consonants == 0 || key.Length < 3) return Array.Empty<Place>();
        var found = new List<Place>();
        int words = WordCount(rendering);
        foreach (var country in countries)
            foreach (var (nameKey, nameWords, place) in _soundsByCountry.GetOrAdd(country, BuildSounds))
            {
                // "Kông-pông Chhnăng Xun Xô-phia" is a place of two words and a person's name, not a place of four.
                if (nameWords != words) continue;
                int distance = SoundKey.Distance(key, nameKey, best);
                if (distance > best) continue;
                if (distance < best) { best = distance; found.Clear(); }
                if (!found.Contains(place)) found.Add(place);
            }
        found.Sort(Compare);
        return found;
    }

    private (string Key, int Words, Place Place)[] BuildSounds(string country)
    {
        var sounds = new List<(string, int, Place)>();
        var keys = new HashSet<(string, int)>();
        foreach (var place in Places)
        {
            if (place.Country != country) continue;
            if (place.Population < SoundingLikeMinPopulation && place.Kind != LocalityKinds.Province && place.Kind != LocalityKinds.Capital) continue;
            keys.Clear();
            foreach (var name in place.Names)
            {
                int words = WordCount(name);
                // A name with letters only Vietnamese has ("Tôm-xcơ") is read by Vietnamese spelling.
                Reading.LanguageDetector.CountLetters(name, out int vietnamese);
                if (vietnamese > 0) { keys.Add((SoundKey.OfVietnamese(name), words)); continue; }
                keys.Add((SoundKey.OfLatin(name), words));
                if (name.IndexOf('w') >= 0 || name.IndexOf('W') >= 0) keys.Add((SoundKey.OfLatin(name, glideW: true), words));
            }
            foreach (var (key, words) in keys) sounds.Add((key, words, place));
        }
        return sounds.ToArray();
    }
}
