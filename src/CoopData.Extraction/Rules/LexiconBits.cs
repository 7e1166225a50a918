using System;
using System.Collections.Generic;
using System.Reflection;
using CoopData.Extraction.Pipeline;

namespace CoopData.Extraction.Rules;

/// <summary>A word set's or phrase list's bit in <see cref="FormBits"/>, handed out by <see cref="LexiconBits"/>.</summary>
internal readonly struct LexiconBit
{
    public LexiconBit(int index) { Word = index >> 6; Mask = 1UL << (index & 63); }

    /// <summary>Which of the form's words holds the bit (see <see cref="FormBits"/>).</summary>
    public int Word { get; }
    /// <summary>The bit within that word; 0 for a set without a bit.</summary>
    public ulong Mask { get; }
    public bool Assigned => Mask != 0;
}

/// <summary>The bits of one fold: which of the lexicon's sets hold it and which phrase lists it starts.</summary>
internal struct FormBits
{
    private ulong _0, _1, _2, _3, _4, _5, _6;

    // Asked for nearly every token by every rule: kept inline (with several words the switch no longer is by default).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public readonly bool Has(LexiconBit bit) => (bit.Word switch { 0 => _0, 1 => _1, 2 => _2, 3 => _3, 4 => _4, 5 => _5, _ => _6 } & bit.Mask) != 0;

    /// <summary>Adds the bits of <paramref name="other"/> (a sentence's bits are its forms' together).</summary>
    public void Add(in FormBits other)
    {
        _0 |= other._0;
        _1 |= other._1;
        _2 |= other._2;
        _3 |= other._3;
        _4 |= other._4;
        _5 |= other._5;
        _6 |= other._6;
    }

    public void Set(LexiconBit bit)
    {
        if (bit.Word == 0) _0 |= bit.Mask;
        else if (bit.Word == 1) _1 |= bit.Mask;
        else if (bit.Word == 2) _2 |= bit.Mask;
        else if (bit.Word == 3) _3 |= bit.Mask;
        else if (bit.Word == 4) _4 |= bit.Mask;
        else if (bit.Word == 5) _5 |= bit.Mask;
        else _6 |= bit.Mask;
    }
}

/// <summary>
/// One bit per word set of <see cref="Lexicon"/> (is the fold in it) and per indexed phrase list (does a phrase start
/// with the fold). A word form gets all of its bits when it is made, from one lookup of its fold in a table of every
/// listed word (<see cref="WordForm.Bits"/>), so a rule asking about a token tests a bit instead of hashing the fold,
/// and a sentence's bits together (<see cref="Sentence.Bits"/>) rule out a list none of its words starts.
/// Sets made outside the lexicon, or beyond <see cref="Capacity"/>, have no bit and are asked as before.
/// </summary>
internal static class LexiconBits
{
    // The lexicon has about 385 sets and lists; past the capacity a list is asked by hashing (correct, slower).
    public const int Capacity = 7 * 64;

    private static readonly Dictionary<string, FormBits> s_byFold = Build();

    /// <summary>The bits of <paramref name="fold"/>.</summary>
    public static FormBits Of(string fold) => s_byFold.TryGetValue(fold, out var bits) ? bits : default;

    // Bits are handed out here, once: the lexicon's word sets, then its phrase indexes.
    private static Dictionary<string, FormBits> Build()
    {
        var table = new Dictionary<string, FormBits>(StringComparer.Ordinal);
        int next = 0;
        foreach (var field in typeof(Lexicon).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (next == Capacity) break;
            if (field.IsInitOnly && field.GetValue(null) is WordSet set && !set.Bit.Assigned)
                Add(table, set.Bit = new LexiconBit(next++), set);
        }
        foreach (var index in PhraseIndex.LexiconIndexes)
        {
            if (next == Capacity) break;
            Add(table, index.Bit = new LexiconBit(next++), index.FirstWords);
        }
        // The indexes Phrases makes of lists the lexicon holds otherwise (the keys of its pairs).
        foreach (var field in typeof(Phrases).GetFields(BindingFlags.Static | BindingFlags.Public))
        {
            if (next == Capacity) break;
            if (field.GetValue(null) is PhraseIndex index && !index.Bit.Assigned)
                Add(table, index.Bit = new LexiconBit(next++), index.FirstWords);
        }
        return table;
    }

    private static void Add(Dictionary<string, FormBits> table, LexiconBit bit, IEnumerable<string> folds)
    {
        foreach (var fold in folds)
        {
            table.TryGetValue(fold, out var bits);
            bits.Set(bit);
            table[fold] = bits;
        }
    }
}
