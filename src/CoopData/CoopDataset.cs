using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using CoopData.Internal;
using CoopData.Json;

namespace CoopData;

/// <summary>
/// All records of one build, cross-linked: the constructor checks every reference, resolves the
/// navigation properties of the records it receives and indexes them by id and by name.
/// </summary>
public sealed class CoopDataset
{
    private readonly IdIndex<Article> _articles;
    private readonly IdIndex<City> _cities;
    private readonly IdIndex<Partnership> _partnerships;
    private readonly IdIndex<Event> _events;
    private readonly IdIndex<Person> _people;
    private readonly NameIndex<City> _cityNames;
    private readonly NameIndex<Person> _personNames;

    /// <summary>Creates a dataset and links its records to it.</summary>
    /// <exception cref="ArgumentException">An id is duplicated, or a record refers to an id (or a source to an article file) the dataset lacks.</exception>
    /// <exception cref="InvalidOperationException">A record already belongs to another dataset.</exception>
    public CoopDataset(IReadOnlyList<Article> articles, IReadOnlyList<City> cities, IReadOnlyList<Partnership> partnerships,
        IReadOnlyList<Event> events, IReadOnlyList<Person> people)
    {
        Articles = Check.Freeze(articles, nameof(articles));
        Cities = Check.Freeze(cities, nameof(cities));
        Partnerships = Check.Freeze(partnerships, nameof(partnerships));
        Events = Check.Freeze(events, nameof(events));
        People = Check.Freeze(people, nameof(people));

        _articles = new IdIndex<Article>(Articles, a => a.Id, "article id", nameof(articles));
        var articlesByFile = new IdIndex<Article>(Articles, a => a.File, "article file", nameof(articles));
        _cities = new IdIndex<City>(Cities, c => c.Id, "city id", nameof(cities));
        _partnerships = new IdIndex<Partnership>(Partnerships, p => p.Id, "partnership id", nameof(partnerships));
        _events = new IdIndex<Event>(Events, e => e.Id, "event id", nameof(events));
        _people = new IdIndex<Person>(People, p => p.Id, "person id", nameof(people));

        // Check everything before linking anything, so a rejected dataset leaves its records untouched.
        EnsureFree();
        var parents = new Dictionary<City, City>();
        foreach (var c in Cities)
        {
            if (c.ParentId is { } pid) parents.Add(c, ResolveCity(c.Describe(), pid, nameof(cities)));
        }
        EnsureNoParentCycle(parents);
        var sourceArticles = new Dictionary<SourceRef, Article>();
        void ResolveSources(string owner, IReadOnlyList<SourceRef> sources, string paramName)
        {
            foreach (var s in sources)
            {
                if (!articlesByFile.TryGet(s.ArticleFile, out var article))
                    throw new ArgumentException($"{owner} cites article file '{s.ArticleFile}', which is not in the dataset.", paramName);
                sourceArticles[s] = article;
            }
        }
        foreach (var c in Cities) ResolveSources(c.Describe(), c.Sources, nameof(cities));
        foreach (var p in Partnerships) ResolveSources(p.Describe(), p.Sources, nameof(partnerships));
        foreach (var e in Events) ResolveSources(e.Describe(), e.Sources, nameof(events));
        foreach (var p in People) ResolveSources(p.Describe(), p.Sources, nameof(people));

        var partyLists = new Dictionary<Partnership, IReadOnlyList<City>>();
        foreach (var p in Partnerships) partyLists.Add(p, ResolveCities(p.Describe(), p.PartyIds, nameof(partnerships)));
        var eventLinks = new Dictionary<Event, (City? City, IReadOnlyList<City> Parties, IReadOnlyList<Person> People)>();
        foreach (var e in Events)
        {
            City? city = e.CityId is { } cid ? ResolveCity(e.Describe(), cid, nameof(events)) : null;
            var eventPeople = new Person[e.PersonIds.Count];
            for (int i = 0; i < eventPeople.Length; i++)
            {
                if (!_people.TryGet(e.PersonIds[i], out var person))
                    throw new ArgumentException($"{e.Describe()} refers to person '{e.PersonIds[i]}', which is not in the dataset.", nameof(events));
                eventPeople[i] = person;
            }
            eventLinks.Add(e, (city, ResolveCities(e.Describe(), e.PartyIds, nameof(events)), ReadOnly(eventPeople)));
        }
        var personCities = new Dictionary<Person, City>();
        foreach (var p in People)
        {
            if (p.CityId is { } cid) personCities.Add(p, ResolveCity(p.Describe(), cid, nameof(people)));
        }

        // Reverse links.
        var children = new Links<City, City>();
        foreach (var pair in parents) children.Add(pair.Value, pair.Key);
        var cityPartnerships = new Links<City, Partnership>();
        var partners = new Links<City, City>();
        foreach (var pair in partyLists)
        {
            foreach (var party in pair.Value)
            {
                cityPartnerships.Add(party, pair.Key);
                foreach (var other in pair.Value)
                    if (!ReferenceEquals(other, party)) partners.Add(party, other);
            }
        }
        var cityEvents = new Links<City, Event>();
        var personEvents = new Links<Person, Event>();
        foreach (var pair in eventLinks)
        {
            if (pair.Value.City is { } city) cityEvents.Add(city, pair.Key);
            foreach (var party in pair.Value.Parties) cityEvents.Add(party, pair.Key);
            foreach (var person in pair.Value.People) personEvents.Add(person, pair.Key);
        }
        var cityPeople = new Links<City, Person>();
        foreach (var pair in personCities) cityPeople.Add(pair.Value, pair.Key);
        var articleCities = new Links<Article, City>();
        var articlePartnerships = new Links<Article, Partnership>();
        var articleEvents = new Links<Article, Event>();
        var articlePeople = new Links<Article, Person>();
        foreach (var c in Cities) foreach (var s in c.Sources) articleCities.Add(sourceArticles[s], c);
        foreach (var p in Partnerships) foreach (var s in p.Sources) articlePartnerships.Add(sourceArticles[s], p);
        foreach (var e in Events) foreach (var s in e.Sources) articleEvents.Add(sourceArticles[s], e);
        foreach (var p in People) foreach (var s in p.Sources) articlePeople.Add(sourceArticles[s], p);

        foreach (var pair in sourceArticles) pair.Key.Link(this, pair.Value);
        foreach (var a in Articles)
            a.Link(this, articleCities.Get(a, ById), articlePartnerships.Get(a, ById), articleEvents.Get(a, ByStartThenId), articlePeople.Get(a, ById));
        foreach (var c in Cities)
        {
            c.Link(this, parents.TryGetValue(c, out var parent) ? parent : null, children.Get(c, ById), cityPartnerships.Get(c, ById),
                partners.Get(c, ById), cityEvents.Get(c, ByStartThenId), cityPeople.Get(c, ById));
        }
        foreach (var p in Partnerships) p.Link(this, partyLists[p]);
        foreach (var e in Events) e.Link(this, eventLinks[e].City, eventLinks[e].Parties, eventLinks[e].People);
        foreach (var p in People) p.Link(this, personCities.TryGetValue(p, out var city) ? city : null, personEvents.Get(p, ByStartThenId));

        _cityNames = new NameIndex<City>(Cities, c => c.Name, c => c.Aliases, c => c.Id);
        _personNames = new NameIndex<Person>(People, p => p.Name, p => p.Aliases, p => p.Id);
    }

