using System;
using System.Linq;
using Xunit;

namespace CoopData.Extraction.Tests.Stages;

/// <summary>
/// English local news about town twinning: small towns named through their twinning association and their twins,
/// which no country or unit word stands beside.
/// </summary>
public class TwinningAssociationTests
{
    [Fact]
    public void ATwinningAssociationNamesItsTownAndItsTwinnedTown()
    {
        // Coggeshall (GB, 4,727 people) and Pont-Audemer (FR, 9,666) are small towns: named only with context.
        var f = X.Run("Coggeshall Twinning Association hosted guests from twinned town Pont-Audemer at the weekend.\nThe guests toured the market.");
        Assert.Contains("Coggeshall", f.CityNames());
        Assert.Contains("Pont-Audemer", f.CityNames());
        var pair = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Coggeshall", "Pont-Audemer" }, f.PairNames(pair));
    }

    [Fact]
    public void AnAndDistrictAssociationNamesItsTownAndTheTwinningWithNamesThePartner()
    {
        var f = X.Run("Tetbury & District Twinning Association is celebrating 30 years of Tetbury's twinning with Montigny-sur-Loing, a village south of Paris.");
        var pair = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Montigny-sur-Loing", "Tetbury" }, f.PairNames(pair));
    }

    [Fact]
    public void ATownJoinedWithAnotherInATwinningSentenceIsNamed()
    {
        var f = X.Run("Kelvedon Twinning Association also marked 20 years of being joined with Saint-Pierre-sur-Dives.");
        var pair = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Kelvedon", "Saint-Pierre-sur-Dives" }, f.PairNames(pair));
    }

    [Fact]
    public void TheTwoVillagesRightAfterAPairAreThatPairNotTheArticlesFirst()
    {
        var f = X.Run(
            "Coggeshall Twinning Association welcomed visitors from twinned town Pont-Audemer.\n" +
            "The visitors stayed with host families.\n" +
            "Wivenhoe Twinning Association also paid a visit to its twinned town of Bures-sur-Yvette.\n" +
            "The two villages have been joined since 1981 and marked their 40th anniversary in 2021.");
        var wivenhoe = f.Partnerships.Single(p => f.PairNames(p).Contains("Wivenhoe"));
        Assert.Equal(new[] { "Bures-sur-Yvette", "Wivenhoe" }, f.PairNames(wivenhoe));
        Assert.Equal(1981, wivenhoe.Since);
        Assert.Null(f.Partnerships.Single(p => f.PairNames(p).Contains("Coggeshall")).Since);
    }

    [Fact]
    public void TwoProvincesAfterACityPairAreTheArticlesProvincePair()
    {
        // "Hai tỉnh" (the two provinces) cannot mean the two cities of the sentence before it.
        var f = X.Run(
            "Tỉnh Nghệ An và tỉnh Gyeonggi đã ký Biên bản ghi nhớ hợp tác từ năm 2009.\n" +
            "Thành phố Vinh và thành phố Namyangju thiết lập quan hệ từ năm 2005.\n" +
            "Trải qua nhiều năm hợp tác, hai tỉnh đã triển khai nhiều chương trình văn hóa.");
        var cities = f.Partnerships.Single(p => f.PairNames(p).Contains("Vinh"));
        Assert.DoesNotContain(cities.Sources, e => e.Line == 3);
        var provinces = f.Partnerships.Single(p => f.PairNames(p).Contains("Nghe An"));
        Assert.Contains(provinces.Sources, e => e.Line == 3);
    }

    [Fact]
    public void TwinTownsOfOneCountryListedWithoutOwnerAreTheArticleTownsPartners()
    {
        var f = X.Run(
            "Tetbury Twinning Association is preparing to welcome a party from Germany.\n" +
            "Tetbury has been twinned with towns in the Black Forest since 1992.\n" +
            "The twin towns of Triberg, Furtwangen and Lenzkirch are sending a band.\n" +
            "Tetbury Twinning Association meets monthly.");
        var partners = f.PairList();
        Assert.Equal(new[] { "Furtwangen-Tetbury", "Lenzkirch-Tetbury", "Tetbury-Triberg" }, partners);
    }

    [Fact]
    public void AHyphenatedNameAfterAUnitWordKeepsItsParticles()
    {
        // A commune the gazetteer lacks.
        var f = X.Run("Tetbury is twinned with Montigny-sur-Loing, part of the commune of Vallée-sur-Aube in France.");
        Assert.Contains("Vallée-sur-Aube", f.CityNames());
        Assert.DoesNotContain("Vallée", f.CityNames());
        var pair = Assert.Single(f.Partnerships);
        Assert.Equal(new[] { "Montigny-sur-Loing", "Tetbury" }, f.PairNames(pair));
    }

    [Fact]
    public void AnUntranslatedLocalTitleIntroducesAnOfficial()
    {
        var f = X.Run("Tetbury is twinned with Montigny-sur-Loing.\nMarie Lefranc, the Maire-adjoint responsible for twinning in Montigny-sur-Loing, thanked the hosts.");
        Assert.Contains("Marie Lefranc", f.PersonNames());
    }

    [Fact]
    public void ASecondPairAfterAsWellAsKeepsItsLowerCaseRegionWord()
    {
        var f = X.Run("Ties\nMay 17, 2023\n\nAgreements on sister city relations between Shymkent and Xi'an, as well as North Kazakhstan region and Shaanxi Province of China were signed.");
        var pairs = f.PairList();
        Assert.Equal(new[] { "North Kazakhstan-Shaanxi", "Shymkent-Xi’an" }, pairs);
    }

    [Fact]
    public void TheOtherCitiesListedAfterATwinningAreTheArticleTownsPartners()
    {
        var f = X.Run("Twin cities\nMay 24, 1999\n\nThe Kumasi Metropolitan Assembly is negotiating twin-city relations with Pontiac in the United States.\n" +
            "Pontiac would be the fourth city to have twin-city relations with Kumasi.\n" +
            "The other cities are Newark in the United States and Almere in the Netherlands.");
        Assert.Equal(new[] { "Almere Stad-Kumasi", "Kumasi-Newark", "Kumasi-Pontiac" }, f.PairList());
    }

    [Fact]
    public void AFactBoxListsItsTownsPartnersOnePerLine()
    {
        var f = X.Run("Eastbourne council reviews its twinning links\n14 March 2024\n\n"
            + "Councillors met on Tuesday to review the town's links abroad and agreed to keep them all.\n\n"
            + "Eastbourne's twin towns\nDax, France (1958)\nWiesbaden, Germany (1979)\nLeverkusen (Germany) – since 1992\n\n"
            + "Picture: Eastbourne Town Hall, where the council met.");
        var since = f.Partnerships.ToDictionary(p => string.Join("-", f.PairNames(p)), p => p.Since);
        Assert.Equal(new[] { "Dax-Eastbourne", "Eastbourne-Leverkusen", "Eastbourne-Wiesbaden" }, since.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(((int?)1958, (int?)1979, (int?)1992), (since["Dax-Eastbourne"], since["Eastbourne-Wiesbaden"], since["Eastbourne-Leverkusen"]));
    }
}
