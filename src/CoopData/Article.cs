using System.Collections.Generic;
using CoopData.Internal;

namespace CoopData;

/// <summary>A news article the data was extracted from.</summary>
public sealed class Article
{
    private CoopDataset? _dataset;
    private IReadOnlyList<City> _cities = Empty<City>.List;
    private IReadOnlyList<Partnership> _partnerships = Empty<Partnership>.List;
    private IReadOnlyList<Event> _events = Empty<Event>.List;
    private IReadOnlyList<Person> _people = Empty<Person>.List;

    /// <summary>Creates an article.</summary>
    /// <param name="id">Unique id (the file name without extension).</param>
    /// <param name="file">The file name, as <see cref="SourceRef.ArticleFile"/> cites it.</param>
    /// <param name="title">The headline.</param>
    /// <param name="language">ISO 639-1 language code, e.g. <c>en</c> or <c>vi</c>.</param>
    /// <param name="published">Publication date, when the article gives one.</param>
    public Article(string id, string file, string title, string language, PartialDate? published)
    {
        Id = Check.Id(id, nameof(id));
        File = Check.Id(file, nameof(file));
        Title = Check.NotNull(title, nameof(title));
        Language = Check.NotNull(language, nameof(language));
        Published = published;
    }

    /// <summary>Unique id.</summary>
    public string Id { get; }

    /// <summary>The file name, unique in the dataset.</summary>
    public string File { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>ISO 639-1 language code.</summary>
    public string Language { get; }

    /// <summary>Publication date, when known.</summary>
    public PartialDate? Published { get; }

    /// <summary>Cities this article is a source for, by id.</summary>
    public IReadOnlyList<City> Cities => Linked(_cities);

    /// <summary>Partnerships this article is a source for, by id.</summary>
    public IReadOnlyList<Partnership> Partnerships => Linked(_partnerships);

    /// <summary>Events this article is a source for, by start date then id.</summary>
    public IReadOnlyList<Event> Events => Linked(_events);

    /// <summary>People this article is a source for, by id.</summary>
    public IReadOnlyList<Person> People => Linked(_people);

    internal CoopDataset? Dataset => _dataset;

    internal void Link(CoopDataset dataset, IReadOnlyList<City> cities, IReadOnlyList<Partnership> partnerships,
        IReadOnlyList<Event> events, IReadOnlyList<Person> people)
    {
        _dataset = dataset;
        _cities = cities;
        _partnerships = partnerships;
        _events = events;
        _people = people;
    }

    private T Linked<T>(T value)
    {
        Attachment.EnsureAttached(_dataset, Describe());
        return value;
    }

    internal string Describe() => $"Article '{Id}'";

    /// <summary>The article id.</summary>
    public override string ToString() => Id;
}
