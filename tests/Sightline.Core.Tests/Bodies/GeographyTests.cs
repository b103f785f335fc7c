using Sightline.Core.Bodies;

namespace Sightline.Core.Tests.Bodies;

public sealed class GeographyTests
{
    [Theory]
    [InlineData("Yorks & Humber", Region.YorkshireAndTheHumber)]
    [InlineData("Yorkshire and The Humber", Region.YorkshireAndTheHumber)]
    [InlineData("yorkshire_and_the_humber", Region.YorkshireAndTheHumber)]
    [InlineData("Eastern", Region.EastOfEngland)]
    [InlineData("East of England", Region.EastOfEngland)]
    [InlineData("E12000007", Region.London)]
    [InlineData("  LONDON ", Region.London)]
    [InlineData("South-West", Region.SouthWest)]
    [InlineData("north east", Region.NorthEast)]
    [InlineData("West Mids", Region.WestMidlands)]
    public void Region_spellings_found_in_public_data_parse_to_one_canonical_region(string text, Region expected)
    {
        Assert.True(Geography.TryParseRegion(text, out Region? region));
        Assert.Equal(expected, region);
    }

    [Theory]
    [InlineData("NI", Nation.NorthernIreland)]
    [InlineData("Northern Ireland", Nation.NorthernIreland)]
    [InlineData("northern_ireland", Nation.NorthernIreland)]
    [InlineData("Cymru", Nation.Wales)]
    [InlineData("Wales (pseudo)", Nation.Wales)]
    [InlineData("scotland", Nation.Scotland)]
    [InlineData("England", Nation.England)]
    public void Nation_spellings_parse(string text, Nation expected)
    {
        Assert.True(Geography.TryParseNation(text, out Nation? nation));
        Assert.Equal(expected, nation);
    }

    [Theory]
    [InlineData("Narnia")]
    [InlineData("")]
    [InlineData("Wales")]
    [InlineData(null)]
    public void Unknown_regions_are_rejected(string? text) => Assert.False(Geography.TryParseRegion(text, out _));

    [Fact]
    public void Every_region_round_trips_through_its_code_and_name()
    {
        Assert.Equal(9, Geography.Regions.Count);
        foreach (Region region in Geography.Regions)
        {
            Assert.True(Geography.TryParseRegion(region.ToCode(), out Region? byCode));
            Assert.True(Geography.TryParseRegion(region.ToName(), out Region? byName));
            Assert.True(Geography.TryParseRegion(region.ToOnsCode(), out Region? byOns));
            Assert.Equal(region, byCode);
            Assert.Equal(region, byName);
            Assert.Equal(region, byOns);
        }
    }
}
