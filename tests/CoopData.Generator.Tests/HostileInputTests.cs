using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using CoopData.Extraction;
using CoopData.Extraction.Merging;
using CoopData.Extraction.Text;
using CoopData.Generator.Emit;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Tests;

/// <summary>
/// Article text flows into generated C#: it must never change the program. Property tests feed
/// hostile strings (quotes, backslashes, comment and preprocessor syntax, \u escapes, every kind of
/// newline, NUL, unpaired surrogates, bidi overrides, keywords, leading digits) through the
/// generator and read every value back from the compiled assembly.
/// </summary>
public class HostileInputTests
{
    internal static readonly string[] Fragments =
    {
        "\"", "\\", "\\\"", "*/", "/*", "//", "///", "#line 1 \"evil.cs\"", "#error x", "#if false", "\\u0022", "\\u000A", "\\U0001F600",
        "\r", "\n", "\r\n", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\t", "\0", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uD83D\uDE00",
        "\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF", "\u00A0", "\u3000", "\uFFFE", "\uFFFF", "\u007F", "\u001B",
        "class", "int", "@class", "global::", "1st", "2023", "_", "__", "e\u0301", "Hà Nội", "Ha\u0300 N\u00F4\u0323i", "İı", "ǅ", "ß",
        "}", "{", "{0}", ");", "\"; System.Environment.Exit(1); //", "\"\"\"", "$\"{x}\"", "'", "`", "</summary>", "<see cref=\"X\"/>",
        "<", ">", "&", "&amp;", "]]>", "<!--", " ", "  ", ":", "|", "-", ".", "All", "CoopDataStore", "Dataset", "Cities", "Equals",
    };

    /// <summary>A hostile string: fragments, random characters (any UTF-16 code unit) and plain letters.</summary>
    internal static Gen<string> Hostile(int maxParts) =>
        Gen.OneOf(Gen.OneOfConst(Fragments), Gen.Char.Select(c => c.ToString()), Gen.String[Gen.Char['a', 'z'], 1, 6])
            .Array[0, maxParts].Select(parts => string.Concat(parts));

    // Field values may hold anything but the format's own separators ('|' and line breaks), which would
    // shift fields and let the merger legitimately combine records; the lines around them hold everything.
    private static string Line(string kind, params string[] fields) =>
        kind + ": " + string.Join(" | ", fields.Select(f => f.Replace('|', '/').Replace('\n', '/').Replace('\r', '/')));

    // One article in the fake engine's line format, with hostile values in every field.
    private static readonly Gen<(string Name, string Text)> Article =
        Gen.Select(Hostile(4), Hostile(6), Hostile(6), Hostile(5), Hostile(6), Gen.Int[0, 3], Gen.OneOfConst("\n", "\r\n", "\r"), Gen.Bool)
            .Select((name, a, b, c, d, shape, newline, dated) =>
            {
                var lines = new List<string> { a + b };
                if (dated) lines.Add("date: 2024-02-29");
                lines.Add(Line("city", "c1", b, "VN", c));
                lines.Add(Line("city", "c2", c + d, "fr", a));
                if (shape >= 1) lines.Add(Line("person", "p1", d, a, "c1"));
                if (shape >= 2) lines.Add(Line("ties", "c1", "c2", "1996", b));
                if (shape >= 3) lines.Add(Line("event", EventKinds.Visit, c, "c2", "p1"));
                lines.Add(d + a + c);
                return (name, string.Join(newline, lines));
            });

    private const int Batches = 20;
    private const int ArticlesPerBatch = 500;

