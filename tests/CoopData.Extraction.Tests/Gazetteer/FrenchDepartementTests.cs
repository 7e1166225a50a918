using System.Linq;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Stages;
using CoopData.Extraction.Tests.Stages;

namespace CoopData.Extraction.Tests.Gazetteer;

/// <summary>
/// The metropolitan French départements (curated.tsv, anchored on their préfectures) and the three regions that lacked a
/// record (Centre-Val de Loire, Bourgogne-Franche-Comté, Corsica). Départements named like a word, a river, a battle or another
/// place are PPLX: named with context ("tỉnh Lot", "Lot (Pháp)", "province of Marne", "Somme council").
/// </summary>
public class FrenchDepartementTests
{
    private static readonly PlaceIndex Index = PlaceIndex.Default;

    [Fact]
    public void Every_metropolitan_departement_and_every_region_is_a_province_of_France()
    {
        var french = Index.Places.Where(p => p.Country == "FR" && p.Kind == LocalityKinds.Province).ToList();
        // 96 départements less Paris (the city's record is the unit).
        Assert.Equal(95, french.Count(p => p.FeatureCode is "ADM2" or "PPLX"));
        Assert.Equal(13, french.Count(p => p.FeatureCode == "ADM1"));
        Assert.Contains(french, p => p.Key == "cur:fr-aube");
        // Every French place lies in a département or is one (Paris) or a region.
        Assert.DoesNotContain(Index.Places, p => p.Country == "FR" && p.ParentKey is null && p.FeatureCode != "ADM1");
    }

    [Theory]
    [InlineData("gn:2971482", "cur:fr-correze", "cur:fr-nouvelle-aquitaine")]          // Tulle
    [InlineData("gn:3037543", "cur:fr-haute-savoie", "cur:fr-auvergne-rhone-alpes")]   // Annecy
    [InlineData("gn:2986495", "cur:fr-vienne", "cur:fr-nouvelle-aquitaine")]           // Poitiers
    [InlineData("gn:3029213", "cur:fr-lot", "cur:fr-occitanie")]                       // Cahors
    [InlineData("gn:2989317", "cur:fr-loiret", "cur:fr-centre-val-de-loire")]          // Orléans
    [InlineData("gn:3021372", "cur:fr-cote-d-or", "cur:fr-bourgogne-franche-comte")]   // Dijon
    [InlineData("gn:3038334", "cur:fr-corse-du-sud", "cur:fr-corse")]                  // Ajaccio
    [InlineData("gn:3034640", "cur:fr-haute-corse", "cur:fr-corse")]                   // Bastia
    [InlineData("gn:2994935", "cur:fr-mayenne", "cur:fr-pays-de-la-loire")]            // Mayenne, the town (Laval is the préfecture)
    public void A_prefecture_lies_in_its_departement_and_that_in_its_region(string town, string departement, string region)
    {
        var place = Index.FindByKey(town)!;
        Assert.Equal(LocalityKinds.City, place.Kind);
        Assert.Equal(departement, place.ParentKey);
        Assert.Equal(region, Index.FindByKey(departement)!.ParentKey);
    }

    [Theory]
    [InlineData("cur:fr-lot")]
    [InlineData("cur:fr-var")]
    [InlineData("cur:fr-vienne")]
    [InlineData("cur:fr-somme")]
    [InlineData("cur:fr-marne")]
    [InlineData("cur:fr-loire")]
    [InlineData("cur:fr-jura")]
    [InlineData("cur:fr-mayenne")]
    [InlineData("cur:fr-charente")]
    public void Departements_named_like_words_rivers_or_towns_need_context(string key)
    {
        var place = Index.FindByKey(key)!;
        Assert.Equal("PPLX", place.FeatureCode);
        Assert.False(LocalityResolver.IsNotable(place));
    }

    [Theory]
    [InlineData("cur:fr-dordogne")]
    [InlineData("cur:fr-haute-savoie")]
    [InlineData("cur:fr-correze")]
    [InlineData("cur:fr-charente-maritime")]
    [InlineData("cur:fr-pyrenees-atlantiques")]
    [InlineData("cur:fr-territoire-de-belfort")]
    public void Distinctive_departements_are_notable(string key) =>
        Assert.True(LocalityResolver.IsNotable(Index.FindByKey(key)!));

