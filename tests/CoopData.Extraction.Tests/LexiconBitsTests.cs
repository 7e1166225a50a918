using System.Linq;
using System.Reflection;
using CoopData.Extraction.Rules;
using Xunit;

namespace CoopData.Extraction.Tests;

public class LexiconBitsTests
{
    [Fact]
    public void EveryWordSetAndPhraseListOfTheLexiconHasItsBit()
    {
        // Past LexiconBits.Capacity a list silently loses its bit and every rule asking it hashes instead: raise the capacity.
        _ = LexiconBits.Of("");
        var sets = typeof(Lexicon).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.IsInitOnly && f.GetValue(null) is WordSet).Select(f => (f.Name, ((WordSet)f.GetValue(null)!).Bit.Assigned));
        var lists = typeof(Phrases).GetFields(BindingFlags.Static | BindingFlags.Public)
            .Where(f => f.GetValue(null) is PhraseIndex).Select(f => (f.Name, ((PhraseIndex)f.GetValue(null)!).Bit.Assigned));
        Assert.Empty(sets.Concat(lists).Where(x => !x.Assigned).Select(x => x.Name));
    }

    [Theory]
    [InlineData("quận", true)]
    [InlineData("Quận", true)]
    [InlineData("QUẬN", true)]
    [InlineData("quan", false)]
    [InlineData("Quán", false)]
    public void AWordAsWrittenIsFoundInAnyCaseButOnlyWithItsMarks(string word, bool found) =>
        Assert.Equal(found, Lexicon.VillageUnitSpellings.ContainsIgnoringCase(word));
}
