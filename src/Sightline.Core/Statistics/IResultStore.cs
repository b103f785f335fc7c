namespace Sightline.Core.Statistics;

/// <summary>Storage port of campaigns' coded results.</summary>
public interface IResultStore
{
    /// <summary>Creates the campaign if needed and replaces all its results, in one transaction.</summary>
    Task ReplaceAsync(string campaign, string origin, IReadOnlyList<CodedResult> results, CancellationToken cancellationToken);

    /// <summary>The campaign's results, or null when there is no such campaign.</summary>
    Task<IReadOnlyList<CodedResult>?> LoadAsync(string campaign, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListCampaignsAsync(CancellationToken cancellationToken);

    /// <summary>One body's result in every campaign that has one, by campaign name.</summary>
    Task<IReadOnlyList<CampaignResult>> FindByBodyAsync(string bodyKey, CancellationToken cancellationToken);
}

/// <summary>A body's coded result in one campaign.</summary>
public sealed record CampaignResult(string Campaign, CodedResult Result);
