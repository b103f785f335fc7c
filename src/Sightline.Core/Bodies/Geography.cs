using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Bodies;

/// <summary>Parses and formats nations and English regions, accepting the spellings found in public data
/// ("Yorks &amp; Humber", "Eastern", "NI", ONS codes such as <c>E12000007</c>) and storing one canonical code.</summary>
public static class Geography
{
    private static readonly (Nation Nation, string Code, string Name, string OnsCode)[] NationTable =
    [
        (Nation.England, "england", "England", "E92000001"),
        (Nation.Wales, "wales", "Wales", "W92000004"),
        (Nation.Scotland, "scotland", "Scotland", "S92000003"),
        (Nation.NorthernIreland, "northern_ireland", "Northern Ireland", "N92000002"),
    ];

    private static readonly (Region Region, string Code, string Name, string OnsCode)[] RegionTable =
    [
        (Region.NorthEast, "north_east", "North East", "E12000001"),
        (Region.NorthWest, "north_west", "North West", "E12000002"),
        (Region.YorkshireAndTheHumber, "yorkshire_and_the_humber", "Yorkshire and the Humber", "E12000003"),
        (Region.EastMidlands, "east_midlands", "East Midlands", "E12000004"),
        (Region.WestMidlands, "west_midlands", "West Midlands", "E12000005"),
        (Region.EastOfEngland, "east_of_england", "East of England", "E12000006"),
        (Region.London, "london", "London", "E12000007"),
        (Region.SouthEast, "south_east", "South East", "E12000008"),
        (Region.SouthWest, "south_west", "South West", "E12000009"),
    ];

    private static readonly AliasTable<Nation> NationAliases = BuildNationAliases();
    private static readonly AliasTable<Region> RegionAliases = BuildRegionAliases();

    public static IReadOnlyList<Nation> Nations { get; } = [.. NationTable.Select(n => n.Nation)];

    public static IReadOnlyList<Region> Regions { get; } = [.. RegionTable.Select(r => r.Region)];

    public static IReadOnlyList<string> NationCodes { get; } = [.. NationTable.Select(n => n.Code)];

    public static IReadOnlyList<string> RegionCodes { get; } = [.. RegionTable.Select(r => r.Code)];

    public static string ToCode(this Nation nation) => NationTable.Single(n => n.Nation == nation).Code;

    public static string ToName(this Nation nation) => NationTable.Single(n => n.Nation == nation).Name;

    public static string ToCode(this Region region) => RegionTable.Single(r => r.Region == region).Code;

    public static string ToName(this Region region) => RegionTable.Single(r => r.Region == region).Name;

    /// <summary>The ONS GSS code of the region, e.g. <c>E12000007</c> for London.</summary>
    public static string ToOnsCode(this Region region) => RegionTable.Single(r => r.Region == region).OnsCode;

    /// <summary>Case, punctuation, "&amp;"/"and" and a leading "the" are ignored.</summary>
    public static bool TryParseNation(string? text, [NotNullWhen(true)] out Nation? nation)
    {
        nation = NationAliases.Find(text);
        return nation is not null;
    }

    /// <summary>Case, punctuation, "&amp;"/"and" and a leading "the" are ignored.</summary>
    public static bool TryParseRegion(string? text, [NotNullWhen(true)] out Region? region)
    {
        region = RegionAliases.Find(text);
        return region is not null;
    }

    private static AliasTable<Nation> BuildNationAliases()
    {
        var table = new AliasTable<Nation>();
        foreach (var row in NationTable)
        {
            table.Add(row.Nation, row.Code, row.Name, row.OnsCode);
        }

        return table
            .Add(Nation.England, "eng", "en")
            .Add(Nation.Wales, "cymru", "wal", "wls", "wales (pseudo)")
            .Add(Nation.Scotland, "sco", "scot", "alba")
            .Add(Nation.NorthernIreland, "ni", "n ireland", "n. ireland", "nire", "northern ireland (uk)");
    }

    private static AliasTable<Region> BuildRegionAliases()
    {
        var table = new AliasTable<Region>();
        foreach (var row in RegionTable)
        {
            table.Add(row.Region, row.Code, row.Name, row.OnsCode);
        }

        return table
            .Add(Region.NorthEast, "ne", "north east england", "north-east")
            .Add(Region.NorthWest, "nw", "north west england", "north-west")
            .Add(Region.YorkshireAndTheHumber, "yorks & humber", "yorks and humber", "yorkshire & humber", "yorkshire and humber",
                "yorkshire", "yorkshire & the humber", "y&h", "yh", "yorkshire and humberside")
            .Add(Region.EastMidlands, "em", "e midlands", "east mids")
            .Add(Region.WestMidlands, "wm", "w midlands", "west mids")
            .Add(Region.EastOfEngland, "east", "eastern", "east england", "eoe", "east anglia", "east of eng")
            .Add(Region.London, "greater london", "ldn", "inner london", "outer london")
            .Add(Region.SouthEast, "se", "south east england", "south-east")
            .Add(Region.SouthWest, "sw", "south west england", "south-west");
    }
}
