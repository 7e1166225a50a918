using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using CoopData.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoopData.Benchmarks;

/// <summary>
/// 4. What the generated code costs the C# compiler: parse, bind and emit a consumer with and without
/// the data of 1,000 articles, and the data alone, against the consumer's own 1,000 lines of C#, in both documentation modes.
/// </summary>
[ShortRunJob]
public class CompileBenchmarks
{
    private string[] _generated = [];
    private string _consumer = "";

    [Params(1000)]
    public int Articles { get; set; }

    /// <summary>Parse: what the IDE and a build with GenerateDocumentationFile use (docs become structured trivia); None: a plain command-line build.</summary>
    [Params(DocumentationMode.Parse, DocumentationMode.None)]
    public DocumentationMode Docs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generated = GeneratedSources(Articles);
        _consumer = ConsumerProject.Source(1000);
    }

    /// <summary>The generator's output for a corpus of <paramref name="articles"/> articles.</summary>
    public static string[] GeneratedSources(int articles)
    {
        var driver = Harness.Driver(Harness.Texts(CorpusGenerator.Generate(articles))).RunGenerators(Harness.Compilation(Harness.Probe));
        return driver.GetRunResult().GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
    }

    private byte[] Compile(IEnumerable<string> sources) =>
        Harness.Emit(Harness.Compilation(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, Harness.ParseOptions.WithDocumentationMode(Docs), path: $"f{i}.cs"))));

    /// <summary>The consumer's own 1,000 lines, no data.</summary>
    [Benchmark(Baseline = true)]
    public int ConsumerOnly() => Compile(new[] { _consumer }).Length;

    /// <summary>The consumer with the generated data.</summary>
    [Benchmark]
    public int ConsumerWithData() => Compile(_generated.Append(_consumer).Append(Harness.Probe)).Length;

    /// <summary>The generated data alone (plus a one-line probe that uses it).</summary>
    [Benchmark]
    public int DataOnly() => Compile(_generated.Append(Harness.Probe)).Length;
}

/// <summary>Ordinary application code of a given length: classes, properties, loops, LINQ, string formatting.</summary>
public static class ConsumerProject
{
    public static string Source(int lines)
    {
        var sb = new StringBuilder("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\nnamespace Consumer.App;\n\n");
        for (int c = 0; CountLines(sb) < lines; c++)
        {
            sb.Append($$"""
                public sealed class Order{{c}}
                {
                    public int Id { get; init; }
                    public string Customer { get; init; } = "";
                    public List<decimal> Lines { get; } = new();
                    public DateTime Placed { get; init; }

                    public decimal Total() => Lines.Where(l => l > 0).Sum();

                    public string Describe(IFormatProvider? provider = null)
                    {
                        var parts = new List<string>();
                        foreach (var line in Lines)
                        {
                            if (line > 100m) parts.Add(string.Format(provider, "{0:C}", line));
                            else if (line > 10m) parts.Add(line.ToString("F1", provider));
                            else parts.Add("small");
                        }
                        return $"{Customer} #{Id} on {Placed:yyyy-MM-dd}: {string.Join(", ", parts)}";
                    }

                    public static IEnumerable<Order{{c}}> Largest(IEnumerable<Order{{c}}> orders, int count) =>
                        orders.OrderByDescending(o => o.Total()).ThenBy(o => o.Id).Take(count);

                    public int Classify() => Total() switch
                    {
                        > 1000m => 3,
                        > 100m => 2,
                        > 0m => 1,
                        _ => 0,
                    };
                }


                """);
        }
        return sb.ToString();
    }

    private static int CountLines(StringBuilder sb)
    {
        int n = 0;
        for (int i = 0; i < sb.Length; i++) if (sb[i] == '\n') n++;
        return n;
    }
}
