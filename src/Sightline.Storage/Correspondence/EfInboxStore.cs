using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Answers;
using Sightline.Core.Correspondence;
using Sightline.Storage.Campaigns;

namespace Sightline.Storage.Correspondence;

internal sealed class EfInboxStore(SightlineDbContext db, TimeProvider clock) : IInboxStore, IProposedCodingStore
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The campaign name given in the review queue to a reply to a request that no campaign sent.</summary>
    public const string NoCampaign = "(no campaign)";

    public async Task<MailCursor?> GetCursorAsync(string source, CancellationToken cancellationToken)
    {
        MailCursorRow? row = await db.Set<MailCursorRow>().AsNoTracking().SingleOrDefaultAsync(c => c.Source == source, cancellationToken).ConfigureAwait(false);
        return row is null ? null : new MailCursor(row.Source, row.UidValidity, row.LastUid);
    }

    public async Task SaveCursorAsync(MailCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await SetCursorAsync(cursor, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    public async Task<long?> IngestAsync(ReceivedMessage message, Filing filing, MailCursor? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(filing);
        string hash = Sha256(message.Raw);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        if (await db.Set<InboundMessageRow>().AnyAsync(m => m.Sha256 == hash, cancellationToken).ConfigureAwait(false))
        {
            if (cursor is not null)
            {
                await SetCursorAsync(cursor, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return null;
        }

        await AddBlobAsync(hash, message.Raw, cancellationToken).ConfigureAwait(false);
        var row = new InboundMessageRow
        {
            Sha256 = hash, MessageId = Clip(message.MessageId, 1000), FromAddress = Clip(message.From, 500)!, Subject = Clip(message.Subject, 1000)!,
            DateUtc = message.Date?.UtcDateTime, ReceivedUtc = now, Reference = filing.Reference, MatchedBy = filing.MatchedBy, Triage = filing.Triage,
            Note = Clip(filing.Note, 2000),
        };
        foreach (ReceivedAttachment attachment in message.Attachments)
        {
            string attachmentHash = Sha256(attachment.Content);
            await AddBlobAsync(attachmentHash, attachment.Content, cancellationToken).ConfigureAwait(false);
            row.Attachments.Add(new InboundAttachmentRow { Name = Clip(attachment.Name, 500)!, MediaType = Clip(attachment.MediaType, 200)!, Sha256 = attachmentHash, Size = attachment.Content.LongLength });
        }

        db.Set<InboundMessageRow>().Add(row);
        await ApplyAsync(row, filing, now, cancellationToken).ConfigureAwait(false);
        if (cursor is not null)
        {
            await SetCursorAsync(cursor, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return row.Id;
    }

    public async Task<IReadOnlyList<StoredMessage>> ListAsync(string? reference, bool unmatchedOnly, int limit, CancellationToken cancellationToken)
    {
        IQueryable<InboundMessageRow> rows = db.Set<InboundMessageRow>().AsNoTracking().Include(m => m.Attachments);
        if (unmatchedOnly)
        {
            rows = rows.Where(m => m.Reference == null);
        }

        if (reference is not null)
        {
            rows = rows.Where(m => m.Reference == reference);
        }

        var list = await rows.OrderBy(m => m.Id).Take(Math.Clamp(limit, 1, 100_000)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. list.Select(ToDomain)];
    }

    public async Task<StoredMessage?> FindAsync(long id, CancellationToken cancellationToken)
    {
        InboundMessageRow? row = await db.Set<InboundMessageRow>().AsNoTracking().Include(m => m.Attachments).SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToDomain(row);
    }

    public async Task<bool> AssignAsync(long id, Filing filing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        InboundMessageRow? row = await db.Set<InboundMessageRow>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return false;
        }

        row.Reference = filing.Reference;
        row.MatchedBy = filing.MatchedBy;
        row.Triage = filing.Triage;
        row.Note = Clip(filing.Note, 2000);
        await ApplyAsync(row, filing, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return true;
    }

    public async Task<byte[]?> ReadBlobAsync(string sha256, CancellationToken cancellationToken) =>
        await db.Set<BlobRow>().Where(b => b.Sha256 == sha256).Select(b => b.Content).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    public async Task<string?> FindReferenceBySentMessageIdAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        string[] ids = [.. messageIds.Select(m => m.Trim().Trim('<', '>')).Where(m => m.Length > 0).Take(100)];
        return await db.Set<OutboxRow>().Where(o => ids.Contains(o.MessageId)).Select(o => o.Reference).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> FindReferencesByRecipientDomainAsync(string domain, CancellationToken cancellationToken) =>
        await db.Set<CampaignRequestRow>().Where(c => c.EmailDomain == domain).Select(c => c.Reference).Take(2).ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<bool> ReferenceExistsAsync(string reference, CancellationToken cancellationToken) =>
        await db.Set<Requests.RequestRow>().AnyAsync(r => r.Reference == reference, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoredCoding>> ListAsync(ReviewStatus? status, string? reference, int limit, CancellationToken cancellationToken)
    {
        IQueryable<ProposedCodingRow> rows = db.Set<ProposedCodingRow>().AsNoTracking();
        if (status is { } s)
        {
            string code = s.ToString().ToLowerInvariant();
            rows = rows.Where(p => p.Status == code);
        }

        if (reference is not null)
        {
            rows = rows.Where(p => p.Reference == reference);
        }

        var list = await rows.OrderBy(p => p.Id).Take(Math.Clamp(limit, 1, 100_000)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. list.Select(p => new StoredCoding(p.Id, p.MessageId, p.Reference, JsonSerializer.Deserialize<AnswerCoding>(p.ProposedJson, Json)!,
            Enum.Parse<ReviewStatus>(p.Status, ignoreCase: true), p.Reviewer, p.ReviewedUtc is { } r ? new DateTimeOffset(DateTime.SpecifyKind(r, DateTimeKind.Utc)) : null,
            p.CorrectedJson is null ? null : JsonSerializer.Deserialize<AnswerCoding>(p.CorrectedJson, Json)))];
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private async Task ApplyAsync(InboundMessageRow row, Filing filing, DateTime now, CancellationToken cancellationToken)
    {
        if (filing.Reference is null)
        {
            return;
        }

        if (filing.Event is { } e)
        {
            await RequestEvents.AddAsync(db, filing.Reference, e, now, cancellationToken).ConfigureAwait(false);
        }

        if (filing.Coding is { } proposal)
        {
            db.Set<ProposedCodingRow>().Add(new ProposedCodingRow
            {
                Message = row, Reference = filing.Reference, Kind = proposal.Coding.Kind, Outcome = proposal.Coding.Outcome, Confidence = proposal.Coding.Confidence,
                ProposedJson = JsonSerializer.Serialize(proposal.Coding, Json), Status = "proposed", CreatedUtc = now,
                ReviewItem = await ReviewItemAsync(filing.Reference, proposal, cancellationToken).ConfigureAwait(false),
            });
        }
    }

    /// <summary>The review queue's item for a proposal: the reply's text and codes, under the request's campaign and body.</summary>
    private async Task<Review.ReviewItemRow> ReviewItemAsync(string reference, ProposedCoding proposal, CancellationToken cancellationToken)
    {
        var request = await db.Set<Requests.RequestRow>().Where(r => r.Reference == reference).Select(r => new { r.BodyId, r.BodyName })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        string? campaign = await (from c in db.Set<CampaignRequestRow>()
                                  join rc in db.Set<RequestCampaignRow>() on c.CampaignId equals rc.Id
                                  where c.Reference == reference
                                  select rc.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new Review.ReviewItemRow
        {
            Campaign = campaign ?? NoCampaign,
            BodyKey = request?.BodyId ?? reference,
            BodyName = request?.BodyName ?? reference,
            Document = Clip($"{reference}: {proposal.Document}", 400)!,
            Text = proposal.Text,
            Proposed = Review.EfReviewStore.Serialize(proposal.Coding),
            State = "proposed",
        };
    }

    private async Task SetCursorAsync(MailCursor cursor, CancellationToken cancellationToken)
    {
        MailCursorRow? existing = await db.Set<MailCursorRow>().SingleOrDefaultAsync(c => c.Source == cursor.Source, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.Set<MailCursorRow>().Add(new MailCursorRow { Source = cursor.Source, UidValidity = cursor.UidValidity, LastUid = cursor.LastUid });
        }
        else
        {
            existing.UidValidity = cursor.UidValidity;
            existing.LastUid = cursor.LastUid;
        }
    }

    private async Task AddBlobAsync(string hash, byte[] content, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.Entries<BlobRow>().Any(b => b.Entity.Sha256 == hash)
            || await db.Set<BlobRow>().AnyAsync(b => b.Sha256 == hash, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        db.Set<BlobRow>().Add(new BlobRow { Sha256 = hash, Size = content.LongLength, Content = content });
    }

    private static StoredMessage ToDomain(InboundMessageRow m) => new(m.Id, m.Sha256, m.MessageId, m.FromAddress, m.Subject,
        new DateTimeOffset(DateTime.SpecifyKind(m.ReceivedUtc, DateTimeKind.Utc)), m.Reference, m.MatchedBy, m.Triage, m.Note,
        [.. m.Attachments.OrderBy(a => a.Id).Select(a => new StoredAttachment(a.Name, a.MediaType, a.Sha256, a.Size))]);

    private static string? Clip(string? text, int max) => text is null ? null : text.Length > max ? text[..max] : text;
}
