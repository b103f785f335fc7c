namespace Sightline.Core.Correspondence;

/// <summary>A message as received, before filing. <see cref="Raw"/> is the exact bytes; it is stored under its SHA-256.</summary>
public sealed record ReceivedMessage(
    byte[] Raw,
    string? MessageId,
    string From,
    IReadOnlyList<string> Recipients,
    string Subject,
    DateTimeOffset? Date,
    IReadOnlyList<string> InReplyTo,
    IReadOnlyList<ReceivedAttachment> Attachments);

public sealed record ReceivedAttachment(string Name, string MediaType, byte[] Content);

/// <summary>How a message was filed.</summary>
/// <param name="Reference">The request it belongs to; null in the holding pen.</param>
/// <param name="MatchedBy"><c>reply_address</c>, <c>subject_reference</c>, <c>in_reply_to</c>, <c>body_domain</c>, <c>assigned</c>, or null.</param>
/// <param name="Triage">The reply kind (<see cref="Answers.ReplyCodes.Kinds"/>) or null before triage.</param>
public sealed record StoredMessage(
    long Id,
    string Sha256,
    string? MessageId,
    string From,
    string Subject,
    DateTimeOffset ReceivedUtc,
    string? Reference,
    string? MatchedBy,
    string? Triage,
    string? Note,
    IReadOnlyList<StoredAttachment> Attachments);

public sealed record StoredAttachment(string Name, string MediaType, string Sha256, long Size);

/// <summary>Where a mailbox sync got to: one row per source (<c>imap://user@host:port/INBOX</c>, <c>maildir:/path</c>, …).</summary>
public sealed record MailCursor(string Source, long UidValidity, long LastUid);

/// <summary>Storage port of received mail. Raw messages and attachments are blobs keyed by SHA-256 in the store, so identical
/// content is kept once and a message is ingested once whatever the source or the number of runs.</summary>
public interface IInboxStore
{
    Task<MailCursor?> GetCursorAsync(string source, CancellationToken cancellationToken);

    /// <summary>Stores the message, its attachments and the filing, applies the filing's event to the request, and moves
    /// the cursor (when given), all in one transaction. Returns null (changing only the cursor) when the same bytes are already stored.</summary>
    Task<long?> IngestAsync(ReceivedMessage message, Filing filing, MailCursor? cursor, CancellationToken cancellationToken);

    Task SaveCursorAsync(MailCursor cursor, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredMessage>> ListAsync(string? reference, bool unmatchedOnly, int limit, CancellationToken cancellationToken);

    Task<StoredMessage?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Files a held message under a request (a person's decision), with its triage and event.</summary>
    Task<bool> AssignAsync(long id, Filing filing, CancellationToken cancellationToken);

    Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Requests whose outbound Message-IDs include any of <paramref name="messageIds"/> (for In-Reply-To matching).</summary>
    Task<string?> FindReferenceBySentMessageIdAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken);

    /// <summary>The open requests whose recipient address is at <paramref name="domain"/>.</summary>
    Task<IReadOnlyList<string>> FindReferencesByRecipientDomainAsync(string domain, CancellationToken cancellationToken);

    Task<bool> ReferenceExistsAsync(string reference, CancellationToken cancellationToken);
}

/// <summary>What to record for a message: where it is filed, its triage, the event for the request, and the proposed coding.</summary>
public sealed record Filing(string? Reference, string? MatchedBy, string? Triage, string? Note, Requests.RequestEvent? Event, ProposedCoding? Coding);
