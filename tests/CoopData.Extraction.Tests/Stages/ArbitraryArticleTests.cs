using System;
using CsCheck;

namespace CoopData.Extraction.Tests.Stages;

/// <summary>
/// Articles assembled at random from the pieces real ones are made of (datelines in many formats, bracketed and
/// leading dates, headlines, bylines, menus, teaser bars, partnership and visit sentences, stray punctuation, both
/// languages): whatever the order, extraction returns facts and never throws.
/// </summary>
public class ArbitraryArticleTests
{
    private static readonly string[] Pieces =
    {
        "(25/06/2019)", "[25/06/2019]", "25/06/2019", "2019-06-25", "Updated: 2015-10-26 11:04", "date 2024-04-12", "14:11 | 18/02/2022 GMT+7",
        "Thứ Hai, 26/10/2015", "Apr 13, 2023 / 15:50", "(22:48 25/06/2019)", "Published", "-", "–", "|", "(", ")", "[", "]", ":", ",", ".", "\"", "'s",
        "Hanoi and Toulouse deepen ties", "Kỷ niệm 10 năm kết nghĩa giữa thành phố Hà Nội và Toulouse",
        "The two cities signed a sister city agreement in 1996.", "Mayor Jean-Luc Moudenc of Toulouse visited Hanoi on October 29.",
        "Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh tiếp Đoàn công tác Thủ đô Viêng Chăn.", "ông", "Mr.", "Dr", "Sở Du lịch", "Cục Lãnh sự",
        "A council delegation will visit the partner city next week to sign a cooperation plan.", "Quan hệ hữu nghị được thiết lập từ năm 1996.",
        "Related news", "Tin liên quan", "Share", "Home", "Menu", "By Ngoc Mai", "Hạnh Trần (t/h)", "Photo: VNA", "Choisy-le-Roi", "Frankfurt am Main",
        "Quangzhou", "Los Angeles", "Vientiane", "memorandum of understanding", "MoU", "on May 5", "from 12 to 14 June", "2023", "12", "1.5",
        "\t", "  ", "…", "“", "”", "\u00A0", "\u2028", "\ud83d\ude00", "\ud800",
    };

    private static readonly Gen<string> Line =
        Gen.Int[0, Pieces.Length - 1].Array[0, 6].Select(picks => string.Join(" ", Array.ConvertAll(picks, i => Pieces[i])));

    private static readonly Gen<string> Article =
        Gen.Select(Line.Array[1, 12], Gen.OneOfConst("\n", "\r\n", "\n\n")).Select(t => string.Join(t.Item2, t.Item1));

    [Fact]
    public void ExtractionNeverThrowsOnArticlesMadeOfRealPieces() =>
        Article.Sample(text => Assert.NotNull(ArticleExtractor.Extract("random.txt", text)), iter: 3000);
}
