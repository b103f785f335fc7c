using Sightline.Core.Bodies;

namespace Sightline.Testing;

/// <summary>Builders of valid domain values with sensible defaults; tests override only what they are about.</summary>
public static class Some
{
    public static Body Body(string name = "Testshire County Council", Sector sector = Sector.Council, string? key = null,
        string source = "test", Nation? nation = Nation.England, Region? region = Region.SouthWest, params ExternalId[] identifiers) => new()
    {
        Id = BodyId.For(sector, key ?? name),
        Name = name,
        Sector = sector,
        Nation = nation,
        Region = region,
        Law = FoiLaws.ForNation(nation),
        Identifiers = identifiers,
        Source = source,
    };
}
