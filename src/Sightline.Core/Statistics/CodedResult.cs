using Sightline.Core.Bodies;
using Sightline.Core.Devices;

namespace Sightline.Core.Statistics;

/// <summary>How a body responded to a campaign's request.</summary>
public enum ResultOutcome
{
    NoResponse,
    Acknowledgement,
    Answered,
    Partial,
    Refused,
    NotHeld,
    Ncnd,
}

/// <summary>A coded yes / no / unknown finding.</summary>
public enum Finding
{
    Unknown,
    No,
    Yes,
}

/// <summary>One body's coded result in one campaign: the substance, kept apart from the request's process.</summary>
/// <param name="BodyKey">The registry body's id, or a campaign-only key when the row matched no registry body.</param>
public sealed record CodedResult(
    string BodyKey,
    string BodyName,
    Sector Sector,
    Nation? Nation,
    Region? Region,
    ResultOutcome Outcome,
    Finding Hikvision,
    Finding Dahua,
    Finding OtherChinese,
    IReadOnlySet<Capability> Capabilities,
    IReadOnlySet<Capability> CapabilitiesInUse,
    IReadOnlyList<string> Exemptions,
    int? HikvisionCount,
    int? DahuaCount,
    string? Notes)
{
    /// <summary>A response: answered, partial, refused, not held or neither confirmed nor denied.</summary>
    public bool IsResponse => Outcome is ResultOutcome.Answered or ResultOutcome.Partial or ResultOutcome.Refused or ResultOutcome.NotHeld or ResultOutcome.Ncnd;

    /// <summary>A refusal in the broad sense: refused, or neither confirmed nor denied.</summary>
    public bool IsRefusal => Outcome is ResultOutcome.Refused or ResultOutcome.Ncnd;
}

/// <summary>Codes of the result enums, as results files and JSON write them.</summary>
public static class ResultCodes
{
    public static IReadOnlyList<string> OutcomeCodes { get; } = ["no_response", "acknowledgement", "answered", "partial", "refused", "not_held", "ncnd"];

    public static string ToCode(this ResultOutcome outcome) => OutcomeCodes[(int)outcome];

    public static bool TryParseOutcome(string? text, out ResultOutcome outcome)
    {
        int index = OutcomeCodes.ToList().IndexOf((text ?? string.Empty).Trim().ToLowerInvariant().Replace(' ', '_'));
        outcome = index < 0 ? default : (ResultOutcome)index;
        return index >= 0;
    }

    public static bool TryParseFinding(string? text, out Finding finding)
    {
        finding = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "yes" or "y" or "true" => Finding.Yes,
            "no" or "n" or "false" => Finding.No,
            "unknown" or "" or "?" => Finding.Unknown,
            _ => (Finding)(-1),
        };
        return Enum.IsDefined(finding);
    }

    public static string ToCode(this Finding finding) => finding switch
    {
        Finding.Yes => "yes",
        Finding.No => "no",
        _ => "unknown",
    };
}
