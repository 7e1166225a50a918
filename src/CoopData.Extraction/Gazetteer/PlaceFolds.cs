using System.Runtime.CompilerServices;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Gazetteer;

/// <summary>
/// The folds of a place's names, made once per place and process: the same places recur in article after article,
/// and their names were folded again for each.
/// </summary>
internal static class PlaceFolds
{
    private sealed class Folds
    {
        public Folds(Place place)
        {
            Name = Folding.Fold(place.Name);
            Names = new string[place.Names.Count];
            for (int k = 0; k < Names.Length; k++) Names[k] = Folding.Fold(place.Names[k]);
            MarksKeys = new string?[Names.Length];
        }

        public string Name { get; }
        public string[] Names { get; }
        /// <summary><c>Folding.VietnameseMarksKey</c> of each name, made when first asked (null until then; racing threads write the same value).</summary>
        public readonly string?[] MarksKeys;
    }

    // Keyed by the place object (not its value): the gazetteer's places live as long as the process.
    private static readonly ConditionalWeakTable<Place, Folds> s_folds = new();

    /// <summary><c>Folding.Fold(place.Name)</c>.</summary>
    public static string FoldedName(this Place place) => Of(place).Name;

    /// <summary><c>Folding.Fold</c> of each of <see cref="Place.Names"/>, in the same order.</summary>
    public static string[] FoldedNames(this Place place) => Of(place).Names;

    /// <summary><c>Folding.VietnameseMarksKey(place.Names[k])</c>, made once per place and name.</summary>
    public static string VietnameseMarksKey(this Place place, int k)
    {
        var keys = Of(place).MarksKeys;
        return keys[k] ??= Folding.VietnameseMarksKey(place.Names[k]);
    }

    private static Folds Of(Place place) => s_folds.GetValue(place, static p => new Folds(p));
}
