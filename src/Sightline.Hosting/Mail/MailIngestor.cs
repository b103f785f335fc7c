using Sightline.Core.Answers;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Documents;
using Sightline.Mail;

namespace Sightline.Hosting.Mail;

/// <summary>What happened to one received message.</summary>
/// <param name="Outcome"><c>filed</c>, <c>held</c> (holding pen), <c>duplicate</c> (same bytes already stored) or <c>own_copy</c>
/// (the sender's copy of an outbox message: it settles that message and is not stored).</param>
public sealed record IngestResult(string Name, string Outcome, long? MessageId, string? Reference, string? MatchedBy, string? Triage, IReadOnlyList<string> Problems);

/// <summary>Why a held message was not filed by <see cref="MailIngestor.AssignAsync"/>.</summary>
public enum AssignRefusal
{
    None,
    NoSuchMessage,
    NoSuchRequest,

    /// <summary>The message is filed already (<see cref="AssignOutcome.Message"/> says under which reference).</summary>
    AlreadyFiled,

    /// <summary>Someone else filed it between reading and writing.</summary>
    FiledMeanwhile,
}

/// <summary>What filing a held message did: <see cref="Filed"/> when it was filed, otherwise the <see cref="Refusal"/>.</summary>
public sealed record AssignOutcome(AssignRefusal Refusal, StoredMessage? Message, IngestResult? Filed);

/// <summary>Files received mail: stores it (content-addressed), matches it to its request, triages it with the answer coder and applies
/// the lifecycle event, all in one transaction per message together with the mailbox cursor, so a kill at any moment loses nothing
/// and stores nothing twice.</summary>
public sealed class MailIngestor(IInboxStore inbox, IOutboxStore outbox, ICampaignStore campaigns, DocumentReader reader, AnswerCoder coder, TimeProvider clock)
{
    private IReadOnlyList<string>? _prefixes;

    public long MaxAttachmentBytes { get; init; } = MessageParser.DefaultMaxAttachmentBytes;

    public async Task<IngestResult> IngestAsync(RawMessage raw, MailCursor? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(raw);
        _prefixes ??= await campaigns.ListPrefixesAsync(cancellationToken).ConfigureAwait(false);
        MessageParser.Parsed parsed = MessageParser.Parse(raw.Content, MaxAttachmentBytes);
        ReceivedMessage message = parsed.Message;
        DateTimeOffset now = clock.GetUtcNow();
        if (message.MessageId is { } ownId && await outbox.FindByMessageIdAsync(ownId, cancellationToken).ConfigureAwait(false) is { } sent)
        {
            if (sent.State is OutboxState.Sending or OutboxState.Uncertain)
            {
                await outbox.ResolveAsync(sent.Id, OutboxState.Sent, "the sender's copy was found in the mailbox", now, LondonDay.Of(now), cancellationToken).ConfigureAwait(false);
            }

            if (cursor is not null)
            {
                await inbox.SaveCursorAsync(cursor, cancellationToken).ConfigureAwait(false);
            }

            return new IngestResult(raw.Name, "own_copy", null, sent.Reference, null, null, []);
        }

        var (reference, matchedBy) = await new ReplyMatcher(inbox).MatchAsync(message, _prefixes, cancellationToken).ConfigureAwait(false);
        Filing filing = await TriageAsync(raw, parsed, reference, matchedBy, now, cancellationToken).ConfigureAwait(false);
        long? id = await inbox.IngestAsync(message, filing, cursor, cancellationToken).ConfigureAwait(false);
        return new IngestResult(raw.Name, id is null ? "duplicate" : reference is null ? "held" : "filed", id, reference, matchedBy, filing.Triage, parsed.Problems);
    }

    /// <summary>Files a message from the holding pen under a request, applying the triage it would have had. Refused, with the
    /// reason, when the message or the request does not exist or the message is filed already; nothing is written then.</summary>
    public async Task<AssignOutcome> AssignAsync(long id, string reference, CancellationToken cancellationToken)
    {
        StoredMessage? stored = await inbox.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return new AssignOutcome(AssignRefusal.NoSuchMessage, null, null);
        }

        if (stored.Reference is not null)
        {
            return new AssignOutcome(AssignRefusal.AlreadyFiled, stored, null);
        }

        if (!await inbox.ReferenceExistsAsync(reference, cancellationToken).ConfigureAwait(false))
        {
            return new AssignOutcome(AssignRefusal.NoSuchRequest, stored, null);
        }

        byte[]? content = await inbox.ReadBlobAsync(stored.Sha256, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return new AssignOutcome(AssignRefusal.NoSuchMessage, stored, null);
        }

        MessageParser.Parsed parsed = MessageParser.Parse(content, MaxAttachmentBytes);
        Filing filing = await TriageAsync(new RawMessage(0, $"message-{id}.eml", content), parsed, reference, "assigned", clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await inbox.AssignAsync(id, filing, cancellationToken).ConfigureAwait(false)
            ? new AssignOutcome(AssignRefusal.None, stored, new IngestResult($"message-{id}", "filed", id, reference, "assigned", filing.Triage, parsed.Problems))
            : new AssignOutcome(AssignRefusal.FiledMeanwhile, stored, null);
    }

    private async Task<Filing> TriageAsync(RawMessage raw, MessageParser.Parsed parsed, string? reference, string? matchedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Reply reply = await reader.ReadAsync(raw.Content, raw.Name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) ? raw.Name : raw.Name + ".eml", cancellationToken).ConfigureAwait(false);
        AnswerCoding coding = coder.Code(reply);
        if (parsed.IsDeliveryReport)
        {
            coding = coding with { Kind = "delivery_failure", Outcome = "none" };
        }

        DateTimeOffset when = parsed.Message.Date is { } date && date <= now ? date : now;
        var (requestEvent, propose, note) = Triage.Decide(coding, LondonDay.Of(when), parsed.BounceReason);
        var problems = parsed.Problems.Concat(reply.Problems).ToList();
        string fullNote = problems.Count == 0 ? note : $"{note}; problems: {string.Join("; ", problems)}";
        return reference is null
            ? new Filing(null, null, coding.Kind, fullNote, null, null)
            : new Filing(reference, matchedBy, coding.Kind, fullNote, requestEvent, propose ? ProposedCoding.For(reply, coding) : null);
    }
}
