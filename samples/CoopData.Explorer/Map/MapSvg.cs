using System.Collections.Generic;
using System.Linq;
using System.Text;
using static CoopData.Explorer.Map.MapModel;

namespace CoopData.Explorer.Map;

/// <summary>The map as SVG markup: countries, partnership arcs coloured by status, city dots sized by partnerships, labels, legend.</summary>
public static class MapSvg
{
    /// <summary>Status, legend label and colour (Okabe–Ito, distinguishable with colour-blindness; dashes tell them apart without colour).</summary>
    public static readonly IReadOnlyList<(PartnershipStatus Status, string Key, string Label, string Colour, string? Dash)> Statuses =
    [
        (PartnershipStatus.Active, "active", "active", "#0060A0", null),
        (PartnershipStatus.Signed, "signed", "signed", "#007A5A", null),
        (PartnershipStatus.Negotiating, "negotiating", "negotiating", "#B35F00", "6 3"),
        (PartnershipStatus.Proposed, "proposed", "proposed", "#A7447F", "2 3"),
    ];

    public static string StatusKey(PartnershipStatus s) => Statuses.First(x => x.Status == s).Key;

    /// <summary>Styles shared by the page and the standalone SVG.</summary>
    public static string Styles(double arcOpacity) =>
        ".sea{fill:#eef3f7}.land{fill:#dcd8cc;stroke:#fff;stroke-width:.5}.land.has{fill:#cbc3ad}" +
        ".arc{fill:none;stroke-width:1.6;stroke-linecap:round;opacity:" + N(arcOpacity) + "}" +
        string.Concat(Statuses.Select(s => ".s-" + s.Key + "{stroke:" + s.Colour + (s.Dash is { } d ? ";stroke-dasharray:" + d : "") + "}")) +
        ".city{fill:#c2410c;fill-opacity:.85;stroke:#fff;stroke-width:1}.city.lonely{fill:#57534e}.city.approx{stroke:#1c1917;stroke-dasharray:2 1.5}" +
        ".label{pointer-events:none;font:600 11px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;fill:#1c1917;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}" +
        ".legend .key{fill:none;stroke-width:2}.legend text{font:11px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;fill:#1c1917}.legend .box{fill:#fff;fill-opacity:.92;stroke:#a8a29e}";

    /// <summary>
    /// Writes the map's <c>&lt;svg&gt;</c>. Interactive: cities are focusable buttons for the page's script;
    /// otherwise a self-contained picture with its own styles and XML namespace.
    /// </summary>
    public static void Write(StringBuilder sb, MapModel m, bool interactive)
    {
        var w = m.World;
        int cities = m.Cities.Count, ties = m.Data.Partnerships.Count;
        string summary = $"{cities} cities and {ties} partnerships between them, from {m.Data.Articles.Count} articles";
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" viewBox=\"0 0 ").Append(w.Width).Append(' ').Append(w.Height)
          .Append("\" width=\"").Append(w.Width).Append("\" height=\"").Append(w.Height).Append('"');
        sb.Append(interactive
            ? " role=\"group\" aria-labelledby=\"map-title\" aria-describedby=\"map-desc\">"
            : " role=\"img\" aria-labelledby=\"map-title\" aria-describedby=\"map-desc\">");
        sb.Append("<title id=\"map-title\">City-to-city cooperation network</title>");
        sb.Append("<desc id=\"map-desc\">World map: ").Append(Markup.Encode(summary))
          .Append(". Each city is a dot sized by its number of partnerships; each partnership is an arc coloured by status.</desc>");
        if (!interactive) sb.Append("<style>").Append(Styles(m.ArcOpacity)).Append("</style>");
        sb.Append("<g id=\"viewport\">");
        sb.Append("<rect class=\"sea\" x=\"-2000\" y=\"-2000\" width=\"").Append(w.Width + 4000).Append("\" height=\"").Append(w.Height + 4000).Append("\"/>");

        var present = new HashSet<string>(m.Cities.Select(c => c.City.Country));
        sb.Append("<g id=\"countries\" aria-hidden=\"true\">");
        foreach (var c in w.Countries)
        {
            sb.Append("<path class=\"land").Append(present.Contains(c.Code) ? " has" : "").Append("\" data-code=\"").Append(Markup.Encode(c.Code))
              .Append("\" d=\"").Append(c.Path).Append("\"><title>").Append(Markup.Encode(c.Name)).Append("</title></path>");
        }
        sb.Append("</g>");

