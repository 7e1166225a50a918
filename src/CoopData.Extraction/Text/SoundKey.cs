using System;
using System.Globalization;
using System.Text;

namespace CoopData.Extraction.Text;

/// <summary>
/// A coarse key of how a name sounds, so a Vietnamese rendering of a foreign name ("Vi-tép-xcơ", "Pi-na đen Ri-ô")
/// can be compared with the name's Latin spellings ("Vitebsk", "Pinar del Río"). Consonants become upper-case classes
/// (voiced and voiceless together: b/p = P, d/t = T, g/k/c/q = K, f/v/w/ph = F, s/z/x/j = S, l/n = N), vowels
/// lower-case classes (a, e, i, o, u), each run of one class written once. Each side is read by the spelling rules of
/// its own script: Vietnamese "x" is s, "d" is z and "đ" is d; a Vietnamese syllable's final p/t/c renders any
/// consonant the Latin name has there ("Xê-véc-xcơ", Seversk) and is dropped inside a name; a syllable of a
/// consonant and "ơ" is a consonant alone ("xcơ" = sk), "rơ" nothing; a Latin "r" before a consonant is not rendered.
/// </summary>
internal static class SoundKey
{
    /// <summary>The key of a Vietnamese rendering (syllables joined by hyphens, words by spaces).</summary>
    public static string OfVietnamese(string text)
    {
        var key = new StringBuilder(text.Length);
        var syllable = new StringBuilder(8);
        int i = 0;
        while (i < text.Length)
        {
            syllable.Clear();
            while (i < text.Length && char.IsLetter(text[i])) syllable.Append(VietnameseLetter(text[i++]));
            // A syllable is the last of its word when no hyphen joins the next one.
            bool lastOfWord = i >= text.Length || text[i] != '-';
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            if (syllable.Length > 0) AppendVietnameseSyllable(key, syllable.ToString(), lastOfWord);
        }
        return key.ToString();
    }

    /// <summary>
    /// The key of a name in Latin script as the gazetteer lists it. With <paramref name="glideW"/>, a "w" before a vowel is
    /// the vowel u, as Vietnamese renders English and Korean names ("Gang-uôn", Gangwon); without it, the consonant v
    /// (German and Polish names).
    /// </summary>
    public static string OfLatin(string name, bool glideW = false)
    {
        var w = Folding.Fold(name);
        var key = new StringBuilder(w.Length);
        int i = 0;
        while (i < w.Length)
        {
            char c = w[i];
            if (c < 'a' || c > 'z') { i++; continue; }
            if (IsVowel(c))
            {
                Append(key, VowelClass(c));
                i++;
                while (i < w.Length && IsVowel(w[i])) i++; // a diphthong is its first vowel
                continue;
            }
            char next = i + 1 < w.Length ? w[i + 1] : '\0';
            switch (c)
            {
                case 'c':
                    if (next == 'h' || next == 'k') { Append(key, next == 'h' ? 'C' : 'K'); i += 2; }
                    else { Append(key, next is 'e' or 'i' or 'y' ? 'S' : 'K'); i++; }
                    continue;
                case 'r' when !IsVowel(next):
                    i++; // "Orsha" is "Ô-rơ-sa" or "Ô-sa"; "Seversk" is "Xê-véc-xcơ"
                    continue;
                case 's' when next == 'c' && i + 2 < w.Length && w[i + 2] == 'h':
                    Append(key, 'S'); i += 3;
                    continue;
                case 's' or 'z' when next == 'h':
                case 't' when next == 's' || next == 'z':
                    Append(key, 'S'); i += 2;
                    continue;
                case 'p' when next == 'h':
                    Append(key, 'F'); i += 2;
                    continue;
                case 't' or 'k' or 'g' when next == 'h':
                    Append(key, c == 't' ? 'T' : 'K'); i += 2;
                    continue;
                case 'q' when next == 'u':
                    Append(key, 'K'); i += 2;
                    continue;
                case 'n' when next == 'g':
                    Append(key, 'N'); i += 2;
                    continue;
                case 'x':
                    Append(key, 'K'); Append(key, 'S'); i++;
                    continue;
                case 'w' when glideW && IsVowel(next):
                    Append(key, 'u'); i += 2;
                    while (i < w.Length && IsVowel(w[i])) i++;
                    continue;
            }
            Append(key, ConsonantClass(c));
            i++;
        }
        return key.ToString();
    }

