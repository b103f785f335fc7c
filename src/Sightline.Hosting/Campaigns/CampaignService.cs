using System.Globalization;
using Sightline.Core.Bodies;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;

namespace Sightline.Hosting.Campaigns;

/// <summary>Chooses a campaign's bodies, creates its requests, and puts waves of them in the outbox.</summary>
public sealed class CampaignService(IBodyStore bodies, ICampaignStore campaigns, IOutboxStore outbox, IProposedCodingStore codings, DeadlineCalculator deadlines,
    RequestLifecycle lifecycle, TimeProvider clock)
{
    /// <summary>The bodies matching the targets, each with the address to write to: the contacts file first, then the registry.</summary>
    /// <param name="contacts">Body id or external identifier → e-mail address, from <c>--contacts</c>.</param>
    public async Task<TargetPlan> PlanAsync(CampaignTargets targets, IReadOnlyDictionary<string, string> contacts, string contactsSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(contacts);
        var chosen = new Dictionary<string, Body>(StringComparer.Ordinal);
        var skipped = new List<SkippedTarget>();
        foreach (string key in targets.Explicit)
        {
            Body? body = await ResolveAsync(key, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                skipped.Add(new SkippedTarget(key, string.Empty, "not_found", "no such body in the registry"));
            }
            else if (!body.Active)
            {
                skipped.Add(new SkippedTarget(body.Id.Value, body.Name, "inactive", "no longer in its source"));
            }
            else
            {
                chosen.TryAdd(body.Id.Value, body);
            }
        }

        bool filtered = targets.Sectors.Count + targets.Nations.Count + targets.Regions.Count + targets.Tags.Count > 0;
        if (filtered)
        {
            foreach (Sector? sector in OrAll(targets.Sectors))
            {
                foreach (Nation? nation in OrAll(targets.Nations))
                {
                    foreach (Region? region in OrAll(targets.Regions))
                    {
                        foreach (string? tag in targets.Tags.Count == 0 ? [null] : targets.Tags.Select(t => (string?)t))
                        {
                            for (int offset = 0; ; offset += BodyQuery.MaxLimit)
                            {
                                BodyPage page = await bodies.SearchAsync(new BodyQuery { Sector = sector, Nation = nation, Region = region, Tag = tag, Limit = BodyQuery.MaxLimit, Offset = offset }, cancellationToken).ConfigureAwait(false);
                                foreach (Body body in page.Bodies)
                                {
                                    chosen.TryAdd(body.Id.Value, body);
                                }

                                if (page.Bodies.Count < BodyQuery.MaxLimit)
                                {
                                    break;
                                }
                            }
                        }
                    }
                }
            }
        }

        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string key, string email) in contacts)
        {
            if (await ResolveAsync(key, cancellationToken).ConfigureAwait(false) is { } body)
            {
                addresses[body.Id.Value] = email;
            }
        }

        var planned = new List<PlannedTarget>();
        foreach (Body body in chosen.Values.OrderBy(b => b.Id.Value, StringComparer.Ordinal))
        {
            (string? email, string source) = addresses.TryGetValue(body.Id.Value, out string? fromFile) ? (fromFile, contactsSource) : (body.FoiEmail, "registry");
            if (string.IsNullOrWhiteSpace(email))
            {
                skipped.Add(new SkippedTarget(body.Id.Value, body.Name, "no_foi_address", "no FOI address in the registry; give one with --contacts"));
            }
            else if (!EmailAddress.IsValid(email.Trim()))
            {
                skipped.Add(new SkippedTarget(body.Id.Value, body.Name, "invalid_address", $"'{email}' ({source}) is not an e-mail address"));
            }
            else
            {
                planned.Add(new PlannedTarget(body, email.Trim(), source));
            }
        }

        return new TargetPlan(planned, skipped);
    }

    /// <summary>Creates the campaign and one request per planned target. False when the name or prefix is taken.</summary>
    public async Task<(bool Created, IReadOnlyList<PlannedRequest> Requests)> CreateAsync(Campaign campaign, TargetPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(plan);
        var requests = plan.Targets.Select((t, i) =>
        {
            string reference = Campaign.ReferenceFor(campaign.Prefix, i + 1);
            return new PlannedRequest(reference, i + 1, t.Body, t.Email, campaign.ReplyAddressFor(reference));
        }).ToList();
        bool created = await campaigns.CreateAsync(campaign, requests, cancellationToken).ConfigureAwait(false);
        return (created, requests);
    }

    /// <summary>Renders and queues the next wave: the first <paramref name="pilotSize"/> requests not yet in the outbox (pilot), or all of
    /// them. A stopped campaign's messages are written held. With <paramref name="dryRun"/> nothing is written.</summary>
    public async Task<WavePlan> QueueWaveAsync(Campaign campaign, bool pilot, int pilotSize, DateTimeOffset? at, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var all = await campaigns.LoadRequestsAsync(campaign.Name, cancellationToken).ConfigureAwait(false);
        var pending = all.Where(r => r.OutboxState is null).ToList();
        if (pilot)
        {
            pending = [.. pending.Take(all.Any(r => r.OutboxState is not null) ? 0 : pilotSize)];
        }

        DateTimeOffset notBefore = at ?? clock.GetUtcNow();
        DateOnly day = LondonDay.Of(notBefore);
        var messages = pending.Select(r => Render(campaign, r, day, notBefore)).ToList();
        if (!dryRun && messages.Count > 0)
        {
            await outbox.AddAsync(messages, cancellationToken).ConfigureAwait(false);
        }

        return new WavePlan(messages, all.Count, all.Count(r => r.OutboxState is not null));
    }

    /// <summary>Stops a campaign (its queued messages are held; one being sent finishes) or resumes it (held messages are queued
    /// again). Returns how many messages changed.</summary>
    public async Task<int> SetStoppedAsync(Campaign campaign, bool stopped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await campaigns.SetStoppedAsync(campaign.Name, stopped, cancellationToken).ConfigureAwait(false);
        return stopped
            ? await outbox.HoldAsync(campaign.Name, cancellationToken).ConfigureAwait(false)
            : await outbox.ReleaseHeldAsync(campaign.Name, null, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The message one planned target would get if its request were sent at <paramref name="at"/>, before anything is written.</summary>
    public NewOutboxMessage Preview(Campaign campaign, PlannedTarget target, int number, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(target);
        string reference = Campaign.ReferenceFor(campaign.Prefix, number);
        var planned = new PlannedRequest(reference, number, target.Body, target.Email, campaign.ReplyAddressFor(reference));
        var request = new CampaignRequest(planned.ToRequest(), number, target.Email, planned.ReplyAddress, null, null, null);
        return Render(campaign, request, LondonDay.Of(at), at);
    }

    /// <summary>Where a campaign stands today: its requests by lifecycle state and by outbox state, and its answers by coded outcome
    /// (the latest proposal or review of each request) and review state.</summary>
    /// <param name="requests">The campaign's requests when the caller has already loaded them; null to load them.</param>
    public async Task<CampaignProgress> ProgressAsync(Campaign campaign, IReadOnlyList<CampaignRequest>? requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var all = await codings.ListAsync(null, null, 100_000, cancellationToken).ConfigureAwait(false);
        return Progress(campaign, requests ?? await campaigns.LoadRequestsAsync(campaign.Name, cancellationToken).ConfigureAwait(false), all);
    }

    /// <summary>The progress of several campaigns, reading the proposed codings once for all of them.</summary>
    public async Task<IReadOnlyList<CampaignProgress>> ProgressAsync(IReadOnlyList<Campaign> list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        var all = await codings.ListAsync(null, null, 100_000, cancellationToken).ConfigureAwait(false);
        var result = new List<CampaignProgress>(list.Count);
        foreach (Campaign campaign in list)
        {
            result.Add(Progress(campaign, await campaigns.LoadRequestsAsync(campaign.Name, cancellationToken).ConfigureAwait(false), all));
        }

        return result;
    }

    public NewOutboxMessage Render(Campaign campaign, CampaignRequest request, DateOnly day, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(request);
        FoiRequest r = request.Request;
        DateOnly? due = deadlines.Compute(new DeadlineRequest { Received = day, Law = r.Law, BodyType = r.BodyType }) is DeadlineOutcome.Computed c ? c.Result.Due : null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["body_name"] = r.BodyName,
            ["reference"] = r.Reference.Value,
            ["law"] = r.Law switch { FoiLaw.Foisa => "Freedom of Information (Scotland) Act", FoiLaw.Eir or FoiLaw.Eisr => "Environmental Information Regulations", _ => "Freedom of Information Act" },
            ["law_citation"] = r.Law.ToCitation(),
            ["due_date"] = due is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "within 20 working days",
            ["requester_name"] = campaign.RequesterName,
            ["requester_address"] = campaign.RequesterAddress,
        };
        var (subject, body) = campaign.Template.Render(values);
        string messageId = $"{r.Reference.Value.ToLowerInvariant()}.{Guid.NewGuid():N}@{campaign.ReplyDomain}";
        return new NewOutboxMessage(r.Reference.Value, campaign.Name, "request", messageId, campaign.Sender.ToString(), request.Email, request.ReplyAddress,
            request.ReplyAddress, campaign.CopyAddress, subject, body, null, campaign.Stopped ? OutboxState.Held : OutboxState.Queued, notBefore);
    }

    private async Task<Body?> ResolveAsync(string key, CancellationToken cancellationToken)
    {
        if (ExternalId.TryParse(key, out ExternalId? external))
        {
            return await bodies.FindByIdentifierAsync(external, cancellationToken).ConfigureAwait(false);
        }

        return BodyId.TryParse(key, out BodyId? id) ? await bodies.FindAsync(id.Value, cancellationToken).ConfigureAwait(false) : null;
    }

    private CampaignProgress Progress(Campaign campaign, IReadOnlyList<CampaignRequest> requests, IReadOnlyList<StoredCoding> all)
    {
        DateOnly today = LondonDay.Of(clock.GetUtcNow());
        var statuses = requests.Select(r => lifecycle.Evaluate(r.Request, today)).ToList();
        var references = requests.Select(r => r.Request.Reference.Value).ToHashSet(StringComparer.Ordinal);
        var latest = all.Where(c => references.Contains(c.Reference) && c.Status != ReviewStatus.Rejected)
            .GroupBy(c => c.Reference, StringComparer.Ordinal).Select(g => g.MaxBy(c => c.Id)!).ToList();
        return new CampaignProgress(
            campaign,
            requests.Count,
            Count(statuses.Select(s => s.State.ToCode())),
            Count(requests.Select(r => r.OutboxState ?? "not_queued")),
            Count(latest.Select(c => (c.Corrected ?? c.Proposed).Outcome)),
            Count(latest.Select(c => c.Status.ToString().ToLowerInvariant())),
            statuses.Count(s => s.NextAction is { } next && next.Date <= today));
    }

    private static List<KeyValuePair<string, int>> Count(IEnumerable<string> codes) =>
        [.. codes.GroupBy(c => c, StringComparer.Ordinal).Select(g => new KeyValuePair<string, int>(g.Key, g.Count())).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];

    private static IEnumerable<T?> OrAll<T>(IReadOnlyList<T> values)
        where T : struct => values.Count == 0 ? [null] : values.Select(v => (T?)v);
}

/// <summary>Counts of a campaign's requests and answers, each list ordered by count.</summary>
/// <param name="FollowUpsDue">Requests whose proposed follow-up (reminder, review request, complaint) is due today.</param>
public sealed record CampaignProgress(
    Campaign Campaign,
    int Requests,
    IReadOnlyList<KeyValuePair<string, int>> ByState,
    IReadOnlyList<KeyValuePair<string, int>> ByOutbox,
    IReadOnlyList<KeyValuePair<string, int>> ByOutcome,
    IReadOnlyList<KeyValuePair<string, int>> ByReview,
    int FollowUpsDue)
{
    public int Coded => ByOutcome.Sum(o => o.Value);

    public int InState(string code) => ByState.FirstOrDefault(s => s.Key == code).Value;

    public int InOutbox(string code) => ByOutbox.FirstOrDefault(s => s.Key == code).Value;
}

/// <summary>A wave: the messages it queued (or would queue), out of the campaign's requests.</summary>
public sealed record WavePlan(IReadOnlyList<NewOutboxMessage> Messages, int Total, int AlreadyInOutbox);
