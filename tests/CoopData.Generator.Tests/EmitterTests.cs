using System.Collections.Generic;
using System.Linq;
using CoopData.Extraction;
using CoopData.Extraction.Merging;
using CoopData.Generator.Emit;
using CoopData.Generator.Models;

namespace CoopData.Generator.Tests;

public class EmitterTests
{
    internal static MergedDataset SmallDataset(string sentence = "Hanoi and Toulouse established ties in 1996.")
    {
        var source = new[] { new SourceFact("a.txt", 3, sentence) }.ToEquatableArray();
        return new MergedDataset(
            new[] { new MergedArticle("a", "a.txt", "Hanoi, Toulouse deepen ties", "en", CoopData.Extraction.PartialDate.FromDate(2023, 4, 13)) }.ToEquatableArray(),
            new[]
            {
                new MergedCity("hanoi", "Hanoi", "VN", LocalityKinds.Capital, new[] { "Hà Nội", "Ha Noi" }.ToEquatableArray(), null, 21.0245, 105.84117, source),
                new MergedCity("toulouse", "Toulouse", "FR", LocalityKinds.City, EquatableArray<string>.Empty, null, 43.60426, 1.44367, source),
            }.ToEquatableArray(),
            new[] { new MergedPartnership("hanoi-toulouse", new[] { "hanoi", "toulouse" }.ToEquatableArray(), 1996, PartnershipStatuses.Active, new[] { "education" }.ToEquatableArray(), source) }.ToEquatableArray(),
            new[] { new MergedEvent("2023-04-13-meeting-hanoi", EventKinds.Meeting, "Meeting in Hanoi", CoopData.Extraction.PartialDate.FromDate(2023, 4, 13), null, "hanoi", new[] { "hanoi", "toulouse" }.ToEquatableArray(), new[] { "tran-sy-thanh" }.ToEquatableArray(), source) }.ToEquatableArray(),
            new[] { new MergedPerson("tran-sy-thanh", "Tran Sy Thanh", EquatableArray<string>.Empty, "Chairman of the Hanoi People's Committee", "hanoi", source) }.ToEquatableArray(),
            EquatableArray<MergeDiagnostic>.Empty);
    }

    private static string EmitAll(MergedDataset data, List<DiagnosticInfo>? diagnostics = null) =>
        string.Concat(SourceEmitter.Emit(data, "CoopData.Generated", diagnostics ?? new(), new Dictionary<string, string> { ["a.txt"] = "/articles/a.txt" })
            .Select(f => "//// " + f.HintName + "\n" + f.Text));

    [Fact]
    public void Emitted_source_matches_the_approved_snapshot() =>
        Snapshot.Verify("SmallDataset", EmitAll(SmallDataset()));

    [Fact]
    public void Emitted_source_compiles_and_builds_the_records_from_literals()
    {
        var files = SourceEmitter.Emit(SmallDataset(), "CoopData.Generated", new(), new Dictionary<string, string>());
        var compilation = GeneratorHarness.Compilation(files.Select(f => f.Text).Append(
            "namespace Consumer { public static class Probe { public static string Name() => CoopData.Generated.Cities.Hanoi.Name; } }").ToArray());
        var data = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(compilation));

