using System;
using System.Collections.Generic;
using System.Linq;
using CoopData.Extraction;
using CoopData.Extraction.Merging;
using CoopData.Generator.Emit;
using CoopData.Generator.Helpers;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using XDate = CoopData.Extraction.PartialDate;

namespace CoopData.Generator.Tests;

/// <summary>
/// The emitter's escaping and naming, driven directly with merged datasets whose every string field
/// (ids, names, aliases, titles, roles, fields, file names, evidence) is hostile, NUL and raw CR/LF included;
/// and the merger, fed broken engine output, never producing what the runtime rejects.
/// </summary>
public class EmitterHostileTests
{
    private static readonly Gen<string> H = HostileInputTests.Hostile(8);

    private static readonly Gen<MergedDataset> Datasets = Gen.Select(H.Array[30, 60], H.Array[30, 60], Gen.Int[0, 9999])
        .Select((names, texts, seed) =>
        {
            int n = Math.Min(names.Length, texts.Length);
            string T(int i) => texts[i % n];
            string Id(int i, string kind) => names[i] + "#" + kind + i;           // hostile but unique and non-empty
            string File(int i) => T(i) + "\0" + i + ".txt";
            var articles = Enumerable.Range(0, n).Select(i => new MergedArticle(Id(i, "a"), File(i), T(i + 1), T(i + 2), null)).ToArray();
            EquatableArray<SourceFact> Src(int i) => new[] { new SourceFact(File(i), i + 1, T(i + 3)), new SourceFact(File((i + 1) % n), 1, names[i]) }.ToEquatableArray();
            var cities = Enumerable.Range(0, n).Select(i => new MergedCity(Id(i, "c"), names[i], "ZZ", LocalityKinds.City,
                new[] { T(i + 4), T(i + 5) }.Distinct().ToEquatableArray(), i > 0 ? Id(i - 1, "c") : null, null, null, Src(i))).ToArray();
            var partnerships = Enumerable.Range(1, n - 1).Select(i => new MergedPartnership(Id(i, "p"), new[] { Id(i - 1, "c"), Id(i, "c") }.ToEquatableArray(), seed,
                PartnershipStatuses.Signed, new[] { T(i + 6) }.ToEquatableArray(), Src(i))).ToArray();
            var people = Enumerable.Range(0, n).Select(i => new MergedPerson(Id(i, "h"), T(i + 7), new[] { names[(i + 1) % n] }.ToEquatableArray(), T(i + 8), Id(i, "c"), Src(i))).ToArray();
            var events = Enumerable.Range(0, n).Select(i => new MergedEvent(Id(i, "e"), T(i), T(i + 9), XDate.FromMonthDay(2, 29), null, Id(i, "c"),
                new[] { Id(i, "c") }.ToEquatableArray(), new[] { Id(i, "h") }.ToEquatableArray(), Src(i))).ToArray();
            return new MergedDataset(articles.ToEquatableArray(), cities.ToEquatableArray(), partnerships.ToEquatableArray(), events.ToEquatableArray(),
                people.ToEquatableArray(), EquatableArray<MergeDiagnostic>.Empty);
        });

