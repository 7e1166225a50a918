using System.Linq;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Tests.Stages;

public class SentenceAndTokenTests
{
    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. capital. They talked.", 2)]
    [InlineData("The delegation visited St. Louis. It was warm.", 2)]
    [InlineData("Ông Nguyễn Văn A đến TP. Hồ Chí Minh. Sau đó ông về Hà Nội.", 2)]
    [InlineData("J. R. Smith spoke. \"We agree.\" Then he left.", 3)]
    [InlineData("No full stop at all", 1)]
    [InlineData("1. Tỉnh Sê Kông (Lào): ký thỏa thuận năm 1999. Hai bên hợp tác về giáo dục.", 2)]
    [InlineData("12. Kampot (Cambodia): a friendship since 2011.", 1)]
    [InlineData("The agreement was signed in 2011. 12 cities joined later.", 2)]
    [InlineData("Đoàn thăm Hà Lan từ ngày 30/7-3/8.Phó Chủ tịch cho biết kết quả tốt.Đại sứ nói thêm.", 3)]
    [InlineData("Đoàn đến TP.HCM và St.Petersburg lúc 9 a.m.The end is at example.Com.vn today", 1)]
    public void SplitsSentences(string text, int count) => Assert.Equal(count, SentenceSplitter.Split(text).Count);

    [Fact]
    public void TokensKeepHyphenatedNamesApartButJoinable()
    {
        var t = Tokenizer.Tokenize("Choisy-le-Roi and Hanoi's O'Neill");
        Assert.Equal(new[] { "Choisy", "-", "le", "-", "Roi", "and", "Hanoi", "'s", "O'Neill" }, Enumerable.Range(0, t.Count).Select(k => t[k].Text).ToArray());
        Assert.False(t[1].SpaceBefore);
        Assert.Equal("s", t[7].Fold);
    }

    [Fact]
    public void NfcAndNfdGiveIdenticalFacts()
    {
        string text = "Hợp tác giữa Hà Nội và Viêng Chăn\n15:04 15/05/2023\nChiều 14-5, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh tiếp và làm việc với Đoàn công tác Thủ đô Viêng Chăn. Quan hệ hữu nghị giữa Hà Nội và Viêng Chăn được thiết lập từ năm 1996.";
        var nfc = ArticleExtractor.Extract("a.txt", text.Normalize(System.Text.NormalizationForm.FormC));
        var nfd = ArticleExtractor.Extract("a.txt", text.Normalize(System.Text.NormalizationForm.FormD));
        Assert.Equal(nfc, nfd);
        Assert.NotEmpty(nfc.Partnerships);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\ud800 lone surrogate \udfff and (((( [[[ 12/13/14/15 -- May May 2023 May")]
    [InlineData("Mayor of\nChairman of the\n, , , Mr. ông bà Đại sứ")]
    public void NeverThrows(string text)
    {
        var f = ArticleExtractor.Extract("x.txt", text);
        Assert.NotNull(f);
        Assert.True(f.Has(DiagnosticIds.NoFacts) || f.Has(DiagnosticIds.UnsupportedLanguage));
    }

    [Fact]
    public void LoneSurrogateAnywhereIsReplacedNotThrown()
    {
        // The surrogate check reads whole vectors of characters and then the tail: every position is covered.
        for (int at = 0; at < 80; at++)
        {
            string text = new string('a', at) + "\udc00 Hanoi and Toulouse cooperate.";
            Assert.NotNull(ArticleExtractor.Extract("x.txt", text));
        }
    }

    [Fact]
    public void HonoursCancellation()
    {
        using var cts = new System.Threading.CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => ArticleExtractor.Extract("x.txt", "Hanoi and Toulouse cooperate.\nMore text here.", cts.Token));
    }
}
