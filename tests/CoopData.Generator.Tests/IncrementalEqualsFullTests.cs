using System;
using System.Collections.Generic;
using System.Linq;
using CoopData.Extraction.Merging;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace CoopData.Generator.Tests;

/// <summary>
/// The incremental merge and plan must give exactly what a fresh run gives: random sequences of article
/// edits, additions, removals, renames and copies are applied to one driver (and one generator instance
/// serving two projects), and after every step its output is compared with a fresh driver's over the same
/// files in another order. The fake engine's small shared vocabulary makes articles share cities, people,
/// partnerships and events, clash in ids and names, disagree on years and duplicate each other.
/// </summary>
public class IncrementalEqualsFullTests
{
    private static readonly string[] Names = { "Hanoi", "Ha Noi", "Paris", "Hue", "Huế", "Da Nang", "Lyon", "2023" };

    private static readonly Gen<string> FactLine = Gen.OneOf(
        Gen.Select(Gen.Int[0, 5], Gen.OneOfConst(Names), Gen.OneOfConst("VN", "FR", "vn", ""), Gen.OneOfConst("", "HN", "Thăng Long"),
            (k, name, country, alias) => $"city: =c{k} | {name} | {country} | {alias}"),
        Gen.Select(Gen.Int[0, 2], Gen.OneOfConst(Names), Gen.OneOfConst("VN", "FR"), (k, name, country) => $"city: own{k} | {name} | {country}"),
        Gen.Select(Gen.Int[0, 3], Gen.OneOfConst("Trần Sỹ Thanh", "Tran Sy Thanh", "Anne Hidalgo", "Lê Văn A"), Gen.OneOfConst("", "Mayor", "Chủ tịch"), Gen.Int[0, 6],
            (k, name, role, city) => $"person: =p{k} | {name} | {role} | {(city < 6 ? "=c" + city : "")}"),
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 5], Gen.OneOfConst("1996", "1997", "2008", ""), Gen.OneOfConst("", "culture", "trade"),
            (a, b, year, field) => $"ties: =c{a} | =c{b} | {year} | {field}"),
        Gen.Select(Gen.OneOfConst("visit", "meeting", "signing"), Gen.OneOfConst("Visit", "Talks", "Signing"), Gen.Int[0, 6], Gen.Int[0, 4],
            (kind, title, city, person) => $"event: {kind} | {title} | {(city < 6 ? "=c" + city : "")} | {(person < 4 ? "=p" + person : "")}"),
        Gen.OneOfConst("Some prose.", "More prose about Hanoi."));

    private static readonly Gen<string> Article =
        Gen.Select(Gen.OneOfConst("Title A", "Title B"), Gen.OneOfConst("", "date: 2023-04-13", "date: 2024", "date: 2023-04-13"), FactLine.Array[0, 7],
            (title, date, lines) => string.Join("\n", new[] { title, date }.Concat(lines)) + "\n");

    private static readonly Gen<string> Path =
        Gen.Select(Gen.OneOfConst("/p/", "/q/"), Gen.OneOfConst("a", "b", "c", "d", "e", "f", "g", "h"), Gen.OneOfConst(".txt", ".txt", ".md.txt"),
            (folder, name, ext) => folder + name + ext);

    /// <summary>One step: what to do (0-5 edit a line, 6 add, 7 remove, 8 rename, 9 copy), to which file, with what.</summary>
    private sealed record Op(int Kind, int Target, int Line, string Text, string Path);

    private static readonly Gen<Op> Ops = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 99], Gen.Int[0, 9], FactLine, Path, Article,
        (kind, target, line, fact, path, article) => new Op(kind, target, line, kind == 6 ? article : fact, path));

    private static readonly Gen<(string Path, string Text)[]> Corpus =
        Gen.Select(Path, Article).Array[1, 8].Select(files => files.GroupBy(f => f.Item1).Select(g => g.First()).ToArray());

    // The files after one step (paths stay unique, as in a project).
    private static List<(string Path, string Text)> Apply(List<(string Path, string Text)> files, Op op)
    {
        var next = files.ToList();
        if (next.Count == 0 || op.Kind == 6)
        {
            if (next.All(f => f.Path != op.Path)) next.Add((op.Path, op.Kind == 6 ? op.Text : "Title A\n" + op.Text + "\n"));
            return next;
        }
        int i = op.Target % next.Count;
        var (path, text) = next[i];
        switch (op.Kind)
        {
            case 7: next.RemoveAt(i); break;
            case 8: if (next.All(f => f.Path != op.Path)) next[i] = (op.Path, text); break;
            case 9: if (next.All(f => f.Path != op.Path)) next.Add((op.Path, text)); break;
            default:
                var lines = text.TrimEnd('\n').Split('\n').ToList();
                int at = 1 + op.Line % Math.Max(1, lines.Count);
                if (op.Kind <= 2 && at < lines.Count) lines[at] = op.Text;                        // replace a line
                else if (op.Kind == 3 && at < lines.Count && lines.Count > 1) lines.RemoveAt(at); // remove one
                else if (op.Kind == 4) lines.Insert(Math.Min(at, lines.Count), op.Text);          // insert one
                else lines.Add(op.Text);
                next[i] = (path, string.Join("\n", lines) + "\n");
                break;
        }
        return next;
    }

    private static GeneratorDriver Update(GeneratorDriver driver, List<(string Path, string Text)> before, List<(string Path, string Text)> after,
        Dictionary<string, InMemoryText> texts)
    {
        foreach (var (path, text) in before)
            if (!after.Contains((path, text)))
            {
                var old = texts[path];
                texts.Remove(path);
                var replacement = after.FirstOrDefault(f => f.Path == path);
                if (replacement.Path is null) driver = driver.RemoveAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(old));
                else driver = driver.ReplaceAdditionalText(old, texts[path] = new InMemoryText(path, replacement.Text));
            }
        foreach (var (path, text) in after)
            if (!texts.ContainsKey(path))
                driver = driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(texts[path] = new InMemoryText(path, text)));
        return driver;
    }

    // What a build sees: every generated file's text and every diagnostic, in a stable order.
    private static string Output(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var files = result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => "//// " + s.HintName + "\n" + s.SourceText);
        var diagnostics = result.Diagnostics.Select(d => d + " @" + string.Join(",", d.AdditionalLocations)).OrderBy(d => d, StringComparer.Ordinal);
        return string.Join("\n", files.Concat(diagnostics));
    }

    private static string Fresh(List<(string Path, string Text)> files)
    {
        // Another order of the same files, and a generator that never ran.
        var texts = files.OrderByDescending(f => f.Text, StringComparer.Ordinal).Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text));
        return Output(GeneratorHarness.Driver(texts, track: false, generator: FakeEngine.Generator()).RunGenerators(Compilation.Value));
    }

    private static readonly Lazy<Compilation> Compilation = new(() => GeneratorHarness.Compilation(GeneratorHarness.Consumer));

    [Fact]
    public void Any_sequence_of_edits_generates_what_a_fresh_run_generates()
    {
        Gen.Select(Corpus, Ops.Array[1, 10], Corpus, Ops.Array[1, 10]).Sample((firstFiles, firstOps, secondFiles, secondOps) =>
        {
            // Two projects served by one generator instance, edited in turns.
            var generator = FakeEngine.Generator();
            var projects = new[] { (Files: firstFiles.ToList(), Ops: firstOps), (Files: secondFiles.ToList(), Ops: secondOps) };
            var texts = projects.Select(p => p.Files.ToDictionary(f => f.Path, f => new InMemoryText(f.Path, f.Text))).ToArray();
            var drivers = projects.Select((p, i) => GeneratorHarness.Driver(texts[i].Values, track: false, generator: generator).RunGenerators(Compilation.Value)).ToArray();
            for (int step = 0; step < Math.Max(firstOps.Length, secondOps.Length); step++)
            {
                for (int i = 0; i < projects.Length; i++)
                {
                    if (step >= projects[i].Ops.Length) continue;
                    var after = Apply(projects[i].Files, projects[i].Ops[step]);
                    drivers[i] = Update(drivers[i], projects[i].Files, after, texts[i]).RunGenerators(Compilation.Value);
                    projects[i].Files = after;
                    Assert.Equal(Fresh(after), Output(drivers[i]));
                }
            }
        }, iter: 150);
    }

    [Fact]
    public void Any_sequence_of_edits_merges_as_the_full_merge_does()
    {
        // The merger alone, with many more steps: each snapshot is updated from the previous one.
        Gen.Select(Corpus, Ops.Array[1, 30]).Sample((files, ops) =>
        {
            var current = files.ToList();
            var inputs = current.ToDictionary(f => f.Path, Input);
            var snapshot = DatasetMerger.MergeIncrementally(inputs.Values.ToList(), null);
            foreach (var op in ops)
            {
                var after = Apply(current, op);
                foreach (var (path, _) in current.Except(after)) inputs.Remove(path);
                foreach (var file in after.Except(current)) inputs[file.Path] = Input(file);
                current = after;
                snapshot = DatasetMerger.MergeIncrementally(inputs.Values.ToList(), snapshot);
                Assert.Equal(DatasetMerger.Merge(inputs.Values.Reverse().ToList()), snapshot.Result);
            }
        }, iter: 400);
    }

    [Fact]
    public void An_in_place_edit_keeps_every_untouched_record_instance()
    {
        var files = new[]
        {
            ("/p/a.txt", "A\ndate: 2023\ncity: =c1 | Hanoi | VN\ncity: =c2 | Paris | FR\nties: =c1 | =c2 | 1996\nperson: =p1 | Anne Hidalgo | Mayor | =c2\n"),
            ("/p/b.txt", "B\ndate: 2024\ncity: =c1 | Hanoi | VN\ncity: =c3 | Lyon | FR\nties: =c1 | =c3 | 2008\nevent: visit | Visit | =c3 | =p1\n"),
        };
        var inputs = files.Select(Input).ToList();
        var snapshot = DatasetMerger.MergeIncrementally(inputs, null);
        var first = snapshot.Result;
        inputs[1] = Input(("/p/b.txt", files[1].Item2.Replace("2008", "2009")));
        var second = DatasetMerger.MergeIncrementally(inputs, snapshot).Result;

        Assert.Equal(DatasetMerger.Merge(inputs), second);
        // Only the edited partnership is new; the cities, the other partnership, the person and the event are the very same instances.
        Assert.Equal(2, second.Partnerships.Count(p => !first.Partnerships.Any(q => ReferenceEquals(p, q))) + 1);
        Assert.Single(second.Partnerships, p => p.Since == 2009);
        for (int i = 0; i < first.Cities.Count; i++) Assert.Same(first.Cities[i], second.Cities[i]);
        Assert.Same(first.People[0], second.People[0]);
        Assert.Same(first.Events[0], second.Events[0]);
    }

    [Fact]
    public void Inputs_reordered_edited_in_place_or_repeated_merge_as_the_full_merge_does()
    {
        // The merger finds in-place edits by position (the last call's order); other changes take the other ways.
        var files = new[]
        {
            ("/p/a.txt", "A\ndate: 2023\ncity: =c1 | Hanoi | VN\ncity: =c2 | Paris | FR\nties: =c1 | =c2 | 1996\n"),
            ("/p/b.txt", "B\ndate: 2024\ncity: =c1 | Hanoi | VN\ncity: =c3 | Lyon | FR\nties: =c1 | =c3 | 2008\n"),
            ("/p/c.txt", "C\ndate: 2022\ncity: =c2 | Paris | FR\ncity: =c3 | Lyon | FR\nties: =c2 | =c3 | 2001\n"),
        };
        var inputs = files.Select(Input).ToList();
        var snapshot = DatasetMerger.MergeIncrementally(inputs, null);
        inputs.Reverse();
        snapshot = DatasetMerger.MergeIncrementally(inputs, snapshot);
        Assert.Equal(DatasetMerger.Merge(inputs), snapshot.Result);
        inputs[1] = Input(("/p/b.txt", files[1].Item2.Replace("2008", "2009")));
        snapshot = DatasetMerger.MergeIncrementally(inputs, snapshot);
        Assert.Equal(DatasetMerger.Merge(inputs), snapshot.Result);
        Assert.Single(snapshot.Result.Partnerships, p => p.Since == 2009);
        inputs[1] = Input(("/p/a.txt", files[0].Item2.Replace("1996", "1997")));
        snapshot = DatasetMerger.MergeIncrementally(inputs, snapshot);
        Assert.Equal(DatasetMerger.Merge(inputs), snapshot.Result);
        inputs[0] = inputs[2];
        snapshot = DatasetMerger.MergeIncrementally(inputs, snapshot);
        Assert.Equal(DatasetMerger.Merge(inputs), snapshot.Result);
    }

    private static MergeInput Input((string Path, string Text) file)
    {
        string name = file.Path.Substring(file.Path.LastIndexOf('/') + 1);
        return new MergeInput(FakeEngine.Extract(name, file.Text, default), Extraction.Text.Fingerprint.Of(file.Text));
    }
}
