using Microsoft.EntityFrameworkCore;
using Sightline.Core.Bodies;
using Sightline.Core.Campaigns;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;
using Sightline.Storage.Correspondence;
using Sightline.Storage.Requests;

namespace Sightline.Storage.Campaigns;

internal sealed class EfCampaignStore(SightlineDbContext db, TimeProvider clock) : ICampaignStore
{
    public async Task<bool> CreateAsync(Campaign campaign, IReadOnlyList<PlannedRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(requests);
        if (await db.Set<RequestCampaignRow>().AnyAsync(c => c.Name == campaign.Name || c.Prefix == campaign.Prefix, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        string[] references = [.. requests.Select(r => r.Reference)];
        foreach (string[] chunk in references.Chunk(500))
        {
            if (await db.Set<RequestRow>().AnyAsync(r => chunk.Contains(r.Reference), cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        DateTime now = clock.GetUtcNow().UtcDateTime;
        DateOnly today = DateOnly.FromDateTime(now);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
            var row = new RequestCampaignRow
            {
                Name = campaign.Name, Prefix = campaign.Prefix, Subject = campaign.Template.Subject, Body = campaign.Template.Body, Codebook = campaign.Codebook,
                SenderName = campaign.Sender.Name, SenderAddress = campaign.Sender.Address, ReplyLocalPart = campaign.ReplyLocalPart,
                ReplyDomain = campaign.ReplyDomain, RequesterName = campaign.RequesterName, RequesterAddress = campaign.RequesterAddress,
                CreatedUtc = now, Stopped = campaign.Stopped,
            };
            db.Set<RequestCampaignRow>().Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return false; // another writer took the name or prefix
            }

            long requestId = await ExplicitIds.ReserveAsync(db, "requests", cancellationToken).ConfigureAwait(false);
            long eventId = await ExplicitIds.ReserveAsync(db, "request_events", cancellationToken).ConfigureAwait(false);
            long linkId = await ExplicitIds.ReserveAsync(db, "campaign_requests", cancellationToken).ConfigureAwait(false);
            var requestRows = new List<RequestRow>(requests.Count);
            var eventRows = new List<RequestEventRow>(requests.Count);
            var links = new List<CampaignRequestRow>(requests.Count);
            foreach (PlannedRequest planned in requests)
            {
                long id = requestId++;
                FoiRequest request = planned.ToRequest();
                requestRows.Add(new RequestRow
                {
                    Id = id, Reference = planned.Reference, BodyId = planned.Body.Id.Value, BodyName = planned.Body.Name, Law = request.Law.ToCode(),
                    BodyType = request.BodyType == DeadlineBodyType.School ? "school" : "standard", CreatedUtc = now, State = RequestState.Draft.ToCode(),
                });
                eventRows.Add(new RequestEventRow { Id = eventId++, RequestId = id, Sequence = 1, Kind = RequestEventKind.Created.ToCode(), Date = today, RecordedUtc = now, Note = $"campaign {campaign.Name}" });
                links.Add(new CampaignRequestRow
                {
                    Id = linkId++, CampaignId = row.Id, RequestId = id, Reference = planned.Reference, Number = planned.Number, Email = planned.Email,
                    EmailDomain = EmailAddress.DomainOf(planned.Email), ReplyAddress = planned.ReplyAddress,
                });
            }

            await BulkInsert.InsertAsync(db, requestRows, cancellationToken).ConfigureAwait(false);
            await BulkInsert.InsertAsync(db, eventRows, cancellationToken).ConfigureAwait(false);
            await BulkInsert.InsertAsync(db, links, cancellationToken).ConfigureAwait(false);
            await ExplicitIds.SyncSequenceAsync(db, "requests", cancellationToken).ConfigureAwait(false);
            await ExplicitIds.SyncSequenceAsync(db, "request_events", cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    public async Task<Campaign?> FindAsync(string name, CancellationToken cancellationToken)
    {
        RequestCampaignRow? row = await db.Set<RequestCampaignRow>().AsNoTracking().SingleOrDefaultAsync(c => c.Name == name, cancellationToken).ConfigureAwait(false);
        return row is null ? null : new Campaign(row.Name, row.Prefix, new CampaignTemplate(row.Subject, row.Body), row.Codebook,
            new MailIdentity(row.SenderName, row.SenderAddress), row.ReplyLocalPart, row.ReplyDomain, row.RequesterName, row.RequesterAddress,
            new DateTimeOffset(DateTime.SpecifyKind(row.CreatedUtc, DateTimeKind.Utc)), row.Stopped);
    }

    public async Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken cancellationToken) =>
        await db.Set<RequestCampaignRow>().AsNoTracking().OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> ListPrefixesAsync(CancellationToken cancellationToken) =>
        await db.Set<RequestCampaignRow>().AsNoTracking().Select(c => c.Prefix).ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CampaignRequest>> LoadRequestsAsync(string name, CancellationToken cancellationToken)
    {
        long? campaignId = await db.Set<RequestCampaignRow>().Where(c => c.Name == name).Select(c => (long?)c.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (campaignId is not { } id)
        {
            return [];
        }

        var links = await db.Set<CampaignRequestRow>().AsNoTracking().Where(c => c.CampaignId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var requests = await db.Set<RequestRow>().AsNoTracking().AsSplitQuery().Include(r => r.Events)
            .Where(r => db.Set<CampaignRequestRow>().Any(c => c.CampaignId == id && c.RequestId == r.Id))
            .ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
        var outbox = (await db.Set<OutboxRow>().AsNoTracking().Where(o => o.Campaign == name && o.Kind == "request")
            .Select(o => new { o.Reference, o.State, o.MessageId, o.LastError, o.Id }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(o => o.Reference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Id)!, StringComparer.Ordinal);
        return [.. links.OrderBy(l => l.Number).Select(l =>
        {
            outbox.TryGetValue(l.Reference, out var o);
            return new CampaignRequest(ToDomain(requests[l.RequestId]), l.Number, l.Email, l.ReplyAddress, o?.State, o?.MessageId, o?.LastError);
        })];
    }

    public async Task<(string Campaign, CampaignRequest Request)?> FindRequestAsync(string reference, CancellationToken cancellationToken)
    {
        var link = await db.Set<CampaignRequestRow>().AsNoTracking().Where(c => c.Reference == reference)
            .Join(db.Set<RequestCampaignRow>(), l => l.CampaignId, c => c.Id, (l, c) => new { Link = l, c.Name }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return null;
        }

        RequestRow request = await db.Set<RequestRow>().AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == link.Link.RequestId, cancellationToken).ConfigureAwait(false);
        var outbox = await db.Set<OutboxRow>().AsNoTracking().Where(o => o.Reference == reference && o.Kind == "request").OrderByDescending(o => o.Id)
            .Select(o => new { o.State, o.MessageId, o.LastError }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return (link.Name, new CampaignRequest(ToDomain(request), link.Link.Number, link.Link.Email, link.Link.ReplyAddress, outbox?.State, outbox?.MessageId, outbox?.LastError));
    }

    public async Task SetStoppedAsync(string name, bool stopped, CancellationToken cancellationToken) =>
        await db.Set<RequestCampaignRow>().Where(c => c.Name == name).ExecuteUpdateAsync(s => s.SetProperty(c => c.Stopped, stopped), cancellationToken).ConfigureAwait(false);

    internal static FoiRequest ToDomain(RequestRow row) => new()
    {
        Reference = RequestReference.Parse(row.Reference),
        BodyId = BodyId.TryParse(row.BodyId, out BodyId? id) ? id.Value : throw new InvalidDataException($"Stored body id '{row.BodyId}' is malformed."),
        BodyName = row.BodyName,
        Law = FoiLaws.TryParse(row.Law, out FoiLaw? law) ? law.Value : FoiLaw.Foia,
        BodyType = row.BodyType == "school" ? DeadlineBodyType.School : DeadlineBodyType.Standard,
        Events = [.. row.Events.OrderBy(e => e.Sequence).Select(e => new RequestEvent(
            RequestEventKinds.TryParse(e.Kind, out RequestEventKind? kind) ? kind.Value : throw new InvalidDataException($"Stored event kind '{e.Kind}' is unknown."),
            e.Date, e.Outcome, e.Days, e.Note))],
    };
}
