using System;
using System.Threading;

namespace CoopData.Extraction;

/// <summary>The engine's entry point: one article's text in, its facts out.</summary>
public static class ArticleExtractor
{
    /// <summary>
    /// Extracts every city, partnership, event and official the article states.
    /// Never throws for any text; problems come back as <see cref="ArticleFacts.Diagnostics"/>.
    /// </summary>
    /// <param name="fileName">The article's file name without folder; becomes <see cref="ArticleFacts.FileName"/>.</param>
    public static ArticleFacts Extract(string fileName, string text, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();
}
