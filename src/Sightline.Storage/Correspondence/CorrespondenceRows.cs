namespace Sightline.Storage.Correspondence;

internal sealed class OutboxRow
{
    public long Id { get; set; }

    public required string Reference { get; set; }

    public string? Campaign { get; set; }

    public required string Kind { get; set; }

    /// <summary>Without angle brackets; unique: fixed when the row is written, before any attempt.</summary>
    public required string MessageId { get; set; }

    public required string FromAddress { get; set; }

    public required string ToAddress { get; set; }

    public required string ToDomain { get; set; }

    public required string ReplyTo { get; set; }

    public required string EnvelopeFrom { get; set; }

    public string? CopyTo { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public string? InReplyTo { get; set; }

    public required string State { get; set; }

    public int Attempts { get; set; }

    public DateTime NotBeforeUtc { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime? SendingSinceUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>The server's reply to DATA (its queue id), or the reconciliation note.</summary>
    public string? ServerResponse { get; set; }

    public string? LastError { get; set; }

    /// <summary>Who approved a follow-up (a workspace account or <c>user (cli)</c>); null for a campaign's own requests.</summary>
    public string? ApprovedBy { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>Content-addressed bytes: raw messages and attachments, stored once under their SHA-256.</summary>
internal sealed class BlobRow
{
    public required string Sha256 { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }
}

internal sealed class InboundMessageRow
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the raw bytes; unique, so a message is ingested once.</summary>
    public required string Sha256 { get; set; }

    public string? MessageId { get; set; }

    public required string FromAddress { get; set; }

    public required string Subject { get; set; }

    public DateTime? DateUtc { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public string? Reference { get; set; }

    public string? MatchedBy { get; set; }

    public string? Triage { get; set; }

    public string? Note { get; set; }

    public List<InboundAttachmentRow> Attachments { get; set; } = [];
}

internal sealed class InboundAttachmentRow
{
    public long Id { get; set; }

    public long MessageId { get; set; }

    public required string Name { get; set; }

    public required string MediaType { get; set; }

    public required string Sha256 { get; set; }

    public long Size { get; set; }
}

internal sealed class MailCursorRow
{
    public required string Source { get; set; }

    public long UidValidity { get; set; }

    public long LastUid { get; set; }
}

internal sealed class ProposedCodingRow
{
    public long Id { get; set; }

    public long MessageId { get; set; }

    public InboundMessageRow? Message { get; set; }

    public required string Reference { get; set; }

    public required string Kind { get; set; }

    public required string Outcome { get; set; }

    public double Confidence { get; set; }

    /// <summary>The whole proposal (codes and evidence) as JSON.</summary>
    public required string ProposedJson { get; set; }

    /// <summary>proposed, accepted, corrected or rejected.</summary>
    public required string Status { get; set; }

    public string? Reviewer { get; set; }

    public DateTime? ReviewedUtc { get; set; }

    public string? CorrectedJson { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The proposal's item in the review queue, whose decisions set <see cref="Status"/> and the review columns.</summary>
    public long? ReviewItemId { get; set; }

    public Review.ReviewItemRow? ReviewItem { get; set; }
}
