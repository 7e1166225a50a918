using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace CoopData.Explorer.Map;

/// <summary>A country outline: ISO 3166-1 alpha-2 code ("" when it has none), English name and projected SVG path data.</summary>
public sealed record CountryShape(string Code, string Name, string Path);

/// <summary>
/// The world the map is drawn on: Natural Earth 1:110m country outlines, projected once by
/// <c>tools/world/build.mjs</c> into the embedded <c>world.json</c>, and the same projection for cities.
/// </summary>
public sealed class World
{
    private static readonly Lazy<World> Embedded = new(Load);

    private World(double scale, double tx, double ty, int width, int height, IReadOnlyList<CountryShape> countries, IReadOnlyDictionary<string, string> names)
    {
        Scale = scale;
        TranslateX = tx;
        TranslateY = ty;
        Width = width;
        Height = height;
        Countries = countries;
        Names = names;
    }

    /// <summary>The committed world outlines.</summary>
    public static World Instance => Embedded.Value;

    public double Scale { get; }
    public double TranslateX { get; }
    public double TranslateY { get; }

    /// <summary>Width of the map in SVG user units.</summary>
    public int Width { get; }

    /// <summary>Height of the map in SVG user units (the projection cropped to 84°N–57°S).</summary>
    public int Height { get; }

    public IReadOnlyList<CountryShape> Countries { get; }

    /// <summary>English country names by ISO 3166-1 alpha-2 code.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>The English name of a country code, or the code itself.</summary>
    public string CountryName(string code) => Names.TryGetValue(code, out var name) ? name : code;

    /// <summary>
    /// The Natural Earth projection (d3-geo's <c>geoNaturalEarth1</c>) with the scale and translation
    /// the outlines were projected with, so a city lands on its country.
    /// </summary>
    public (double X, double Y) Project(double latitude, double longitude)
    {
        double lambda = longitude * Math.PI / 180, phi = latitude * Math.PI / 180;
        double p2 = phi * phi, p4 = p2 * p2;
        double x = lambda * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
        double y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
        return (TranslateX + Scale * x, TranslateY - Scale * y);
    }

    private static World Load()
    {
        using var stream = typeof(World).Assembly.GetManifestResourceStream("CoopData.Explorer.Map.world.json")
            ?? throw new InvalidOperationException("The embedded world outlines (Map/world.json) are missing.");
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        if (root.GetProperty("projection").GetString() != "naturalEarth1")
            throw new InvalidDataException("world.json: only the naturalEarth1 projection is supported.");
        var countries = new List<CountryShape>();
        foreach (var c in root.GetProperty("countries").EnumerateArray())
            countries.Add(new CountryShape(c.GetProperty("code").GetString()!, c.GetProperty("name").GetString()!, c.GetProperty("d").GetString()!));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in root.GetProperty("names").EnumerateObject()) names[n.Name] = n.Value.GetString()!;
        var translate = root.GetProperty("translate");
        return new World(root.GetProperty("scale").GetDouble(), translate[0].GetDouble(), translate[1].GetDouble(),
            root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32(), countries, names);
    }
}
