using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Bodies;
using Sightline.Core.Statistics;
using Sightline.Web.Api;

namespace Sightline.Web.Pages;

public sealed class IndexModel(IBodyStore bodies, IResultStore results, PublicStatisticsCache cache) : PageModel
{
    public IReadOnlyList<(Sector Sector, int Count)> Counts { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<CampaignHeadline> Headlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await cache.SectorCountsAsync(bodies, cancellationToken);
        Counts = [.. Sectors.All.Where(counts.ContainsKey).Select(s => (s, counts[s]))];
        Total = counts.Values.Sum();
        Headlines = await cache.HeadlinesAsync(results, cancellationToken);
    }
}
