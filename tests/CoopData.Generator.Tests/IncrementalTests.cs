using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoopData.Generator.Tests;

/// <summary>
/// Step tracking: what re-runs after an edit. The cache is the generator's speed in the IDE. The fake
/// engine keeps these tests about caching, whatever the state of extraction.
/// </summary>
public class IncrementalTests
{
    private static readonly InMemoryText First = new("/p/articles/one.txt", "Hanoi and Toulouse have been sister cities since 1996.\n");
    private static readonly InMemoryText Second = new("/p/articles/two.txt", "Hanoi and Vientiane signed a cooperation agreement in 2022.\n");

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.Consumer);
        var driver = GeneratorHarness.Driver(new[] { First, Second }, generator: FakeEngine.Generator()).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step]
            .SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void An_unrelated_csharp_edit_re_extracts_nothing()
    {
        var (driver, compilation) = FirstRun();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }"));
        driver = driver.RunGenerators(edited);

        Assert.All(Reasons(driver, CoopDataGenerator.Steps.Articles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, CoopDataGenerator.Steps.Dataset), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(2, Reasons(driver, CoopDataGenerator.Steps.Articles).Length);
    }

    [Fact]
    public void Editing_one_article_re_extracts_only_that_article()
    {
        var (driver, compilation) = FirstRun();

        var changed = new InMemoryText(Second.Path, "Hanoi and Vientiane signed a cooperation agreement in 2023.\n");
        driver = driver.ReplaceAdditionalText(Second, changed).RunGenerators(compilation);

        var articleSteps = driver.GetRunResult().Results.Single().TrackedSteps[CoopDataGenerator.Steps.Articles];
        var reasons = articleSteps.SelectMany(s => s.Outputs.Select(o => (Path: ((Models.ArticleResult)o.Value).Path, o.Reason))).ToList();
        Assert.Contains((First.Path, IncrementalStepRunReason.Cached), reasons);
        Assert.Contains((Second.Path, IncrementalStepRunReason.Modified), reasons);
        Assert.Equal(2, reasons.Count);
    }

    [Fact]
    public void An_edit_that_changes_no_fact_stops_at_the_merge()
    {
        var (driver, compilation) = FirstRun();

        // Same facts, different bytes: the article step reruns, the merged dataset compares equal.
        var sameFacts = new InMemoryText(Second.Path, Second.GetText()!.ToString() + "\n\n");
        driver = driver.ReplaceAdditionalText(Second, sameFacts).RunGenerators(compilation);

        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(driver, CoopDataGenerator.Steps.Articles));
        Assert.All(Reasons(driver, CoopDataGenerator.Steps.Dataset),
            r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void Editing_the_curation_file_re_extracts_no_article()
    {
        var curation = new InMemoryText("/p/coopdata.json", "{ \"aliases\": { \"cities\": { \"hanoi\": [\"HN\"] } } }");
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.Consumer);
        var driver = GeneratorHarness.Driver(new[] { First, Second, curation }, generator: FakeEngine.Generator()).RunGenerators(compilation);

        var edited = new InMemoryText(curation.Path, "{ \"aliases\": { \"cities\": { \"hanoi\": [\"Thang Long\"] } } }");
        driver = driver.ReplaceAdditionalText(curation, edited).RunGenerators(compilation);

        Assert.All(Reasons(driver, CoopDataGenerator.Steps.Articles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, CoopDataGenerator.Steps.Dataset), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, CoopDataGenerator.Steps.Curation));
        Assert.Equal(2, Reasons(driver, CoopDataGenerator.Steps.Articles).Length);
    }

    [Fact]
    public void An_edit_renders_only_the_files_whose_records_changed()
    {
        const string cities = "city: =hanoi | Hanoi | VN\ncity: =vientiane | Vientiane | LA\ncity: =toulouse | Toulouse | FR\n";
        var first = new InMemoryText("/p/articles/one.txt", "One\n" + cities + "ties: =hanoi | =toulouse | 1996 | education\n");
        var second = new InMemoryText("/p/articles/two.txt", "Two\n" + cities + "ties: =hanoi | =vientiane | 2022 | culture\n");
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.Consumer);
        var driver = GeneratorHarness.Driver(new[] { first, second }, generator: FakeEngine.Generator()).RunGenerators(compilation);

        var changed = new InMemoryText(second.Path, second.GetText()!.ToString().Replace("2022", "2023"));
        driver = driver.ReplaceAdditionalText(second, changed).RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var models = steps[CoopDataGenerator.Steps.FileModels].SelectMany(s => s.Outputs).ToList();
        var files = steps[CoopDataGenerator.Steps.Files]
            .SelectMany(s => s.Outputs.Select(o => (((Emit.GeneratedFile)o.Value).HintName, o.Reason))).ToList();
        // The heads and the store did not change: their models compare equal and their text is not rendered again.
        Assert.Contains(("Articles.g.cs", IncrementalStepRunReason.Cached), files);
        Assert.Contains(("CoopDataStore.g.cs", IncrementalStepRunReason.Cached), files);
        // The chunk holding the edited partnership (its year and evidence line) is rendered again.
        Assert.Contains(("Partnerships.0.g.cs", IncrementalStepRunReason.Modified), files);
        // Every file is rendered again exactly when its model changed.
        Assert.Equal(models.Count, files.Count);
        for (int i = 0; i < models.Count; i++)
            Assert.Equal(models[i].Reason == IncrementalStepRunReason.Unchanged, files[i].Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }")));

        foreach (var step in new[] { CoopDataGenerator.Steps.Articles, CoopDataGenerator.Steps.Merged, CoopDataGenerator.Steps.Locations,
            CoopDataGenerator.Steps.Dataset, CoopDataGenerator.Steps.Curated, CoopDataGenerator.Steps.Emitted, CoopDataGenerator.Steps.FileModels,
            CoopDataGenerator.Steps.Files })
        {
            var reasons = Reasons(driver, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
    }

    // A corpus large enough for several chunks of every type, its articles sharing cities, people and partnerships.
    private static InMemoryText[] LargeCorpus(int articles) =>
        Enumerable.Range(0, articles).Select(i => new InMemoryText($"/p/articles/a{i:D3}.txt", string.Join("\n",
            $"Article {i}",
            $"date: 20{10 + i % 12}-0{1 + i % 9}-1{i % 10}",
            $"city: =c{i % 250} | City {i % 250} | VN",
            $"city: =c{(i * 7 + 3) % 250} | City {(i * 7 + 3) % 250} | FR",
            $"city: =hub | Hub | VN",
            $"ties: =c{i % 250} | =c{(i * 7 + 3) % 250} | {1990 + i % 30} | culture",
            $"person: =p{i % 150} | Person {i % 150} | Mayor | =c{i % 250}",
            $"event: visit | Visit {i} | =c{i % 250} | =p{i % 150}") + "\n")).ToArray();

    [Fact]
    public void A_one_article_edit_in_a_large_corpus_re_renders_only_the_chunks_whose_records_changed()
    {
        var texts = LargeCorpus(400);
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.Consumer);
        var driver = GeneratorHarness.Driver(texts, generator: FakeEngine.Generator()).RunGenerators(compilation);
        var before = Chunks(driver);

        // A fact changes (the partnership's year), in the middle of the corpus.
        var edited = new InMemoryText(texts[200].Path, texts[200].GetText()!.ToString().Replace("| 2010 | culture", "| 2011 | culture"));
        Assert.NotEqual(texts[200].GetText()!.ToString(), edited.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(texts[200], edited).RunGenerators(compilation);
        var after = Chunks(driver);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var rendered = steps[CoopDataGenerator.Steps.Files].SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Cached).Select(o => ((Emit.GeneratedFile)o.Value).HintName).ToList();
        // Exactly the chunks holding a record that changed are rendered again: here the partnership's and its two cities' (the evidence changed).
        var changed = after.Where(c => !before.TryGetValue(c.Key, out var old) || !old.Equals(c.Value)).Select(c => c.Key).ToList();
        Assert.InRange(changed.Count, 1, 3);
        Assert.Equal(changed.OrderBy(h => h, System.StringComparer.Ordinal), rendered.OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.True(after.Count >= 15, "the corpus should make many chunks");
        Assert.All(Reasons(driver, CoopDataGenerator.Steps.Articles).Where(r => r != IncrementalStepRunReason.Cached), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.Single(Reasons(driver, CoopDataGenerator.Steps.Articles), r => r != IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_one_article_edit_keeps_the_earlier_instances_of_the_models_it_does_not_change()
    {
        var texts = LargeCorpus(400);
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.Consumer);
        var driver = GeneratorHarness.Driver(texts, generator: FakeEngine.Generator()).RunGenerators(compilation);
        var before = Chunks(driver);
        var diagnosticsBefore = Emitted(driver).Diagnostics;

        var edited = new InMemoryText(texts[200].Path, texts[200].GetText()!.ToString().Replace("| 2010 | culture", "| 2011 | culture"));
        driver = driver.ReplaceAdditionalText(texts[200], edited).RunGenerators(compilation);
        var after = Chunks(driver);

        // The plan remade the models of the chunks holding a changed record only: the cache compares the others by reference.
        var changed = after.Where(c => !before[c.Key].Equals(c.Value)).Select(c => c.Key).ToList();
        Assert.InRange(changed.Count, 1, 3);
        Assert.All(after.Where(c => !changed.Contains(c.Key)), c => Assert.Same(before[c.Key], c.Value));
        // The edit changes no diagnostic: they are the earlier array.
        Assert.Equal(diagnosticsBefore, Emitted(driver).Diagnostics);
        Assert.True(diagnosticsBefore.IsSameArray(Emitted(driver).Diagnostics));
    }

    [Fact]
    public void A_fact_edit_keeps_the_locations_and_the_article_diagnostics_of_the_last_run()
    {
        var texts = LargeCorpus(40);
        var compilation = GeneratorHarness.Compilation(GeneratorHarness.Consumer);
        var driver = GeneratorHarness.Driver(texts, generator: FakeEngine.Generator()).RunGenerators(compilation);
        var locations = driver.GetRunResult().Results.Single().TrackedSteps[CoopDataGenerator.Steps.Locations].Single().Outputs.Single().Value;

        var edited = new InMemoryText(texts[20].Path, texts[20].GetText()!.ToString().Replace("| 2010 | culture", "| 2011 | culture"));
        driver = driver.ReplaceAdditionalText(texts[20], edited).RunGenerators(compilation);

        // Both are worked out from every article again, and are the same values: the steps after them do not run.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(driver, CoopDataGenerator.Steps.Locations));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(driver, CoopDataGenerator.Steps.ArticleDiagnostics));
        Assert.Same(locations, driver.GetRunResult().Results.Single().TrackedSteps[CoopDataGenerator.Steps.Locations].Single().Outputs.Single().Value);
    }

    private static Models.EmitOutput Emitted(GeneratorDriver driver) =>
        (Models.EmitOutput)driver.GetRunResult().Results.Single().TrackedSteps[CoopDataGenerator.Steps.Emitted].Single().Outputs.Single().Value;

    // Every chunk's model by the hint name of its file.
    private static System.Collections.Generic.Dictionary<string, Emit.FileModel> Chunks(GeneratorDriver driver)
    {
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var models = steps[CoopDataGenerator.Steps.FileModels].SelectMany(s => s.Outputs).Select(o => (Emit.FileModel)o.Value).ToList();
        var files = steps[CoopDataGenerator.Steps.Files].SelectMany(s => s.Outputs).Select(o => ((Emit.GeneratedFile)o.Value).HintName).ToList();
        Assert.Equal(models.Count, files.Count);
        return models.Select((m, i) => (m, files[i])).Where(x => x.m.Kind == Emit.FileKind.Chunk).ToDictionary(x => x.Item2, x => x.m);
    }
}
