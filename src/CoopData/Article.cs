using System.Collections.Generic;
using CoopData.Internal;

namespace CoopData;

/// <summary>A news article the data was extracted from.</summary>
public sealed class Article
{
    private CoopDataset? _dataset;
    private int _index;

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
    public IReadOnlyList<City> Cities => Links().ArticleCities[_index];

    /// <summary>Partnerships this article is a source for, by id.</summary>
    public IReadOnlyList<Partnership> Partnerships => Links().ArticlePartnerships[_index];

    /// <summary>Events this article is a source for, by start date then id.</summary>
    public IReadOnlyList<Event> Events => Links().ArticleEvents[_index];

    /// <summary>People this article is a source for, by id.</summary>
    public IReadOnlyList<Person> People => Links().ArticlePeople[_index];

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

    internal string Describe() => $"Article '{Id}'";

    /// <summary>The article id.</summary>
    public override string ToString() => Id;
}
