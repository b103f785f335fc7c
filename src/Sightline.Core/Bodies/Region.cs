namespace Sightline.Core.Bodies;

/// <summary>An English region (the nine ONS regions, formerly Government Office Regions). Bodies outside England have none.</summary>
public enum Region
{
    NorthEast,
    NorthWest,
    YorkshireAndTheHumber,
    EastMidlands,
    WestMidlands,
    EastOfEngland,
    London,
    SouthEast,
    SouthWest,
}
