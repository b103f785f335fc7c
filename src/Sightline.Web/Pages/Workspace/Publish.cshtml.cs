using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Bodies;
using Sightline.Core.Review;
using Sightline.Core.Statistics;

namespace Sightline.Web.Pages.Workspace;

/// <summary>Turns a campaign's reviewed codes into its published results (replacing the results published before).</summary>
[Authorize(Policy = Policies.Research)]
public sealed class PublishModel(IReviewStore reviews, IBodyStore bodies, IResultStore results, PublicStatisticsCache cache) : PageModel
{
    public IReadOnlyList<(string Campaign, int Reviewed, int Waiting)> Campaigns { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty]
    public string? Campaign { get; set; }

    /// <summary>Publish codes that no one has reviewed yet too (for a campaign that says so).</summary>
    [BindProperty]
    public bool IncludeUnreviewed { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Campaign) || Campaign.Length > 200)
        {
            return BadRequest();
        }

        var codings = await reviews.ListAsync(Campaign, null, 10_000, cancellationToken);
        if (codings.Count == 0)
        {
            return NotFound();
        }

        var coded = new List<CodedResult>();
        // One result per body: its latest publishable coding.
        foreach (var coding in ReviewRules.Publishable(codings, IncludeUnreviewed).GroupBy(c => c.BodyKey, StringComparer.Ordinal).Select(g => g.Last()))
        {
            if (BodyId.TryParse(coding.BodyKey, out BodyId? id) && await bodies.FindAsync(id.Value, cancellationToken) is { } body)
            {
                coded.Add(ReviewRules.ToCodedResult(coding, body));
            }
        }

        await results.ReplaceAsync(Campaign, IncludeUnreviewed ? "workspace: reviewed and unreviewed codes" : "workspace: reviewed codes", coded, cancellationToken);
        cache.Clear();
        TempData["Message"] = $"Published {coded.Count} results of {Campaign}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await reviews.ListAsync(null, null, 10_000, cancellationToken);
        Campaigns = [.. all.GroupBy(c => c.Campaign, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(c => c.IsReviewed), g.Count(c => c.State == ReviewState.Proposed)))];
    }
}
