using Sightline.Core.Requests;

namespace Sightline.Core.Campaigns;

/// <summary>Storage port of campaigns and their requests.</summary>
public interface ICampaignStore
{
    /// <summary>Writes the campaign, one request (with its <c>created</c> event) per target, in one transaction, in bulk.
    /// Returns false, writing nothing, when the name or prefix is taken.</summary>
    Task<bool> CreateAsync(Campaign campaign, IReadOnlyList<PlannedRequest> requests, CancellationToken cancellationToken);

    Task<Campaign?> FindAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken);

    /// <summary>The campaign's requests in reference order, with their histories and outbox state.</summary>
    Task<IReadOnlyList<CampaignRequest>> LoadRequestsAsync(string name, CancellationToken cancellationToken);

    Task SetStoppedAsync(string name, bool stopped, CancellationToken cancellationToken);

    /// <summary>One request of any campaign, with its campaign's name; null when the reference is not a campaign's.</summary>
    Task<(string Campaign, CampaignRequest Request)?> FindRequestAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Every campaign prefix, for finding references in subjects.</summary>
    Task<IReadOnlyList<string>> ListPrefixesAsync(CancellationToken cancellationToken);
}

/// <summary>A campaign's request: the process history plus where it goes and how far sending got.</summary>
/// <param name="OutboxState">Null while the request is not yet in a wave.</param>
public sealed record CampaignRequest(FoiRequest Request, int Number, string Email, string ReplyAddress, string? OutboxState, string? MessageId, string? LastError);
