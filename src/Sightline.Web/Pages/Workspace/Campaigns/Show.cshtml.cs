using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Campaigns;
using Sightline.Hosting;
using Sightline.Hosting.Campaigns;
using Sightline.Hosting.Mail;

namespace Sightline.Web.Pages.Workspace.Campaigns;

/// <summary>One campaign: live progress, waves (with a dry run), stop and resume, and its requests.</summary>
[Authorize(Policy = Policies.Research)]
public sealed class ShowModel(ICampaignStore store, CampaignService campaigns, MailWorker mail, TimeProvider clock) : PageModel
{
    public const int RequestRows = 500;

    public Campaign Campaign { get; private set; } = null!;

    public CampaignProgress Progress { get; private set; } = null!;

    public IReadOnlyList<CampaignRequest> Requests { get; private set; } = [];

    public MailWorker Mail => mail;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>What a dry run would queue.</summary>
    public WavePlan? DryRun { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public string Wave { get; set; } = "pilot";

    [BindProperty]
    public int PilotSize { get; set; } = 20;

    /// <summary>Not before this London time (<c>datetime-local</c>); empty for now.</summary>
    [BindProperty]
    public string? At { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken) =>
        await LoadAsync(name, cancellationToken) ? Page() : NotFound();

    /// <summary>The progress panel alone, for the page's live refresh.</summary>
    public async Task<IActionResult> OnGetProgressAsync(string name, CancellationToken cancellationToken) =>
        await LoadAsync(name, cancellationToken, requests: false) ? Partial("_Progress", this) : NotFound();

    public async Task<IActionResult> OnPostWaveAsync(string name, bool dryRun, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }

        bool pilot = Wave != "all";
        if (Wave is not ("pilot" or "all") || (pilot && PilotSize is < 1 or > 10_000))
        {
            return Invalid("Choose a pilot of 1 to 10,000 requests, or the whole campaign.");
        }

        DateTimeOffset? at = null;
        if (!string.IsNullOrWhiteSpace(At))
        {
            if (!DateTime.TryParseExact(At, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
            {
                return Invalid($"'{At}' is not a date and time like 2026-12-01T09:00.");
            }

            at = LondonDay.Instant(local);
        }

        WavePlan plan = await campaigns.QueueWaveAsync(Campaign, pilot, PilotSize, at, dryRun, cancellationToken);
        if (dryRun)
        {
            DryRun = plan;
            return Page();
        }

        string when = at is { } t && t > clock.GetUtcNow() ? $" to go from {Format(t)}" : string.Empty;
        TempData["Message"] = plan.Messages.Count == 0
            ? (pilot && plan.AlreadyInOutbox > 0 ? "The pilot has already been queued; queue the rest with “whole campaign”." : "Every request is already in the outbox; nothing was queued.")
            : $"Queued {plan.Messages.Count:N0} requests{when}" + (Campaign.Stopped ? " (held: the campaign is stopped; resume it to send them)." : ".");
        mail.Nudge();
        return RedirectToPage(new { name });
    }

    public Task<IActionResult> OnPostStopAsync(string name, CancellationToken cancellationToken) => SetStoppedAsync(name, true, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(string name, CancellationToken cancellationToken) => SetStoppedAsync(name, false, cancellationToken);

    public static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Label(string code) => code.Replace('_', ' ');

    private async Task<IActionResult> SetStoppedAsync(string name, bool stop, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(name, cancellationToken) is not { } campaign)
        {
            return NotFound();
        }

        int changed = await campaigns.SetStoppedAsync(campaign, stop, cancellationToken);
        TempData["Message"] = stop ? $"Stopped: {changed:N0} queued messages are held." : $"Resumed: {changed:N0} held messages are queued again.";
        if (!stop)
        {
            mail.Nudge();
        }

        return RedirectToPage(new { name });
    }

    private PageResult Invalid(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string name, CancellationToken cancellationToken, bool requests = true)
    {
        if (name.Length > Campaign.MaxNameLength || await store.FindAsync(name, cancellationToken) is not { } campaign)
        {
            return false;
        }

        Campaign = campaign;
        IReadOnlyList<CampaignRequest>? all = requests ? await store.LoadRequestsAsync(campaign.Name, cancellationToken) : null;
        Progress = await campaigns.ProgressAsync(campaign, all, cancellationToken);
        Requests = all is null ? [] : [.. all.Take(RequestRows)];

        return true;
    }
}
