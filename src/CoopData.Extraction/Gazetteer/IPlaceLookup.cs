using System.Collections.Generic;

namespace CoopData.Extraction.Gazetteer;

/// <summary>
/// The part of the gazetteer the stages use. A seam so tests can run the pipeline on a small,
/// hand-written gazetteer; production goes through <see cref="PlaceIndexLookup"/>.
/// </summary>
internal interface IPlaceLookup
{
    /// <summary>Places one of whose names folds to <paramref name="folded"/>, most populous first (never null).</summary>
    IReadOnlyList<Place> FindByName(string folded);

    /// <summary>The place with this key, or null.</summary>
    Place? FindByKey(string key);

    /// <summary>The country (by name or demonym), or null.</summary>
    Country? FindCountry(string folded);

    /// <summary>Upper bound on the words of an indexed name.</summary>
    int LongestNameInWords { get; }

    /// <summary>Notable places whose name is a near-miss spelling of <paramref name="folded"/>.</summary>
    IReadOnlyList<Place> FindNear(string folded);

    /// <summary>Notable places with a name of several words <paramref name="folded"/> writes as one ("Nursultan").</summary>
    IReadOnlyList<Place> FindWrittenSolid(string folded);

    /// <summary>Places of <paramref name="countries"/> whose name sounds like the Vietnamese rendering <paramref name="rendering"/> ("Vi-tép-xcơ").</summary>
    IReadOnlyList<Place> FindSoundingLike(string rendering, IReadOnlyList<string> countries);

    /// <summary>The capital of <paramref name="country"/>, or null.</summary>
    Place? FindCapital(string country);
}

/// <summary>Adapts the embedded <see cref="PlaceIndex"/>.</summary>
internal sealed class PlaceIndexLookup : IPlaceLookup
{
    private readonly PlaceIndex _index;

    public PlaceIndexLookup(PlaceIndex index) => _index = index;

    public IReadOnlyList<Place> FindByName(string folded) => _index.FindByName(folded) ?? System.Array.Empty<Place>();

    public Place? FindByKey(string key) => _index.FindByKey(key);

    public Country? FindCountry(string folded) => _index.FindCountry(folded);

    public int LongestNameInWords => _index.LongestNameInWords;

    public IReadOnlyList<Place> FindNear(string folded) => _index.FindNear(folded);

    public IReadOnlyList<Place> FindWrittenSolid(string folded) => _index.FindWrittenSolid(folded);

    public IReadOnlyList<Place> FindSoundingLike(string rendering, IReadOnlyList<string> countries) => _index.FindSoundingLike(rendering, countries);

    public Place? FindCapital(string country) => _index.FindCapital(country);

    /// <summary>See <see cref="PlaceIndex.MayBeName"/>.</summary>
    public bool MayBeName(ulong hash) => _index.MayBeName(hash);

    /// <summary>See <see cref="PlaceIndex.MayStartLongerName"/>.</summary>
    public bool MayStartLongerName(ulong wordHash) => _index.MayStartLongerName(wordHash);
}
