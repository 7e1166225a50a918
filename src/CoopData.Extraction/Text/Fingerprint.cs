using System.Globalization;
using System.Text;
using System.Threading;

namespace CoopData.Extraction.Text;

/// <summary>A 64-bit FNV-1a hash of an article's text, blind to line endings and Unicode normalization.</summary>
public static class Fingerprint
{
    public static string Of(string text, CancellationToken cancellationToken = default)
    {
        string normalized = ArticleText.Normalize(text, cancellationToken).Trim();
        ulong hash = 14695981039346656037UL;
        for (int i = 0; i < normalized.Length; i++)
        {
            if ((i & (ArticleText.CancellationStride - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            hash ^= normalized[i];
            hash *= 1099511628211UL;
        }
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
