using System;
using System.IO;
using System.Linq;
using System.Text;
using CoopData;
using CoopData.Explorer.Map;
using CoopData.Generated;

// CoopData Explorer: LINQ over the records generated at build time from the articles.
//   (no arguments)          a readable overview: cities with partners, events in date order
//   export [--out FILE]     the dataset as coopdata/1 JSON (stdout when no file is given)
//   map [--svg] [--out FILE] the network on a world map: one self-contained HTML page, or a static SVG
Console.OutputEncoding = Encoding.UTF8;
return args switch
{
    [] or ["overview"] => Overview(),
    ["export"] => Export(null),
    ["export", "--out", var file] => Export(file),
    ["map", .. var rest] => Map(rest),
    _ => Usage(),
};

static int Overview()
{
    var data = Dataset.Instance;
    Console.WriteLine($"{data.Articles.Count} articles, {data.Cities.Count} cities, {data.Partnerships.Count} partnerships, {data.Events.Count} events, {data.People.Count} people");
    Console.WriteLine();
    Console.WriteLine("Cities and their partners");
    foreach (var city in data.Cities.OrderBy(c => c.Name, StringComparer.Ordinal))
    {
        var ties = city.Partnerships
            .Select(p => $"{string.Join(", ", p.Parties.Where(x => x != city).Select(x => x.Name))} ({p.Status.ToString().ToLowerInvariant()}{(p.Since is { } y ? $", since {y}" : "")})");
        string partners = string.Join("; ", ties);
        Console.WriteLine($"  {city.Name} ({city.Country}, {city.Kind.ToString().ToLowerInvariant()}){(partners.Length > 0 ? ": " + partners : "")}");
    }
    Console.WriteLine();
    Console.WriteLine("Events in date order");
    foreach (var e in data.Events.OrderBy(e => e.Start ?? default).ThenBy(e => e.Id, StringComparer.Ordinal))
    {
        string when = e.Start is { } s ? s + (e.End is { } end ? " to " + end : "") : "undated";
        string where = e.City?.Name ?? "place not stated";
        string who = e.People.Count > 0 ? " with " + string.Join(", ", e.People.Select(p => p.Name)) : "";
        Console.WriteLine($"  {when,-24} {e.Kind.ToString().ToLowerInvariant(),-10} {where}: {string.Join(" - ", e.Parties.Select(p => p.Name))}{who}");
    }
    return 0;
}

static int Export(string? file)
{
    if (file is null)
    {
        Console.Out.Write(Dataset.Instance.ToJson());
        return 0;
    }
    string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
    if (folder is not null) Directory.CreateDirectory(folder);
    using (var stream = File.Create(file)) Dataset.Instance.WriteJson(stream);
    Console.Error.WriteLine($"Wrote {Dataset.Instance.Cities.Count} cities, {Dataset.Instance.Partnerships.Count} partnerships, {Dataset.Instance.Events.Count} events, {Dataset.Instance.People.Count} people to {file}");
    return 0;
}

static int Map(string[] options)
{
    bool svg = false;
    string? file = null;
    for (int i = 0; i < options.Length; i++)
    {
        if (options[i] == "--svg") svg = true;
        else if (options[i] == "--out" && i + 1 < options.Length) file = options[++i];
        else return Usage();
    }
    var model = MapModel.Build(Dataset.Instance);
    string text = svg ? MapSvg.Document(model) : MapHtml.Render(model);
    if (file is null)
    {
        Console.Out.Write(text);
        return 0;
    }
    string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
    if (folder is not null) Directory.CreateDirectory(folder);
    File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.Error.WriteLine($"Wrote a map of {model.Cities.Count} cities and {model.Arcs.Count} arcs to {file}"
        + (model.Unplaced.Count > 0 ? $" ({model.Unplaced.Count} without coordinates are listed, not drawn)" : ""));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: CoopData.Explorer [overview] | export [--out FILE] | map [--svg] [--out FILE]");
    return 2;
}
