namespace Sightline.Storage.Devices;

internal sealed class OuiRow
{
    public required string Prefix { get; set; }

    public required string Organisation { get; set; }

    public string? Maker { get; set; }

    public string? Brand { get; set; }

    public required string Source { get; set; }

    public DateTime ImportedUtc { get; set; }
}

internal sealed class KevRow
{
    public required string Cve { get; set; }

    public DateOnly? DateAdded { get; set; }

    public required string CatalogVersion { get; set; }

    public DateTime ImportedUtc { get; set; }
}
