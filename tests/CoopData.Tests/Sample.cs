using System;
using System.Globalization;
using CoopData;

namespace CoopData.Tests;

/// <summary>A small dataset shaped like the generator's output; a new one per call since records attach to one dataset.</summary>
internal static class Sample
{
    public const string File0 = "000_6fb9a1b7df022e99.txt";
    public const string File1 = "001_7642399c6f174870.txt";

    public static SourceRef Src(int line, string text = "the sentence", string file = File0) => new(file, line, text);

    public static CoopDataset Create() => new(
        [
            new Article("000_6fb9a1b7df022e99", File0, "Hà Nội và Toulouse tăng cường hợp tác", "vi", PartialDate.FromDate(2023, 4, 13)),
            new Article("001_7642399c6f174870", File1, "Izmir delegation", "en", null),
        ],
        [
            new City("toulouse", "Toulouse", "FR", CityKind.City, [], null, 43.6045, 1.444, [Src(3)]),
            new City("hanoi", "Hanoi", "VN", CityKind.Capital, ["Ha Noi", "Hà Nội"], null, 21.02, 105.84, [Src(9, "Thủ đô Hà Nội"), Src(2, "Hanoi", File1)]),
            new City("dong-da", "Dong Da", "VN", CityKind.District, ["Đống Đa"], "hanoi", null, null, [Src(12)]),
            new City("izmir", "İzmir", "TR", CityKind.City, ["Izmir"], null, 38.42, 27.14, [Src(4, "İzmir", File1)]),
        ],
        [
            new Partnership("hanoi-toulouse", ["hanoi", "toulouse"], 1996, PartnershipStatus.Active, ["education"], [Src(9)]),
            new Partnership("hanoi-izmir", ["hanoi", "izmir"], null, PartnershipStatus.Negotiating, [], [Src(5, "talks", File1)]),
        ],
        [
            new Event("visit-2023", EventKind.Visit, "Visit of the Toulouse delegation", PartialDate.FromDate(2023, 4, 13), null,
                "hanoi", ["hanoi", "toulouse"], ["tran-sy-thanh"], [Src(10)]),
            new Event("forum", EventKind.Conference, "Forum", PartialDate.FromYearMonth(2023, 4), PartialDate.FromYearMonth(2023, 5),
                null, ["hanoi", "izmir"], [], [Src(6, "forum", File1)]),
            new Event("undated", EventKind.Other, "Undated", null, null, "toulouse", [], ["tran-sy-thanh"], [Src(11)]),
        ],
        [
            new Person("tran-sy-thanh", "Trần Sỹ Thanh", ["Tran Sy Thanh"], "Chairman of the Hanoi People's Committee", "hanoi", [Src(10)]),
            new Person("jean-luc-moudenc", "Jean-Luc Moudenc", [], null, null, [Src(14)]),
        ]);
}

/// <summary>Sets the current culture for the life of the scope.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