    /// <summary>
    /// How far apart two keys are, in half steps: a vowel class added, dropped or changed costs 1, a consonant class 2.
    /// Returns <paramref name="max"/> + 1 as soon as the distance must exceed it.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 1; j <= b.Length; j++) prev[j] = prev[j - 1] + Cost(b[j - 1]);
        for (int i = 1; i <= a.Length; i++)
        {
            int costA = Cost(a[i - 1]);
            cur[0] = prev[0] + costA;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int change = a[i - 1] == b[j - 1] ? 0 : Math.Max(costA, Cost(b[j - 1]));
                cur[j] = Math.Min(Math.Min(prev[j] + costA, cur[j - 1] + Cost(b[j - 1])), prev[j - 1] + change);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            (prev, cur) = (cur, prev);
        }
        return Math.Min(prev[b.Length], max + 1);
    }

    /// <summary>The number of consonant classes in a key: longer keys may differ more and still name the same place.</summary>
    public static int Consonants(string key)
    {
        int n = 0;
        foreach (char c in key) if (char.IsUpper(c)) n++;
        return n;
    }

    private static int Cost(char keyChar) => char.IsUpper(keyChar) ? 2 : 1;

    private static void AppendVietnameseSyllable(StringBuilder key, string x, bool lastOfWord)
    {
        int i = 0;
        // "xcơ", "rơ": a consonant written with "ơ" to be pronounceable renders the consonant alone; "r" there is not rendered.
        if (x[x.Length - 1] == 'ơ' && x.Length >= 2 && !HasVietnameseVowel(x, x.Length - 1))
        {
            if (x == "rơ") return;
            x = x.Substring(0, x.Length - 1);
        }
        // "gi" before a vowel is one consonant (z).
        if (x.Length > 2 && x[0] == 'g' && x[1] == 'i' && IsVietnameseVowel(x[2])) { Append(key, 'S'); i = 2; }
        while (i < x.Length)
        {
            char c = x[i];
            if (IsVietnameseVowel(c))
            {
                if (c != 'ơ') Append(key, VowelClass(c));
                i++;
                while (i < x.Length && IsVietnameseVowel(x[i])) i++;
                continue;
            }
            bool coda = HasVietnameseVowel(x, i);
            char next = i + 1 < x.Length ? x[i + 1] : '\0';
            char cls;
            int length = 1;
            if (c == 'n' && next == 'g') { cls = 'N'; length = i + 2 < x.Length && x[i + 2] == 'h' ? 3 : 2; }
            else if (next == 'h' && c is 'n' or 'p' or 't' or 'c' or 'k' or 'g')
            {
                cls = c switch { 'n' => 'N', 'p' => 'F', 't' => 'T', 'c' => 'C', _ => 'K' };
                length = 2;
            }
            else if (c == 'q' && next == 'u') { cls = 'K'; length = 2; }
            else cls = c switch { 'đ' => 'T', 'd' or 'x' or 's' or 'z' or 'j' => 'S', _ => ConsonantClass(c) };
            // A final stop inside a name stands for whatever consonant the foreign name has there, or none.
            bool stopCoda = coda && !lastOfWord && (cls is 'P' or 'T' or 'K' || (cls == 'C' && length == 2));
            if (!stopCoda && cls != '\0') Append(key, cls);
            i += length;
        }
    }

    private static char VietnameseLetter(char c)
    {
        c = char.ToLowerInvariant(c);
        if (c < 128) return c;
        if (c == 'đ') return c;
        // Tone marks and the marks of ă, â, ê, ô, ư go; the horn of ơ stays (it marks an inserted vowel).
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        char letter = decomposed[0];
        if (letter == 'o' && decomposed.IndexOf('\u031B') >= 0) return 'ơ';
        return letter < 128 ? letter : c;
    }

    private static bool HasVietnameseVowel(string syllable, int before)
    {
        for (int k = 0; k < before; k++) if (IsVietnameseVowel(syllable[k])) return true;
        return false;
    }

    private static bool IsVietnameseVowel(char c) => IsVowel(c) || c == 'ơ';

    /// <summary>A vowel of a folded (lower-case, unmarked) word; "y" counts, as in Vietnamese.</summary>
    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static char VowelClass(char c) => c == 'y' ? 'i' : c;

    private static char ConsonantClass(char c) => c switch
    {
        'b' or 'p' => 'P',
        'd' or 't' => 'T',
        'c' or 'g' or 'k' or 'q' => 'K',
        'f' or 'v' or 'w' => 'F',
        's' or 'z' or 'j' => 'S',
        'l' or 'n' => 'N',
        'm' => 'M',
        'r' => 'R',
        'h' => 'H',
        _ => '\0',
    };

    private static void Append(StringBuilder key, char cls)
    {
        if (cls == '\0') return;
        if (key.Length > 0 && key[key.Length - 1] == cls) return;
        key.Append(cls);
    }
}
