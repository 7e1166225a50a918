using System.Collections.Generic;
using CoopData.Internal;

namespace CoopData;

/// <summary>Something that happened, or is scheduled, between localities.</summary>
public sealed class Event : DatasetRecord
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">Unique id.</param>
    /// <param name="kind">What kind of event it is.</param>
    /// <param name="title">A short description.</param>
    /// <param name="start">When it started, when known.</param>
    /// <param name="end">When it ended, for events spanning several days.</param>
    /// <param name="cityId">Id of the city where it took place, when known.</param>
    /// <param name="partyIds">Ids of the cities taking part, each once.</param>
    /// <param name="personIds">Ids of the people taking part, each once.</param>
    /// <param name="sources">The sentences that report it.</param>
    public Event(string id, EventKind kind, string title, PartialDate? start, PartialDate? end, string? cityId,
        IReadOnlyList<string> partyIds, IReadOnlyList<string> personIds, IReadOnlyList<SourceRef> sources)
        : this(Check.Id(id, nameof(id)), kind, Check.NotNull(title, nameof(title)), start, end, cityId,
            Check.FreezeDistinctIds(partyIds, nameof(partyIds)), Check.FreezeDistinctIds(personIds, nameof(personIds)),
            Check.Freeze(sources, nameof(sources)), Trusted.Checked)
    {
        Check.Defined((int)kind, (int)EventKind.Other, nameof(kind), nameof(EventKind));
    }

    internal Event(string id, EventKind kind, string title, PartialDate? start, PartialDate? end, string? cityId,
        IReadOnlyList<string> partyIds, IReadOnlyList<string> personIds, IReadOnlyList<SourceRef> sources, Trusted _)
        : base(id, nameof(Event))
    {
        Kind = kind;
        Title = title;
        Start = start;
        End = end;
        CityId = cityId;
        PartyIds = partyIds;
        PersonIds = personIds;
        Sources = sources;
    }

    /// <summary>What kind of event it is.</summary>
    public EventKind Kind { get; }

    /// <summary>A short description.</summary>
    public string Title { get; }

    /// <summary>When it started, when known.</summary>
    public PartialDate? Start { get; }

    /// <summary>When it ended, for events spanning several days.</summary>
    public PartialDate? End { get; }

    /// <summary>Id of the city where it took place, when known.</summary>
    public string? CityId { get; }

    /// <summary>Ids of the cities taking part.</summary>
    public IReadOnlyList<string> PartyIds { get; }

    /// <summary>Ids of the people taking part.</summary>
    public IReadOnlyList<string> PersonIds { get; }

    /// <summary>The sentences that report it.</summary>
    public IReadOnlyList<SourceRef> Sources { get; }

    /// <summary>The city where it took place (<see cref="CityId"/>), when known.</summary>
    public City? City => Links().EventCity[Index];

    /// <summary>The cities taking part, in the order of <see cref="PartyIds"/>.</summary>
    public IReadOnlyList<City> Parties => Links().EventParties[Index];

    /// <summary>The people taking part, in the order of <see cref="PersonIds"/>.</summary>
    public IReadOnlyList<Person> People => Links().EventPeople[Index];
}
