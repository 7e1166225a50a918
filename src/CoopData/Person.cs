using System.Collections.Generic;
using CoopData.Internal;

namespace CoopData;

/// <summary>An official named in the articles.</summary>
public sealed class Person : DatasetRecord
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">Unique id, e.g. <c>tran-sy-thanh</c>.</param>
    /// <param name="name">The name as the articles write it.</param>
    /// <param name="aliases">Other spellings.</param>
    /// <param name="role">Position held, when stated.</param>
    /// <param name="cityId">Id of the city the person represents, when known.</param>
    /// <param name="sources">The sentences that mention the person.</param>
    public Person(string id, string name, IReadOnlyList<string> aliases, string? role, string? cityId, IReadOnlyList<SourceRef> sources)
        : this(Check.Id(id, nameof(id)), Check.NotNull(name, nameof(name)), Check.Freeze(aliases, nameof(aliases)), role, cityId,
            Check.Freeze(sources, nameof(sources)), Trusted.Checked)
    {
    }

    internal Person(string id, string name, IReadOnlyList<string> aliases, string? role, string? cityId, IReadOnlyList<SourceRef> sources, Trusted _)
        : base(id, nameof(Person))
    {
        Name = name;
        Aliases = aliases;
        Role = role;
        CityId = cityId;
        Sources = sources;
    }

    /// <summary>The name as the articles write it.</summary>
    public string Name { get; }

    /// <summary>Other spellings.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Position held, when stated.</summary>
    public string? Role { get; }

    /// <summary>Id of the city the person represents, when known.</summary>
    public string? CityId { get; }

    /// <summary>The sentences that mention the person.</summary>
    public IReadOnlyList<SourceRef> Sources { get; }

    /// <summary>The city the person represents (<see cref="CityId"/>), when known.</summary>
    public City? City => Links().PersonCity[Index];

    /// <summary>Events the person took part in, by start date (undated last) then id.</summary>
    public IReadOnlyList<Event> Events => Links().PersonEvents[Index];
}
