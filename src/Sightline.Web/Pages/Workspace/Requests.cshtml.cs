using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Requests;

namespace Sightline.Web.Pages.Workspace;

/// <summary>Late requests and the follow-up the lifecycle proposes for each (as last saved by <c>sightline</c>'s lifecycle run).</summary>
[Authorize(Policy = Policies.Research)]
public sealed class RequestsModel(IRequestStore requests) : PageModel
{
    public IReadOnlyList<RequestSummary> Late { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var overdue = await requests.ListAsync(RequestState.Overdue, 1000, cancellationToken);
        var longOverdue = await requests.ListAsync(RequestState.LongOverdue, 1000, cancellationToken);
        Late = [.. longOverdue.Concat(overdue).OrderBy(r => r.Due).ThenBy(r => r.Reference.Value, StringComparer.Ordinal)];
    }
}
