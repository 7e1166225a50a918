using System.Collections.Generic;
using CoopData.Internal;

namespace CoopData;

/// <summary>A news article the data was extracted from.</summary>
public sealed class Article : DatasetRecord
{
    /// <summary>Creates an article.</summary>
    /// <param name="id">Unique id (the file name without extension).</param>
    /// <param name="file">The file name, as <see cref="SourceRef.ArticleFile"/> cites it.</param>
    /// <param name="title">The headline.</param>
    /// <param name="language">ISO 639-1 language code, e.g. <c>en</c> or <c>vi</c>.</param>
    /// <param name="published">Publication date, when the article gives one.</param>
    public Article(string id, string file, string title, string language, PartialDate? published)
        : base(Check.Id(id, nameof(id)), nameof(Article))
    {
        File = Check.Id(file, nameof(file));
        Title = Check.NotNull(title, nameof(title));
        Language = Check.NotNull(language, nameof(language));
        Published = published;
    }

    /// <summary>The file name, unique in the dataset.</summary>
    public string File { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>ISO 639-1 language code.</summary>
    public string Language { get; }

    /// <summary>Publication date, when known.</summary>
    public PartialDate? Published { get; }

    /// <summary>Cities this article is a source for, by id.</summary>
    public IReadOnlyList<City> Cities => Links().ArticleCities[Index];

    /// <summary>Partnerships this article is a source for, by id.</summary>
    public IReadOnlyList<Partnership> Partnerships => Links().ArticlePartnerships[Index];

    /// <summary>Events this article is a source for, by start date then id.</summary>
    public IReadOnlyList<Event> Events => Links().ArticleEvents[Index];

    /// <summary>People this article is a source for, by id.</summary>
    public IReadOnlyList<Person> People => Links().ArticlePeople[Index];
}
