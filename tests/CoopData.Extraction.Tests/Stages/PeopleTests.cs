using System.Linq;

namespace CoopData.Extraction.Tests.Stages;

public class PeopleTests
{
    [Fact]
    public void TitlePatternsInEnglish()
    {
        var f = X.Run("Leaders meet\n\nChairman of the Hanoi People's Committee Tran Sy Thanh met Toulouse Deputy Mayor Jean-Claude Dardelet on April 13. "
            + "Guo Yonghang, Secretary of the Guangzhou Municipal Party Committee, also attended. Utilities director, Marina Hollands, will join.");
        var names = f.PersonNames();
        Assert.Contains("Tran Sy Thanh", names);
        Assert.Contains("Jean-Claude Dardelet", names);
        Assert.Contains("Guo Yonghang", names);
        Assert.Contains("Marina Hollands", names);
        var thanh = f.People.Single(p => p.Name == "Tran Sy Thanh");
        Assert.Equal("tran-sy-thanh", thanh.Key);
        Assert.Equal("Hanoi", f.NameOf(thanh.CityKey!));
        Assert.Equal("Toulouse", f.NameOf(f.People.Single(p => p.Name == "Jean-Claude Dardelet").CityKey!));
    }

    [Fact]
    public void TitlePatternsInVietnameseKeepDiacritics()
    {
        var f = X.Run("Làm việc\n\nChiều 8/12, Phó Chủ tịch Thường trực UBND thành phố Huế Nguyễn Thanh Bình đã tiếp và làm việc với Đoàn công tác thành phố Cergy do ông Moussa Diarra, Phó Thị trưởng, làm Trưởng đoàn.");
        Assert.Contains("Nguyễn Thanh Bình", f.PersonNames());
        Assert.Contains("Moussa Diarra", f.PersonNames());
        Assert.Equal("nguyen-thanh-binh", f.People.Single(p => p.Name == "Nguyễn Thanh Bình").Key);
    }

    [Fact]
    public void LaterMentionsBySurnameLinkToTheFullName()
    {
        var f = X.Run("Meeting\n\nChairman of Hanoi People's Committee Tran Sy Thanh met Toulouse Deputy Mayor Jean-Claude Dardelet on April 13.\n\nDardelet added that the cities cooperate. Thanh said so too.");
        Assert.Equal(2, f.People.Count);
        Assert.Equal(3, f.People.Single(p => p.Name == "Jean-Claude Dardelet").Sources.Count + 1);
    }

    [Fact]
    public void BylinesAndPhotoCreditsAreNotOfficials()
    {
        var f = X.Run("Hanoi, Guangzhou eye cooperation\nNgoc Mai - Lien Ha 22:19, 2024/04/02\n"
            + "Hanoi Party Chief Dinh Tien Dung presents a gift to Guo Yonghang. Photos: Thanh Hai/The Hanoi Times\n"
            + "Secretary of the Hanoi Party Committee Dinh Tien Dung met Guo Yonghang, Secretary of the Guangzhou Municipal Party Committee today [April 2].\n"
            + "Hạnh Trần (t/h)\n");
        var names = f.PersonNames();
        Assert.DoesNotContain("Ngoc Mai", names);
        Assert.DoesNotContain("Thanh Hai", names);
        Assert.DoesNotContain("Hạnh Trần", names);
        Assert.Contains("Dinh Tien Dung", names);
    }

    [Fact]
    public void PluralTitleNamesEveryone()
    {
        var f = X.Run("Delegation\nThe delegation comprising Mayor Peter Walker and Crs Jason Shepherd and Carol James will fly to Shibetsu on April 13.");
        Assert.Contains("Jason Shepherd", f.PersonNames());
        Assert.Contains("Carol James", f.PersonNames());
        Assert.Contains("Peter Walker", f.PersonNames());
    }
}