        sb.Append("<g id=\"arcs\">");
        foreach (var a in m.Arcs)
        {
            var p = a.Partnership;
            string label = $"{a.From.City.Name} – {a.To.City.Name}: {StatusKey(p.Status)}{(p.Since is { } y ? $" since {y}" : "")}";
            sb.Append("<path class=\"arc s-").Append(StatusKey(p.Status)).Append("\" data-id=\"").Append(Markup.Encode(p.Id))
              .Append("\" data-from=\"").Append(Markup.Encode(a.From.City.Id)).Append("\" data-to=\"").Append(Markup.Encode(a.To.City.Id)).Append('"');
            if (p.Since is { } since) sb.Append(" data-since=\"").Append(since).Append('"');
            sb.Append(" d=\"").Append(a.Path).Append("\"><title>").Append(Markup.Encode(label)).Append("</title></path>");
        }
        sb.Append("</g>");

        sb.Append("<g id=\"cities\">");
        foreach (var c in m.Cities)
        {
            string name = c.City.Name + (c.LocalName is { } local ? " (" + local + ")" : "");
            string label = $"{name}, {w.CountryName(c.City.Country)}: {Plural(c.Ties, "partnership")}, {Plural(c.City.Events.Count, "event")}"
                + (c.City.IsLocationApproximate ? "; location approximate" : "");
            sb.Append("<circle class=\"city").Append(c.Ties == 0 ? " lonely" : "").Append(c.City.IsLocationApproximate ? " approx" : "")
              .Append("\" data-id=\"").Append(Markup.Encode(c.City.Id)).Append("\" data-country=\"").Append(Markup.Encode(c.City.Country))
              .Append("\" data-x=\"").Append(N(c.X)).Append("\" data-y=\"").Append(N(c.Y))
              .Append("\" data-lat=\"").Append(N(c.City.Latitude!.Value)).Append("\" data-lon=\"").Append(N(c.City.Longitude!.Value)).Append('"');
            if (c.City.IsLocationApproximate) sb.Append(" data-approximate=\"true\"");
            sb.Append(" cx=\"").Append(N(c.DotX)).Append("\" cy=\"").Append(N(c.DotY)).Append("\" r=\"").Append(N(c.Radius)).Append('"');
            if (interactive) sb.Append(" tabindex=\"0\" role=\"button\" aria-label=\"").Append(Markup.Encode(label)).Append('"');
            sb.Append("><title>").Append(Markup.Encode(label)).Append("</title></circle>");
        }
        sb.Append("</g>");

        sb.Append("<g id=\"labels\" aria-hidden=\"true\">");
        foreach (var l in m.Labelled)
        {
            sb.Append("<text class=\"label\" data-id=\"").Append(Markup.Encode(l.City.City.Id)).Append("\" x=\"").Append(N(l.X)).Append("\" y=\"").Append(N(l.Y)).Append('"')
              .Append(l.Anchor == "end" ? " text-anchor=\"end\"" : "").Append('>').Append(Markup.Encode(l.City.City.Name)).Append("</text>");
        }
        sb.Append("</g></g>");
        Legend(sb, m);
        sb.Append("</svg>");
    }

    // Bottom left, over the South Pacific where no city lies.
    private static void Legend(StringBuilder sb, MapModel m)
    {
        double x = 10, y = m.World.Height - 126;
        sb.Append("<g class=\"legend\" id=\"legend\" transform=\"translate(").Append(N(x)).Append(' ').Append(N(y)).Append(")\">");
        sb.Append("<rect class=\"box\" width=\"162\" height=\"118\" rx=\"4\"/>");
        sb.Append("<text x=\"8\" y=\"15\" font-weight=\"700\">Partnership status</text>");
        for (int i = 0; i < Statuses.Count; i++)
        {
            var s = Statuses[i];
            double ly = 28 + i * 14;
            sb.Append("<path class=\"key s-").Append(s.Key).Append("\" d=\"M8 ").Append(N(ly)).Append("h26\"/>");
            sb.Append("<text x=\"40\" y=\"").Append(N(ly + 4)).Append("\">").Append(s.Label).Append(" (")
              .Append(m.Data.Partnerships.Count(p => p.Status == s.Status)).Append(")</text>");
        }
        sb.Append("<circle class=\"city\" cx=\"14\" cy=\"91\" r=\"").Append(N(Radius(1))).Append("\"/>");
        sb.Append("<circle class=\"city\" cx=\"32\" cy=\"91\" r=\"").Append(N(Radius(9))).Append("\"/>");
        sb.Append("<text x=\"46\" y=\"88\">city: size = ties</text>");
        sb.Append("<circle class=\"city approx\" cx=\"23\" cy=\"107\" r=\"4.5\"/>");
        sb.Append("<text x=\"46\" y=\"111\">approximate place</text>");
        sb.Append("</g>");
    }

    public static string Plural(int n, string noun) => n + " " + noun + (n == 1 ? "" : "s");

    /// <summary>The standalone SVG document (<c>map --svg</c>).</summary>
    public static string Document(MapModel m)
    {
        var sb = new StringBuilder(256 * 1024);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Write(sb, m, interactive: false);
        sb.Append('\n');
        return sb.ToString();
    }
}