    [Theory]
    [InlineData("Tin\nBắc Kạn và tỉnh Dordogne (Pháp) ký kết thỏa thuận hợp tác giai đoạn 2024-2026.", "cur:fr-dordogne")]
    [InlineData("Tin\nĐoàn công tác tỉnh Corrèze (Pháp) thăm tỉnh Lào Cai.", "cur:fr-correze")]
    [InlineData("Tin\nĐoàn công tác tỉnh Correze (Pháp) thăm tỉnh Lào Cai.", "cur:fr-correze")]  // without its accent
    [InlineData("Tin\nTỉnh Lot (Pháp) và tỉnh Vĩnh Phúc ký kết hợp tác.", "cur:fr-lot")]
    [InlineData("Tin\nTỉnh Var (Pháp) và tỉnh Vĩnh Phúc ký kết hợp tác.", "cur:fr-var")]
    [InlineData("Tin\nLãnh đạo tỉnh Vienne (Pháp) làm việc với tỉnh Thừa Thiên Huế.", "cur:fr-vienne")]
    [InlineData("Tin\nTỉnh Haute-Savoie và thành phố Annecy đón đoàn Hà Nội.", "cur:fr-haute-savoie")]
    [InlineData("Tin\nĐoàn công tác tỉnh Côte-d'Or (Pháp) thăm tỉnh Vĩnh Phúc.", "cur:fr-cote-d-or")]
    [InlineData("Tin\nTỉnh Jura (Pháp) và tỉnh Vĩnh Phúc ký kết hợp tác.", "cur:fr-jura")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Haute-Savoie department signed a cooperation agreement with Lao Cai province on Monday.", "cur:fr-haute-savoie")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Conseil départemental de la Dordogne signed an agreement with Bac Kan province.", "cur:fr-dordogne")]
    [InlineData("Ties\nMay 3, 2024\n\nLot, France and Vinh Phuc province signed an agreement.", "cur:fr-lot")]
    [InlineData("Ties\nMay 3, 2024\n\nThe French department of Dordogne and Bac Kan province signed an agreement.", "cur:fr-dordogne")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Pyrénées-Atlantiques department and Lao Cai signed an agreement.", "cur:fr-pyrenees-atlantiques")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Côtes-d'Armor department and Hue signed an agreement.", "cur:fr-cotes-d-armor")]
    [InlineData("Ties\nMay 3, 2024\n\nThe province of Marne and Hue signed an agreement.", "cur:fr-marne")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Somme council and Hue signed an agreement.", "cur:fr-somme")]
    [InlineData("Ties\nMay 3, 2024\n\nCorse-du-Sud and Haute-Corse leaders met Hanoi officials.", "cur:fr-haute-corse")]
    // "department" before or after the name is context for a name that needs it.
    [InlineData("Ties\nMay 3, 2024\n\nHanoi and the Lot department signed a cooperation agreement.", "cur:fr-lot")]
    [InlineData("Ties\nMay 3, 2024\n\nOfficials of the Aube department met the Hue delegation in Troyes on Friday.", "cur:fr-aube")]
    [InlineData("Ties\nMay 3, 2024\n\nHue signed an agreement with the Departmental Council of Manche in Saint-Lô.", "cur:fr-manche")]
    public void A_departement_named_in_a_sentence_is_a_province_of_France(string text, string key)
    {
        var city = X.Run(text).Cities.Single(c => c.Key == key);
        Assert.Equal(LocalityKinds.Province, city.Kind);
        Assert.Equal("FR", city.Country);
    }

    [Theory]
    [InlineData("Tin\nĐoàn công tác tỉnh Corrèze (Pháp) thăm tỉnh Lào Cai và làm việc tại thành phố Tulle.", "cur:fr-correze", "gn:2971482")]
    [InlineData("Tin\nLãnh đạo tỉnh Vienne (Pháp) làm việc với tỉnh Thừa Thiên Huế tại thành phố Poitiers.", "cur:fr-vienne", "gn:2986495")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Pyrénées-Atlantiques department and Lao Cai signed an agreement in Pau.", "cur:fr-pyrenees-atlantiques", "gn:2988358")]
    [InlineData("Ties\nMay 3, 2024\n\nAnnecy and Haute-Savoie leaders welcomed the Hanoi delegation.", "cur:fr-haute-savoie", "gn:3037543")]
    [InlineData("Ties\nMay 3, 2024\n\nCaen, the capital of Calvados, and Hue signed an agreement.", "cur:fr-calvados", "gn:3029241")]
    public void A_prefecture_in_the_same_sentence_stays_a_city_of_its_departement(string text, string departement, string prefecture)
    {
        var f = X.Run(text);
        Assert.Equal(LocalityKinds.Province, f.Cities.Single(c => c.Key == departement).Kind);
        var city = f.Cities.Single(c => c.Key == prefecture);
        Assert.Equal(LocalityKinds.City, city.Kind);
        Assert.Equal(departement, city.ParentKey);
    }

    [Fact]
    public void Centre_Val_de_Loire_is_the_region_not_the_Loire()
    {
        var f = X.Run("Ties\nMay 3, 2024\n\nCentre-Val de Loire region and Hai Phong signed an agreement.");
        Assert.Contains(f.Cities, c => c.Key == "cur:fr-centre-val-de-loire" && c.Kind == LocalityKinds.Province);
        Assert.DoesNotContain(f.Cities, c => c.Key == "cur:fr-loire");
    }

    // Guards: they pass with and without the départements.
    [Theory]
    [InlineData("Ties\nMay 3, 2024\n\nA lot of residents of Hanoi attended the ceremony.")]
    [InlineData("Ties\nMay 3, 2024\n\nLot of the visitors came from Hanoi on Monday.")]
    [InlineData("Ties\nMay 3, 2024\n\nThe VAR system was used in Hanoi on Monday.")]
    [InlineData("Ties\nMay 3, 2024\n\nNord Stream and Hanoi officials met in Paris on Monday.")]
    [InlineData("Ties\nMay 3, 2024\n\nThe delegation visited Vienne and Lyon on Monday.")]
    [InlineData("Ties\nMay 3, 2024\n\nHanoi and Vienna signed a cooperation agreement; the mayor of Vienne attended.")]
    [InlineData("Ties\nMay 3, 2024\n\nAustralian soldiers fought on the Somme in 1916; Robinvale is twinned with Villers-Bretonneux.")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Battle of the Marne was fought in 1914 near Paris.")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Loire Valley is famous for its castles; Tours and Hue signed an agreement.")]
    [InlineData("Ties\nMay 3, 2024\n\nCalvados and Cantal cheese were served in Hanoi on Monday.")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Ardennes forest and the Vosges mountains attract tourists to Hanoi.")]
    [InlineData("Ties\nMay 3, 2024\n\nThe Jura mountains border Switzerland; Hanoi officials visited Geneva.")]
    [InlineData("Ties\nMay 3, 2024\n\nSinger Cher performed in Hanoi on Monday.")]
    [InlineData("Ties\nMay 3, 2024\n\nAude Martin, the French consul, visited Hanoi on Monday.")]
    [InlineData("Ties\nMay 3, 2024\n\nMoselle and her friend visited Hanoi on Monday.")]
    // A department of a government is no département: "Department of Commerce".
    [InlineData("Ties\nMay 3, 2024\n\nDirector of the provincial Department of Commerce Sok Dara visited Hanoi on Monday.")]
    // The end of a commune's name after "-sur-" is no département, with its country or without.
    [InlineData("Ties\nMay 3, 2024\n\nTetbury is twinned with Brécy-sur-Marne in France.")]
    [InlineData("Ties\nMay 3, 2024\n\nTetbury is twinned with Montigny-sur-Loing, part of the commune of Vallée-sur-Aube in France.")]
    [InlineData("Ties\nMay 3, 2024\n\nTetbury is twinned with Brécy-sur-Isère.")]
    public void Risky_names_are_no_departement_without_context(string text)
    {
        var f = X.Run(text);
        Assert.DoesNotContain(f.Cities, c => c.Country == "FR" && c.Kind == LocalityKinds.Province);
    }

    [Fact]
    public void Vienne_and_Vienna_stay_cities()
    {
        var f = X.Run("Ties\nMay 3, 2024\n\nHanoi and Vienna signed a cooperation agreement; the mayor of Vienne attended.");
        Assert.Contains(f.Cities, c => c.Key == "gn:2761369"); // Vienna
        var g = X.Run("Tin\nĐoàn thành phố Vienne (Pháp) đến thăm Huế.");
        Assert.Equal(LocalityKinds.City, g.Cities.Single(c => c.Key == "gn:2969284").Kind); // Vienne, Isère
        Assert.DoesNotContain(g.Cities, c => c.Key == "cur:fr-vienne");
    }

    [Fact]
    public void The_town_of_Mayenne_stays_a_town()
    {
        var f = X.Run("Ties\nMay 3, 2024\n\nMayenne, France and Hue signed an agreement.");
        Assert.Contains(f.Cities, c => c.Key == "gn:2994935" && c.Kind == LocalityKinds.City);
        Assert.DoesNotContain(f.Cities, c => c.Key == "cur:fr-mayenne");
    }
}
