namespace Sightline.Storage.Review;

internal sealed class ReviewItemRow
{
    public long Id { get; set; }

    public required string Campaign { get; set; }

    public required string BodyKey { get; set; }

    public required string BodyName { get; set; }

    public required string Document { get; set; }

    public required string Text { get; set; }

    /// <summary>The coder's proposal as JSON.</summary>
    public required string Proposed { get; set; }

    public required string State { get; set; }

    /// <summary>The codes that stand after review, as JSON (null until accepted or corrected).</summary>
    public string? Reviewed { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedUtc { get; set; }
}

/// <summary>One recorded review decision; rows are only ever added.</summary>
internal sealed class ReviewDecisionRow
{
    public long Id { get; set; }

    public long CodingId { get; set; }

    public required string Action { get; set; }

    public required string Reviewer { get; set; }

    public DateTime AtUtc { get; set; }

    public required string Before { get; set; }

    public required string After { get; set; }

    /// <summary>The codes after the decision, as JSON.</summary>
    public string? Codes { get; set; }

    public string? Note { get; set; }
}
