using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CoopData.Explorer.Map;

/// <summary>A city as drawn: its projected point (<see cref="X"/>, <see cref="Y"/>) and where its dot is drawn (<see cref="DotX"/>, <see cref="DotY"/>; moved aside only when several places share one point).</summary>
public sealed record MapCity(City City, string? LocalName, double X, double Y, double DotX, double DotY, double Radius, int Ties);

/// <summary>A city name written on the map, left of the dot (<see cref="Anchor"/> <c>end</c>) near the right edge.</summary>
public sealed record MapLabel(MapCity City, double X, double Y, string Anchor);

/// <summary>A partnership drawn as a curve between the dots of its first two located parties.</summary>
public sealed record MapArc(Partnership Partnership, MapCity From, MapCity To, string Path);

/// <summary>
/// Everything the HTML and SVG maps draw, computed once from a <see cref="CoopDataset"/>: projected cities,
/// dot sizes by number of partnerships, arcs, labels that do not overlap, and how strongly to fade arcs.
/// </summary>
public sealed class MapModel
{
    public const double MinRadius = 2.5;
    public const double MaxRadius = 12;

    private MapModel(CoopDataset data, World world, IReadOnlyList<MapCity> cities, IReadOnlyList<City> unplaced,
        IReadOnlyList<MapArc> arcs, IReadOnlyList<MapLabel> labelled)
    {
        Data = data;
        World = world;
        Cities = cities;
        Unplaced = unplaced;
        Arcs = arcs;
        Labelled = labelled;
    }

    public CoopDataset Data { get; }
    public World World { get; }

    /// <summary>Cities with coordinates, largest first (so small dots are drawn on top).</summary>
    public IReadOnlyList<MapCity> Cities { get; }

    /// <summary>Cities without coordinates: listed, not drawn.</summary>
    public IReadOnlyList<City> Unplaced { get; }

    public IReadOnlyList<MapArc> Arcs { get; }

    /// <summary>The cities whose names are written on the static map: the best connected, without overlaps.</summary>
    public IReadOnlyList<MapLabel> Labelled { get; }

    /// <summary>Arc opacity: strong for a few arcs, fading as they multiply so dense regions stay legible.</summary>
    public double ArcOpacity => Arcs.Count <= 40 ? 0.85 : Math.Max(0.12, 0.85 * Math.Sqrt(40.0 / Arcs.Count));

    public static MapModel Build(CoopDataset data, World? world = null)
    {
        world ??= World.Instance;
        var placed = new List<(City City, double X, double Y, double R, int Ties)>();
        var unplaced = new List<City>();
        foreach (var c in data.Cities)
        {
            if (c.Latitude is not { } lat || c.Longitude is not { } lon) { unplaced.Add(c); continue; }
            var (x, y) = world.Project(lat, lon);
            int ties = c.Partnerships.Count;
            placed.Add((c, x, y, Radius(ties), ties));
        }

        // Places sharing one point (a district drawn at its city's point) are set around it, the best connected in the middle.
        var cities = new List<MapCity>(placed.Count);
        foreach (var group in placed.GroupBy(p => (Math.Round(p.X * 2), Math.Round(p.Y * 2))))
        {
            var members = group.OrderByDescending(p => p.Ties).ThenBy(p => p.City.Id, StringComparer.Ordinal).ToList();
            cities.Add(Make(members[0], members[0].X, members[0].Y));
            double ring = members.Count > 1 ? members[0].R + members.Skip(1).Max(m => m.R) + 2 : 0;
            for (int i = 1; i < members.Count; i++)
            {
                double angle = -Math.PI / 2 + 2 * Math.PI * (i - 1) / (members.Count - 1);
                cities.Add(Make(members[i], members[i].X + ring * Math.Cos(angle), members[i].Y + ring * Math.Sin(angle)));
            }
        }
        cities.Sort((a, b) => b.Radius.CompareTo(a.Radius) is var c && c != 0 ? c : string.CompareOrdinal(a.City.Id, b.City.Id));

        var byId = cities.ToDictionary(c => c.City.Id, StringComparer.Ordinal);
        var arcs = new List<MapArc>();
        foreach (var p in data.Partnerships)
        {
            var ends = p.PartyIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            if (ends.Count < 2) continue;
            for (int i = 1; i < ends.Count; i++) arcs.Add(new MapArc(p, ends[0], ends[i], ArcPath(ends[0], ends[i])));
        }

        return new MapModel(data, world, cities, unplaced, arcs, Labels(cities, world));
    }

