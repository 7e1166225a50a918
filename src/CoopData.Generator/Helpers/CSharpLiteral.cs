using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CoopData.Generator.Helpers;

/// <summary>
/// Exact C# literals and safe XML doc text for strings that come from articles. Article text
/// must never be able to end a literal or a comment line and become code.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A regular string literal whose run-time value equals <paramref name="value"/>, char for char.</summary>
    public static string String(string? value) =>
        value is null ? "null" : AppendString(new StringBuilder(value.Length + 2), new[] { value }).ToString();

    /// <summary>Appends one regular string literal whose run-time value is <paramref name="parts"/> end to end.</summary>
    public static StringBuilder AppendString(StringBuilder sb, IReadOnlyList<string> parts)
    {
        sb.Append('"');
        foreach (string part in parts)
        {
            for (int i = 0; i < part.Length; i++)
            {
                // A run of printable ASCII other than the quote and backslash goes in as it is, in one append.
                int run = i;
                while (run < part.Length && part[run] >= ' ' && part[run] < '\u007F' && part[run] != '"' && part[run] != '\\') run++;
                if (run > i)
                {
                    sb.Append(part, i, run - i);
                    if (run == part.Length) break;
                    i = run;
                }
                char c = part[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (IsPlain(c)) sb.Append(c);
                        else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        break;
                }
            }
        }
        return sb.Append('"');
    }

    /// <summary>
    /// Text for a <c>///</c> comment: XML-escaped, on one line (every line terminator C# knows,
    /// including U+0085, U+2028 and U+2029, becomes a space), with invisible, bidi-control and
    /// unpaired-surrogate characters shown as U+FFFD so the comment cannot hide or reorder text.
    /// Comments do not process <c>\u</c> escapes, and a <c>///</c> line cannot be closed by <c>*/</c>,
    /// so nothing else needs escaping: without a line terminator the text cannot leave the comment.
    /// </summary>
    public static string DocText(string? value)
    {
        if (value is null) return "";
        var sb = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': case '\n': case '\t': case '\u0085': case '\u2028': case '\u2029': sb.Append(' '); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        // A well-formed pair (an emoji, a CJK extension character) is kept when it is visible.
                        bool visible = IsPlainCategory(CharUnicodeInfo.GetUnicodeCategory(value, i));
                        if (visible) sb.Append(c).Append(value[i + 1]);
                        else sb.Append('\uFFFD');
                        i++;
                    }
                    else
                    {
                        sb.Append(IsPlain(c) ? c : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : '\uFFFD');
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Characters safe to write as themselves: visible letters, marks, numbers, punctuation, symbols and the space.</summary>
    private static bool IsPlain(char c)
    {
        if (c < 0x20 || c == 0x7F) return false;
        if (c < 0x7F) return true;
        return IsPlainCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static bool IsPlainCategory(UnicodeCategory category)
    {
        switch (category)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
