using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Answers;
using Sightline.Core.Review;

namespace Sightline.Web.Pages.Workspace.Review;

/// <summary>The review queue: codings waiting for review, grouped into clusters of near-identical replies that can be accepted
/// together.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class IndexModel(IReviewStore reviews, TimeProvider clock) : PageModel
{
    /// <summary>The similarity above which replies count as identical (word shingles, see <see cref="ReplyClusterer"/>).</summary>
    public const double ClusterThreshold = 0.9;

    [BindProperty(SupportsGet = true)]
    public string? Campaign { get; set; }

    /// <summary><c>confidence</c>: the least confident replies first (what a person should read in full); otherwise the largest
    /// groups first (what can be accepted fastest).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    public bool ByConfidence => string.Equals(Order, "confidence", StringComparison.Ordinal);

    /// <summary>Under this confidence the coder's reading is uncertain: on held-out replies, the third of replies coded under it
    /// hold two thirds of the errors (docs/answers.md).</summary>
    public static double ReadInFullBelow => CodingScore.ConfidentFrom;

    /// <summary>A group is marked "read in full" when any of its replies is coded under <see cref="ReadInFullBelow"/>.</summary>
    public static bool ReadInFull(IReadOnlyList<ProposedCoding> cluster) => Lowest(cluster) < ReadInFullBelow;

    private static double Lowest(IReadOnlyList<ProposedCoding> cluster) => cluster.Min(c => c.Proposed.Confidence);

    public IReadOnlyList<IReadOnlyList<ProposedCoding>> Clusters { get; private set; } = [];

    public int Waiting { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Campaign is { Length: > 200 } || Order is { Length: > 20 })
        {
            return BadRequest();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Accepts every coding of a cluster as proposed. All or nothing: if any has been reviewed meanwhile, nothing changes.</summary>
    public async Task<IActionResult> OnPostAcceptClusterAsync(long[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length is 0 or > 1000)
        {
            return BadRequest();
        }

        var current = new List<ProposedCoding>();
        foreach (long id in ids.Distinct())
        {
            if (await reviews.FindAsync(new ProposedCodingId(id), cancellationToken) is not { } coding)
            {
                return NotFound();
            }

            current.Add(coding);
        }

        if (current.Any(c => c.State != ReviewState.Proposed))
        {
            Message = "Some of these replies were reviewed by someone else in the meantime; nothing was changed. The queue below is up to date.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(cancellationToken);
            return Page();
        }

        string reviewer = User.Identity?.Name ?? "unknown";
        var outcomes = await reviews.DecideAsync([.. current.Select(c => new ReviewDecision(c.Id, ReviewAction.Accept, null, reviewer, "accepted with its cluster"))], clock.GetUtcNow(), cancellationToken);
        TempData["Message"] = outcomes.All(o => o is ReviewOutcome.Applied) ? $"Accepted {current.Count} replies." : "Nothing was changed.";
        return RedirectToPage(new { campaign = Campaign });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Message ??= TempData["Message"] as string;
        var waiting = await reviews.ListAsync(string.IsNullOrEmpty(Campaign) ? null : Campaign, ReviewState.Proposed, 2000, cancellationToken);
        Waiting = waiting.Count;
        var clusters = new List<IReadOnlyList<ProposedCoding>>();
        foreach (var byCampaign in waiting.GroupBy(c => c.Campaign, StringComparer.Ordinal))
        {
            var list = byCampaign.ToList();
            var found = ReplyClusterer.Cluster([.. list.Select(c => c.Text)], ClusterThreshold);
            var clustered = found.SelectMany(c => c.Members).ToHashSet();
            var singles = Enumerable.Range(0, list.Count).Where(i => !clustered.Contains(i)).Select(i => new ReplyCluster([i], 1));
            foreach (ReplyCluster cluster in found.Concat(singles))
            {
                // Only replies coded alike can be accepted together.
                foreach (var same in cluster.Members.Select(i => list[i]).GroupBy(c => (c.Proposed.Outcome, c.Proposed.Hikvision, c.Proposed.Dahua, c.Proposed.OtherChinese)))
                {
                    clusters.Add([.. same]);
                }
            }
        }

        Clusters = ByConfidence
            ? [.. clusters.OrderBy(Lowest).ThenByDescending(c => c.Count).ThenBy(c => c[0].Id.Value)]
            : [.. clusters.OrderByDescending(c => c.Count).ThenBy(c => c[0].Id.Value)];
    }
}
