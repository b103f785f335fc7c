using System.Text;
using Sightline.Core.Bodies;
using Sightline.Imports.Bodies;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Tests.Bodies;

public sealed class BodyTableReaderTests
{
    private static BodyReadResult Read(string csv, Dictionary<string, string>? mapping = null)
    {
        TableReadResult table = TableReader.Read(Encoding.UTF8.GetBytes(csv), TableFormat.Csv, "mine.csv");
        Assert.Null(table.Problem);
        return BodyTableReader.Read(table.Table!, mapping ?? []);
    }

    [Fact]
    public void Columns_named_like_fields_map_themselves_and_values_are_canonicalised()
    {
        BodyReadResult result = Read("Name,Sector,Region,FOI email,Website,GSS code,Tags\n"
            + "Testshire Council,Local authority,Yorks & Humber,foi@testshire.gov.uk,www.testshire.gov.uk,E07000999,pilot; north\n");

        Body body = Assert.Single(result.Bodies);
        Assert.Equal(("la-e07000999", Sector.Council, Nation.England, Region.YorkshireAndTheHumber), (body.Id.Value, body.Sector, body.Nation, body.Region));
        Assert.Equal("foi@testshire.gov.uk", body.FoiEmail);
        Assert.Equal("https://www.testshire.gov.uk/", body.Website);
        Assert.Equal(["pilot", "north"], body.Tags);
        Assert.Equal(FoiLaw.Foia, body.Law);
    }

    [Fact]
    public void Map_options_name_columns_that_do_not_match_a_field()
    {
        BodyReadResult result = Read("Org,Kind,Country\nHighland Academy,school,Scotland\n",
            new() { ["Org"] = "name", ["Kind"] = "sector", ["Country"] = "nation" });

        Body body = Assert.Single(result.Bodies);
        Assert.Equal(("Highland Academy", Nation.Scotland, FoiLaw.Foisa), (body.Name, body.Nation, body.Law));
    }

    [Fact]
    public void Every_bad_row_is_reported_with_line_and_field_and_nothing_is_kept()
    {
        BodyReadResult result = Read("name,sector,region,foi_email\n"
            + "Good Council,council,London,foi@good.gov.uk\n"
            + "Bad Sector,skool,London,\n"
            + ",council,London,\n"
            + "Bad Region,council,Atlantis,\n"
            + "Bad Mail,council,London,not-an-address\n");

        Assert.Empty(result.Bodies);
        Assert.Equal(
        [
            "mine.csv:3: field 'sector': unknown sector 'skool' (accepted: school, fe_college, university, council, nhs_trust, police, government, other)",
            "mine.csv:4: field 'name': name is empty",
            "mine.csv:5: field 'region': unknown region 'Atlantis' (accepted: north_east, north_west, yorkshire_and_the_humber, east_midlands, west_midlands, east_of_england, london, south_east, south_west, or a nation outside England)",
            "mine.csv:6: field 'foi_email': 'not-an-address' is not an e-mail address",
        ], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Duplicate_bodies_in_one_file_are_rejected_naming_both_lines()
    {
        BodyReadResult result = Read("name,sector,urn\nA School,school,123456\nA School Again,school,0123456\n");

        Assert.Equal("mine.csv:3: field 'name': duplicate body: 'A School Again' has the same id (sch-123456) as line 2", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_missing_sector_column_and_a_bad_mapping_are_explained()
    {
        BodyReadResult missing = Read("name\nA\n");
        BodyReadResult badMap = Read("name,kind\nA,school\n", new() { ["kind"] = "sectr", ["nope"] = "name" });

        Assert.Contains("no column for 'sector'", Assert.Single(missing.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(2, badMap.Problems.Count);
        Assert.Contains("--map target 'sectr' is not a field", badMap.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("--map names a column the file does not have", badMap.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_for_a_non_english_nation_is_a_contradiction()
    {
        BodyReadResult result = Read("name,sector,nation,region\nCardiff Council,council,wales,London\n");

        Assert.Equal("mine.csv:2: field 'region': region 'London' is an English region but the nation is wales", Assert.Single(result.Problems).ToString());
    }
}
