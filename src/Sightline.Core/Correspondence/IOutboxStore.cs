namespace Sightline.Core.Correspondence;

/// <summary>The durable outbox. Claims are safe across processes: PostgreSQL claims with <c>FOR UPDATE SKIP LOCKED</c>, SQLite
/// with a conditional update inside its single-writer transaction.</summary>
public interface IOutboxStore
{
    /// <summary>Adds messages (state held or queued).</summary>
    Task AddAsync(IReadOnlyList<NewOutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>Moves up to <paramref name="max"/> due queued rows (optionally of one campaign) to claimed by <paramref name="owner"/>.</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string owner, int max, string? campaign, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Claimed → sending, durably, before the SMTP transaction starts, and the owner's other claims renewed until
    /// <paramref name="leaseUntil"/>. False when the claim was lost.</summary>
    Task<bool> BeginSendingAsync(long id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Sending → sent, and the request's <c>sent</c> (or chaser) event, in one transaction.</summary>
    Task MarkSentAsync(long id, string serverResponse, DateTimeOffset now, DateOnly eventDate, CancellationToken cancellationToken);

    /// <summary>Back to queued after a temporary failure, due again at <paramref name="notBefore"/>.</summary>
    Task RetryAsync(long id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken);

    /// <summary>Failed for good, with the request's <c>delivery_failed</c> event carrying the reason.</summary>
    Task MarkFailedAsync(long id, string reason, DateOnly eventDate, CancellationToken cancellationToken);

    /// <summary>Claimed rows of <paramref name="owner"/> back to queued (a clean stop).</summary>
    Task ReleaseAsync(string owner, CancellationToken cancellationToken);

    /// <summary>Claimed rows whose lease has run out go back to queued: no transaction had begun for them.</summary>
    Task<int> RequeueExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Rows in sending since before <paramref name="before"/>: left by a crash (or a hung process) and to be reconciled.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListStaleSendingAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Settles a sending/uncertain row: sent (copy found), queued (no copy: never left), or uncertain (cannot tell).</summary>
    Task ResolveAsync(long id, OutboxState state, string note, DateTimeOffset now, DateOnly eventDate, CancellationToken cancellationToken);

    /// <summary>Held → queued for a campaign's requests (all, or the given references), due from <paramref name="notBefore"/>.</summary>
    Task<int> ReleaseHeldAsync(string campaign, IReadOnlyCollection<string>? references, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Queued → held for a campaign (stop); returns how many were held back.</summary>
    Task<int> HoldAsync(string campaign, CancellationToken cancellationToken);

    /// <summary>Every outbox message of a request, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> FindByReferenceAsync(string reference, CancellationToken cancellationToken);

    Task<OutboxMessage?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Row counts by state, optionally for one campaign.</summary>
    Task<IReadOnlyDictionary<OutboxState, int>> CountAsync(string? campaign, CancellationToken cancellationToken);

    /// <summary>The earliest <c>not_before</c> of queued rows (of a campaign), if any.</summary>
    Task<DateTimeOffset?> NextDueAsync(string? campaign, CancellationToken cancellationToken);
}

/// <summary>A message to add to the outbox.</summary>
public sealed record NewOutboxMessage(
    string Reference, string? Campaign, string Kind, string MessageId, string From, string To, string ReplyTo, string EnvelopeFrom, string? CopyTo,
    string Subject, string Body, string? InReplyTo, OutboxState State, DateTimeOffset NotBefore, string? ApprovedBy = null);
