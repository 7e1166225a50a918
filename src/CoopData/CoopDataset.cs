using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;
using CoopData.Internal;
using CoopData.Json;

namespace CoopData;

/// <summary>
/// All records of one build, cross-linked: the constructor checks every reference and attaches the
/// records it receives; their navigation properties and the indexes by id and by name are built on first use.
/// </summary>
public sealed class CoopDataset
{
    // Indexes and navigation are built on first use (thread-safe: a racing builder's result is dropped),
    // so creating a dataset costs little more than attaching its records.
    private IdIndex<Article>? _articles;
    private IdIndex<Article>? _articlesByFile;
    private IdIndex<City>? _cities;
    private IdIndex<Partnership>? _partnerships;
    private IdIndex<Event>? _events;
    private IdIndex<Person>? _people;
    private NameIndex<City>? _cityNames;
    private NameIndex<Person>? _personNames;
    private Links? _links;
    // The records, in order: given to a constructor, or read from generated data (_store) one type at a time, when
    // first needed; the store then sets the list, under its lock. Volatile (the keyword: no System.Threading to load):
    // a thread that sees a list without taking the lock must also see the records attached to this dataset.
    private volatile IReadOnlyList<Article>? _articleList;
    private volatile IReadOnlyList<City>? _cityList;
    private volatile IReadOnlyList<Partnership>? _partnershipList;
    private volatile IReadOnlyList<Event>? _eventList;
    private volatile IReadOnlyList<Person>? _personList;
    private readonly GeneratedStore? _store;

    /// <summary>Creates a dataset and links its records to it.</summary>
    /// <exception cref="ArgumentException">An id is duplicated, or a record refers to an id (or a source to an article file) the dataset lacks.</exception>
    /// <exception cref="InvalidOperationException">A record already belongs to another dataset.</exception>
    public CoopDataset(IReadOnlyList<Article> articles, IReadOnlyList<City> cities, IReadOnlyList<Partnership> partnerships,
        IReadOnlyList<Event> events, IReadOnlyList<Person> people)
    {
        var articleRecords = Check.Copy(articles, nameof(articles));
        var cityRecords = Check.Copy(cities, nameof(cities));
        var partnershipRecords = Check.Copy(partnerships, nameof(partnerships));
        var eventRecords = Check.Copy(events, nameof(events));
        var personRecords = Check.Copy(people, nameof(people));
        _articleList = Check.ReadOnly(articleRecords);
        _cityList = Check.ReadOnly(cityRecords);
        _partnershipList = Check.ReadOnly(partnershipRecords);
        _eventList = Check.ReadOnly(eventRecords);
        _personList = Check.ReadOnly(personRecords);

        _articles = new IdIndex<Article>(Articles, a => a.Id, "article id", nameof(articles));
        _articlesByFile = new IdIndex<Article>(Articles, a => a.File, "article file", nameof(articles));
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
        void ResolveSources(string owner, IReadOnlyList<SourceRef> sources, string paramName)
        {
            foreach (var s in sources)
            {
                if (!_articlesByFile.TryGet(s.ArticleFile, out _))
                    throw new ArgumentException($"{owner} cites article file '{s.ArticleFile}', which is not in the dataset.", paramName);
            }
        }
        foreach (var c in Cities) ResolveSources(c.Describe(), c.Sources, nameof(cities));
        foreach (var p in Partnerships) ResolveSources(p.Describe(), p.Sources, nameof(partnerships));
        foreach (var e in Events) ResolveSources(e.Describe(), e.Sources, nameof(events));
        foreach (var p in People) ResolveSources(p.Describe(), p.Sources, nameof(people));

        foreach (var p in Partnerships) ResolveCities(p.Describe(), p.PartyIds, nameof(partnerships));
        foreach (var e in Events)
        {
            if (e.CityId is { } cid) ResolveCity(e.Describe(), cid, nameof(events));
            ResolveCities(e.Describe(), e.PartyIds, nameof(events));
            foreach (var id in e.PersonIds)
            {
                if (!_people.TryGet(id, out _))
                    throw new ArgumentException($"{e.Describe()} refers to person '{id}', which is not in the dataset.", nameof(events));
            }
        }
        foreach (var p in People)
        {
            if (p.CityId is { } cid) ResolveCity(p.Describe(), cid, nameof(people));
        }

        Attach(articleRecords);
        Attach(cityRecords);
        Attach(partnershipRecords);
        Attach(eventRecords);
        Attach(personRecords);
    }

    // The unchecked path: the arrays become the dataset's own storage, nothing is validated.
    private CoopDataset(Article[] articles, City[] cities, Partnership[] partnerships, Event[] events, Person[] people)
    {
        Take(articles);
        Take(cities);
        Take(partnerships);
        Take(events);
        Take(people);
    }

