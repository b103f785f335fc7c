using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Statistics;
using Sightline.Web.Api;

namespace Sightline.Web.Pages.Campaigns;

public sealed class IndexModel(IResultStore results) : PageModel
{
    public IReadOnlyList<CampaignHeadline> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Campaigns = await CampaignEndpoints.HeadlinesAsync(results, cancellationToken);
}
