using System;
using System.Linq;
using System.Text;

namespace CoopData.Benchmarks;

/// <summary>
/// `--sizes`: the size of the generated source per record, for corpora of several sizes, and a digest of every
/// generated file (by hint name) to show that an emitter change leaves the output byte-identical.
/// </summary>
internal static class SizeReport
{
    public static int Run()
    {
        Console.WriteLine("| articles | records | files | generated chars | UTF-8 bytes | bytes/record | lines | SHA-256 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (int n in new[] { 5, 100, 1000, 5000 })
        {
            var driver = Harness.Driver(Harness.Texts(Corpus.CorpusGenerator.Generate(n))).RunGenerators(Harness.Compilation(Harness.Probe));
            var texts = driver.GetRunResult().GeneratedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).Select(t => t.GetText().ToString()).ToArray();
            string digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", texts))))[..16];
            var d = DatasetOf(driver);
            int records = d is null ? 0 : d.Articles.Count + d.Cities.Count + d.Partnerships.Count + d.Events.Count + d.People.Count;
            long chars = texts.Sum(t => (long)t.Length), bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
            long lines = texts.Sum(t => (long)t.Count(c => c == '\n'));
            Console.WriteLine($"| {n} | {records} | {texts.Length} | {chars} | {bytes} | {(records == 0 ? 0 : bytes / records)} | {lines} | {digest} |");
        }
        return 0;
    }

    private static CoopDataset? DatasetOf(Microsoft.CodeAnalysis.GeneratorDriver driver)
    {
        var trees = driver.GetRunResult().GeneratedTrees.Append(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Harness.Probe, Harness.ParseOptions));
        var image = Harness.Emit(Harness.Compilation(trees));
        var asm = new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new System.IO.MemoryStream(image));
        return (CoopDataset?)asm.GetType("CoopData.Generated.Dataset")?.GetProperty("Instance")?.GetValue(null);
    }
}
