using System.Linq;

namespace CoopData.Extraction.Tests.Stages;

internal static class X
{
    public static ArticleFacts Run(string text, string file = "t.txt") => ArticleExtractor.Extract(file, text);

    public static string[] CityNames(this ArticleFacts f) => f.Cities.Select(c => c.Name).ToArray();

    public static string NameOf(this ArticleFacts f, string key) => f.Cities.First(c => c.Key == key).Name;

    public static string[] PairNames(this ArticleFacts f, PartnershipFact p) => p.PartyKeys.Select(f.NameOf).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();

    /// <summary>Every partnership as "A-B" (its parties' names in ordinal order), the list in ordinal order.</summary>
    public static string[] PairList(this ArticleFacts f) =>
        f.Partnerships.Select(p => string.Join("-", f.PairNames(p))).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();

    public static string[] PersonNames(this ArticleFacts f) => f.People.Select(p => p.Name).ToArray();

    public static bool Has(this ArticleFacts f, string diagnosticId) => f.Diagnostics.Any(d => d.Id == diagnosticId);
}
