namespace Sightline.Core.Deadlines;

/// <summary>The three bank-holiday jurisdictions of the Banking and Financial Dealings Act 1971.</summary>
public enum UkJurisdiction
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}
