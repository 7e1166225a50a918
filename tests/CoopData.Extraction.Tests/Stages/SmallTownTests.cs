using System.Linq;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Stages;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Tests.Stages;

/// <summary>
/// Towns below the gazetteer's 15,000 floor (cities1000, with their own names only): a place when the text gives context,
/// a person's or another word elsewhere.
/// </summary>
public class SmallTownTests
{
    [Fact]
    public void ASmallTownWithItsCountryOrUnitIsAPartner()
    {
        var f = X.Run("News\nMarch 9, 2024\n\nThe Italian town of Itri and Cranston, Rhode Island, have been sister cities since 2000, the mayor said.");
        Assert.Contains("Itri", f.CityNames());
        var p = f.Partnerships.Single();
        Assert.Equal(new[] { "Cranston", "Itri" }, f.PairNames(p));
        Assert.Equal(2000, p.Since);
    }

    [Fact]
    public void ASmallTownBeforeMunicipalDistrictIsAPlace()
    {
        var f = X.Run("News\nAugust 28, 2023\n\nThe Cathaoirleach of Enniscorthy Municipal District hosted a delegation from Blacktown City, Australia.");
        Assert.Contains("Enniscorthy", f.CityNames());
    }

    [Fact]
    public void ANameOnlySmallTownsHaveAfterATitleIsASurname()
    {
        // Moriarty (New Mexico) and Olga (Florida) are small towns.
        var f = X.Run("News\nMay 12, 2020\n\nMayor Moriarty said it was a privilege to host the guests from Hanoi. "
            + "On May 9, the city received Deputy Mayor of Panama Olga Schmidt, who is visiting Hanoi.");
        Assert.Contains("Moriarty", f.PersonNames());
        Assert.Contains("Olga Schmidt", f.PersonNames());
        Assert.DoesNotContain("Moriarty", f.CityNames());
        Assert.DoesNotContain("Olga", f.CityNames());
    }

    [Fact]
    public void HalfOfAHyphenatedNameIsNoSmallTown()
    {
        // Sachsen is a small Bavarian town; "Sachsen-Anhalt" is a state the gazetteer does not hold under that name.
        var f = X.Run("Tin tức\nNgày 8/7/2022\n\nĐoàn công tác đã tới thăm thành phố Wernigerode (thuộc bang Sachsen-Anhalt) nhằm tăng cường hợp tác.");
        Assert.DoesNotContain("Sachsen", f.CityNames());
    }

    [Theory]
    [InlineData("Franco")] // "Franco-German"
    [InlineData("Ward")]   // a unit word
    [InlineData("Front")]  // an English word: "the Lao Front for National Construction"
    public void NoSmallTownIsNamedByAStopwordOrAnEnglishWord(string name) =>
        Assert.DoesNotContain(PlaceIndex.Default.FindByName(Folding.Fold(name)), p => LocalityResolver.IsSmallTown(p));

    [Fact]
    public void SmallTownsAreInTheGazetteer() =>
        Assert.Contains(PlaceIndex.Default.FindByName(Folding.Fold("Enniscorthy")), p => p.Country == "IE" && LocalityResolver.IsSmallTown(p));

    [Fact]
    public void ATownOfTheMainTierCountsWhenTheArticleNamesItsCountry()
    {
        // Telgte has 19,389 people: above the small-town floor, below the notable places.
        var f = X.Run("News\nMay 20, 2023\n\nThe delegation from Germany arrived on Friday. The guests from Telgte thanked the people of Vientiane for the welcome.");
        Assert.Contains("Telgte", f.CityNames());
    }

    [Fact]
    public void ASmallTownNeedsMoreThanItsCountryNamedInTheArticle()
    {
        // Itri (Italy) has 8,360 people.
        var f = X.Run("News\nMay 20, 2023\n\nThe delegation from Italy arrived on Friday. The guests from Itri thanked the people of Vientiane for the welcome.");
        Assert.DoesNotContain("Itri", f.CityNames());
    }

    [Fact]
    public void NamesakeSmallTownsAreAllKept() =>
        Assert.Equal(new[] { "AU", "GB" }, PlaceIndex.Default.FindByName(Folding.Fold("Holsworthy")).Select(p => p.Country).OrderBy(c => c, System.StringComparer.Ordinal));

    [Fact]
    public void ASmallFrenchCommuneWrittenWithSpacesIsFoundWithItsCountry()
    {
        var f = X.Run("News\nJune 1, 2024\n\nThe council marked 50 years of twinning between Holsworthy and Aunay Sur Odon in northern France.");
        Assert.Contains(f.Cities, c => c.Name == "Aunay-sur-Odon" && c.Country == "FR");
    }

    [Fact]
    public void ARegionsUnitWordAfterANameMeansNoSmallTown()
    {
        // Guadalcanal is also a village of Spain (left out of the gazetteer since the province of Solomon Islands is in it).
        var f = X.Run("News\nDecember 5, 2023\n\nIt is the second provincial-level sister relationship after Guangdong Province and Guadalcanal Province.");
        Assert.DoesNotContain(f.Cities, c => c.Name == "Guadalcanal" && c.Kind != "province");
        Assert.Contains(f.Cities, c => c.Name == "Guadalcanal" && c.Country == "SB" && c.Kind == "province");
    }

    [Fact]
    public void AOneWordPlaceBeforeARomanceParticleAndANameIsAWordOfThatName()
    {
        // Jardín is a municipality of Colombia.
        var f = X.Run("News\nJune 1, 2024\n\nOn Friday we walked to the Jardin du Luxembourg in Paris with our friends from Moosburg, Germany.");
        Assert.DoesNotContain(f.Cities, c => c.Country == "CO");
        Assert.Contains("Paris", f.CityNames());
    }

    [Fact]
    public void ASmallCountySeatIsNoMoreNotableThanALargerTown()
    {
        // Huntingdon: an English town of 23,937 and two US county seats of 3,926 and 7,029.
        var f = X.Run("Twinning\nOctober 28, 2013\n\nRepresentatives of Huntingdon and Wertheim took part in the twin town meeting.");
        Assert.DoesNotContain(f.Cities, c => c.Name == "Huntingdon" && c.Country == "US");
    }

    [Fact]
    public void TwinTownsListedTogetherAreAllPlacesButNotAllEachOthersPartners()
    {
        // Gubbio (Italy) has 14,378 people; Salon-de-Provence is a town of France's main tier; neither country is named.
        var f = X.Run("Twinning\nOctober 28, 2013\n\nRepresentatives from all 5 Twin Towns (Huntingdon, Szentendre, Salon-de-Provence, Gubbio and Wertheim) took part.");
        Assert.Contains("Gubbio", f.CityNames());
        Assert.Contains("Salon-de-Provence", f.CityNames());
        Assert.Empty(f.Partnerships);
    }
}