    [Fact]
    public void Ten_thousand_hostile_articles_compile_and_read_back_exactly()
    {
        var timer = Stopwatch.StartNew();
        int articles = 0;
        Article.Array[ArticlesPerBatch].Sample(batch =>
        {
            var inputs = batch.Select((a, i) => ("/p/" + a.Name + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt", a.Text)).ToList();
            var (output, diagnostics, result) = GeneratorHarness.Run(inputs, generator: FakeEngine.Generator());
            Assert.Null(result.Results.Single().Exception);
            Assert.DoesNotContain(diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error || d.Id == "CS8785");
            var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
            AssertReadBack(inputs, data);
            System.Threading.Interlocked.Add(ref articles, inputs.Count);
        }, iter: Batches, threads: 2, print: b => b.Length + " articles");
        Assert.True(articles >= Batches * ArticlesPerBatch);
        Assert.True(timer.Elapsed < TimeSpan.FromMinutes(5), $"took {timer.Elapsed}"); // a hang guard, not a measurement
    }

    [Fact]
    public void Hostile_articles_never_make_the_real_generator_throw()
    {
        // Whatever the engine does with them (today it may throw: that is COOP009), the build goes on.
        Article.Array[200].Sample(batch =>
        {
            var inputs = batch.Select((a, i) => ("/p/" + a.Name + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt", a.Text)).ToList();
            var (output, diagnostics, result) = GeneratorHarness.Run(inputs);
            Assert.Null(result.Results.Single().Exception);
            Assert.DoesNotContain(diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error || d.Id == "CS8785");
            GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(output));
        }, iter: 4, threads: 2, print: b => b.Length + " articles");
    }

    /// <summary>
    /// Every string the engine returned for the articles (computed here by calling the engine on the
    /// text the generator hands it) is, char for char, a string of the loaded dataset.
    /// </summary>
    private static void AssertReadBack(List<(string Path, string Text)> inputs, CoopDataset data)
    {
        var read = new List<(ArticleFacts Facts, string Fingerprint)>();
        foreach (var (path, text) in inputs)
        {
            if (ArticleText.WhyNotText(text) is not null) continue;
            string file = Folding.Normalize(System.IO.Path.GetFileName(path), NormalizationForm.FormC);
            string normalized = ArticleText.Normalize(text);
            read.Add((FactSanitizer.Sanitize(FakeEngine.Extract(file, normalized, default) with { FileName = file }), Fingerprint.Of(normalized)));
        }
        // Articles with the same text (hostile values can all be empty) are counted once, from the first file (COOP006).
        var facts = read.GroupBy(r => r.Fingerprint, StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => r.Facts.FileName, StringComparer.Ordinal).First().Facts).ToList();
        Same(facts.Select(f => f.FileName), data.Articles.Select(a => a.File), "files");
        Same(facts.Select(f => f.Title), data.Articles.Select(a => a.Title), "titles");
        Same(facts.SelectMany(f => f.Cities).Select(c => c.Name), data.Cities.Select(c => c.Name), "city names");
        Same(facts.SelectMany(f => f.Cities).SelectMany(c => c.Aliases.Where(a => a != c.Name)), data.Cities.SelectMany(c => c.Aliases), "aliases");
        Same(facts.SelectMany(f => f.People).Select(p => p.Name), data.People.Select(p => p.Name), "people");
        Same(facts.SelectMany(f => f.People).Select(p => p.Role ?? "\0null"), data.People.Select(p => p.Role ?? "\0null"), "roles");
        Same(facts.SelectMany(f => f.Partnerships).SelectMany(p => p.Fields), data.Partnerships.SelectMany(p => p.Fields), "fields");
        Same(facts.SelectMany(f => f.Events).Select(e => e.Title), data.Events.Select(e => e.Title), "event titles");
        Same(facts.SelectMany(f => f.Cities.SelectMany(c => c.Sources).Concat(f.People.SelectMany(p => p.Sources))
                .Concat(f.Partnerships.SelectMany(p => p.Sources)).Concat(f.Events.SelectMany(e => e.Sources))
                .Select(s => f.FileName + "\0" + s.Line + "\0" + s.Text)),
            data.Cities.SelectMany(c => c.Sources).Concat(data.People.SelectMany(p => p.Sources))
                .Concat(data.Partnerships.SelectMany(p => p.Sources)).Concat(data.Events.SelectMany(e => e.Sources))
                .Select(s => s.ArticleFile + "\0" + s.Line + "\0" + s.Text), "evidence");
    }

    internal static void Same(IEnumerable<string> expected, IEnumerable<string> actual, string what)
    {
        var e = expected.OrderBy(s => s, StringComparer.Ordinal).ToList();
        var a = actual.OrderBy(s => s, StringComparer.Ordinal).ToList();
        if (e.Count != a.Count)
        {
            var missing = e.Except(a, StringComparer.Ordinal).Take(3).Select(Escape);
            var extra = a.Except(e, StringComparer.Ordinal).Take(3).Select(Escape);
            Assert.Fail($"{what}: expected {e.Count}, read back {a.Count}; missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]");
        }
        for (int i = 0; i < e.Count; i++)
            Assert.True(string.Equals(e[i], a[i], StringComparison.Ordinal), $"{what}: expected {Escape(e[i])}, read back {Escape(a[i])}");
    }

    internal static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? "\\u" + ((int)c).ToString("X4") : c.ToString()));
}