    /// <summary>The articles, in the order given to the constructor.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The cities, in the order given to the constructor.</summary>
    public IReadOnlyList<City> Cities { get; }

    /// <summary>The partnerships, in the order given to the constructor.</summary>
    public IReadOnlyList<Partnership> Partnerships { get; }

    /// <summary>The events, in the order given to the constructor.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>The people, in the order given to the constructor.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The article with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Article GetArticle(string id) => _articles.TryGet(id, out var value) ? value : throw NotFound("article", id);

    /// <summary>Looks up an article by id.</summary>
    public bool TryGetArticle(string id, [NotNullWhen(true)] out Article? article) => _articles.TryGet(id, out article);

    /// <summary>The city with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public City GetCity(string id) => _cities.TryGet(id, out var value) ? value : throw NotFound("city", id);

    /// <summary>Looks up a city by id.</summary>
    public bool TryGetCity(string id, [NotNullWhen(true)] out City? city) => _cities.TryGet(id, out city);

    /// <summary>The partnership with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Partnership GetPartnership(string id) => _partnerships.TryGet(id, out var value) ? value : throw NotFound("partnership", id);

    /// <summary>Looks up a partnership by id.</summary>
    public bool TryGetPartnership(string id, [NotNullWhen(true)] out Partnership? partnership) => _partnerships.TryGet(id, out partnership);

    /// <summary>The event with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Event GetEvent(string id) => _events.TryGet(id, out var value) ? value : throw NotFound("event", id);

    /// <summary>Looks up an event by id.</summary>
    public bool TryGetEvent(string id, [NotNullWhen(true)] out Event? @event) => _events.TryGet(id, out @event);

    /// <summary>The person with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Person GetPerson(string id) => _people.TryGet(id, out var value) ? value : throw NotFound("person", id);

    /// <summary>Looks up a person by id.</summary>
    public bool TryGetPerson(string id, [NotNullWhen(true)] out Person? person) => _people.TryGet(id, out person);

    /// <summary>
    /// Finds a city by name, alias or id, ignoring case, diacritics and punctuation
    /// ("hà nội", "HA NOI" and "Ha-Noi" match the alias "Hà Nội"). A name match beats an alias match.
    /// </summary>
    public City? FindCity(string nameOrAlias) => _cityNames.Find(nameOrAlias);

