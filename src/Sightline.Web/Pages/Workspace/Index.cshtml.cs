using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Review;

namespace Sightline.Web.Pages.Workspace;

[Authorize(Policy = Policies.Review)]
public sealed class IndexModel(IReviewStore reviews) : PageModel
{
    public IReadOnlyList<(string Campaign, int Proposed, int Accepted, int Corrected, int Rejected)> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await reviews.ListAsync(null, null, 10_000, cancellationToken);
        Campaigns = [.. all.GroupBy(c => c.Campaign, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key,
            g.Count(c => c.State == ReviewState.Proposed), g.Count(c => c.State == ReviewState.Accepted), g.Count(c => c.State == ReviewState.Corrected), g.Count(c => c.State == ReviewState.Rejected)))];
    }
}
