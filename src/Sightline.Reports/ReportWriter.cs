using System.Diagnostics;
using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;

namespace Sightline.Reports;

/// <summary>Writes a campaign report to a folder: <c>report.html</c> (self-contained: method, tables, an SVG chart and a UK map),
/// <c>report.xlsx</c> and one CSV per table, charts as PNG and SVG (ScottPlot), and <c>report.pdf</c> through headless
/// Chromium when asked.</summary>
public static class ReportWriter
{
    private static readonly string[] ChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static async Task<ReportFiles> WriteAsync(string campaign, IReadOnlyList<CodedResult> results, Denominator denominator, string directory, bool pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        Directory.CreateDirectory(directory);
        var tables = new List<ReportTable>
        {
            Table("by-sector", "Findings by sector", StatisticsCalculator.Compute(results, [GroupDimension.Sector], denominator)),
            Table("by-sector-and-region", "Findings by sector and region or nation", StatisticsCalculator.Compute(results, [GroupDimension.Sector, GroupDimension.Region], denominator)),
            CapabilityTable(StatisticsCalculator.Compute(results, [GroupDimension.Sector], denominator)),
        };
        var byArea = UkMap.EitherShareByArea(results, denominator);
        string map = UkMap.Svg(byArea, $"{campaign}: share of bodies using Hikvision or Dahua, by region and nation");

        var files = new List<string>();
        foreach (ReportTable table in tables)
        {
            string path = Path.Combine(directory, table.Id + ".csv");
            var csv = new StringBuilder().AppendLine(string.Join(',', table.Header.Select(CsvCell.Escape)));
            foreach (var row in table.Rows)
            {
                csv.AppendLine(string.Join(',', row.Select(CsvCell.Escape)));
            }

            await File.WriteAllTextAsync(path, csv.ToString(), cancellationToken).ConfigureAwait(false);
            files.Add(path);
        }

        string xlsx = Path.Combine(directory, "report.xlsx");
        var sheets = new Dictionary<string, object>();
        foreach (ReportTable table in tables)
        {
            sheets[table.Id] = table.Rows.Select(r => table.Header.Zip(r).ToDictionary(p => p.First, p => (object)p.Second)).ToList();
        }

        File.Delete(xlsx);
        await MiniExcel.SaveAsAsync(xlsx, sheets, cancellationToken: cancellationToken).ConfigureAwait(false);
        files.Add(xlsx);

        var sectorGroups = StatisticsCalculator.Compute(results, [GroupDimension.Sector], denominator).Skip(1).Where(g => g.EitherShare.Percent is not null).ToList();
        string chartBase = Path.Combine(directory, "either-by-sector");
        Charts.Bars([.. sectorGroups.Select(g => g.Sector!.Value.ToLabel())], [.. sectorGroups.Select(g => g.EitherShare.Percent!.Value)],
            "Bodies using Hikvision or Dahua (%)", chartBase);
        files.Add(chartBase + ".png");
        files.Add(chartBase + ".svg");
        string mapPath = Path.Combine(directory, "map.svg");
        await File.WriteAllTextAsync(mapPath, map, cancellationToken).ConfigureAwait(false);
        files.Add(mapPath);

        string html = Html(campaign, results, denominator, tables, map, await File.ReadAllTextAsync(chartBase + ".svg", cancellationToken).ConfigureAwait(false));
        string htmlPath = Path.Combine(directory, "report.html");
        await File.WriteAllTextAsync(htmlPath, html, cancellationToken).ConfigureAwait(false);
        files.Insert(0, htmlPath);

        string? pdfPath = null;
        if (pdf)
        {
            pdfPath = Path.Combine(directory, "report.pdf");
            await PrintPdfAsync(htmlPath, pdfPath, cancellationToken).ConfigureAwait(false);
            files.Add(pdfPath);
        }

        return new ReportFiles(htmlPath, pdfPath, files);
    }

