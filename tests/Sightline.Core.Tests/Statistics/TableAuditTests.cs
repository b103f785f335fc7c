using System.Globalization;
using Sightline.Core.Statistics;
using Sightline.Testing;

namespace Sightline.Core.Tests.Statistics;

public sealed class TableAuditTests
{
    private static IReadOnlyList<PublishedValue> Load2022()
    {
        string path = Path.Combine(TestPaths.RepositoryRoot, "data", "examples", "2022-published-tables.csv");
        return [.. File.ReadLines(path).Skip(1).Select((l, i) => l.Split(',')).Select((p, i) => new PublishedValue(p[0], p[1],
            double.Parse(p[2], CultureInfo.InvariantCulture), p[2].Contains('.', StringComparison.Ordinal) ? p[2].Split('.')[1].Length : 0, i + 2))];
    }

    [Fact]
    public void The_2022_tables_show_their_known_errors()
    {
        var findings = TableAudit.Audit(Load2022(), Denominator.Answered, null);

        AuditFinding councilDahua = Assert.Single(findings, f => f.Group == "council" && f.Metric == "dahua_pct");
        Assert.Equal("error", councilDahua.Severity);
        Assert.StartsWith("arithmetically impossible: 35 dahua of 343 responses (18 refused) cannot give 36%", councilDahua.Explanation, StringComparison.Ordinal);
        Assert.Equal(10.2, councilDahua.Computed["of_responses"], 1);

        AuditFinding police = Assert.Single(findings, f => f.Group == "police" && f.Metric == "dahua_pct");
        Assert.Equal("error", police.Severity);

        AuditFinding councils = Assert.Single(findings, f => f.Group == "council" && f.Metric == "hikvision_pct");
        Assert.Equal("warning", councils.Severity);
        Assert.StartsWith("other denominator: computed over all responses (refusals included)", councils.Explanation, StringComparison.Ordinal);
        Assert.Equal(69.8, councils.Computed["of_answered"], 1);

        AuditFinding schools = Assert.Single(findings, f => f.Group == "school" && f.Metric == "hikvision_pct");
        Assert.Equal("warning", schools.Severity); // 352 of 676 is 52.07%: published as 52.2
        Assert.StartsWith("rounding or arithmetic slip: 352 hikvision of 676 responses (13 refused) gives 52.07% of all responses", schools.Explanation, StringComparison.Ordinal);

        AuditFinding sum = Assert.Single(findings, f => f.Group == "overall" && f.Metric == "responses");
        Assert.Equal(1302, sum.Computed["sum_of_rows"]);
    }

    [Fact]
    public void A_percentage_outside_0_to_100_and_an_impossible_either_are_errors()
    {
        PublishedValue[] table =
        [
            new("x", "hikvision_pct", 120, 0, 2),
            new("y", "hikvision_pct", 40, 0, 3),
            new("y", "dahua_pct", 10, 0, 4),
            new("y", "either_pct", 30, 0, 5),
        ];

        var findings = TableAudit.Audit(table, null, null);

        Assert.Contains(findings, f => f.Line == 2 && f.Severity == "error" && f.Explanation.Contains("outside 0–100", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Line == 5 && f.Metric == "either_pct" && f.Severity == "error");
    }

    [Fact]
    public void Published_values_are_compared_with_the_records()
    {
        var records = new Dictionary<string, GroupStatistics>
        {
            ["police"] = new(null, null, null, 47, 44, 4, 40, 15, 1, 16, 16, new Dictionary<Sightline.Core.Devices.Capability, int>(), new Dictionary<Sightline.Core.Devices.Capability, int>(), Denominator.Answered),
        };

        var findings = TableAudit.Audit([new("police", "hikvision_pct", 34.1, 1, 2), new("police", "dahua", 0, 0, 3)], null, records);

        AuditFinding pct = Assert.Single(findings, f => f.Metric == "hikvision_pct");
        Assert.Equal(37.5, pct.Computed["records"]);
        Assert.Equal(-3.4, pct.Difference!.Value, 1);
        Assert.Contains(findings, f => f.Metric == "dahua" && f.Computed["records"] == 1);
    }
}