    private static CoopDataset CompileAndLoad(MergedDataset data)
    {
        var files = SourceEmitter.Emit(data, "CoopData.Generated", new(), new Dictionary<string, string>());
        return GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(GeneratorHarness.Compilation(files.Select(f => f.Text).Append(GeneratorHarness.Consumer).ToArray())));
    }

    [Fact]
    public void Every_hostile_string_field_reads_back_exactly()
    {
        Datasets.Sample(data =>
        {
            var loaded = CompileAndLoad(data);
            HostileInputTests.Same(data.Articles.SelectMany(a => new[] { a.Id, a.File, a.Title, a.Language }), loaded.Articles.SelectMany(a => new[] { a.Id, a.File, a.Title, a.Language }), "articles");
            HostileInputTests.Same(data.Cities.SelectMany(c => c.Aliases.Append(c.Id).Append(c.Name).Append(c.ParentId ?? "")), loaded.Cities.SelectMany(c => c.Aliases.Append(c.Id).Append(c.Name).Append(c.ParentId ?? "")), "cities");
            HostileInputTests.Same(data.Partnerships.SelectMany(p => p.Fields.Concat(p.PartyIds).Append(p.Id)), loaded.Partnerships.SelectMany(p => p.Fields.Concat(p.PartyIds).Append(p.Id)), "partnerships");
            HostileInputTests.Same(data.People.SelectMany(p => p.Aliases.Append(p.Id).Append(p.Name).Append(p.Role!)), loaded.People.SelectMany(p => p.Aliases.Append(p.Id).Append(p.Name).Append(p.Role!)), "people");
            HostileInputTests.Same(data.Events.SelectMany(e => e.PersonIds.Append(e.Id).Append(e.Title)), loaded.Events.SelectMany(e => e.PersonIds.Append(e.Id).Append(e.Title)), "events");
            HostileInputTests.Same(data.Cities.SelectMany(c => c.Sources).Select(s => s.ArticleFile + "\n" + s.Line + "\n" + s.Text),
                loaded.Cities.SelectMany(c => c.Sources).Select(s => s.ArticleFile + "\n" + s.Line + "\n" + s.Text), "evidence");
        }, iter: 6, threads: 2);
    }

    // Broken engine output of every kind the model's types allow.
    private static readonly Gen<ArticleFacts> BrokenFacts = Gen.Select(H, H, Gen.Int[-3, 3], Gen.OneOfConst<string?>(null, "", "vn", "VNM", "V1", "ÀB", "US"), Gen.Bool, Gen.Int[0, 3])
        .Select((name, text, line, country, flag, k) =>
        {
            var ev = new[] { new Evidence(line, flag ? text : null!), null! }.Where(e => e is not null || k == 0).ToEquatableArray();
            string?[] keys = { "k" + k, "k" + (k + 1) % 4, null, "", "k" + k };
            var cities = new[]
            {
                new CityFact("k" + k, flag ? name : null!, country!, null!, new[] { name, null!, name }.ToEquatableArray(), "k" + (k + 1) % 4, double.NaN, flag ? 10 : null, ev),
                new CityFact("k" + (k + 1) % 4, name, "VN", LocalityKinds.District, EquatableArray<string>.Empty, "k" + k, 91, 181, ev),
                new CityFact("", name, "VN", LocalityKinds.City, default, null, null, null, default),
                null!,
            }.ToEquatableArray();
            var ties = new[] { new PartnershipFact(new EquatableArray<string>(keys!), line, null!, new[] { text, null! }.ToEquatableArray(), ev), null! }.ToEquatableArray();
            var events = new[]
            {
                new EventFact(null!, null!, default(XDate), flag ? default(XDate) : XDate.FromMonthDay(2, 29), "k" + k, new EquatableArray<string>(keys!), new EquatableArray<string>(new[] { "p", "p", null! }), ev),
                new EventFact(EventKinds.Visit, text, null, null, null, default, default, default),
            }.ToEquatableArray();
            var people = new[] { new PersonFact("p", flag ? null! : name, text, "k" + k, ev), new PersonFact("p", name, null, null, ev), new PersonFact(null!, name, null, null, ev) }.ToEquatableArray();
            return new ArticleFacts(flag ? name + ".txt" : name + ".md", null!, line, null!, default(XDate), cities, ties, events, people, default);
        });

    [Fact]
    public void Whatever_the_engine_returns_the_runtime_accepts_the_merged_dataset()
    {
        BrokenFacts.Array[2, 12].Sample(facts =>
        {
            var inputs = facts.Select((f, i) => new MergeInput(f with { FileName = i % 3 == 0 ? "" : f.FileName }, i % 4 == 0 ? "" : "fp" + i));
            var merged = DatasetMerger.Merge(inputs);
            var loaded = CompileAndLoad(merged);
            Assert.Equal(merged.Articles.Count, loaded.Articles.Count);
            Assert.All(loaded.Cities, c => Assert.Matches("^[A-Z]{2}$", c.Country));
        }, iter: 8, threads: 2);
    }

    [Theory]
    [InlineData("\"; System.Environment.Exit(1); //")]
    [InlineData("a\rb\nc\r\nd\u2028e\u2029f\u0085g")]
    [InlineData("\0\uD800\uDFFF\uDBFF\uDFFF")]
    [InlineData("\\u0022 */ /* #line 1 \"x\" \u202E")]
    public void A_literal_is_one_token_whose_value_is_the_text(string text)
    {
        string literal = CSharpLiteral.String(text);
        var token = SyntaxFactory.ParseToken(literal);
        Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
        Assert.Equal(literal.Length, token.FullSpan.Length);
        Assert.Equal(text, token.ValueText);
        Assert.DoesNotContain(literal, c => c < 0x20 || c is '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(c));
    }

    [Fact]
    public void Doc_text_never_leaves_its_comment_line()
    {
        HostileInputTests.Hostile(20).Sample(text =>
        {
            string doc = CSharpLiteral.DocText(text);
            var tree = CSharpSyntaxTree.ParseText("/// <summary>" + doc + "</summary>\nclass C { }");
            Assert.Empty(tree.GetDiagnostics());
            var root = tree.GetRoot();
            Assert.Single(root.DescendantTokens(), t => t.IsKind(SyntaxKind.ClassKeyword));
            Assert.Equal(1, root.GetLeadingTrivia().Count(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)));
            Assert.DoesNotContain(doc, c => c < 0x20 || c is '\u0085' or '\u2028' or '\u2029' or '\u202E');
        }, iter: 2000);
    }

    [Fact]
    public void Identifiers_are_always_valid_short_and_never_keywords()
    {
        HostileInputTests.Hostile(40).Sample(text =>
        {
            string name = IdentifierNames.Pascal(text, "City");
            string bare = name.TrimStart('@');
            Assert.True(SyntaxFacts.IsValidIdentifier(bare), name);
            Assert.True(bare.Length <= IdentifierNames.MaxLength, name);
            Assert.True(name.StartsWith('@') || SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None, name);
            Assert.DoesNotContain(bare, c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        }, iter: 5000);
    }
}
