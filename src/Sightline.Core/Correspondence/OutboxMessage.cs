namespace Sightline.Core.Correspondence;

/// <summary>A message waiting in (or gone through) the durable outbox. The Message-ID is fixed when the row is written, before any
/// attempt, so every attempt of one message carries the same Message-ID and the sender's copy can be found by it.</summary>
/// <param name="Kind"><c>request</c> or a chaser kind (<c>chaser:reminder</c>, …).</param>
/// <param name="EnvelopeFrom">The SMTP MAIL FROM: the request's own reply address, so bounces file themselves.</param>
/// <param name="CopyTo">A blind copy to the sender's own mailbox, in the same SMTP transaction (see docs/campaigns.md).</param>
public sealed record OutboxMessage(
    long Id,
    string Reference,
    string Kind,
    string MessageId,
    string From,
    string To,
    string ReplyTo,
    string EnvelopeFrom,
    string? CopyTo,
    string Subject,
    string Body,
    string? InReplyTo,
    int Attempts,
    OutboxState State,
    string? ApprovedBy = null,
    DateTime CreatedUtc = default)
{
    public string RecipientDomain => To[(To.LastIndexOf('@') + 1)..].ToLowerInvariant();
}

/// <summary>An outbox row's state. The only state from which a message may have left without the store knowing is
/// <see cref="Sending"/>; reconciliation settles it (docs/campaigns.md, "exactly once").</summary>
public enum OutboxState
{
    /// <summary>Written but not released: a wave not yet sent, or a stopped campaign.</summary>
    Held,

    /// <summary>Due from <c>not_before</c>.</summary>
    Queued,

    /// <summary>Claimed by one sender (lease); no SMTP transaction started yet, so it may be released without checking.</summary>
    Claimed,

    /// <summary>An SMTP transaction was (or is being) attempted.</summary>
    Sending,

    Sent,

    /// <summary>Refused permanently (5xx) or too many temporary failures.</summary>
    Failed,

    /// <summary>Left in <see cref="Sending"/> by a crash, and no copy could be checked: never re-sent without a person or a copy.</summary>
    Uncertain,
}

public static class OutboxStates
{
    public static string ToCode(this OutboxState state) => state.ToString().ToLowerInvariant();

    public static OutboxState Parse(string code) => Enum.Parse<OutboxState>(code, ignoreCase: true);
}

/// <summary>How one SMTP attempt ended.</summary>
public abstract record SendOutcome
{
    /// <param name="ServerResponse">The server's reply to DATA, e.g. <c>2.0.0 Ok: queued as 4XyZ</c>: its queue id is kept.</param>
    public sealed record Accepted(string ServerResponse) : SendOutcome;

    /// <summary>4xx: try again later.</summary>
    public sealed record Temporary(string Reason) : SendOutcome;

    /// <summary>5xx: the server refused the message for good.</summary>
    public sealed record Permanent(string Reason) : SendOutcome;

    /// <summary>The server could not be reached or the connection broke before a reply: nothing about this message is known to
    /// have been accepted, but the connection is also unusable for the next one.</summary>
    public sealed record ConnectionFailed(string Reason) : SendOutcome;
}

/// <summary>Sends one message (SMTP in production).</summary>
public interface IMailTransport : IAsyncDisposable
{
    Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>Answers "did this Message-ID leave?" by looking for the sender's copy (IMAP SEARCH in production). Null: cannot tell.</summary>
public interface ISentCopyChecker
{
    Task<bool?> WasSentAsync(string messageId, CancellationToken cancellationToken);
}
