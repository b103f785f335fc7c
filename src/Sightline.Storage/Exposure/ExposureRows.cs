namespace Sightline.Storage.Exposure;

internal sealed class ExposureDatasetRow
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>importing, complete or partial.</summary>
    public required string State { get; set; }

    public required string Sources { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public long Records { get; set; }

    public long Skipped { get; set; }

    public long TruncatedFields { get; set; }

    public long Hosts { get; set; }

    public long Hikvision { get; set; }

    public long Dahua { get; set; }

    public long OtherChinese { get; set; }

    public long Other { get; set; }

    public string Problems { get; set; } = string.Empty;
}

/// <summary>One host of a dataset. Keyed by (dataset, number) so that batches insert without a round trip for ids.</summary>
internal sealed class ExposureObservationRow
{
    public long DatasetId { get; set; }

    public int Number { get; set; }

    public required string Ip { get; set; }

    /// <summary>Open ports, comma-separated, ascending.</summary>
    public required string Ports { get; set; }

    public int Services { get; set; }

    public string? CountryCode { get; set; }

    public string? CountryName { get; set; }

    public string? City { get; set; }

    public string? Org { get; set; }

    public string? Isp { get; set; }

    public string? Asn { get; set; }

    public string? Hostnames { get; set; }

    public string? LastSeen { get; set; }

    public string? Maker { get; set; }

    /// <summary>hikvision, dahua, other_chinese, other or unidentified.</summary>
    public required string MakerGroup { get; set; }

    public string? Brand { get; set; }

    public string? Relation { get; set; }

    public string? Model { get; set; }

    public string? Firmware { get; set; }

    public string? Kind { get; set; }

    public double Confidence { get; set; }

    public bool Watchlisted { get; set; }

    /// <summary>True when any of the device's vulnerabilities is in CISA's KEV catalogue.</summary>
    public bool Kev { get; set; }

    /// <summary>The evidence items as a JSON array (shown per device, never aggregated).</summary>
    public required string Evidence { get; set; }

    public required string Source { get; set; }
}

internal sealed class ExposureVulnerabilityRow
{
    public long DatasetId { get; set; }

    public int Number { get; set; }

    public required string Cve { get; set; }

    public required string Status { get; set; }

    public double Cvss { get; set; }

    public DateOnly? KevAdded { get; set; }
}