        var hanoi = data.GetCity("hanoi");
        Assert.Equal(CityKind.Capital, hanoi.Kind);
        Assert.Equal(new[] { "Hà Nội", "Ha Noi" }, hanoi.Aliases);
        Assert.Equal(1996, Assert.Single(hanoi.Partnerships).Since);
        Assert.Equal(PartialDate.FromDate(2023, 4, 13), Assert.Single(data.Events).Start);
        Assert.Equal("hanoi", Assert.Single(data.People).City!.Id);
    }

    [Fact]
    public void An_approximate_location_reaches_the_runtime_city()
    {
        var data = SmallDataset();
        var district = new MergedCity("dong-da", "Dong Da", "VN", LocalityKinds.District, EquatableArray<string>.Empty, "hanoi",
            21.0245, 105.84117, data.Cities[0].Sources, ApproximateLocation: true);
        data = data with { Cities = data.Cities.Append(district).ToEquatableArray() };
        var files = SourceEmitter.Emit(data, "CoopData.Generated", new(), new Dictionary<string, string>());
        var loaded = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(GeneratorHarness.Compilation(files.Select(f => f.Text).ToArray())));

        Assert.True(loaded.GetCity("dong-da").IsLocationApproximate);
        Assert.Equal(21.0245, loaded.GetCity("dong-da").Latitude);
        Assert.False(loaded.GetCity("hanoi").IsLocationApproximate);
    }

    [Fact]
    public void Without_utf8_literals_the_strings_are_plain_literals_and_still_round_trip()
    {
        // C# 10 consumers have no u8 literals; a lone surrogate cannot be UTF-8 either.
        var data = SmallDataset("Hanoi \uD800 and Toulouse established ties in 1996.");
        foreach (bool utf8 in new[] { false, true })
        {
            var files = SourceEmitter.Emit(data, "CoopData.Generated", new(), new Dictionary<string, string>(), utf8Strings: utf8);
            Assert.DoesNotContain(files, f => f.HintName.StartsWith("CoopDataStore.Cities", System.StringComparison.Ordinal) && f.Text.Contains("\"u8"));
            var compilation = GeneratorHarness.Compilation(files.Select(f => f.Text).Append(GeneratorHarness.Consumer).ToArray());
            var built = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(compilation));
            Assert.Equal(data.Cities[0].Sources[0].Text, built.GetCity("hanoi").Sources[0].Text);
            Assert.Equal("Hà Nội", built.GetCity("hanoi").Aliases[0]);
        }
    }

    [Fact]
    public void A_dataset_too_large_for_string_constants_carries_its_data_in_u8_literals_and_still_round_trips()
    {
        // Past the #US budget chunks switch to u8 literals; a chunk with a lone surrogate keeps string constants.
        string sentence = "Hanoi and Toulouse established ties in 1996. " + new string('x', 4_100_000);
        var data = SmallDataset(sentence);
        var lone = data.Cities[1] with { Aliases = new[] { "Tou\uD800louse" }.ToEquatableArray() };
        data = data with { Cities = new[] { data.Cities[0], lone }.ToEquatableArray() };
        var files = SourceEmitter.Emit(data, "CoopData.Generated", new(), new Dictionary<string, string>());
        Assert.Contains(files, f => f.HintName == "Partnerships.0.g.cs" && f.Text.Contains("\"u8;"));
        Assert.DoesNotContain(files, f => f.HintName == "Cities.0.g.cs" && f.Text.Contains("\"u8;"));
        var built = GeneratorHarness.DatasetOf(GeneratorHarness.CompileAndLoad(GeneratorHarness.Compilation(files.Select(f => f.Text).Append(GeneratorHarness.Consumer).ToArray())));
        Assert.Equal(sentence, built.Partnerships[0].Sources[0].Text);
        Assert.Equal("Tou\uD800louse", built.GetCity("toulouse").Aliases[0]);
        Assert.Equal(21.0245, built.GetCity("hanoi").Latitude);
    }

    [Fact]
    public void Colliding_member_names_are_numbered_and_reported()
    {
        var data = SmallDataset();
        // "All" is the list every generated class already has.
        var all = data.Cities[1] with { Id = "all", Name = "All" };
        data = data with { Cities = data.Cities.Append(all).ToEquatableArray() };
        var diagnostics = new List<DiagnosticInfo>();

        string text = EmitAll(data, diagnostics);

        Assert.Contains("public static global::CoopData.City All2 =>", text);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.IdentifierCollision, d.Id);
        Assert.Equal("/articles/a.txt", d.Path);
    }

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("Choisy-le-Roi", "ChoisyLeRoi")]
    [InlineData("Hà Nội", "HaNoi")]
    [InlineData("1996 accord", "City1996Accord")]
    [InlineData("", "City")]
    [InlineData("\u202Eevil\u0000name", "EvilName")]
    public void Identifiers_are_valid_and_readable(string text, string expected) =>
        Assert.Equal(expected, Helpers.IdentifierNames.Pascal(text, "City"));
}
