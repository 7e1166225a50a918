using System.Text;

namespace CoopData.Explorer.Map;

/// <summary>Escaping for the contexts the map writes into.</summary>
public static class Markup
{
    /// <summary>Text or a double-quoted attribute value in HTML or SVG: &amp; &lt; &gt; " ' encoded, control characters dropped.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (char ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // XML 1.0 forbids most control characters; the SVG must stay well-formed.
                case < ' ' when ch != '\n' && ch != '\t': break;
                case '\uFFFE' or '\uFFFF': break;
                case '\u2028': sb.Append("&#x2028;"); break;
                case '\u2029': sb.Append("&#x2029;"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// JSON text made safe inside an HTML <c>&lt;script&gt;</c> element: &lt; &gt; &amp; and U+2028/U+2029 become
    /// \u escapes. In JSON those characters can only occur inside strings, where the escapes mean the same.
    /// </summary>
    public static string ScriptSafeJson(string json)
    {
        var sb = new StringBuilder(json.Length + 64);
        foreach (char ch in json)
        {
            switch (ch)
            {
                case '<': sb.Append("\\u003C"); break;
                case '>': sb.Append("\\u003E"); break;
                case '&': sb.Append("\\u0026"); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}
