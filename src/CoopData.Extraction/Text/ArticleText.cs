namespace CoopData.Extraction.Text;

/// <summary>Tells text from files that only pretend to be: binary data, or bytes that were not UTF-8.</summary>
public static class ArticleText
{
    /// <summary>Why <paramref name="text"/> is not a readable article, or null when it is.</summary>
    public static string? WhyNotText(string text)
    {
        int replacement = 0, c1Controls = 0;
        foreach (char c in text)
        {
            if (c == '\0') return "it contains NUL characters (a binary file?)";
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
}
