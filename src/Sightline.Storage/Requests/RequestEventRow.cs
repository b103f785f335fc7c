namespace Sightline.Storage.Requests;

internal sealed class RequestEventRow
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    /// <summary>Order within the request (1, 2, …); with the unique index it keeps the history append-only.</summary>
    public int Sequence { get; set; }

    public required string Kind { get; set; }

    public DateOnly Date { get; set; }

    public string? Outcome { get; set; }

    public int? Days { get; set; }

    public string? Note { get; set; }

    public DateTime RecordedUtc { get; set; }
}
