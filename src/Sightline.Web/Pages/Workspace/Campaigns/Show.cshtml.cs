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
    /// <summary>Requests listed per page.</summary>
    public const int RequestRows = 100;

    /// <summary>The outbox filter for requests never queued.</summary>
    public const string NotQueued = "not_queued";

    /// <summary>Every value the outbox filter accepts.</summary>
    private static readonly string[] OutboxFilters = [NotQueued, .. Enum.GetValues<Core.Correspondence.OutboxState>().Select(Core.Correspondence.OutboxStates.ToCode)];

    public Campaign Campaign { get; private set; } = null!;

    public CampaignProgress Progress { get; private set; } = null!;

    /// <summary>The requests on this page, after the filters.</summary>
    public IReadOnlyList<CampaignRequest> Requests { get; private set; } = [];

    /// <summary>How many requests pass the filters.</summary>
    public int Matching { get; private set; }

    /// <summary>The outbox states the campaign's requests are in (for the filter), with <see cref="NotQueued"/> first.</summary>
    public IReadOnlyList<string> OutboxStates { get; private set; } = [];

    /// <summary>Part of a reference, body name or id, or address (any case).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Find { get; set; }

    [BindProperty(SupportsGet = true, Name = "outbox")]
    public string? Outbox { get; set; }

    /// <summary>1-based; <c>page</c> itself is taken by Razor Pages' routing.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Matching + RequestRows - 1) / RequestRows);

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

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        int asked = PageNumber; // loading moves a page past the end to the last one
        if (!await LoadAsync(name, cancellationToken))
        {
            return NotFound();
        }

        if (Outbox is { Length: > 0 } state && !OutboxFilters.Contains(state, StringComparer.OrdinalIgnoreCase))
        {
            return Invalid($"'{state}' is not an outbox state (accepted: {string.Join(", ", OutboxFilters)}).");
        }

        if (asked < 1 || Find is { Length: > 200 })
        {
            return Invalid(asked < 1 ? "Pages are numbered from 1." : "Search for at most 200 characters.");
        }

        return Page();
    }

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
        if (all is not null)
        {
            OutboxStates = [NotQueued, .. all.Select(r => r.OutboxState).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            string? find = string.IsNullOrWhiteSpace(Find) ? null : Find.Trim();
            var matching = all.Where(r =>
                (string.IsNullOrEmpty(Outbox) || (Outbox == NotQueued ? r.OutboxState is null : string.Equals(r.OutboxState, Outbox, StringComparison.OrdinalIgnoreCase))) &&
                (find is null || r.Request.Reference.Value.Contains(find, StringComparison.OrdinalIgnoreCase) || r.Request.BodyName.Contains(find, StringComparison.OrdinalIgnoreCase) ||
                    r.Request.BodyId.Value.Contains(find, StringComparison.OrdinalIgnoreCase) || r.Email.Contains(find, StringComparison.OrdinalIgnoreCase))).ToList();
            Matching = matching.Count;
            PageNumber = Math.Clamp(PageNumber, 1, Pages);
            Requests = [.. matching.Skip((PageNumber - 1) * RequestRows).Take(RequestRows)];
        }

        return true;
    }
}
