using Microsoft.Extensions.Caching.Memory;
using Sightline.Core.Bodies;
using Sightline.Core.Statistics;
using Sightline.Web.Api;

namespace Sightline.Web;

/// <summary>Keeps the home page's figures (registry counts by sector, every campaign's headline) for a short time, so that
/// the most visited page does not recompute every campaign's statistics on every request. Publishing from the workspace
/// clears it; results imported by the CLI appear within <see cref="Lifetime"/>.</summary>
public sealed class PublicStatisticsCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const string CountsKey = "sightline:sector-counts";
    private const string HeadlinesKey = "sightline:headlines";

    public async Task<IReadOnlyDictionary<Sector, int>> SectorCountsAsync(IBodyStore bodies, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CountsKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return await bodies.CountBySectorAsync(cancellationToken);
        }))!;

    public async Task<IReadOnlyList<CampaignHeadline>> HeadlinesAsync(IResultStore results, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(HeadlinesKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return await CampaignEndpoints.HeadlinesAsync(results, cancellationToken);
        }))!;

    public void Clear()
    {
        cache.Remove(CountsKey);
        cache.Remove(HeadlinesKey);
    }
}
