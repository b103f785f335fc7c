using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Hosting.Campaigns;

namespace Sightline.Web.Pages.Workspace.Campaigns;

/// <summary>Creates a campaign from the registry: choose bodies, write the request, preview the targets and each body's letter,
/// then create. Nothing is written before "Create".</summary>
[Authorize(Policy = Policies.Research)]
public sealed class NewModel(CampaignService campaigns, ICampaignStore store, TimeProvider clock) : PageModel
{
    /// <summary>Bodies listed in a preview; the count and the reasons cover them all.</summary>
    public const int PreviewRows = 200;

    public const string SampleTemplate = """
        Subject: Freedom of Information request – CCTV manufacturers [{reference}]

        Dear {body_name},

        Under the {law_citation}, please tell me:

        1. Does your organisation use CCTV cameras or recorders manufactured by Hikvision or Dahua (including equipment sold under other brands)?
        2. If so, how many of each?
        3. Which models?
        4. Do any of your cameras have facial recognition, facial detection, thermal, demographic, behavioural, object detection, ANPR, mask detection, people counting, heat-mapping or audio capabilities, and are those in use?

        I look forward to your response by {due_date}.

        Yours faithfully,
        {requester_name}
        {requester_address}
        """;

    [BindProperty]
    public CampaignForm Form { get; set; } = new();

    /// <summary>The body whose letter the preview shows (a button per listed body sets it).</summary>
    [BindProperty]
    public string? PreviewBody { get; set; }

    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public TargetPlan? Plan { get; private set; }

    public PlannedTarget? Previewed { get; private set; }

    public NewOutboxMessage? Letter { get; private set; }

    public void OnGet() => Form = new CampaignForm { Template = SampleTemplate, ReplyLocalPart = "foi" };

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await PlanAsync(cancellationToken) is not var (campaign, plan))
        {
            return Page();
        }

        int index = plan.Targets.ToList().FindIndex(t => t.Body.Id.Value == PreviewBody);
        if (plan.Targets.Count > 0)
        {
            index = Math.Max(index, 0);
            Previewed = plan.Targets[index];
            Letter = campaigns.Preview(campaign, Previewed, index + 1, clock.GetUtcNow());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (await PlanAsync(cancellationToken) is not var (campaign, plan))
        {
            return Page();
        }

        if (plan.Targets.Count == 0)
        {
            Add("targets", $"None of the {plan.Skipped.Count:N0} chosen bodies has a usable FOI address; nothing was created. Give addresses under “FOI addresses”.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (await store.FindAsync(campaign.Name, cancellationToken) is not null)
        {
            Add("name", $"A campaign named '{campaign.Name}' already exists.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var (created, requests) = await campaigns.CreateAsync(campaign, plan, cancellationToken);
        if (!created)
        {
            Add("prefix", $"A campaign named '{campaign.Name}' or with prefix {campaign.Prefix} already exists.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        TempData["Message"] = $"Created campaign '{campaign.Name}': {requests.Count:N0} requests ({requests[0].Reference} … {requests[^1].Reference})" +
            (plan.Skipped.Count > 0 ? $"; {plan.Skipped.Count:N0} chosen bodies were left out." : ".") + " Nothing is sent until you queue a wave.";
        return RedirectToPage("/Workspace/Campaigns/Show", new { name = campaign.Name });
    }

    /// <summary>Checks the form and plans the targets; null (status 400, the problems listed) when the form has any.</summary>
    private async Task<(Campaign Campaign, TargetPlan Plan)?> PlanAsync(CancellationToken cancellationToken)
    {
        var (campaign, targets, contacts) = Validate();
        if (campaign is null || targets is null || contacts is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        Plan = await campaigns.PlanAsync(targets, contacts, "contacts", cancellationToken);
        return (campaign, Plan);
    }

    public IEnumerable<string> ErrorsFor(string field) => Errors.TryGetValue(field, out var list) ? list : [];

    private (Campaign? Campaign, CampaignTargets? Targets, Dictionary<string, string>? Contacts) Validate()
    {
        Campaign? campaign = Form.ToDraft().Build(clock.GetUtcNow(), out var problems);
        foreach (var (field, message) in problems)
        {
            Add(field, message);
        }

        var targets = CampaignTargets.Parse(Form.Sectors ?? [], Form.Nations ?? [], Form.Regions ?? [],
            (Form.Tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            CampaignContacts.ParseBodyList(Lines(Form.Bodies)), out var targetProblems);
        foreach (var (_, message) in targetProblems)
        {
            Add("targets", message);
        }

        if (targets.IsEmpty)
        {
            Add("targets", "Choose bodies: a sector, nation, region or tag, and/or a list of body ids.");
        }

        if (targets.Explicit.Count > 20_000)
        {
            Add("bodies", "At most 20,000 bodies can be listed.");
        }

        if (!CampaignContacts.TryParse(Lines(Form.Contacts), "FOI addresses", out var contacts, out string? contactsError))
        {
            Add("contacts", contactsError!);
        }

        return Errors.Count == 0 ? (campaign, targets, contacts) : (null, null, null);
    }

    private static string[] Lines(string? text) => (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n');

    private void Add(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var list))
        {
            Errors[field] = list = [];
        }

        list.Add(message);
    }
}

/// <summary>The fields of the new-campaign form.</summary>
public sealed class CampaignForm
{
    public string? Name { get; set; }

    public string? Prefix { get; set; }

    public string[]? Sectors { get; set; }

    public string[]? Nations { get; set; }

    public string[]? Regions { get; set; }

    public string? Tags { get; set; }

    public string? Bodies { get; set; }

    public string? Contacts { get; set; }

    public string? Template { get; set; }

    public string? From { get; set; }

    public string? ReplyDomain { get; set; }

    public string? ReplyLocalPart { get; set; }

    public string? RequesterName { get; set; }

    public string? RequesterAddress { get; set; }

    public bool Stopped { get; set; }

    public CampaignDraft ToDraft() => new()
    {
        Name = Name ?? string.Empty, Prefix = (Prefix ?? string.Empty).Trim().ToUpperInvariant(), Template = Template ?? string.Empty, TemplateSource = "template",
        From = From ?? string.Empty, ReplyDomain = ReplyDomain ?? string.Empty, ReplyLocalPart = string.IsNullOrWhiteSpace(ReplyLocalPart) ? "foi" : ReplyLocalPart,
        RequesterName = RequesterName, RequesterAddress = RequesterAddress, Stopped = Stopped,
    };
}
