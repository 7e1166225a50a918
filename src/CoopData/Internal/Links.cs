using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace CoopData.Internal;

/// <summary>
/// Every navigation property of one dataset, forward and reverse, by record position. Built on the
/// first navigation (not at start-up) from the records' ids; immutable once built. References the
/// dataset cannot resolve (only possible through the unchecked factory) are left out.
/// </summary>
internal sealed class Links
{
    public readonly City?[] CityParent;
    public readonly IReadOnlyList<City>[] CityChildren, CityPartners;
    public readonly IReadOnlyList<Partnership>[] CityPartnerships;
    public readonly IReadOnlyList<Event>[] CityEvents;
    public readonly IReadOnlyList<Person>[] CityPeople;
    public readonly IReadOnlyList<City>[] PartnershipParties;
    public readonly City?[] EventCity;
    public readonly IReadOnlyList<City>[] EventParties;
    public readonly IReadOnlyList<Person>[] EventPeople;
    public readonly City?[] PersonCity;
    public readonly IReadOnlyList<Event>[] PersonEvents;
    public readonly IReadOnlyList<City>[] ArticleCities;
    public readonly IReadOnlyList<Partnership>[] ArticlePartnerships;
    public readonly IReadOnlyList<Event>[] ArticleEvents;
    public readonly IReadOnlyList<Person>[] ArticlePeople;

    public Links(CoopDataset d)
    {
        var cities = d.Cities;
        var partnerships = d.Partnerships;
        var events = d.Events;
        var people = d.People;
        var articles = d.Articles;

        CityParent = new City?[cities.Count];
        var children = new Reverse<City>(cities.Count);
        for (int i = 0; i < cities.Count; i++)
        {
            if (cities[i].ParentId is { } pid && d.TryGetCity(pid, out var parent))
            {
                CityParent[i] = parent;
                children.Add(parent.Index, cities[i]);
            }
        }

        PartnershipParties = new IReadOnlyList<City>[partnerships.Count];
        var cityPartnerships = new Reverse<Partnership>(cities.Count);
        var partners = new Reverse<City>(cities.Count);
        for (int i = 0; i < partnerships.Count; i++)
        {
            var p = partnerships[i];
            var parties = ResolveCities(d, p.PartyIds);
            PartnershipParties[i] = parties;
            foreach (var party in parties)
            {
                cityPartnerships.Add(party.Index, p);
                foreach (var other in parties)
                    if (!ReferenceEquals(other, party)) partners.Add(party.Index, other);
            }
        }

        EventCity = new City?[events.Count];
        EventParties = new IReadOnlyList<City>[events.Count];
        EventPeople = new IReadOnlyList<Person>[events.Count];
        var cityEvents = new Reverse<Event>(cities.Count);
        var personEvents = new Reverse<Event>(people.Count);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            City? city = e.CityId is { } cid && d.TryGetCity(cid, out var c) ? c : null;
            EventCity[i] = city;
            EventParties[i] = ResolveCities(d, e.PartyIds);
            var eventPeople = new List<Person>(e.PersonIds.Count);
            foreach (var id in e.PersonIds)
                if (d.TryGetPerson(id, out var person)) eventPeople.Add(person);
            EventPeople[i] = ReadOnly(eventPeople);
            if (city is not null) cityEvents.Add(city.Index, e);
            foreach (var party in EventParties[i]) cityEvents.Add(party.Index, e);
            foreach (var person in eventPeople) personEvents.Add(person.Index, e);
        }

        PersonCity = new City?[people.Count];
        var cityPeople = new Reverse<Person>(cities.Count);
        for (int i = 0; i < people.Count; i++)
        {
            if (people[i].CityId is { } cid && d.TryGetCity(cid, out var city))
            {
                PersonCity[i] = city;
                cityPeople.Add(city.Index, people[i]);
            }
        }

        var articleCities = new Reverse<City>(articles.Count);
        var articlePartnerships = new Reverse<Partnership>(articles.Count);
        var articleEvents = new Reverse<Event>(articles.Count);
        var articlePeople = new Reverse<Person>(articles.Count);
        foreach (var c in cities) foreach (var s in c.Sources) if (d.ArticleOf(s) is { } a) articleCities.Add(a.Index, c);
        foreach (var p in partnerships) foreach (var s in p.Sources) if (d.ArticleOf(s) is { } a) articlePartnerships.Add(a.Index, p);
        foreach (var e in events) foreach (var s in e.Sources) if (d.ArticleOf(s) is { } a) articleEvents.Add(a.Index, e);
        foreach (var p in people) foreach (var s in p.Sources) if (d.ArticleOf(s) is { } a) articlePeople.Add(a.Index, p);

        CityChildren = children.Build(ById);
        CityPartnerships = cityPartnerships.Build(ById);
        CityPartners = partners.Build(ById);
        CityEvents = cityEvents.Build(ByStartThenId);
        CityPeople = cityPeople.Build(ById);
        PersonEvents = personEvents.Build(ByStartThenId);
        ArticleCities = articleCities.Build(ById);
        ArticlePartnerships = articlePartnerships.Build(ById);
        ArticleEvents = articleEvents.Build(ByStartThenId);
        ArticlePeople = articlePeople.Build(ById);
    }

    private static IReadOnlyList<City> ResolveCities(CoopDataset d, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return Empty<City>.List;
        var result = new List<City>(ids.Count);
        foreach (var id in ids)
            if (d.TryGetCity(id, out var city)) result.Add(city);
        return ReadOnly(result);
    }

    private static IReadOnlyList<T> ReadOnly<T>(List<T> items) => items.Count == 0 ? Empty<T>.List : items.AsReadOnly();

    private static int ById(City x, City y) => string.CompareOrdinal(x.Id, y.Id);
    private static int ById(Partnership x, Partnership y) => string.CompareOrdinal(x.Id, y.Id);
    private static int ById(Person x, Person y) => string.CompareOrdinal(x.Id, y.Id);

    private static int ByStartThenId(Event x, Event y)
    {
        // Undated events go last, as they cannot be placed on the timeline.
        int c = (x.Start is null).CompareTo(y.Start is null);
        if (c == 0 && x.Start is { } xs && y.Start is { } ys) c = xs.CompareTo(ys);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>Reverse links being collected: the records that point at each position.</summary>
    private readonly struct Reverse<T> where T : class
    {
        private readonly List<T>?[] _lists;

        public Reverse(int count) => _lists = new List<T>?[count];

        public void Add(int key, T item) => (_lists[key] ??= new List<T>()).Add(item);

        /// <summary>Each position's records, sorted, each once.</summary>
        public IReadOnlyList<T>[] Build(Comparison<T> order)
        {
            var result = new IReadOnlyList<T>[_lists.Length];
            for (int i = 0; i < result.Length; i++)
            {
                var list = _lists[i];
                if (list is null) { result[i] = Empty<T>.List; continue; }
                list.Sort(order);
                // Sorting by a unique key puts repeats of one record side by side.
                var distinct = new List<T>(list.Count);
                foreach (var item in list)
                    if (distinct.Count == 0 || !ReferenceEquals(distinct[distinct.Count - 1], item)) distinct.Add(item);
                result[i] = new ReadOnlyCollection<T>(distinct);
            }
            return result;
        }
    }
}