    /// <summary>Finds a person by name, alias or id, as <see cref="FindCity"/> does.</summary>
    public Person? FindPerson(string nameOrAlias) => _personNames.Find(nameOrAlias);

    /// <summary>The partnerships that have both <paramref name="a"/> and <paramref name="b"/> as parties, by id.</summary>
    /// <exception cref="ArgumentException">A city is not part of this dataset.</exception>
    public IReadOnlyList<Partnership> PartnershipsBetween(City a, City b)
    {
        EnsureOwn(a ?? throw new ArgumentNullException(nameof(a)), nameof(a));
        EnsureOwn(b ?? throw new ArgumentNullException(nameof(b)), nameof(b));
        if (ReferenceEquals(a, b)) return Empty<Partnership>.List;
        var result = new List<Partnership>();
        foreach (var p in a.Partnerships)
            foreach (var party in p.Parties)
                if (ReferenceEquals(party, b)) result.Add(p);
        return result.Count == 0 ? Empty<Partnership>.List : result.AsReadOnly();
    }

    /// <summary>The dataset as JSON (schema <c>coopdata/1</c>), the same whatever the current culture.</summary>
    public string ToJson(bool indented = true) => CoopJson.Serialize(this, indented);

    /// <summary>Writes the dataset as UTF-8 JSON (schema <c>coopdata/1</c>) to <paramref name="utf8Json"/>.</summary>
    public void WriteJson(Stream utf8Json, bool indented = true) =>
        CoopJson.Write(this, utf8Json ?? throw new ArgumentNullException(nameof(utf8Json)), indented);

    private void EnsureFree()
    {
        static void Free(CoopDataset? owner, string what, IReadOnlyList<SourceRef> sources)
        {
            Attachment.EnsureFree(owner, what);
            foreach (var s in sources) Attachment.EnsureFree(s.Dataset, s.Describe());
        }
        foreach (var a in Articles) Attachment.EnsureFree(a.Dataset, a.Describe());
        foreach (var c in Cities) Free(c.Dataset, c.Describe(), c.Sources);
        foreach (var p in Partnerships) Free(p.Dataset, p.Describe(), p.Sources);
        foreach (var e in Events) Free(e.Dataset, e.Describe(), e.Sources);
        foreach (var p in People) Free(p.Dataset, p.Describe(), p.Sources);
    }

    private void EnsureOwn(City city, string paramName)
    {
        if (!ReferenceEquals(city.Dataset, this))
            throw new ArgumentException($"{city.Describe()} is not part of this dataset.", paramName);
    }

    private City ResolveCity(string owner, string id, string paramName) =>
        _cities.TryGet(id, out var city) ? city
        : throw new ArgumentException($"{owner} refers to city '{id}', which is not in the dataset.", paramName);

    private IReadOnlyList<City> ResolveCities(string owner, IReadOnlyList<string> ids, string paramName)
    {
        var result = new City[ids.Count];
        for (int i = 0; i < result.Length; i++) result[i] = ResolveCity(owner, ids[i], paramName);
        return ReadOnly(result);
    }

    private static void EnsureNoParentCycle(Dictionary<City, City> parents)
    {
        foreach (var start in parents.Keys)
        {
            // A chain longer than the number of links must revisit a city.
            int steps = 0;
            for (var c = start; parents.TryGetValue(c, out var parent); c = parent)
            {
                if (ReferenceEquals(parent, start) || ++steps > parents.Count)
                    throw new ArgumentException($"{start.Describe()} is its own ancestor.", "cities");
            }
        }
    }

    private static KeyNotFoundException NotFound(string what, string id) => new($"There is no {what} with the id '{id}'.");

    private static IReadOnlyList<T> ReadOnly<T>(T[] items) => items.Length == 0 ? Empty<T>.List : new ReadOnlyCollection<T>(items);

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

    /// <summary>Reverse links being collected: the records that point at each key.</summary>
    private sealed class Links<TKey, T> where TKey : class where T : class
    {
        private readonly Dictionary<TKey, List<T>> _map = new();

        public void Add(TKey key, T item)
        {
            if (!_map.TryGetValue(key, out var list)) _map.Add(key, list = new List<T>());
            list.Add(item);
        }

        /// <summary>The records pointing at <paramref name="key"/>, sorted, each once.</summary>
        public IReadOnlyList<T> Get(TKey key, Comparison<T> order)
        {
            if (!_map.TryGetValue(key, out var list)) return Empty<T>.List;
            list.Sort(order);
            // Sorting by a unique key puts repeats of one record side by side.
            var distinct = new List<T>(list.Count);
            foreach (var item in list)
                if (distinct.Count == 0 || !ReferenceEquals(distinct[distinct.Count - 1], item)) distinct.Add(item);
            return distinct.AsReadOnly();
        }
    }
}
