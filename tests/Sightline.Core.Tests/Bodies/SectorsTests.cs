using Sightline.Core.Bodies;

namespace Sightline.Core.Tests.Bodies;

public sealed class SectorsTests
{
    [Theory]
    [InlineData("school", Sector.School)]
    [InlineData("fe_college", Sector.FeCollege)]
    [InlineData("FE college", Sector.FeCollege)]
    [InlineData("Further Education", Sector.FeCollege)]
    [InlineData("nhs_trust", Sector.NhsTrust)]
    [InlineData("NHS", Sector.NhsTrust)]
    [InlineData("Local authority", Sector.Council)]
    [InlineData("police", Sector.Police)]
    [InlineData("government", Sector.Government)]
    [InlineData("university", Sector.University)]
    [InlineData("other", Sector.Other)]
    public void Codes_and_common_names_parse(string text, Sector expected)
    {
        Assert.True(Sectors.TryParse(text, out Sector? sector));
        Assert.Equal(expected, sector);
    }

    [Fact]
    public void The_eight_codes_are_the_documented_ones() =>
        Assert.Equal(["school", "fe_college", "university", "council", "nhs_trust", "police", "government", "other"], Sectors.Codes);

    [Theory]
    [InlineData("skool")]
    [InlineData("")]
    public void Unknown_sectors_are_rejected(string text) => Assert.False(Sectors.TryParse(text, out _));
}
