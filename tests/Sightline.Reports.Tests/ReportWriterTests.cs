using System.Diagnostics;
using MiniExcelLibs;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;
using Sightline.Testing;

namespace Sightline.Reports.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-report");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static CodedResult R(string name, Sector sector, Region? region, Nation nation, Finding hik, params Capability[] caps) =>
        new(name, name, sector, nation, region, ResultOutcome.Answered, hik, Finding.No, Finding.Unknown, caps.ToHashSet(), new HashSet<Capability>(), [], null, null, null);

    private static readonly CodedResult[] Results =
    [
        R("<script>alert(1)</script> Council", Sector.Council, Region.London, Nation.England, Finding.Yes, Capability.Anpr),
        R("=HYPERLINK(\"http://x\") Council", Sector.Council, Region.NorthWest, Nation.England, Finding.No),
        R("Ysgol Glan Clwyd", Sector.School, null, Nation.Wales, Finding.Yes, Capability.FaceDetection),
        R("Edinburgh Academy", Sector.School, null, Nation.Scotland, Finding.No),
    ];

    [Fact]
    public async Task A_report_has_html_csv_xlsx_and_charts_with_user_text_escaped()
    {
        ReportFiles files = await ReportWriter.WriteAsync("Test <campaign>", Results, Denominator.Answered, _directory, pdf: false, TestContext.Current.CancellationToken);

        string html = await File.ReadAllTextAsync(files.Html, TestContext.Current.CancellationToken);
        Assert.Contains("<h1>Test &lt;campaign&gt;</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("Percentages are of <strong>answered bodies", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("London: 100.0%", html, StringComparison.Ordinal); // the map's tooltip for a shaded region
        Assert.Contains("Wales: 100.0%", html, StringComparison.Ordinal);

        byte[] png = await File.ReadAllBytesAsync(Path.Combine(_directory, "either-by-sector.png"), TestContext.Current.CancellationToken);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        var sheets = MiniExcel.GetSheetNames(Path.Combine(_directory, "report.xlsx"));
        Assert.Equal(["by-sector", "by-sector-and-region", "capabilities"], sheets);
        var rows = MiniExcel.Query(Path.Combine(_directory, "report.xlsx"), useHeaderRow: true, sheetName: "by-sector").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("All bodies", rows[0]["group"]);
        Assert.Equal("50.0", rows[0]["either_pct"]);
        string csv = await File.ReadAllTextAsync(Path.Combine(_directory, "by-sector.csv"), TestContext.Current.CancellationToken);
        Assert.StartsWith("group,requests,responses,refused,answered,hikvision,dahua,either", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+44 20 7946 0958", "'+44 20 7946 0958")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("Smith, Jones", "\"Smith, Jones\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void Csv_cells_are_quoted_and_formulas_defused(string cell, string expected) => Assert.Equal(expected, CsvCell.Escape(cell));

    [Fact]
    public void The_map_shades_areas_by_value_and_greys_those_without()
    {
        string svg = UkMap.Svg(new Dictionary<string, double> { [UkMap.CodeOf(Region.London)] = 100, [UkMap.CodeOf(Nation.Scotland)] = 0 }, "t");

        Assert.Equal(12, svg.Split("<path ").Length - 1);
        Assert.Contains($"fill=\"{UkMap.Shade(100)}\"", svg, StringComparison.Ordinal);
        Assert.Contains("North East: no data", svg, StringComparison.Ordinal);
        Assert.NotEqual(UkMap.Shade(0), UkMap.Shade(100));
    }

    [Fact]
    public async Task A_pdf_is_printed_by_chromium()
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("SIGHTLINE_TEST_REQUIRE_TOOLS") != "1", "Chromium is not installed");
        }

        ReportFiles files = await ReportWriter.WriteAsync("PDF test", Results, Denominator.Responses, _directory, pdf: true, TestContext.Current.CancellationToken);

        Assert.NotNull(files.Pdf);
        var pdftotext = Process.Start(new ProcessStartInfo("pdftotext", [files.Pdf!, "-"]) { RedirectStandardOutput = true })!;
        string text = await pdftotext.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await pdftotext.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Contains("PDF test", text, StringComparison.Ordinal);
        Assert.Contains("all responses", text, StringComparison.Ordinal);
    }
}
