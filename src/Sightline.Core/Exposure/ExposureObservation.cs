using Sightline.Core.Devices;

namespace Sightline.Core.Exposure;

/// <summary>A vulnerability that may apply to an observed device.</summary>
/// <param name="Status"><c>affected</c> (firmware build in range) or <c>possibly_affected</c> (firmware unknown).</param>
/// <param name="KevAdded">When CISA listed it as known exploited; null when it is not listed.</param>
public sealed record ObservedVulnerability(string Cve, string Status, double Cvss, DateOnly? KevAdded)
{
    public bool Kev => KevAdded is not null;
}

/// <summary>One host of a dataset, seen through all its services, and who made it.</summary>
/// <param name="Ports">The host's open ports, ascending, as the records named them.</param>
/// <param name="Services">How many records (services) were merged into this observation.</param>
/// <param name="Source">Where the host's first record is: <c>file:line</c>.</param>
public sealed record ExposureObservation(
    string Ip,
    IReadOnlyList<int> Ports,
    int Services,
    string? CountryCode,
    string? CountryName,
    string? City,
    string? Org,
    string? Isp,
    string? Asn,
    string? Hostnames,
    string? LastSeen,
    string? Maker,
    MakerGroup Group,
    string? Brand,
    BrandRelation? Relation,
    string? Model,
    string? Firmware,
    DeviceKind? Kind,
    double Confidence,
    bool Watchlisted,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<ObservedVulnerability> Vulnerabilities,
    string Source);
