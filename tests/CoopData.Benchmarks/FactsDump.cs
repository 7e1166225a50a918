using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CoopData.Corpus;
using CoopData.Extraction;

namespace CoopData.Benchmarks;

/// <summary>
/// `--dump-facts OUT [corpusArticles] [glob-dir ...]`: every fact of every article, one deterministic text file,
/// so a speed change can be checked for identical output (diff two dumps).
/// </summary>
internal static class FactsDump
{
    public static int Run(string[] args)
    {
        string output = args[1];
        int corpus = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        var articles = new List<(string Name, string Text)>(Harness.Seeds());
        foreach (var dir in args.Skip(3))
            foreach (var p in Directory.GetFiles(dir, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
                articles.Add((Path.GetFileName(p), File.ReadAllText(p)));
        articles.AddRange(CorpusGenerator.Generate(corpus).Select(a => (a.FileName, a.Text)));
        var sb = new StringBuilder();
        foreach (var (name, text) in articles) Write(sb, ArticleExtractor.Extract(name, text));
        File.WriteAllText(output, sb.ToString());
        Console.WriteLine($"{articles.Count} articles, {sb.Length} chars -> {output}");
        return 0;
    }

    private static string D(double? d) => d?.ToString("R", CultureInfo.InvariantCulture) ?? "-";
    private static string S(string? s) => s is null ? "-" : "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
    private static string L(IEnumerable<string> xs) => "[" + string.Join(",", xs.Select(S)) + "]";
    private static string E(EquatableArray<Evidence> ev) => "[" + string.Join(",", ev.Select(e => e.Line.ToString(CultureInfo.InvariantCulture) + ":" + S(e.Text))) + "]";

    private static void Write(StringBuilder sb, ArticleFacts f)
    {
        sb.Append("ARTICLE ").Append(S(f.FileName)).Append(" title=").Append(S(f.Title)).Append(" line=").Append(f.TitleLine)
          .Append(" lang=").Append(f.Language).Append(" published=").Append(f.Published?.ToString() ?? "-").Append('\n');
        foreach (var c in f.Cities)
            sb.Append(" CITY ").Append(S(c.Key)).Append(' ').Append(S(c.Name)).Append(' ').Append(c.Country).Append(' ').Append(c.Kind)
              .Append(" aliases=").Append(L(c.Aliases)).Append(" parent=").Append(S(c.ParentKey)).Append(" at=").Append(D(c.Latitude)).Append(',').Append(D(c.Longitude))
              .Append(" src=").Append(E(c.Sources)).Append('\n');
        foreach (var p in f.Partnerships)
            sb.Append(" PARTNERSHIP ").Append(L(p.PartyKeys)).Append(" since=").Append(p.Since?.ToString(CultureInfo.InvariantCulture) ?? "-").Append(' ').Append(p.Status)
              .Append(" fields=").Append(L(p.Fields)).Append(" src=").Append(E(p.Sources)).Append('\n');
        foreach (var e in f.Events)
            sb.Append(" EVENT ").Append(e.Kind).Append(' ').Append(S(e.Title)).Append(" start=").Append(e.Start?.ToString() ?? "-").Append(" end=").Append(e.End?.ToString() ?? "-")
              .Append(" city=").Append(S(e.CityKey)).Append(" parties=").Append(L(e.PartyKeys)).Append(" people=").Append(L(e.PersonKeys)).Append(" src=").Append(E(e.Sources)).Append('\n');
        foreach (var p in f.People)
            sb.Append(" PERSON ").Append(S(p.Key)).Append(' ').Append(S(p.Name)).Append(" role=").Append(S(p.Role)).Append(" city=").Append(S(p.CityKey)).Append(" src=").Append(E(p.Sources)).Append('\n');
        foreach (var d in f.Diagnostics)
            sb.Append(" DIAG ").Append(d.Id).Append(' ').Append(d.Line).Append(':').Append(d.Column).Append(' ').Append(S(d.Message)).Append('\n');
    }
}