    /// <summary>Prints <paramref name="html"/> with headless Chromium (Debian's <c>chromium</c>), with a time-out.</summary>
    /// <exception cref="InvalidOperationException">Chromium is not installed or failed.</exception>
    public static async Task PrintPdfAsync(string html, string pdf, CancellationToken cancellationToken)
    {
        string chromium = ChromiumPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("PDF output needs Chromium (Debian: apt-get install chromium).");
        string profile = Path.Combine(Path.GetTempPath(), $"sightline-chromium-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--disable-quic", $"--user-data-dir={profile}", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(Path.GetFullPath(html)).AbsoluteUri })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        Task<string> errors = process.StandardError.ReadToEndAsync(timeout.Token);
        _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("Chromium did not print the PDF within 90 seconds.");
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // a leftover temporary profile is harmless
            }
        }

        if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
        {
            throw new InvalidOperationException($"Chromium did not write the PDF: {(await errors.ConfigureAwait(false)).Split('\n').FirstOrDefault(l => l.Contains("ERROR", StringComparison.Ordinal))}");
        }
    }

    internal static ReportTable Table(string id, string title, IReadOnlyList<GroupStatistics> groups)
    {
        string[] header = ["group", "requests", "responses", "refused", "answered", "hikvision", "dahua", "either", "any_chinese", "hikvision_pct", "dahua_pct", "either_pct", "either_ci95_low", "either_ci95_high", "any_chinese_pct"];
        var rows = groups.Select(g => new[]
        {
            Label(g), N(g.Requests), N(g.Responses), N(g.Refused), N(g.Answered), N(g.Hikvision), N(g.Dahua), N(g.Either), N(g.AnyChinese),
            P(g.HikvisionShare.Percent), P(g.DahuaShare.Percent), P(g.EitherShare.Percent), P(g.EitherShare.Interval95?.Low), P(g.EitherShare.Interval95?.High), P(g.AnyChineseShare.Percent),
        }).ToList();
        return new ReportTable(id, title, header, rows);
    }

    internal static ReportTable CapabilityTable(IReadOnlyList<GroupStatistics> groups)
    {
        string[] header = ["group", .. Capabilities.All.SelectMany(c => new[] { $"{c.ToCode()}_has", $"{c.ToCode()}_in_use" })];
        var rows = groups.Select(g => new[] { Label(g) }.Concat(Capabilities.All.SelectMany(c => new[] { N(g.CapabilityHas[c]), N(g.CapabilityInUse[c]) })).ToArray()).ToList();
        return new ReportTable("capabilities", "Analytics capabilities (bodies that have each, and that use it)", header, rows);
    }

    internal static string Label(GroupStatistics g)
    {
        var parts = new List<string>();
        if (g.Sector is { } s)
        {
            parts.Add(s.ToLabel());
        }

        if (g.Region is { } r)
        {
            parts.Add(r.ToName());
        }
        else if (g.Nation is { } n)
        {
            parts.Add(n.ToName());
        }

        return parts.Count == 0 ? "All bodies" : string.Join(" — ", parts);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(double? p) => p is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;

    private static string Html(string campaign, IReadOnlyList<CodedResult> results, Denominator denominator, List<ReportTable> tables, string map, string chart)
    {
        static string E(string text) => UkMap.Escape(text);
        string denominatorText = denominator == Denominator.Responses
            ? "all responses, refusals and 'neither confirm nor deny' answers included"
            : "answered bodies: responses less refusals and 'neither confirm nor deny' answers";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(campaign)} — Sightline report</title><style>");
        html.Append("body{font-family:'DejaVu Sans',system-ui,sans-serif;color:#1b1f24;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}");
        html.Append("h1{border-bottom:4px solid #9b1c1c;padding-bottom:.3rem}table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.85rem}");
        html.Append("th,td{border-bottom:1px solid #d5dbe1;padding:.3rem .4rem;text-align:right}th:first-child,td:first-child{text-align:left}thead th{border-bottom:2px solid #1b1f24}");
        html.Append("figure{margin:1.5rem 0}figure svg{max-width:100%;height:auto}figure.map svg{max-width:26rem}figcaption{font-size:.9rem;color:#4a5560}.note{background:#f3f5f7;padding:.6rem 1rem;border-left:4px solid #9b1c1c}");
        html.Append("@media print{body{margin:0}}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(campaign)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{results.Count:N0} public bodies; {results.Count(r => r.IsResponse):N0} responded.</p>");
        html.Append("<h2>Method</h2><div class=\"note\"><p>Each body's answer was coded for its use of Hikvision and Dahua equipment (yes, no, unknown), ");
        html.Append("other Chinese makers, analytics capabilities and any exemptions cited. A <em>response</em> is an answer in full or in part, a refusal, ");
        html.Append("'information not held' or 'neither confirm nor deny'; refusals and 'neither confirm nor deny' count as refused.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Percentages are of <strong>{E(denominatorText)}</strong>. Each comes with a Wilson 95% interval. ");
        html.Append("A body counts for a maker only when its own answer says so, with the quoted evidence kept on record.</p></div>");
        html.Append("<figure>").Append(chart).Append("<figcaption>Share of bodies using Hikvision or Dahua, by sector.</figcaption></figure>");
        html.Append("<figure class=\"map\">").Append(map).Append("<figcaption>Share of bodies using Hikvision or Dahua, by English region and by nation (grey: no data). ");
        html.Append("Boundaries: Office for National Statistics, Open Government Licence v3.0; contains OS data © Crown copyright and database right 2022.</figcaption></figure>");
        foreach (ReportTable table in tables)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(table.Title)}</h2><table><thead><tr>");
            foreach (string h in table.Header)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(h.Replace('_', ' '))}</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{E(c)}</td>"))).Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("<p><small>Made with Sightline. Every figure is computed from the coded records; the CSV and XLSX files beside this report hold every table.</small></p></body></html>");
        return html.ToString();
    }
}

/// <summary>A table as written to HTML, CSV and XLSX.</summary>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows);

/// <summary>The files a report wrote.</summary>
public sealed record ReportFiles(string Html, string? Pdf, IReadOnlyList<string> All);
