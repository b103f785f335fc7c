using System.Globalization;
using System.Text;
using Sightline.Reports;

namespace Sightline.Web;

/// <summary>A horizontal bar chart of percentages with their 95% intervals, as inline SVG made from numbers and escaped
/// labels only (safe to embed; no script, no external resources).</summary>
public static class SvgBars
{
    public sealed record Bar(string Label, double Percent, double? Low, double? High, string Note);

    public static string Render(IReadOnlyList<Bar> bars, string title)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int width = 640, labelWidth = 210, barArea = 360, rowHeight = 30, top = 10;
        int height = top + (bars.Count * rowHeight) + 30;
        var inv = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"bars-title\" class=\"bars\">");
        svg.Append(inv, $"<title id=\"bars-title\">{UkMap.Escape(title)}</title>");
        foreach (int tick in new[] { 0, 25, 50, 75, 100 })
        {
            double x = labelWidth + (barArea * tick / 100.0);
            svg.Append(inv, $"<line x1=\"{x:0.#}\" y1=\"{top}\" x2=\"{x:0.#}\" y2=\"{height - 25}\" class=\"grid\"/>");
            svg.Append(inv, $"<text x=\"{x:0.#}\" y=\"{height - 8}\" class=\"tick\" text-anchor=\"middle\">{tick}%</text>");
        }

        for (int i = 0; i < bars.Count; i++)
        {
            Bar b = bars[i];
            double y = top + (i * rowHeight);
            double w = barArea * Math.Clamp(b.Percent, 0, 100) / 100.0;
            svg.Append(inv, $"<text x=\"{labelWidth - 8}\" y=\"{y + 19:0.#}\" text-anchor=\"end\" class=\"label\">{UkMap.Escape(b.Label)}</text>");
            svg.Append(inv, $"<rect x=\"{labelWidth}\" y=\"{y + 6:0.#}\" width=\"{w:0.#}\" height=\"18\" class=\"bar\"><title>{UkMap.Escape($"{b.Label}: {b.Percent.ToString("0.0", inv)}% {b.Note}")}</title></rect>");
            if (b.Low is { } lo && b.High is { } hi)
            {
                double x1 = labelWidth + (barArea * lo / 100.0), x2 = labelWidth + (barArea * hi / 100.0);
                svg.Append(inv, $"<line x1=\"{x1:0.#}\" y1=\"{y + 15:0.#}\" x2=\"{x2:0.#}\" y2=\"{y + 15:0.#}\" class=\"ci\"/>");
                svg.Append(inv, $"<line x1=\"{x1:0.#}\" y1=\"{y + 10:0.#}\" x2=\"{x1:0.#}\" y2=\"{y + 20:0.#}\" class=\"ci\"/><line x1=\"{x2:0.#}\" y1=\"{y + 10:0.#}\" x2=\"{x2:0.#}\" y2=\"{y + 20:0.#}\" class=\"ci\"/>");
            }

            svg.Append(inv, $"<text x=\"{labelWidth + barArea + 8}\" y=\"{y + 19:0.#}\" class=\"value\">{b.Percent.ToString("0", inv)}%</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
