namespace Sightline.Storage.Bodies;

internal sealed class BodyTagRow
{
    public long Id { get; set; }

    public required string BodyId { get; set; }

    public required string Tag { get; set; }
}
