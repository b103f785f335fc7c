using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Sightline.Core.Bodies;
using Sightline.Core.Correspondence;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;

namespace Sightline.Reports;

/// <summary>A campaign's published tables and record-level data, and their CSV and XLSX files: the open-data downloads of
/// the web site and the API. Every table states its denominator in its rows (requests, responses, refused, answered).</summary>
public static class OpenData
{
    /// <summary>The ids of the tables, in the order they are published.</summary>
    public static IReadOnlyList<string> TableIds { get; } = ["by-sector", "by-nation", "by-region", "by-sector-and-region", "capabilities", "records"];

    public static IReadOnlyList<ReportTable> Tables(IReadOnlyList<CodedResult> results, Denominator denominator)
    {
        ArgumentNullException.ThrowIfNull(results);
        var bySector = StatisticsCalculator.Compute(results, [GroupDimension.Sector], denominator);
        return
        [
            ReportWriter.Table("by-sector", "Findings by sector", bySector),
            ReportWriter.Table("by-nation", "Findings by nation", StatisticsCalculator.Compute(results, [GroupDimension.Nation], denominator)),
            ReportWriter.Table("by-region", "Findings by English region and nation", StatisticsCalculator.Compute(results, [GroupDimension.Region], denominator)),
            ReportWriter.Table("by-sector-and-region", "Findings by sector and region or nation", StatisticsCalculator.Compute(results, [GroupDimension.Sector, GroupDimension.Region], denominator)),
            ReportWriter.CapabilityTable(bySector),
            Records(results),
        ];
    }

    /// <summary>One row per body: the coded findings as published (notes with personal data removed).</summary>
    public static ReportTable Records(IReadOnlyList<CodedResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        string[] header = ["body_key", "body_name", "sector", "nation", "region", "outcome", "hikvision", "dahua", "other_chinese", "hikvision_count", "dahua_count", "capabilities", "capabilities_in_use", "exemptions", "notes"];
        var rows = results.OrderBy(r => r.BodyKey, StringComparer.Ordinal).Select(r => new[]
        {
            r.BodyKey, r.BodyName, r.Sector.ToCode(), r.Nation?.ToCode() ?? string.Empty, r.Region?.ToCode() ?? string.Empty, r.Outcome.ToCode(),
            r.Hikvision.ToCode(), r.Dahua.ToCode(), r.OtherChinese.ToCode(),
            r.HikvisionCount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.DahuaCount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join(';', r.Capabilities.Select(c => c.ToCode()).Order(StringComparer.Ordinal)),
            string.Join(';', r.CapabilitiesInUse.Select(c => c.ToCode()).Order(StringComparer.Ordinal)),
            string.Join(';', r.Exemptions),
            r.Notes is null ? string.Empty : PersonalDataRedactor.Redact(r.Notes),
        }).ToList();
        return new ReportTable("records", "Coded results, one row per body", header, rows);
    }

    /// <summary>RFC 4180 CSV, UTF-8, with cells that a spreadsheet would run as formulas guarded.</summary>
    public static byte[] Csv(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder().Append(string.Join(',', table.Header.Select(CsvCell.Escape))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            csv.Append(string.Join(',', row.Select(CsvCell.Escape))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>One sheet per table.</summary>
    public static async Task<byte[]> XlsxAsync(IReadOnlyList<ReportTable> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>();
        foreach (ReportTable table in tables)
        {
            sheets[table.Id] = table.Rows.Select(r => table.Header.Zip(r).ToDictionary(p => p.First, p => (object)p.Second)).ToList();
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken).ConfigureAwait(false);
        return stream.ToArray();
    }

    /// <summary>The rows as objects keyed by the header, for JSON.</summary>
    public static IReadOnlyList<Dictionary<string, string>> Objects(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.Rows.Select(r => table.Header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }
}
