using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Statistics;

namespace Sightline.Web.Pages.Campaigns;

public sealed class IndexModel(IResultStore results) : PageModel
{
    public IReadOnlyList<string> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Campaigns = await results.ListCampaignsAsync(cancellationToken);
}
