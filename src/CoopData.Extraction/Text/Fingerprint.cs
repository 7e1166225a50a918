using System.Globalization;
using System.Text;

namespace CoopData.Extraction.Text;

/// <summary>A 64-bit FNV-1a hash of an article's text, blind to line endings and Unicode normalization.</summary>
public static class Fingerprint
{
    public static string Of(string text)
    {
        string normalized = Folding.Normalize(text, NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        ulong hash = 14695981039346656037UL;
        foreach (char c in normalized)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
