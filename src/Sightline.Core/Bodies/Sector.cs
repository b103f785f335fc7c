namespace Sightline.Core.Bodies;

/// <summary>The kind of public body. Codes (<see cref="Sectors.ToCode"/>) are what users type and what exports contain.</summary>
public enum Sector
{
    School,
    FeCollege,
    University,
    Council,
    NhsTrust,
    Police,
    Government,
    Other,
}
