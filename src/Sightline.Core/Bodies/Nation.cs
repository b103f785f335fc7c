namespace Sightline.Core.Bodies;

/// <summary>A nation of the United Kingdom.</summary>
public enum Nation
{
    England,
    Wales,
    Scotland,
    NorthernIreland,
}
