using System.Collections.Generic;
using CoopData.Internal;

namespace CoopData;

/// <summary>A locality taking part in cooperation: a city, capital, district, province or commune.</summary>
public sealed class City : DatasetRecord
{
    /// <summary>Creates a city.</summary>
    /// <param name="id">Unique id, e.g. <c>hanoi</c>.</param>
    /// <param name="name">Canonical English name.</param>
    /// <param name="country">ISO 3166-1 alpha-2 code, upper case.</param>
    /// <param name="kind">What kind of locality it is.</param>
    /// <param name="aliases">Other spellings, e.g. <c>Hà Nội</c>.</param>
    /// <param name="parentId">Id of the enclosing locality, if any.</param>
    /// <param name="latitude">Latitude in degrees; given together with <paramref name="longitude"/>.</param>
    /// <param name="longitude">Longitude in degrees; given together with <paramref name="latitude"/>.</param>
    /// <param name="sources">The sentences that mention it.</param>
    /// <param name="approximateLocation">
    /// The coordinates are not the locality's own but its parent's (a district or commune the gazetteer has no point for).
    /// </param>
    public City(string id, string name, string country, CityKind kind, IReadOnlyList<string> aliases,
        string? parentId, double? latitude, double? longitude, IReadOnlyList<SourceRef> sources, bool approximateLocation = false)
        : this(Check.Id(id, nameof(id)), Check.NotNull(name, nameof(name)), Check.NotNull(country, nameof(country)), kind,
            Check.Freeze(aliases, nameof(aliases)), parentId, latitude, longitude, Check.Freeze(sources, nameof(sources)), approximateLocation, Trusted.Checked)
    {
        if (country.Length != 2 || !IsUpperAscii(country[0]) || !IsUpperAscii(country[1]))
            throw new System.ArgumentException($"City '{id}': '{country}' is not an upper-case ISO 3166-1 alpha-2 code.", nameof(country));
        Check.Defined((int)kind, (int)CityKind.Commune, nameof(kind), nameof(CityKind));
        if (latitude.HasValue != longitude.HasValue)
            throw new System.ArgumentException($"City '{id}': latitude and longitude must be given together.", nameof(latitude));
        // Also rejects NaN, which JSON cannot represent.
        if (latitude is { } lat && !(lat >= -90 && lat <= 90))
            throw new System.ArgumentOutOfRangeException(nameof(latitude), lat, "Latitude must be within [-90, 90].");
        if (longitude is { } lon && !(lon >= -180 && lon <= 180))
            throw new System.ArgumentOutOfRangeException(nameof(longitude), lon, "Longitude must be within [-180, 180].");
        if (approximateLocation && latitude is null)
            throw new System.ArgumentException($"City '{id}': an approximate location needs coordinates.", nameof(approximateLocation));
    }

    internal City(string id, string name, string country, CityKind kind, IReadOnlyList<string> aliases,
        string? parentId, double? latitude, double? longitude, IReadOnlyList<SourceRef> sources, bool approximateLocation, Trusted _)
        : base(id, nameof(City))
    {
        Name = name;
        Country = country;
        Kind = kind;
        Aliases = aliases;
        ParentId = parentId;
        Latitude = latitude;
        Longitude = longitude;
        IsLocationApproximate = approximateLocation;
        Sources = sources;
    }

    private static bool IsUpperAscii(char c) => c >= 'A' && c <= 'Z';

    /// <summary>Canonical English name.</summary>
    public string Name { get; }

    /// <summary>ISO 3166-1 alpha-2 country code, upper case.</summary>
    public string Country { get; }

    /// <summary>What kind of locality it is.</summary>
    public CityKind Kind { get; }

    /// <summary>Other spellings.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Id of the enclosing locality, if any.</summary>
    public string? ParentId { get; }

    /// <summary>Latitude in degrees, when known.</summary>
    public double? Latitude { get; }

    /// <summary>Longitude in degrees, when known.</summary>
    public double? Longitude { get; }

    /// <summary>
    /// True when <see cref="Latitude"/> and <see cref="Longitude"/> are the enclosing locality's point,
    /// not the locality's own (the gazetteer has none for it).
    /// </summary>
    public bool IsLocationApproximate { get; }

    /// <summary>The sentences that mention it.</summary>
    public IReadOnlyList<SourceRef> Sources { get; }

    /// <summary>The enclosing locality (<see cref="ParentId"/>), if any.</summary>
    public City? Parent => Links().CityParent[Index];

    /// <summary>Localities whose parent this is, by id.</summary>
    public IReadOnlyList<City> Children => Links().CityChildren[Index];

    /// <summary>Partnerships this city is a party to, by id.</summary>
    public IReadOnlyList<Partnership> Partnerships => Links().CityPartnerships[Index];

    /// <summary>The other parties of <see cref="Partnerships"/>, each once, by id.</summary>
    public IReadOnlyList<City> Partners => Links().CityPartners[Index];

    /// <summary>Events held in this city or with it as a party, by start date (undated last) then id.</summary>
    public IReadOnlyList<Event> Events => Links().CityEvents[Index];

    /// <summary>People whose city this is, by id.</summary>
    public IReadOnlyList<Person> People => Links().CityPeople[Index];
}