    // Generated data: the store reads each type, and hands its records to Take, when the dataset first needs them.
    internal CoopDataset(GeneratedStore store) => _store = store;

    // The records become the dataset's own, in this order.
    internal void Take(Article[] articles) => _articleList = Check.ReadOnly(Attach(articles));

    internal void Take(City[] cities) => _cityList = Check.ReadOnly(Attach(cities));

    internal void Take(Partnership[] partnerships) => _partnershipList = Check.ReadOnly(Attach(partnerships));

    internal void Take(Event[] events) => _eventList = Check.ReadOnly(Attach(events));

    internal void Take(Person[] people) => _personList = Check.ReadOnly(Attach(people));

    /// <summary>
    /// For code that guarantees a consistent dataset, as CoopData's generator does: creates it without the
    /// constructor's checks (unique ids, resolvable references, no parent cycle), taking ownership of the
    /// arrays. Indexes and navigation are built on first use. Use the constructor anywhere else.
    /// </summary>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="InvalidOperationException">A record already belongs to another dataset.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CoopDataset CreateUnchecked(Article[] articles, City[] cities, Partnership[] partnerships, Event[] events, Person[] people) =>
        new(articles ?? throw new ArgumentNullException(nameof(articles)), cities ?? throw new ArgumentNullException(nameof(cities)),
            partnerships ?? throw new ArgumentNullException(nameof(partnerships)), events ?? throw new ArgumentNullException(nameof(events)),
            people ?? throw new ArgumentNullException(nameof(people)));

    // Links records (and their sources) to this dataset; the arrays are its storage from then on.
    private Article[] Attach(Article[] articles)
    {
        for (int i = 0; i < articles.Length; i++)
        {
            var a = articles[i];
            if (a.Dataset is { } owner && !ReferenceEquals(owner, this)) Attachment.EnsureFree(owner, a.Describe());
            a.Attach(this, i);
        }
        return articles;
    }

    private City[] Attach(City[] cities)
    {
        for (int i = 0; i < cities.Length; i++)
        {
            var c = cities[i];
            if (c.Dataset is { } owner && !ReferenceEquals(owner, this)) Attachment.EnsureFree(owner, c.Describe());
            c.Attach(this, i);
            AttachSources(c.Sources);
        }
        return cities;
    }

    private Partnership[] Attach(Partnership[] partnerships)
    {
        for (int i = 0; i < partnerships.Length; i++)
        {
            var p = partnerships[i];
            if (p.Dataset is { } owner && !ReferenceEquals(owner, this)) Attachment.EnsureFree(owner, p.Describe());
            p.Attach(this, i);
            AttachSources(p.Sources);
        }
        return partnerships;
    }

    private Event[] Attach(Event[] events)
    {
        for (int i = 0; i < events.Length; i++)
        {
            var e = events[i];
            if (e.Dataset is { } owner && !ReferenceEquals(owner, this)) Attachment.EnsureFree(owner, e.Describe());
            e.Attach(this, i);
            AttachSources(e.Sources);
        }
        return events;
    }

    private Person[] Attach(Person[] people)
    {
        for (int i = 0; i < people.Length; i++)
        {
            var p = people[i];
            if (p.Dataset is { } owner && !ReferenceEquals(owner, this)) Attachment.EnsureFree(owner, p.Describe());
            p.Attach(this, i);
            AttachSources(p.Sources);
        }
        return people;
    }

    private void AttachSources(IReadOnlyList<SourceRef> sources)
    {
        for (int i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            if (s.Dataset is { } owner && !ReferenceEquals(owner, this)) Attachment.EnsureFree(owner, s.Describe());
            s.Attach(this);
        }
    }

    /// <summary>The articles, in the order given to the constructor.</summary>
    public IReadOnlyList<Article> Articles
    {
        get
        {
            if (_articleList is null) _store!.LoadArticles(); // under the store's lock, which sets the list
            return _articleList!;
        }
    }

    /// <summary>The cities, in the order given to the constructor.</summary>
    public IReadOnlyList<City> Cities
    {
        get
        {
            if (_cityList is null) _store!.LoadCities();
            return _cityList!;
        }
    }

    /// <summary>The partnerships, in the order given to the constructor.</summary>
    public IReadOnlyList<Partnership> Partnerships
    {
        get
        {
            if (_partnershipList is null) _store!.LoadPartnerships();
            return _partnershipList!;
        }
    }

    /// <summary>The events, in the order given to the constructor.</summary>
    public IReadOnlyList<Event> Events
    {
        get
        {
            if (_eventList is null) _store!.LoadEvents();
            return _eventList!;
        }
    }

    /// <summary>The people, in the order given to the constructor.</summary>
    public IReadOnlyList<Person> People
    {
        get
        {
            if (_personList is null) _store!.LoadPeople();
            return _personList!;
        }
    }

