using System;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoopData.Benchmarks;

/// <summary>
/// `--compile-split [articles]`: where the compiler's time goes on the generated code: parse, bind
/// (GetDiagnostics) and emit timed apart, in both documentation modes, for the generated text and for
/// variants with parts removed (docs, members, data), beside the 1,000-line consumer. Stopwatch, best of 7 interleaved rounds.
/// </summary>
internal static class CompileSplit
{
    public static int Run(int articles)
    {
        if (Environment.GetEnvironmentVariable("SPLIT_HEAPS") == "1")
        {
            // How full the #US heap (string literals, 16 MB at most: CS8103) and the blob heap are.
            var image = Harness.Emit(Harness.Compilation(CompileBenchmarks.GeneratedSources(articles).Append(Harness.Probe).ToArray()));
            using var pe = new System.Reflection.PortableExecutable.PEReader(System.Collections.Immutable.ImmutableArray.Create(image));
            var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            Console.WriteLine($"{articles} articles: #US {System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(md, System.Reflection.Metadata.Ecma335.HeapIndex.UserString)} bytes of {1 << 24}, assembly {image.Length} bytes");
            return 0;
        }
        var generated = CompileBenchmarks.GeneratedSources(articles);
        var consumer = ConsumerProject.Source(1000);
        string text = string.Concat(Enumerable.Range(0, 40000).Select(i => "Hà Nội và Thành phố " + i + " ký kết. "));
        string ints = string.Join(", ", Enumerable.Range(0, 200000).Select(i => (i * 7919 % 5000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var variants = new (string Name, string[] Sources)[]
        {
            ("carrier: u8 literal", new[] { "static class C { public static System.ReadOnlySpan<byte> A => \"" + text + "\"u8; }" }),
            ("carrier: string literal", new[] { "static class C { public static string A => \"" + text + "\"; }" }),
            ("carrier: 200k ints", new[] { "static class C { public static System.ReadOnlySpan<int> A => new int[] { " + ints + " }; }" }),
            ("consumer", new[] { consumer }),
            ("data", generated.Append(Harness.Probe).ToArray()),
            ("data, no docs", generated.Select(NoDocs).Append(Harness.Probe).ToArray()),
            ("data, nullable annotations", generated.Select(s => s.Replace("#nullable enable\n", "#nullable enable annotations\n")).Append(Harness.Probe).ToArray()),
            ("data, no members", generated.Select(NoMembers).Append(Harness.Probe).ToArray()),
            ("data, no docs/members", generated.Select(s => NoMembers(NoDocs(s))).Append(Harness.Probe).ToArray()),
            ("data, no docs/members/ints", generated.Select(s => NoInts(NoMembers(NoDocs(s)))).Append(Harness.Probe).ToArray()),
        };
        if (Environment.GetEnvironmentVariable("SPLIT_MEMBERS") == "1") variants = MemberShapes(consumer);
        else if (Environment.GetEnvironmentVariable("SPLIT_CARRIERS") == "1") variants = variants.Take(3).ToArray();
        else variants = variants.Skip(3).ToArray();
        Console.WriteLine($"{text.Length} chars, {System.Text.Encoding.UTF8.GetByteCount(text)} bytes in the carrier text");
        Console.WriteLine($"{generated.Length} files, {generated.Sum(s => (long)s.Length)} chars; load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var mode in new[] { DocumentationMode.Parse, DocumentationMode.None })
        {
            var options = Harness.ParseOptions.WithDocumentationMode(mode);
            // Rounds interleave the variants, so a burst of load on the shared machine hits them alike; the best of each is kept.
            int n = variants.Length;
            double[] parse = Enumerable.Repeat(double.MaxValue, n).ToArray(), bind = parse.ToArray(), emit = parse.ToArray(), total = parse.ToArray();
            for (int round = 0; round < 7; round++)
            {
                for (int v = 0; v < n; v++)
                {
                    var (name, sources) = variants[v];
                    var sw = Stopwatch.StartNew();
                    var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"f{i}.cs")).ToArray();
                    foreach (var t in trees) t.GetRoot();
                    double p = sw.Elapsed.TotalMilliseconds;
                    Harness.Emit(Harness.Compilation(trees));
                    double e = sw.Elapsed.TotalMilliseconds - p;
                    // Binding alone (what the IDE's diagnostics do), on a fresh compilation of the same trees.
                    sw.Restart();
                    var errors = Harness.Compilation(trees).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList();
                    if (errors.Count > 0) throw new InvalidOperationException(name + ": " + string.Join("; ", errors));
                    double b = sw.Elapsed.TotalMilliseconds;
                    parse[v] = Math.Min(parse[v], p); bind[v] = Math.Min(bind[v], b); emit[v] = Math.Min(emit[v], e); total[v] = Math.Min(total[v], p + e);
                }
            }
            for (int v = 0; v < n; v++)
                Console.WriteLine($"{mode,-5} {variants[v].Name,-26} parse {parse[v],6:F0} + emit {emit[v],6:F0} = {total[v],6:F0} ms ({total[v] / total[0]:F2}× the first)  (diagnostics alone {bind[v],6:F0})");
        }
        Console.WriteLine($"load {System.IO.File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    // 4,667 members (the records of 1,000 articles) in several shapes, no docs: what declaring a member costs the compiler.
    private static (string, string[])[] MemberShapes(string consumer)
    {
        const int n = 4667;
        string Store(string shape) => "namespace G { internal static class S { internal static readonly global::CoopData.City[] C = new global::CoopData.City[" + n + "]; }\n public static partial class Cities {\n"
            + string.Concat(Enumerable.Range(0, n).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, i) + "\n")) + "} }";
        return new (string, string[])[]
        {
            ("consumer", new[] { consumer }),
            ("property => store[i]", new[] { "#nullable enable\n" + Store("public static global::CoopData.City M{0} => S.C[{0}];") }),
            ("property, nullable off", new[] { Store("public static global::CoopData.City M{0} => S.C[{0}];") }),
            ("property => null!", new[] { "#nullable enable\n" + Store("public static global::CoopData.City M{0} => null!;") }),
            ("readonly field = store[i]", new[] { "#nullable enable\n" + Store("public static readonly global::CoopData.City M{0} = S.C[{0}];") }),
            ("readonly field, no init", new[] { "#pragma warning disable CS0649\n" + Store("public static readonly global::CoopData.City? M{0};") }),
            ("const int", new[] { Store("public const int M{0} = {0};") }),
        };
    }

    // Empties the int and double arrays (the data no longer reads back, but it compiles).
    private static string NoInts(string s) => Regex.Replace(s, @"new (int|double)\[\] \{[^}]*\}", "new $1[0]");

    // Members as static readonly fields (initialised in one static constructor per class) instead of properties.
    private static string Fields(string s) => Regex.Replace(s, @"^(\s*)public static (global::CoopData\.\w+ \w+) => (CoopDataStore\.\w+\[\d+\]);", "$1public static readonly $2 = $3;", RegexOptions.Multiline);

    // Each member's doc as one summary line: the same text, no remarks or para elements.
    private static string OneLineDocs(string s) =>
        Regex.Replace(Regex.Replace(s, @"</?(summary|remarks|para)>", " "), @"(^\s*///[^\n]*\n)+", m => "    /// <summary>" + Regex.Replace(m.Value, @"\s*///\s*", " ").Trim() + "</summary>\n", RegexOptions.Multiline);

    private static string NoDocs(string s) => Regex.Replace(s, @"^\s*///.*\n", "", RegexOptions.Multiline);

    // Drops the public accessor members (keeps the classes, the store and its data).
    private static string NoMembers(string s) => Regex.Replace(s, @"^\s*(///.*|public static global::CoopData\.\w+ \w+ => CoopDataStore\.\w+\[.*)\n", "", RegexOptions.Multiline);
}
