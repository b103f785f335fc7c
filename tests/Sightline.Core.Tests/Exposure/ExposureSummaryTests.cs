using Sightline.Core.Exposure;

namespace Sightline.Core.Tests.Exposure;

public sealed class ExposureSummaryTests
{
    // By city: London has 3 Hikvision, 1 Dahua, 2 unidentified (6); Leeds 2 Dahua, 1 Uniview, 1 Axis (4);
    // Bath 4 Hikvision (4, ties with Leeds); 2 devices without a city, 1 of them Hikvision.
    private static readonly GroupCount[] Counts =
    [
        new("London", MakerGroup.Hikvision, 3), new("London", MakerGroup.Dahua, 1), new("London", MakerGroup.Unidentified, 2),
        new("Leeds", MakerGroup.Dahua, 2), new("Leeds", MakerGroup.OtherChinese, 1), new("Leeds", MakerGroup.Other, 1),
        new("Bath", MakerGroup.Hikvision, 4),
        new(null, MakerGroup.Hikvision, 1), new(null, MakerGroup.Unidentified, 1),
    ];

    [Fact]
    public void Rows_add_up_per_key_and_order_by_total_then_key_with_the_unknown_key_last()
    {
        IReadOnlyList<SummaryRow> rows = ExposureSummary.Build(Counts, top: 0);

        Assert.Equal(
        [
            new SummaryRow("London", 3, 1, 0, 6),
            new SummaryRow("Bath", 4, 0, 0, 4),
            new SummaryRow("Leeds", 0, 2, 1, 4),
            new SummaryRow(null, 1, 0, 0, 2),
        ], rows);
    }

    [Fact]
    public void Top_keeps_the_largest_groups()
    {
        Assert.Equal(["London", "Bath"], ExposureSummary.Build(Counts, top: 2).Select(r => r.Key));
    }

    [Fact]
    public void The_total_counts_every_observation_so_it_is_at_least_the_named_columns()
    {
        Assert.All(ExposureSummary.Build(Counts, 0), r => Assert.True(r.Total >= r.Hikvision + r.Dahua + r.OtherChinese));
        Assert.Equal(Counts.Sum(c => c.Count), ExposureSummary.Build(Counts, 0).Sum(r => r.Total));
    }

    [Theory]
    [InlineData("city", SummaryDimension.City)]
    [InlineData("vuln", SummaryDimension.Vuln)]
    [InlineData("asn", SummaryDimension.Asn)]
    public void Dimensions_parse_from_their_codes(string code, SummaryDimension expected)
    {
        Assert.True(ExposureSummary.TryParse(code, out SummaryDimension dimension));
        Assert.Equal(expected, dimension);
        Assert.False(ExposureSummary.TryParse("City", out _));
    }
}
