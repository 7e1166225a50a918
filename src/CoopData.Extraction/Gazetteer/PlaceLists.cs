using System.Collections.Generic;

namespace CoopData.Extraction.Gazetteer;

/// <summary>Lists of places kept free of repeats by key.</summary>
internal static class PlaceLists
{
    /// <summary>Whether <paramref name="places"/> holds a place with this key (a loop, not a closure made per call).</summary>
    public static bool HasKey(this List<Place> places, string key)
    {
        foreach (var p in places)
            if (p.Key == key) return true;
        return false;
    }
}
