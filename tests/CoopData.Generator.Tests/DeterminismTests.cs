using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CoopData.Extraction;
using CoopData.Extraction.Merging;
using CoopData.Generator.Emit;

namespace CoopData.Generator.Tests;

/// <summary>
/// The generated files are byte-identical whatever the order of the AdditionalFiles, the current
/// culture, the line endings of the inputs and their Unicode normalization.
/// </summary>
public class DeterminismTests
{
    // Letters that change under Turkish casing (I/ı/İ/i) and Vietnamese diacritics, in every field.
    private static readonly (string Path, string Text)[] Articles =
    {
        ("/p/istanbul-izmir.txt", "İstanbul và Izmir ký kết hợp tác\ndate: 2023-04-13\ncity: ist | İstanbul | TR | Istanbul\ncity: izm | Izmir | tr | İzmir\nties: ist | izm | 1996 | giáo dục\nperson: p | Işıl Yılmaz | Başkan | ist\nevent: visit | Chuyến thăm của İstanbul | izm | p\n"),
        ("/p/hanoi-hue.txt", "Hà Nội – Huế: Thỏa thuận hợp tác\ndate: 2024-02\ncity: =hanoi | Hà Nội | VN | Ha Noi\ncity: hue | Thừa Thiên Huế | VN | Huế\nties: =hanoi | hue | 2008 | văn hóa\nperson: t | Trần Sỹ Thanh | Chủ tịch UBND | =hanoi\n"),
        ("/p/Đà Nẵng.txt", "Đà Nẵng news\ncity: =hanoi | Hà Nội | VN | Hanoi\ncity: dn | Đà Nẵng | VN\nties: =hanoi | dn | 2001\nevent: meeting | Họp | dn\n"),
        ("/p/copy.txt", "Hà Nội – Huế: Thỏa thuận hợp tác\ndate: 2024-02\ncity: =hanoi | Hà Nội | VN | Ha Noi\ncity: hue | Thừa Thiên Huế | VN | Huế\nties: =hanoi | hue | 2008 | văn hóa\nperson: t | Trần Sỹ Thanh | Chủ tịch UBND | =hanoi\n"),
    };

    private static string Generate(IEnumerable<(string Path, string Text)> articles, string? culture = null)
    {
        var (savedCulture, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            if (culture is not null) CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var (_, _, result) = GeneratorHarness.Run(articles.Append(("/p/coopdata.json", "{ \"aliases\": { \"cities\": { \"hanoi\": [\"Thăng Long\", \"İ\"] } } }")),
                generator: FakeEngine.Generator());
            Assert.Null(result.Results.Single().Exception);
            return string.Concat(GeneratorHarness.GeneratedFiles(result).Select(f => "//// " + f.HintName + "\n" + f.Text));
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    private static readonly Lazy<string> Baseline = new(() => Generate(Articles, "")); // "" is the invariant culture

    [Fact]
    public void The_baseline_really_contains_the_facts() =>
        Assert.Contains("Trần Sỹ Thanh", Baseline.Value);

    [Fact]
    public void Any_order_of_the_additional_files_gives_the_same_bytes()
    {
        Assert.Equal(Baseline.Value, Generate(Articles.Reverse()));
        Assert.Equal(Baseline.Value, Generate(new[] { Articles[2], Articles[0], Articles[3], Articles[1] }));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("vi-VN")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Any_current_culture_gives_the_same_bytes(string culture) =>
        Assert.Equal(Baseline.Value, Generate(Articles, culture));

    [Fact]
    public void Crlf_and_cr_line_endings_give_the_same_bytes()
    {
        Assert.Equal(Baseline.Value, Generate(Articles.Select(a => (a.Path, a.Text.Replace("\n", "\r\n")))));
        Assert.Equal(Baseline.Value, Generate(Articles.Select(a => (a.Path, "\uFEFF" + a.Text.Replace("\n", "\r")))));
    }

    [Fact]
    public void Nfd_text_and_file_names_give_the_same_bytes()
    {
        var nfd = Articles.Select(a => (a.Path.Normalize(NormalizationForm.FormD), a.Text.Normalize(NormalizationForm.FormD))).ToList();
        Assert.NotEqual(Articles[0].Text, nfd[0].Item2);
        Assert.Equal(Baseline.Value, Generate(nfd));
    }

    [Fact]
    public void The_merger_and_emitter_ignore_input_order_and_culture()
    {
        var facts = Articles.Select(a =>
        {
            string file = a.Path.Substring(3);
            return new MergeInput(FakeEngine.Extract(file, a.Text, default), Extraction.Text.Fingerprint.Of(a.Text));
        }).ToList();
        string Emit(IEnumerable<MergeInput> inputs) => string.Concat(SourceEmitter.Emit(DatasetMerger.Merge(inputs), "N", new(), new Dictionary<string, string>()).Select(f => f.Text));
        string expected = Emit(facts);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "vi-VN", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                for (int seed = 0; seed < 5; seed++)
                {
                    var random = new Random(seed);
                    Assert.Equal(expected, Emit(facts.OrderBy(_ => random.Next()).ToList()));
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
