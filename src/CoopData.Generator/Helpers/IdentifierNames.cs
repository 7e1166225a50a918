using System.Collections.Generic;
using System.Text;
using CoopData.Extraction.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CoopData.Generator.Helpers;

/// <summary>Turns record ids and names into readable, valid, unique C# member names.</summary>
internal static class IdentifierNames
{
    /// <summary>
    /// PascalCase from the words of <paramref name="text"/>, diacritics removed ("Choisy-le-Roi" → ChoisyLeRoi).
    /// A name that would start with a digit gets <paramref name="prefix"/>; one with no usable characters is the prefix alone.
    /// </summary>
    public static string Pascal(string text, string prefix)
    {
        var sb = new StringBuilder();
        foreach (string word in Folding.Fold(text).Split(' '))
        {
            bool first = true;
            foreach (char c in word)
            {
                if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) continue;
                sb.Append(first ? char.ToUpperInvariant(c) : c);
                first = false;
            }
        }
        if (sb.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(sb[0])) sb.Insert(0, prefix);
        string name = sb.ToString();
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
    }

    /// <summary>Hands out member names unique within one class, avoiding the class's own name and reserved members.</summary>
    internal sealed class Scope
    {
        private readonly HashSet<string> _used;

        public Scope(string className)
        {
            _used = new HashSet<string>(System.StringComparer.Ordinal)
            {
                className, "All", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
            };
        }

        /// <summary>The name itself if free, else the name with the first free number appended; <paramref name="adjusted"/> tells which.</summary>
        public string Claim(string name, out bool adjusted)
        {
            string candidate = name;
            for (int n = 2; !_used.Add(candidate.TrimStart('@')); n++)
                candidate = name.TrimStart('@') + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            adjusted = candidate != name;
            return candidate;
        }
    }
}