    private static MapCity Make((City City, double X, double Y, double R, int Ties) p, double dotX, double dotY) =>
        new(p.City, LocalName(p.City), p.X, p.Y, dotX, dotY, p.R, p.Ties);

    /// <summary>Dot radius: area grows with the number of partnerships.</summary>
    public static double Radius(int ties) => ties == 0 ? MinRadius : Math.Min(MaxRadius, 3 + 1.8 * Math.Sqrt(ties));

    // A curve bending to the left of the direction from the first party to the second, by a sixth of its length.
    private static string ArcPath(MapCity a, MapCity b)
    {
        double dx = b.DotX - a.DotX, dy = b.DotY - a.DotY;
        double mx = (a.DotX + b.DotX) / 2 + dy / 6, my = (a.DotY + b.DotY) / 2 - dx / 6;
        if (Math.Abs(dx) + Math.Abs(dy) < 1) return $"M{N(a.DotX)} {N(a.DotY)}";
        return $"M{N(a.DotX)} {N(a.DotY)}Q{N(mx)} {N(my)} {N(b.DotX)} {N(b.DotY)}";
    }

    /// <summary>A number with at most two decimals, invariant culture.</summary>
    public static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    // Vietnamese-only letters: an alias with one of them is the Vietnamese press spelling, the city's own only in Vietnam.
    private const string VietnameseLetters = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    /// <summary>The city's name in its own spelling (Hà Nội, İzmir) when an alias gives it and it differs from the English name.</summary>
    public static string? LocalName(City c)
    {
        foreach (var alias in c.Aliases)
        {
            if (alias == c.Name || alias.All(ch => ch < 128)) continue;
            bool vietnamese = alias.ToLowerInvariant().Any(ch => VietnameseLetters.Contains(ch));
            if (vietnamese == (c.Country == "VN")) return alias;
        }
        return null;
    }

    private static IReadOnlyList<MapLabel> Labels(List<MapCity> cities, World world)
    {
        const double charWidth = 6.2, height = 12;
        var taken = new List<(double X0, double Y0, double X1, double Y1)>();
        // Dots are obstacles too, so a name never covers another city.
        foreach (var c in cities) taken.Add((c.DotX - c.Radius, c.DotY - c.Radius, c.DotX + c.Radius, c.DotY + c.Radius));
        var result = new List<MapLabel>();
        foreach (var c in cities.Where(c => c.Ties > 0).OrderByDescending(c => c.Ties).ThenBy(c => c.City.Id, StringComparer.Ordinal))
        {
            if (result.Count >= 40) break;
            double w = c.City.Name.Length * charWidth;
            // Right of the dot, else left, else above-right, else below-right: the first place free of names and dots.
            foreach (var (dx, dy, left) in new[] { (1.0, 0.0, false), (-1.0, 0.0, true), (0.6, -1.0, false), (0.6, 1.0, false) })
            {
                double x0 = left ? c.DotX - c.Radius - 2 - w : c.DotX + dx * (c.Radius + 2);
                double y0 = c.DotY - height / 2 + dy * (c.Radius + height / 2 + 1);
                var box = (X0: x0, Y0: y0, X1: x0 + w, Y1: y0 + height);
                if (box.X0 < 0 || box.X1 > world.Width || box.Y0 < 0 || box.Y1 > world.Height) continue;
                if (taken.Any(t => !IsDot(t, c) && t.X0 < box.X1 && box.X0 < t.X1 && t.Y0 < box.Y1 && box.Y0 < t.Y1)) continue;
                taken.Add(box);
                result.Add(new MapLabel(c, left ? x0 + w : x0, y0 + height - 2, left ? "end" : "start"));
                break;
            }
        }
        return result;
    }

    private static bool IsDot((double X0, double Y0, double X1, double Y1) box, MapCity c) =>
        box == (c.DotX - c.Radius, c.DotY - c.Radius, c.DotX + c.Radius, c.DotY + c.Radius);
}
