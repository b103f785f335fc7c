using System.Globalization;
using System.Text;
using System.Text.Json;
using Sightline.Core.Bodies;
using Sightline.Core.Statistics;

namespace Sightline.Reports;

/// <summary>Draws the nine English regions and the three other nations as SVG, each shaded by a value (e.g. a rate).
/// Boundaries: ONS (OGL v3.0), generalised, embedded in this assembly. Projection: equirectangular scaled by cos 54°,
/// which is faithful enough for a UK-sized choropleth.</summary>
public static class UkMap
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Name, List<List<(double X, double Y)>> Rings)>> Shapes = new(Load);

    /// <summary>The area codes: ONS region codes (E12000001…) and nation codes (N92000002, S92000003, W92000004).</summary>
    public static string CodeOf(Region region) => region.ToOnsCode();

    public static string CodeOf(Nation nation) => nation switch
    {
        Nation.Scotland => "S92000003",
        Nation.Wales => "W92000004",
        Nation.NorthernIreland => "N92000002",
        _ => "E92000001",
    };

    /// <summary>The share of bodies using Hikvision or Dahua in each English region and each other nation, by area code,
    /// for <see cref="Svg"/>; areas with no bodies in the denominator are left out (drawn grey).</summary>
    public static Dictionary<string, double> EitherShareByArea(IReadOnlyList<CodedResult> results, Denominator denominator) =>
        StatisticsCalculator.Compute(results, [GroupDimension.Region], denominator).Skip(1)
            .Where(g => g.EitherShare.Percent is not null)
            .ToDictionary(g => g.Region is { } r ? CodeOf(r) : CodeOf(g.Nation ?? Nation.England), g => g.EitherShare.Percent!.Value);

    /// <param name="values">Area code → value in percent (0–100); areas without a value are drawn grey.</param>
    public static string Svg(IReadOnlyDictionary<string, double> values, string title, int width = 420)
    {
        ArgumentNullException.ThrowIfNull(values);
        var shapes = Shapes.Value;
        double scale = Math.Cos(54 * Math.PI / 180);
        var all = shapes.SelectMany(s => s.Rings.SelectMany(r => r)).ToList();
        double minX = all.Min(p => p.X * scale), maxX = all.Max(p => p.X * scale), minY = all.Min(p => p.Y), maxY = all.Max(p => p.Y);
        double k = width / (maxX - minX);
        int height = (int)Math.Ceiling((maxY - minY) * k) + 40;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        foreach (var (code, name, rings) in shapes)
        {
            bool known = values.TryGetValue(code, out double value);
            string fill = known ? Shade(value) : "#d9d9d9";
            string label = known ? $"{name}: {value.ToString("0.0", CultureInfo.InvariantCulture)}%" : $"{name}: no data";
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"");
            foreach (var ring in rings)
            {
                for (int i = 0; i < ring.Count; i++)
                {
                    double x = ((ring[i].X * scale) - minX) * k, y = (maxY - ring[i].Y) * k;
                    svg.Append(i == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
                }

                svg.Append('Z');
            }

            svg.Append(CultureInfo.InvariantCulture, $"\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"0.6\"><title>{Escape(label)}</title></path>");
        }

        // Legend: 0 to 100%.
        for (int i = 0; i <= 4; i++)
        {
            double v = i * 25;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{10 + (i * 40)}\" y=\"{height - 28}\" width=\"40\" height=\"10\" fill=\"{Shade(v)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{10 + (i * 40)}\" y=\"{height - 6}\" font-size=\"10\" font-family=\"DejaVu Sans, sans-serif\">{v}%</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>White (0%) to deep red (100%).</summary>
    public static string Shade(double percent)
    {
        double t = Math.Clamp(percent / 100.0, 0, 1);
        int r = (int)Math.Round(255 - (t * (255 - 140))), g = (int)Math.Round(245 - (t * (245 - 20))), b = (int)Math.Round(240 - (t * (240 - 30)));
        return string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");
    }

    public static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static List<(string, string, List<List<(double, double)>>)> Load()
    {
        using Stream stream = typeof(UkMap).Assembly.GetManifestResourceStream("geo/uk-regions.geojson")
            ?? throw new InvalidDataException("The UK boundaries are missing from Sightline.Reports.");
        using JsonDocument doc = JsonDocument.Parse(stream);
        var shapes = new List<(string, string, List<List<(double, double)>>)>();
        foreach (JsonElement feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            JsonElement props = feature.GetProperty("properties");
            string code = props.TryGetProperty("RGN22CD", out JsonElement rgn) && rgn.ValueKind == JsonValueKind.String ? rgn.GetString()! : props.GetProperty("CTRY22CD").GetString()!;
            string name = props.GetProperty("name").GetString()!;
            JsonElement geometry = feature.GetProperty("geometry");
            IEnumerable<JsonElement> polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("coordinates").EnumerateArray()
                : [geometry.GetProperty("coordinates")];
            var rings = new List<List<(double, double)>>();
            foreach (JsonElement polygon in polygons)
            {
                foreach (JsonElement ring in polygon.EnumerateArray())
                {
                    var points = ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList();
                    if (points.Count >= 4)
                    {
                        rings.Add(points);
                    }
                }
            }

            shapes.Add((code, name, rings));
        }

        return shapes;
    }
}
