namespace Sightline.Storage.Bodies;

internal sealed class BodyIdentifierRow
{
    public long Id { get; set; }

    public required string BodyId { get; set; }

    public required string Scheme { get; set; }

    public required string Value { get; set; }
}
