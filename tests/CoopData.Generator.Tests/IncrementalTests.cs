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
    public void An_edit_re_emits_only_the_files_whose_text_changed()
    {
        var (driver, compilation) = FirstRun();

        var changed = new InMemoryText(Second.Path, "Hanoi and Vientiane signed a cooperation agreement in 2023.\n");
        driver = driver.ReplaceAdditionalText(Second, changed).RunGenerators(compilation);

        var files = driver.GetRunResult().Results.Single().TrackedSteps[CoopDataGenerator.Steps.Files]
            .SelectMany(s => s.Outputs).ToList();
        // The articles' list and the store's other chunks are unchanged; only what holds the edited facts is new.
        Assert.Contains(files, o => o.Reason == IncrementalStepRunReason.Unchanged);
        Assert.Contains(files, o => o.Reason == IncrementalStepRunReason.Modified);
    }
}
