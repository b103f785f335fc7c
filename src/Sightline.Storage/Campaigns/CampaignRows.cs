namespace Sightline.Storage.Campaigns;

internal sealed class RequestCampaignRow
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public required string Codebook { get; set; }

    public required string SenderName { get; set; }

    public required string SenderAddress { get; set; }

    public required string ReplyLocalPart { get; set; }

    public required string ReplyDomain { get; set; }

    public required string RequesterName { get; set; }

    public required string RequesterAddress { get; set; }

    public DateTime CreatedUtc { get; set; }

    public bool Stopped { get; set; }
}

/// <summary>A campaign's request: which request row, and where it goes.</summary>
internal sealed class CampaignRequestRow
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public long RequestId { get; set; }

    public required string Reference { get; set; }

    public int Number { get; set; }

    public required string Email { get; set; }

    /// <summary>Lower-cased domain of <see cref="Email"/>, for matching replies by the body's domain.</summary>
    public required string EmailDomain { get; set; }

    public required string ReplyAddress { get; set; }
}
