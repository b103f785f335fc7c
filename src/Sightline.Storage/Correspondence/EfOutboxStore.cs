using Microsoft.EntityFrameworkCore;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;
using Sightline.Storage.Requests;

namespace Sightline.Storage.Correspondence;

internal sealed class EfOutboxStore(SightlineDbContext db, TimeProvider clock) : IOutboxStore
{
    private static readonly string QueuedCode = OutboxState.Queued.ToCode();
    private static readonly string ClaimedCode = OutboxState.Claimed.ToCode();
    private static readonly string SendingCode = OutboxState.Sending.ToCode();
    private static readonly string HeldCode = OutboxState.Held.ToCode();

    public async Task AddAsync(IReadOnlyList<NewOutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        long id = await ExplicitIds.ReserveAsync(db, "outbox", cancellationToken).ConfigureAwait(false);
        var rows = messages.Select(m => new OutboxRow
        {
            Id = id++, Reference = m.Reference, Campaign = m.Campaign, Kind = m.Kind, MessageId = m.MessageId, FromAddress = m.From, ToAddress = m.To,
            ToDomain = EmailAddress.DomainOf(m.To), ReplyTo = m.ReplyTo, EnvelopeFrom = m.EnvelopeFrom, CopyTo = m.CopyTo, Subject = m.Subject, Body = m.Body,
            InReplyTo = m.InReplyTo, State = m.State.ToCode(), NotBeforeUtc = m.NotBefore.UtcDateTime, ApprovedBy = m.ApprovedBy, CreatedUtc = now,
        }).ToList();
        await BulkInsert.InsertAsync(db, rows, cancellationToken).ConfigureAwait(false);
        await ExplicitIds.SyncSequenceAsync(db, "outbox", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string owner, int max, string? campaign, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        DateTime at = now.UtcDateTime, lease = leaseUntil.UtcDateTime;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        if (ExplicitIds.IsPostgres(db))
        {
            // Concurrent senders skip each other's locked rows instead of waiting for them or taking them twice.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE outbox SET "State" = {ClaimedCode}, "ClaimedBy" = {owner}, "LeaseUntilUtc" = {lease}
                WHERE "Id" IN (SELECT "Id" FROM outbox WHERE "State" = {QueuedCode} AND "NotBeforeUtc" <= {at}
                               AND ({campaign}::text IS NULL OR "Campaign" = {campaign}) ORDER BY "Id" LIMIT {max} FOR UPDATE SKIP LOCKED)
                """, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // SQLite has one writer at a time: one conditional UPDATE (its first statement takes the write lock) is the claim.
            var due = db.Set<OutboxRow>().Where(o => o.State == QueuedCode && o.NotBeforeUtc <= at && (campaign == null || o.Campaign == campaign))
                .OrderBy(o => o.Id).Take(max).Select(o => o.Id);
            await db.Set<OutboxRow>().Where(o => due.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, ClaimedCode).SetProperty(o => o.ClaimedBy, owner).SetProperty(o => o.LeaseUntilUtc, lease), cancellationToken)
                .ConfigureAwait(false);
        }

        var rows = await db.Set<OutboxRow>().AsNoTracking().Where(o => o.State == ClaimedCode && o.ClaimedBy == owner).OrderBy(o => o.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToDomain)];
    }

    public async Task<bool> BeginSendingAsync(long id, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        DateTime at = now.UtcDateTime, lease = leaseUntil.UtcDateTime;
        await db.Set<OutboxRow>().Where(o => o.State == ClaimedCode && o.ClaimedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseUntilUtc, lease), cancellationToken).ConfigureAwait(false);
        int changed = await db.Set<OutboxRow>().Where(o => o.Id == id && o.State == ClaimedCode && o.ClaimedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, SendingCode).SetProperty(o => o.SendingSinceUtc, at).SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken)
            .ConfigureAwait(false);
        return changed == 1;
    }

    public Task MarkSentAsync(long id, string serverResponse, DateTimeOffset now, DateOnly eventDate, CancellationToken cancellationToken) =>
        SettleAsync(id, OutboxState.Sent, serverResponse, null, now, eventDate, cancellationToken);

    public async Task RetryAsync(long id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken)
    {
        DateTime at = notBefore.UtcDateTime;
        string error = Clip(reason, 2000);
        await db.Set<OutboxRow>().Where(o => o.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, QueuedCode).SetProperty(o => o.NotBeforeUtc, at).SetProperty(o => o.LastError, error)
                .SetProperty(o => o.ClaimedBy, (string?)null).SetProperty(o => o.SendingSinceUtc, (DateTime?)null), cancellationToken).ConfigureAwait(false);
    }

    public Task MarkFailedAsync(long id, string reason, DateOnly eventDate, CancellationToken cancellationToken) =>
        SettleAsync(id, OutboxState.Failed, null, reason, clock.GetUtcNow(), eventDate, cancellationToken);

    public async Task ReleaseAsync(string owner, CancellationToken cancellationToken) =>
        await db.Set<OutboxRow>().Where(o => o.State == ClaimedCode && o.ClaimedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, QueuedCode).SetProperty(o => o.ClaimedBy, (string?)null), cancellationToken).ConfigureAwait(false);

    public async Task<int> RequeueExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTime at = now.UtcDateTime;
        return await db.Set<OutboxRow>().Where(o => o.State == ClaimedCode && o.LeaseUntilUtc < at)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, QueuedCode).SetProperty(o => o.ClaimedBy, (string?)null), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListStaleSendingAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        DateTime at = before.UtcDateTime;
        string uncertain = OutboxState.Uncertain.ToCode();
        var rows = await db.Set<OutboxRow>().AsNoTracking().Where(o => (o.State == SendingCode && o.SendingSinceUtc < at) || o.State == uncertain)
            .OrderBy(o => o.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToDomain)];
    }

    public async Task ResolveAsync(long id, OutboxState state, string note, DateTimeOffset now, DateOnly eventDate, CancellationToken cancellationToken)
    {
        switch (state)
        {
            case OutboxState.Sent:
                await SettleAsync(id, OutboxState.Sent, note, null, now, eventDate, cancellationToken).ConfigureAwait(false);
                break;
            case OutboxState.Queued:
                await RetryAsync(id, now, note, cancellationToken).ConfigureAwait(false);
                break;
            default:
                string code = state.ToCode(), text = Clip(note, 2000);
                await db.Set<OutboxRow>().Where(o => o.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, code).SetProperty(o => o.LastError, text), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    public async Task<int> ReleaseHeldAsync(string campaign, IReadOnlyCollection<string>? references, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        DateTime at = notBefore.UtcDateTime;
        IQueryable<OutboxRow> rows = db.Set<OutboxRow>().Where(o => o.Campaign == campaign && o.State == HeldCode);
        if (references is null)
        {
            return await rows.ExecuteUpdateAsync(s => s.SetProperty(o => o.State, QueuedCode).SetProperty(o => o.NotBeforeUtc, at), cancellationToken).ConfigureAwait(false);
        }

        int total = 0;
        foreach (string[] chunk in references.Chunk(500))
        {
            total += await rows.Where(o => chunk.Contains(o.Reference))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, QueuedCode).SetProperty(o => o.NotBeforeUtc, at), cancellationToken).ConfigureAwait(false);
        }

        return total;
    }

    public async Task<int> HoldAsync(string campaign, CancellationToken cancellationToken) =>
        await db.Set<OutboxRow>().Where(o => o.Campaign == campaign && o.State == QueuedCode)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, HeldCode), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<OutboxMessage>> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        var rows = await db.Set<OutboxRow>().AsNoTracking().Where(o => o.Reference == reference).OrderBy(o => o.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToDomain)];
    }

    public async Task<OutboxMessage?> FindByMessageIdAsync(string messageId, CancellationToken cancellationToken)
    {
        OutboxRow? row = await db.Set<OutboxRow>().AsNoTracking().SingleOrDefaultAsync(o => o.MessageId == messageId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToDomain(row);
    }

    public async Task<IReadOnlyDictionary<OutboxState, int>> CountAsync(string? campaign, CancellationToken cancellationToken)
    {
        var counts = await db.Set<OutboxRow>().Where(o => campaign == null || o.Campaign == campaign).GroupBy(o => o.State)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return counts.ToDictionary(c => OutboxStates.Parse(c.Key), c => c.Count);
    }

    public async Task<DateTimeOffset?> NextDueAsync(string? campaign, CancellationToken cancellationToken)
    {
        DateTime? next = await db.Set<OutboxRow>().Where(o => o.State == QueuedCode && (campaign == null || o.Campaign == campaign))
            .MinAsync(o => (DateTime?)o.NotBeforeUtc, cancellationToken).ConfigureAwait(false);
        return next is { } n ? new DateTimeOffset(DateTime.SpecifyKind(n, DateTimeKind.Utc)) : null;
    }

    /// <summary>Sent or failed, with the request's event, in one transaction. Only rows still in sending/uncertain/claimed move, so a
    /// row settled twice (a copy seen by sync after a reconcile) gets one event.</summary>
    private async Task SettleAsync(long id, OutboxState state, string? response, string? error, DateTimeOffset now, DateOnly eventDate, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
            OutboxRow? row = await db.Set<OutboxRow>().SingleOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
            if (row is null || row.State is "sent" or "failed")
            {
                return;
            }

            row.State = state.ToCode();
            row.ClaimedBy = null;
            if (state == OutboxState.Sent)
            {
                row.SentUtc = now.UtcDateTime;
                row.ServerResponse = Clip(response ?? string.Empty, 1000);
            }
            else
            {
                row.LastError = Clip(error ?? string.Empty, 2000);
            }

            RequestEvent requestEvent = state == OutboxState.Sent
                ? new RequestEvent(EventFor(row.Kind), eventDate, Note: row.Kind == "request" ? null : row.Kind)
                : new RequestEvent(RequestEventKind.DeliveryFailed, eventDate, Note: Clip(error ?? string.Empty, 1000));
            await RequestEvents.AddAsync(db, row.Reference, requestEvent, now.UtcDateTime, cancellationToken).ConfigureAwait(false);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear(); // a concurrent event took the sequence number: read again
            }
        }
    }

    private static RequestEventKind EventFor(string kind) => kind switch
    {
        "chaser:internal_review_request" => RequestEventKind.InternalReviewRequested,
        "chaser:commissioner_complaint" => RequestEventKind.ComplaintMade,
        "chaser:reminder" or "chaser:second_reminder" => RequestEventKind.ReminderSent,
        _ => RequestEventKind.Sent,
    };

    internal static OutboxMessage ToDomain(OutboxRow o) => new(o.Id, o.Reference, o.Kind, o.MessageId, o.FromAddress, o.ToAddress, o.ReplyTo, o.EnvelopeFrom,
        o.CopyTo, o.Subject, o.Body, o.InReplyTo, o.Attempts, OutboxStates.Parse(o.State), o.ApprovedBy, o.CreatedUtc);

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}

/// <summary>Appends an event to a request inside the caller's unit of work (the caller saves).</summary>
internal static class RequestEvents
{
    public static async Task<bool> AddAsync(SightlineDbContext db, string reference, RequestEvent e, DateTime now, CancellationToken cancellationToken)
    {
        var request = await db.Set<RequestRow>().AsNoTracking().Where(r => r.Reference == reference)
            .Select(r => new { r.Id, Last = r.Events.Max(x => (int?)x.Sequence) ?? 0 }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return false;
        }

        int pending = db.ChangeTracker.Entries<RequestEventRow>().Count(x => x.State == EntityState.Added && x.Entity.RequestId == request.Id);
        db.Set<RequestEventRow>().Add(new RequestEventRow
        {
            RequestId = request.Id, Sequence = request.Last + 1 + pending, Kind = e.Kind.ToCode(), Date = e.Date, Outcome = e.Outcome, Days = e.Days, Note = e.Note, RecordedUtc = now,
        });
        return true;
    }
}
