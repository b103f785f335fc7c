using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Bodies;

namespace Sightline.Core.Deadlines;

/// <summary>Names and codes of <see cref="UkJurisdiction"/>.</summary>
public static class Jurisdictions
{
    public static IReadOnlyList<UkJurisdiction> All { get; } = [UkJurisdiction.EnglandAndWales, UkJurisdiction.Scotland, UkJurisdiction.NorthernIreland];

    public static string ToCode(this UkJurisdiction jurisdiction) => jurisdiction switch
    {
        UkJurisdiction.EnglandAndWales => "england_and_wales",
        UkJurisdiction.Scotland => "scotland",
        UkJurisdiction.NorthernIreland => "northern_ireland",
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };

    public static string ToName(this UkJurisdiction jurisdiction) => jurisdiction switch
    {
        UkJurisdiction.EnglandAndWales => "England and Wales",
        UkJurisdiction.Scotland => "Scotland",
        UkJurisdiction.NorthernIreland => "Northern Ireland",
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };

    /// <summary>The jurisdiction whose holidays a body in <paramref name="nation"/> keeps (England and Wales share one list).</summary>
    public static UkJurisdiction ForNation(Nation nation) => nation switch
    {
        Nation.Scotland => UkJurisdiction.Scotland,
        Nation.NorthernIreland => UkJurisdiction.NorthernIreland,
        _ => UkJurisdiction.EnglandAndWales,
    };

    /// <summary>Accepts the codes and nation names ("england", "wales", "NI", "england_and_wales").</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out UkJurisdiction? jurisdiction)
    {
        jurisdiction = NameNormalizer.Compact(text) switch
        {
            "englandandwales" or "ew" => UkJurisdiction.EnglandAndWales,
            _ when Geography.TryParseNation(text, out Nation? nation) => ForNation(nation.Value),
            _ => null,
        };
        return jurisdiction is not null;
    }
}
