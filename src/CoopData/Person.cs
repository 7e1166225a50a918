using System.Collections.Generic;
using CoopData.Internal;

namespace CoopData;

/// <summary>An official named in the articles.</summary>
public sealed class Person
{
    private CoopDataset? _dataset;
    private int _index;

    /// <summary>Creates a person.</summary>
    /// <param name="id">Unique id, e.g. <c>tran-sy-thanh</c>.</param>
    /// <param name="name">The name as the articles write it.</param>
    /// <param name="aliases">Other spellings.</param>
    /// <param name="role">Position held, when stated.</param>
    /// <param name="cityId">Id of the city the person represents, when known.</param>
    /// <param name="sources">The sentences that mention the person.</param>
    public Person(string id, string name, IReadOnlyList<string> aliases, string? role, string? cityId, IReadOnlyList<SourceRef> sources)
    {
        Id = Check.Id(id, nameof(id));
        Name = Check.NotNull(name, nameof(name));
        Aliases = Check.Freeze(aliases, nameof(aliases));
        Role = role;
        CityId = cityId;
        Sources = Check.Freeze(sources, nameof(sources));
    }

    /// <summary>Unique id.</summary>
    public string Id { get; }

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
    public City? City => Links().PersonCity[_index];

    /// <summary>Events the person took part in, by start date (undated last) then id.</summary>
    public IReadOnlyList<Event> Events => Links().PersonEvents[_index];

    internal CoopDataset? Dataset => _dataset;

    internal int Index => _index;

    internal void Attach(CoopDataset dataset, int index)
    {
        _dataset = dataset;
        _index = index;
    }

    private Links Links()
    {
        Attachment.EnsureAttached(_dataset, Describe());
        return _dataset!.Links;
    }

    internal string Describe() => $"Person '{Id}'";

    /// <summary>The person id.</summary>
    public override string ToString() => Id;
}
