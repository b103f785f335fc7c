using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Answers;
using Sightline.Core.Review;

namespace Sightline.Web.Pages.Workspace.Review;

/// <summary>One reply: its text with the evidence of each proposed code marked, and the accept / correct / reject forms.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class ShowModel(IReviewStore reviews, TimeProvider clock) : PageModel
{
    public ProposedCoding Coding { get; private set; } = null!;

    public IReadOnlyList<TextSegment> Segments { get; private set; } = [];

    public IReadOnlyList<ReviewEvent> History { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Hikvision { get; set; }

    [BindProperty]
    public string? Dahua { get; set; }

    [BindProperty]
    public string? OtherChinese { get; set; }

    [BindProperty]
    public int? HikvisionCount { get; set; }

    [BindProperty]
    public int? DahuaCount { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken cancellationToken) => DecideAsync(id, ReviewAction.Accept, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(long id, CancellationToken cancellationToken) => DecideAsync(id, ReviewAction.Reject, cancellationToken);

    public Task<IActionResult> OnPostCorrectAsync(long id, CancellationToken cancellationToken) => DecideAsync(id, ReviewAction.Correct, cancellationToken);

    private async Task<IActionResult> DecideAsync(long id, ReviewAction action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        AnswerCoding? correction = action == ReviewAction.Correct
            ? Coding.Current with
            {
                Outcome = Outcome ?? string.Empty,
                Hikvision = Hikvision ?? string.Empty,
                Dahua = Dahua ?? string.Empty,
                OtherChinese = OtherChinese ?? string.Empty,
                HikvisionCount = HikvisionCount,
                DahuaCount = DahuaCount,
            }
            : null;
        var decision = new ReviewDecision(Coding.Id, action, correction, User.Identity?.Name ?? string.Empty, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim());
        var outcome = (await reviews.DecideAsync([decision], clock.GetUtcNow(), cancellationToken))[0];
        if (outcome is ReviewOutcome.Invalid invalid)
        {
            Problem = invalid.Reason + " Nothing was changed.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Message"] = $"{Coding.BodyName}: {action.After().ToCode()}.";
        return RedirectToPage("/Workspace/Review/Index", new { campaign = Coding.Campaign });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(new ProposedCodingId(id), cancellationToken) is not { } coding)
        {
            return false;
        }

        Coding = coding;
        Segments = Highlighter.Segments(coding.Text, coding.Current.Evidence);
        History = await reviews.HistoryAsync(coding.Id, cancellationToken);
        return true;
    }
}
