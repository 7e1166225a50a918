using CoopData.Internal;

namespace CoopData;

/// <summary>The sentence of an article that supports a record.</summary>
public sealed class SourceRef
{
    private CoopDataset? _dataset;
    private Article? _article;

    /// <summary>Creates a source reference.</summary>
    /// <param name="articleFile">The article's file name (<see cref="CoopData.Article.File"/>).</param>
    /// <param name="line">1-based line of the sentence in that file.</param>
    /// <param name="text">The sentence.</param>
    public SourceRef(string articleFile, int line, string text)
    {
        ArticleFile = Check.Id(articleFile, nameof(articleFile));
        if (line < 1) throw new System.ArgumentOutOfRangeException(nameof(line), line, "Lines are 1-based.");
        Line = line;
        Text = Check.NotNull(text, nameof(text));
    }

    /// <summary>The article's file name.</summary>
    public string ArticleFile { get; }

    /// <summary>1-based line of the sentence in the article file.</summary>
    public int Line { get; }

    /// <summary>The sentence.</summary>
    public string Text { get; }

    /// <summary>The article the sentence comes from.</summary>
    /// <exception cref="System.InvalidOperationException">The reference is not part of a <see cref="CoopDataset"/>.</exception>
    public Article Article
    {
        get
        {
            Attachment.EnsureAttached(_dataset, Describe());
            // Resolved on first use; racing threads resolve the same article.
            return _article ??= _dataset!.ArticleOf(this)
                ?? throw new System.InvalidOperationException($"{Describe()} cites an article file the dataset lacks.");
        }
    }

    internal CoopDataset? Dataset => _dataset;

    // A SourceRef has no id and may be shared by several records of one dataset, so it may be linked more than once.
    internal void Attach(CoopDataset dataset) => _dataset = dataset;

    internal string Describe() => $"Source '{ArticleFile}:{Line}'";

    /// <summary>The reference as <c>file:line</c>.</summary>
    public override string ToString() => ArticleFile + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
