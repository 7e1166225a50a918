using System.Text;
using System.Threading;

namespace CoopData.Extraction.Text;

/// <summary>
/// Tells text from files that only pretend to be (binary data, bytes that were not UTF-8), and
/// puts article text in the one form the engine sees, whatever the editor or platform wrote.
/// </summary>
public static class ArticleText
{
    /// <summary>
    /// Articles longer than this many characters (about 1 MB of UTF-8 text for Latin scripts; a long news article is under 50,000) are
    /// cut at the last line break before the limit; the rest is ignored and reported.
    /// </summary>
    public const int MaxChars = 1_000_000;

    // Loops that scale with the input check for cancellation once per this many characters.
    internal const int CancellationStride = 1 << 16;

    /// <summary>Why a text with NUL characters is no article.</summary>
    public const string NulCharacters = "it contains NUL characters (a binary file?)";

    /// <summary>Why <paramref name="text"/> is not a readable article, or null when it is.</summary>
    public static string? WhyNotText(string text, CancellationToken cancellationToken = default)
    {
        int replacement = 0, c1Controls = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if ((i & (CancellationStride - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = text[i];
            if (c == '\0') return NulCharacters;
            if (c == '\uFFFD') replacement++;
            else if (c >= '\u0080' && c <= '\u009F') c1Controls++;
        }
        // A stray replacement character is common in scraped news; many mean the bytes were not UTF-8.
        if (replacement > 8 && replacement * 200 > text.Length)
            return $"it is not valid UTF-8 ({replacement} undecodable sequences); save it as UTF-8";
        // Bytes decoded with a single-byte fallback encoding show up as C1 control characters.
        if (c1Controls > 8 && c1Controls * 200 > text.Length)
            return $"it is not valid UTF-8 ({c1Controls} control characters from a fallback decoding); save it as UTF-8";
        return null;
    }

    /// <summary>
    /// The form every article is extracted from: a leading byte order mark dropped, CRLF and CR
    /// turned into LF (so line numbers are unchanged) and Unicode composed (NFC), so the same
    /// article saved on Windows or macOS, or typed with combining accents, yields the same facts.
    /// Text that cannot be normalized (unpaired surrogates) keeps its code units. Linear time.
    /// </summary>
    public static string Normalize(string text, CancellationToken cancellationToken = default)
    {
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        bool hasCr = text.IndexOf('\r') >= 0;
        string lf = text;
        if (hasCr || start > 0)
        {
            var sb = new StringBuilder(text.Length);
            for (int i = start; i < text.Length; i++)
            {
                if ((i & (CancellationStride - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
                char c = text[i];
                if (c == '\r')
                {
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                }
                else sb.Append(c);
            }
            lf = sb.ToString();
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Folding.Normalize(lf, NormalizationForm.FormC);
    }

    /// <summary>
    /// <paramref name="length"/> characters or fewer: the longest prefix that ends at a line break
    /// (or, for a text with no line break early enough, at a character boundary that does not
    /// split a surrogate pair).
    /// </summary>
    public static int CutPoint(string text, int length)
    {
        if (text.Length <= length) return text.Length;
        int lastBreak = text.LastIndexOf('\n', length - 1, System.Math.Min(length, 1 << 20));
        if (lastBreak > 0) return lastBreak + 1;
        return length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
    }
}
