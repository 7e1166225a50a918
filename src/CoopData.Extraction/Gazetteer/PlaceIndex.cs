using System;
using System.Collections.Generic;

namespace CoopData.Extraction.Gazetteer;

/// <summary>A locality from the gazetteer.</summary>
/// <param name="Key">Stable id: <c>gn:&lt;geonameid&gt;</c>, or <c>cur:&lt;slug&gt;</c> for curated entries.</param>
/// <param name="Name">English name (GeoNames' name, or the English alternate name when it has one).</param>
/// <param name="Kind">One of <see cref="LocalityKinds"/>.</param>
/// <param name="FeatureCode">GeoNames feature code (PPLC, PPLA, PPLA2, ADM1 ...).</param>
/// <param name="ParentKey">Key of the enclosing locality where the data says (a district's city or province).</param>
/// <param name="Names">Every name it may be written as in English or Vietnamese (alternate names, exonyms), including <see cref="Name"/>.</param>
public sealed record Place(
    string Key, string Name, string Country, string Kind, string FeatureCode, long Population,
    string? ParentKey, double Latitude, double Longitude, EquatableArray<string> Names);

/// <summary>A country with its English and Vietnamese names and demonyms.</summary>
public sealed record Country(
    string Code, string EnglishName, string VietnameseName,
    EquatableArray<string> Names, EquatableArray<string> Demonyms);

/// <summary>
/// The embedded gazetteer: localities and countries, looked up by folded name
/// (<see cref="Text.Folding.Fold"/>). Loaded once per process from the assembly's resource.
/// </summary>
public sealed partial class PlaceIndex
{
    /// <summary>The gazetteer built into this assembly.</summary>
    public static PlaceIndex Default => throw new NotImplementedException();

    /// <summary>Places any of whose names folds to <paramref name="foldedName"/>, most populous first.</summary>
    public IReadOnlyList<Place> FindByName(string foldedName) => throw new NotImplementedException();

    /// <summary>The place with this key, or null.</summary>
    public Place? FindByKey(string key) => throw new NotImplementedException();

    /// <summary>The country one of whose names or demonyms folds to <paramref name="foldedName"/>, or null.</summary>
    public Country? FindCountry(string foldedName) => throw new NotImplementedException();

    /// <summary>The country with this ISO 3166-1 alpha-2 code, or null.</summary>
    public Country? FindCountryByCode(string code) => throw new NotImplementedException();

    /// <summary>The most words any indexed name has, to bound n-gram lookups.</summary>
    public int LongestNameInWords => throw new NotImplementedException();
}
