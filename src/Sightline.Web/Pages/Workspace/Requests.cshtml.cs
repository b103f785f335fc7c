using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Campaigns;
using Sightline.Core.Requests;
using Sightline.Hosting.Campaigns;
using Sightline.Hosting.Mail;

namespace Sightline.Web.Pages.Workspace;

/// <summary>Late requests, and the follow-ups the lifecycle proposes today with approve-and-send.</summary>
[Authorize(Policy = Policies.Research)]
public sealed class RequestsModel(IRequestStore requests, ChaserService chasers, MailWorker mail) : PageModel
{
    public IReadOnlyList<RequestSummary> Late { get; private set; } = [];

    public IReadOnlyList<DueChaser> Due { get; private set; } = [];

    public MailWorker Mail => mail;

    public string? Problem { get; private set; }

    /// <summary>References whose follow-up to approve.</summary>
    [BindProperty]
    public string[] Selected { get; set; } = [];

    /// <summary>The commissioner's complaints address (needed only for complaints).</summary>
    [BindProperty]
    public string? ComplaintTo { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var wanted = Selected.Select(s => s.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return Invalid("Tick the follow-ups to approve.");
        }

        string? complaintTo = string.IsNullOrWhiteSpace(ComplaintTo) ? null : ComplaintTo.Trim();
        if (complaintTo is not null && !EmailAddress.IsValid(complaintTo))
        {
            return Invalid($"'{complaintTo}' is not an e-mail address.");
        }

        var chosen = Due.Where(d => wanted.Contains(d.Reference)).ToList();
        var unknown = wanted.Where(w => !chosen.Any(d => d.Reference == w)).ToList();
        var results = await chasers.ApproveAsync(chosen, complaintTo, User.Identity?.Name ?? "unknown", cancellationToken);
        int queued = results.Count(r => r.Queued);
        var notes = results.Where(r => !r.Queued).Select(r => $"{r.Reference}: {r.Problem}")
            .Concat(unknown.Select(u => $"{u}: no follow-up is due today")).ToList();
        TempData["Message"] = $"Approved {queued:N0} follow-up{(queued == 1 ? "" : "s")}" +
            (queued > 0 ? (mail.Options.Smtp is null ? "; send them with: sightline chasers send." : "; this server is sending them now.") : ".") +
            (notes.Count > 0 ? " Not approved: " + string.Join("; ", notes) + "." : string.Empty);
        if (queued > 0)
        {
            mail.Nudge();
        }

        return RedirectToPage();
    }

    private PageResult Invalid(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var overdue = await requests.ListAsync(RequestState.Overdue, 1000, cancellationToken);
        var longOverdue = await requests.ListAsync(RequestState.LongOverdue, 1000, cancellationToken);
        Late = [.. longOverdue.Concat(overdue).OrderBy(r => r.Due).ThenBy(r => r.Reference.Value, StringComparer.Ordinal)];
        Due = await chasers.DueAsync(null, cancellationToken);
    }
}
