using CoopData.Extraction.Text;
using Xunit;

namespace CoopData.Extraction.Tests.Gazetteer;

public class SoundKeyTests
{
    [Theory]
    [InlineData("Xê-véc-xcơ", "Seversk")]       // a final stop inside a name renders the "r"; "xcơ" is "sk"
    [InlineData("Mu-rơ-man-xcơ", "Murmansk")]  // "rơ" renders nothing
    [InlineData("Ô-rơ-sa", "Orsha")]
    [InlineData("Gô-men", "Gomel")]            // a final "l" is rendered "n"
    [InlineData("Tri-ni-đát", "Trinidad")]     // "đ" is d
    [InlineData("Kê-li-ma-nê", "Quelimane")]   // "qu" is k
    [InlineData("Hen-xin-ki", "Helsinki")]     // "x" is s
    public void ARenderingAndItsLatinNameHaveOneKey(string rendering, string latin) =>
        Assert.Equal(SoundKey.OfLatin(latin), SoundKey.OfVietnamese(rendering));

    [Fact]
    public void VietnameseDIsZAndGiBeforeAVowelIsOneConsonant()
    {
        Assert.Equal("SaMPeSia", SoundKey.OfVietnamese("Dăm-bê-di-a"));
        Assert.Equal("SaKaTa", SoundKey.OfVietnamese("Gia-ca-ta"));
    }

    [Fact]
    public void AGlideWIsAVowelOnlyWhenAsked()
    {
        Assert.Equal(SoundKey.OfVietnamese("Gang-uôn"), SoundKey.OfLatin("Gangwon", glideW: true));
        Assert.NotEqual(SoundKey.OfVietnamese("Gang-uôn"), SoundKey.OfLatin("Gangwon"));
    }

    [Theory]
    [InlineData("Vi-tép-xcơ", "Vitebsk", 2)]             // a consonant dropped
    [InlineData("Dăm-bê-di-a", "Zambezia", 1)]            // a vowel added
    [InlineData("Kông-pông Chhnăng", "Kampong Chhnang", 3)]  // "ng" for "m", "ô" for "a"
    [InlineData("Bát-đom-boong", "Battambang", 2)]            // two vowels
    public void DistanceCountsAConsonantTwiceAVowelOnce(string rendering, string latin, int distance) =>
        Assert.Equal(distance, SoundKey.Distance(SoundKey.OfVietnamese(rendering), SoundKey.OfLatin(latin), 10));

    [Fact]
    public void DistanceStopsPastItsBound() =>
        Assert.Equal(3, SoundKey.Distance("KaNa", "SoPiTiMaRo", 2));
}
