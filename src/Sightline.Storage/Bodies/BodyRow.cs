namespace Sightline.Storage.Bodies;

internal sealed class BodyRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    /// <summary><see cref="Core.Bodies.NameNormalizer.Normalize"/> of the name, padded with spaces for word searches.</summary>
    public required string SearchName { get; set; }

    public required string Sector { get; set; }

    public string? Nation { get; set; }

    public string? Region { get; set; }

    public required string Law { get; set; }

    public string? Subtype { get; set; }

    public string? LocalAuthority { get; set; }

    public string? Website { get; set; }

    public string? FoiEmail { get; set; }

    public required string Source { get; set; }

    public bool Active { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public List<BodyIdentifierRow> Identifiers { get; set; } = [];

    public List<BodyTagRow> Tags { get; set; } = [];
}
