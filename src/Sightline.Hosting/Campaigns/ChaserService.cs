using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;

namespace Sightline.Hosting.Campaigns;

/// <summary>A follow-up the lifecycle proposes today for one request, and whether a person has already approved it.</summary>
/// <param name="ApprovedBy">Who approved it (null when not approved, or approved before approvals were recorded).</param>
public sealed record DueChaser(string Campaign, CampaignRequest Request, ChaserProposal Proposal, bool Approved, string? ApprovedBy = null)
{
    public string Reference => Request.Request.Reference.Value;

    public string Kind => ChaserKinds.Code(Proposal.Kind);
}

/// <summary>What approving one follow-up did: queued (with its recipient and subject) or why not.</summary>
public sealed record ChaserApproval(string Reference, string Kind, string? To, string? Subject, string? Problem)
{
    public bool Queued => Problem is null;
}

/// <summary>Proposed follow-ups (reminders, internal review requests, complaints to the commissioner) and their approval. Nothing is
/// sent without a person's approval; an approved follow-up goes to the outbox as a reply in the request's thread.</summary>
public sealed class ChaserService(ICampaignStore campaigns, IOutboxStore outbox, RequestLifecycle lifecycle, TimeProvider clock)
{
    /// <summary>Follow-ups due today, of one campaign or of all.</summary>
    public async Task<IReadOnlyList<DueChaser>> DueAsync(string? campaign, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> names = campaign is null ? await campaigns.ListNamesAsync(cancellationToken).ConfigureAwait(false) : [campaign];
        DateOnly today = LondonDay.Of(clock.GetUtcNow());
        var due = new List<DueChaser>();
        foreach (string name in names)
        {
            foreach (CampaignRequest request in await campaigns.LoadRequestsAsync(name, cancellationToken).ConfigureAwait(false))
            {
                if (lifecycle.Evaluate(request.Request, today).NextAction is { } proposal && proposal.Date <= today)
                {
                    string kind = "chaser:" + ChaserKinds.Code(proposal.Kind);
                    OutboxMessage? approval = (await outbox.FindByReferenceAsync(request.Request.Reference.Value, cancellationToken).ConfigureAwait(false))
                        .LastOrDefault(m => m.Kind == kind && m.State != OutboxState.Failed);
                    due.Add(new DueChaser(name, request, proposal, approval is not null, approval?.ApprovedBy));
                }
            }
        }

        return due;
    }

    /// <summary>Queues each chosen follow-up that is not yet approved. A complaint to the commissioner goes to
    /// <paramref name="complaintTo"/>, which it needs; the others go to the body.</summary>
    /// <param name="approvedBy">Who approves (recorded with each message).</param>
    public async Task<IReadOnlyList<ChaserApproval>> ApproveAsync(IEnumerable<DueChaser> chosen, string? complaintTo, string approvedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (complaintTo is not null && !EmailAddress.IsValid(complaintTo))
        {
            throw new ArgumentException($"'{complaintTo}' is not an e-mail address.", nameof(complaintTo));
        }

        DateTimeOffset now = clock.GetUtcNow();
        var messages = new List<NewOutboxMessage>();
        var results = new List<ChaserApproval>();
        var found = new Dictionary<string, Campaign?>(StringComparer.Ordinal);
        foreach (DueChaser due in chosen)
        {
            if (due.Approved)
            {
                results.Add(new ChaserApproval(due.Reference, due.Kind, null, null, "already approved"));
                continue;
            }

            string? recipient = due.Proposal.Kind == ChaserKind.CommissionerComplaint ? complaintTo : due.Request.Email;
            if (recipient is null)
            {
                results.Add(new ChaserApproval(due.Reference, due.Kind, null, null, "a complaint to the commissioner needs the commissioner's address"));
                continue;
            }

            if (!found.TryGetValue(due.Campaign, out Campaign? campaign))
            {
                campaign = found[due.Campaign] = await campaigns.FindAsync(due.Campaign, cancellationToken).ConfigureAwait(false);
            }

            if (campaign is null)
            {
                results.Add(new ChaserApproval(due.Reference, due.Kind, null, null, $"campaign '{due.Campaign}' no longer exists"));
                continue;
            }

            string reference = due.Reference;
            string subject = due.Proposal.Subject.Contains(reference, StringComparison.Ordinal) ? due.Proposal.Subject : $"{due.Proposal.Subject} [{reference}]";
            string body = $"{due.Proposal.Body}\n\n{campaign.RequesterName}\n";
            messages.Add(new NewOutboxMessage(reference, campaign.Name, "chaser:" + due.Kind,
                $"{reference.ToLowerInvariant()}.{due.Kind}.{Guid.NewGuid():N}@{campaign.ReplyDomain}", campaign.Sender.ToString(), recipient,
                due.Request.ReplyAddress, due.Request.ReplyAddress, campaign.CopyAddress, subject, body, due.Request.MessageId,
                campaign.Stopped ? OutboxState.Held : OutboxState.Queued, now, approvedBy));
            results.Add(new ChaserApproval(reference, due.Kind, recipient, subject, null));
        }

        if (messages.Count > 0)
        {
            await outbox.AddAsync(messages, cancellationToken).ConfigureAwait(false);
        }

        return results;
    }
}

/// <summary>snake_case codes of chaser kinds, as outbox kinds use them.</summary>
public static class ChaserKinds
{
    public static string Code(ChaserKind kind) => kind switch
    {
        ChaserKind.Reminder => "reminder",
        ChaserKind.SecondReminder => "second_reminder",
        ChaserKind.InternalReviewRequest => "internal_review_request",
        _ => "commissioner_complaint",
    };
}
