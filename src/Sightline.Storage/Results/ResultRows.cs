namespace Sightline.Storage.Results;

internal sealed class CampaignRow
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Where its results came from, e.g. "imported from results.csv".</summary>
    public required string Origin { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

internal sealed class ResultRow
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public required string BodyKey { get; set; }

    public required string BodyName { get; set; }

    public required string Sector { get; set; }

    public string? Nation { get; set; }

    public string? Region { get; set; }

    public required string Outcome { get; set; }

    public required string Hikvision { get; set; }

    public required string Dahua { get; set; }

    public required string OtherChinese { get; set; }

    public required string Capabilities { get; set; }

    public required string CapabilitiesInUse { get; set; }

    public required string Exemptions { get; set; }

    public int? HikvisionCount { get; set; }

    public int? DahuaCount { get; set; }

    public string? Notes { get; set; }
}