    /// <summary>The article with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Article GetArticle(string id) => ArticleIds.TryGet(id, out var value) ? value : throw NotFound("article", id);

    /// <summary>Looks up an article by id.</summary>
    public bool TryGetArticle(string id, [NotNullWhen(true)] out Article? article) => ArticleIds.TryGet(id, out article);

    /// <summary>The city with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public City GetCity(string id) => CityIds.TryGet(id, out var value) ? value : throw NotFound("city", id);

    /// <summary>Looks up a city by id.</summary>
    public bool TryGetCity(string id, [NotNullWhen(true)] out City? city) => CityIds.TryGet(id, out city);

    /// <summary>The partnership with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Partnership GetPartnership(string id) => PartnershipIds.TryGet(id, out var value) ? value : throw NotFound("partnership", id);

    /// <summary>Looks up a partnership by id.</summary>
    public bool TryGetPartnership(string id, [NotNullWhen(true)] out Partnership? partnership) => PartnershipIds.TryGet(id, out partnership);

    /// <summary>The event with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Event GetEvent(string id) => EventIds.TryGet(id, out var value) ? value : throw NotFound("event", id);

    /// <summary>Looks up an event by id.</summary>
    public bool TryGetEvent(string id, [NotNullWhen(true)] out Event? @event) => EventIds.TryGet(id, out @event);

    /// <summary>The person with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public Person GetPerson(string id) => PersonIds.TryGet(id, out var value) ? value : throw NotFound("person", id);

    /// <summary>Looks up a person by id.</summary>
    public bool TryGetPerson(string id, [NotNullWhen(true)] out Person? person) => PersonIds.TryGet(id, out person);

    /// <summary>
    /// Finds a city by name, alias or id, ignoring case, diacritics and punctuation
    /// ("hà nội", "HA NOI" and "Ha-Noi" match the alias "Hà Nội"). A name match beats an alias match.
    /// </summary>
    public City? FindCity(string nameOrAlias) => CityNames.Find(nameOrAlias);

    /// <summary>Finds a person by name, alias or id, as <see cref="FindCity"/> does.</summary>
    public Person? FindPerson(string nameOrAlias) => PersonNames.Find(nameOrAlias);

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
        CityIds.TryGet(id, out var city) ? city
        : throw new ArgumentException($"{owner} refers to city '{id}', which is not in the dataset.", paramName);

    private void ResolveCities(string owner, IReadOnlyList<string> ids, string paramName)
    {
        foreach (var id in ids) ResolveCity(owner, id, paramName);
    }

    private IdIndex<Article> ArticleIds => Volatile.Read(ref _articles) ?? Publish(ref _articles, new IdIndex<Article>(Articles, a => a.Id, "article id", "articles"));
    private IdIndex<Article> ArticleFiles => Volatile.Read(ref _articlesByFile) ?? Publish(ref _articlesByFile, new IdIndex<Article>(Articles, a => a.File, "article file", "articles"));
    private IdIndex<City> CityIds => Volatile.Read(ref _cities) ?? Publish(ref _cities, new IdIndex<City>(Cities, c => c.Id, "city id", "cities"));
    private IdIndex<Partnership> PartnershipIds => Volatile.Read(ref _partnerships) ?? Publish(ref _partnerships, new IdIndex<Partnership>(Partnerships, p => p.Id, "partnership id", "partnerships"));
    private IdIndex<Event> EventIds => Volatile.Read(ref _events) ?? Publish(ref _events, new IdIndex<Event>(Events, e => e.Id, "event id", "events"));
    private IdIndex<Person> PersonIds => Volatile.Read(ref _people) ?? Publish(ref _people, new IdIndex<Person>(People, p => p.Id, "person id", "people"));
    private NameIndex<City> CityNames => Volatile.Read(ref _cityNames) ?? Publish(ref _cityNames, new NameIndex<City>(Cities, c => c.Name, c => c.Aliases, c => c.Id));
    private NameIndex<Person> PersonNames => Volatile.Read(ref _personNames) ?? Publish(ref _personNames, new NameIndex<Person>(People, p => p.Name, p => p.Aliases, p => p.Id));

    /// <summary>Every navigation property, built on first navigation.</summary>
    internal Links Links => Volatile.Read(ref _links) ?? Publish(ref _links, new Links(this));

    /// <summary>The article a source cites, or null when the dataset lacks it (only possible through <see cref="CreateUnchecked"/>).</summary>
    internal Article? ArticleOf(SourceRef source) => ArticleFiles.TryGet(source.ArticleFile, out var article) ? article : null;

    // Whichever thread publishes first wins; the others' equal results are dropped.
    private static T Publish<T>(ref T? field, T value) where T : class =>
        Interlocked.CompareExchange(ref field, value, null) ?? value;

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
}
