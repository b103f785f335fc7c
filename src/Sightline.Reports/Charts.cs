namespace Sightline.Reports;

/// <summary>Charts drawn with ScottPlot, written as PNG and SVG with a fixed font so output does not change between machines.</summary>
public static class Charts
{
    /// <summary>A bar chart of percentages (0–100) with category labels; writes <c>{pathWithoutExtension}.png</c> and <c>.svg</c>.</summary>
    public static void Bars(IReadOnlyList<string> labels, IReadOnlyList<double> values, string title, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        var plot = new ScottPlot.Plot();
        plot.Font.Set("DejaVu Sans");
        var bars = plot.Add.Bars(values.ToArray());
        bars.Color = ScottPlot.Color.FromHex("#9b1c1c");
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        plot.Axes.SetLimitsY(0, 100);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel("%");
        plot.SavePng(pathWithoutExtension + ".png", 900, 420);
        plot.SaveSvg(pathWithoutExtension + ".svg", 900, 420);
    }
}
