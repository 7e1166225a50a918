using CoopData;

namespace CoopData.Map.Tests;

/// <summary>
/// The network the five seed articles state (see /seeds and the acceptance gold), built from the runtime API so the
/// map is tested whatever the extraction engine's progress. Coordinates are GeoNames'; Dong Da has none of its
/// own and carries Hanoi's, marked approximate, as the merger does.
/// </summary>
internal static class SeedNetwork
{
    public const string A0 = "000_6fb9a1b7df022e99.txt", A1 = "001_7642399c6f174870.txt", A2 = "002_72a695dded70c60a.txt",
        A3 = "003_b7553985f904ee61.txt", A4 = "004_deda07d31d5d09d9.txt";

    /// <summary>City id, ISO country, latitude, longitude.</summary>
    public static readonly (string Id, string Country, double Lat, double Lon)[] Places =
    [
        ("hanoi", "VN", 21.0245, 105.84117),
        ("toulouse", "FR", 43.60426, 1.44367),
        ("los-angeles", "US", 34.05223, -118.24368),
        ("guangzhou", "CN", 23.11667, 113.25),
        ("vientiane", "LA", 17.96667, 102.6),
        ("choisy-le-roi", "FR", 48.76846, 2.41874),
        ("dong-da", "VN", 21.0245, 105.84117),
    ];

    private static SourceRef S(string file, int line, string text) => new(file, line, text);

    public static CoopDataset Create() => new(
        [
            new Article("000_6fb9a1b7df022e99", A0, "Hanoi, Toulouse deepen ties amid 12th Vietnam-France Decentralization Conference", "en", PartialDate.FromDate(2023, 4, 13)),
            new Article("001_7642399c6f174870", A1, "Hanoi and Los Angeles: sister cities", "en", PartialDate.FromYear(2023)),
            new Article("002_72a695dded70c60a", A2, "Hanoi and Guangzhou step up cooperation", "en", PartialDate.FromYear(2023)),
            new Article("003_b7553985f904ee61", A3, "Choisy-le-Roi and Dong Da", "en", PartialDate.FromYear(2023)),
            new Article("004_deda07d31d5d09d9", A4, "Hanoi and Vientiane", "en", PartialDate.FromYear(2023)),
        ],
        [
            new City("hanoi", "Hanoi", "VN", CityKind.Capital, ["Ha Noi", "Hà Nội"], null, 21.0245, 105.84117, [S(A0, 5, "Hanoi, Toulouse deepen ties")]),
            new City("toulouse", "Toulouse", "FR", CityKind.City, [], null, 43.60426, 1.44367, [S(A0, 5, "Hanoi, Toulouse deepen ties")]),
            new City("los-angeles", "Los Angeles", "US", CityKind.City, ["LA"], null, 34.05223, -118.24368, [S(A1, 3, "Los Angeles")]),
            new City("guangzhou", "Guangzhou", "CN", CityKind.City, ["Quảng Châu"], null, 23.11667, 113.25, [S(A2, 3, "Guangzhou")]),
            new City("vientiane", "Vientiane", "LA", CityKind.Capital, ["Viêng Chăn"], null, 17.96667, 102.6, [S(A4, 3, "Vientiane")]),
            new City("choisy-le-roi", "Choisy-le-Roi", "FR", CityKind.City, [], null, 48.76846, 2.41874, [S(A3, 3, "Choisy-le-Roi")]),
            new City("dong-da", "Dong Da", "VN", CityKind.District, ["Đống Đa"], "hanoi", 21.0245, 105.84117, [S(A3, 3, "Dong Da")], approximateLocation: true),
        ],
        [
            new Partnership("hanoi-toulouse", ["hanoi", "toulouse"], 1996, PartnershipStatus.Active, ["education", "health care"],
                [S(A0, 7, "Both cities have made significant progress in various fields such as cultural heritage preservation, education and health care during the 30 years of relationship.")]),
            new Partnership("hanoi-los-angeles", ["hanoi", "los-angeles"], 2023, PartnershipStatus.Signed, [],
                [S(A1, 9, "Hanoi and Los Angeles signed a sister-city agreement.")]),
            new Partnership("guangzhou-hanoi", ["guangzhou", "hanoi"], null, PartnershipStatus.Negotiating, ["trade"],
                [S(A2, 11, "The two cities are discussing a friendship agreement.")]),
            new Partnership("hanoi-vientiane", ["hanoi", "vientiane"], 2004, PartnershipStatus.Active, [],
                [S(A4, 6, "Hanoi and Vientiane have been twinned since 2004.")]),
            new Partnership("choisy-le-roi-dong-da", ["choisy-le-roi", "dong-da"], 2013, PartnershipStatus.Proposed, ["culture"],
                [S(A3, 8, "Choisy-le-Roi proposed a cooperation with Dong Da district & its <people>.")]),
        ],
        [
            new Event("2023-04-13-meeting-hanoi", EventKind.Meeting, "Hanoi leaders receive the Toulouse delegation", PartialDate.FromDate(2023, 4, 13), null,
                "hanoi", ["hanoi", "toulouse"], [], [S(A0, 9, "met")]),
            new Event("2023-09-visit-los-angeles", EventKind.Visit, "Hanoi delegation visits Los Angeles", PartialDate.FromYearMonth(2023, 9), null,
                "los-angeles", ["hanoi", "los-angeles"], [], [S(A1, 12, "visit")]),
            new Event("2013-signing-dong-da", EventKind.Signing, "Choisy-le-Roi and Dong Da sign a letter of intent", PartialDate.FromYear(2013), null,
                "dong-da", ["choisy-le-roi", "dong-da"], [], [S(A3, 8, "signed")]),
            new Event("2004-signing-vientiane", EventKind.Signing, "Hanoi and Vientiane twinning", PartialDate.FromYear(2004), null,
                "vientiane", ["hanoi", "vientiane"], [], [S(A4, 6, "twinned")]),
        ],
        []);
}
