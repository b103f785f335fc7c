namespace Sightline.Storage.Requests;

internal sealed class RequestRow
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public required string BodyId { get; set; }

    public required string BodyName { get; set; }

    public required string Law { get; set; }

    public required string BodyType { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The last derived state, cached for listing and filtering; the events are the truth.</summary>
    public required string State { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateOnly? NextActionDate { get; set; }

    public string? NextActionKind { get; set; }

    public DateOnly? StateComputedOn { get; set; }

    public List<RequestEventRow> Events { get; set; } = [];
}
