using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Campaigns;
using Sightline.Hosting.Campaigns;

namespace Sightline.Web.Pages.Workspace.Campaigns;

/// <summary>Every campaign with how far it has got.</summary>
[Authorize(Policy = Policies.Research)]
public sealed class IndexModel(ICampaignStore store, CampaignService campaigns) : PageModel
{
    public IReadOnlyList<CampaignProgress> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var found = new List<Campaign>();
        foreach (string name in await store.ListNamesAsync(cancellationToken))
        {
            if (await store.FindAsync(name, cancellationToken) is { } campaign)
            {
                found.Add(campaign);
            }
        }

        var list = await campaigns.ProgressAsync(found, cancellationToken);
        Campaigns = [.. list.OrderByDescending(c => c.Campaign.CreatedUtc)];
    }
}
