namespace Sightline.Core.Devices;

/// <summary>One piece of evidence and what it says.</summary>
public sealed record EvidenceItem(string Field, string Value, string? Maker, string? Brand, double Confidence, string Source);

/// <summary>Who made a device, how sure Sightline is, and which known vulnerabilities may apply.</summary>
/// <param name="Maker">The maker's code when the evidence points to one (null: unknown).</param>
/// <param name="Brand">The brand the device presents, when it differs from or adds to the maker (e.g. Amcrest for a Dahua-made camera).</param>
/// <param name="Relation">How the brand relates to the maker.</param>
public sealed record DeviceIdentification(
    string? Maker,
    string? Brand,
    BrandRelation? Relation,
    string? Model,
    string? Firmware,
    DeviceKind? Kind,
    double Confidence,
    bool Watchlisted,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<VulnerabilityMatch> Vulnerabilities);
