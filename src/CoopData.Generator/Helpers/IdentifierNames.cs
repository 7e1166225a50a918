using System.Collections.Generic;
using System.Text;
using CoopData.Extraction.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CoopData.Generator.Helpers;

/// <summary>Turns record ids and names into readable, valid, unique C# member names.</summary>
internal static class IdentifierNames
{
    /// <summary>Longest generated member name before a uniqueness number (C# allows 512).</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// PascalCase from the words of <paramref name="text"/>, diacritics removed ("Choisy-le-Roi" → ChoisyLeRoi).
    /// A name that would start with a digit gets <paramref name="prefix"/>; one with no usable characters is the prefix alone.
    /// </summary>
    public static string Pascal(string text, string prefix)
    {
        var sb = new StringBuilder();
        // Only the start of a very long name is read: C# rejects identifiers over 512 characters.
        if (text.Length > 4 * MaxLength) text = text.Substring(0, 4 * MaxLength);
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
        if (sb.Length > MaxLength) sb.Length = MaxLength;
        string name = sb.ToString();
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
    }

    /// <summary>Hands out member names unique within one class, avoiding the class's own name and reserved members.</summary>
    internal sealed class Scope
    {
        private readonly HashSet<string> _used;
        private readonly Dictionary<string, int> _next = new(System.StringComparer.Ordinal);

        public Scope(string className)
        {
            _used = new HashSet<string>(System.StringComparer.Ordinal)
            {
                // The generated members refer to CoopDataStore by its simple name: a member so named would hide it.
                className, "All", "CoopDataStore", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
            };
        }

        /// <summary>
        /// The name itself if free, else the name with the first free number appended; <paramref name="adjusted"/> tells which.
        /// Linear in the number of claims, however many names clash.
        /// </summary>
        public string Claim(string name, out bool adjusted)
        {
            string bare = name.TrimStart('@');
            string candidate = name;
            if (!_used.Add(bare))
            {
                int n = _next.TryGetValue(bare, out int last) ? last : 2;
                while (!_used.Add(candidate = bare + n.ToString(System.Globalization.CultureInfo.InvariantCulture))) n++;
                _next[bare] = n + 1;
            }
            adjusted = candidate != name;
            return candidate;
        }
    }
}
