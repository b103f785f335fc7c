using Microsoft.EntityFrameworkCore;
using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;

namespace Sightline.Storage.Requests;

internal sealed class EfRequestStore(SightlineDbContext db, TimeProvider clock) : IRequestStore
{
    public async Task<bool> CreateAsync(FoiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.Set<RequestRow>().AnyAsync(r => r.Reference == request.Reference.Value, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        DateTime now = clock.GetUtcNow().UtcDateTime;
        var row = new RequestRow
        {
            Reference = request.Reference.Value,
            BodyId = request.BodyId.Value,
            BodyName = request.BodyName,
            Law = request.Law.ToCode(),
            BodyType = request.BodyType == DeadlineBodyType.School ? "school" : "standard",
            CreatedUtc = now,
            State = RequestState.Draft.ToCode(),
        };
        int sequence = 0;
        foreach (RequestEvent e in request.Events)
        {
            row.Events.Add(ToRow(e, ++sequence, now));
        }

        db.Set<RequestRow>().Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false; // another writer took the reference between the check and the insert
        }
    }

    public async Task<bool> AppendAsync(RequestReference reference, RequestEvent requestEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestEvent);
        for (int attempt = 0; attempt < 5; attempt++)
        {
            var request = await db.Set<RequestRow>().AsNoTracking().Where(r => r.Reference == reference.Value)
                .Select(r => new { r.Id, Last = r.Events.Max(e => (int?)e.Sequence) ?? 0 })
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (request is null)
            {
                return false;
            }

            var row = ToRow(requestEvent, request.Last + 1, clock.GetUtcNow().UtcDateTime);
            row.RequestId = request.Id;
            db.Set<RequestEventRow>().Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                // The (request, sequence) index refused a concurrent append with the same number: read again and retry.
                db.ChangeTracker.Clear();
            }
        }

        throw new InvalidOperationException($"Could not append to request {reference}: too many concurrent writers.");
    }

    public async Task<FoiRequest?> FindAsync(RequestReference reference, CancellationToken cancellationToken)
    {
        RequestRow? row = await db.Set<RequestRow>().AsNoTracking().Include(r => r.Events)
            .SingleOrDefaultAsync(r => r.Reference == reference.Value, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToDomain(row);
    }

    public async Task<IReadOnlyList<FoiRequest>> FindByBodiesAsync(IReadOnlyCollection<string> bodyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bodyIds);
        var found = new List<FoiRequest>();
        foreach (string[] chunk in bodyIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await db.Set<RequestRow>().AsNoTracking().Include(r => r.Events).Where(r => chunk.Contains(r.BodyId))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            found.AddRange(rows.Select(ToDomain));
        }

        return found;
    }

    public async Task SaveStatusAsync(RequestStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        RequestRow? row = await db.Set<RequestRow>().SingleOrDefaultAsync(r => r.Reference == status.Reference.Value, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No request {status.Reference}.");
        row.State = status.State.ToCode();
        row.DueDate = status.Deadline?.ExtendedDue ?? status.Deadline?.Due;
        row.NextActionDate = status.NextAction?.Date;
        row.NextActionKind = status.NextAction?.Kind.ToString();
        row.StateComputedOn = status.Today;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RequestSummary>> ListAsync(RequestState? state, int limit, CancellationToken cancellationToken)
    {
        IQueryable<RequestRow> rows = db.Set<RequestRow>().AsNoTracking();
        if (state is { } s)
        {
            string code = s.ToCode();
            rows = rows.Where(r => r.State == code);
        }

        var list = await rows.OrderBy(r => r.Reference).Take(Math.Clamp(limit, 1, 100_000)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. list.Select(r => new RequestSummary(RequestReference.Parse(r.Reference), r.BodyId, r.BodyName,
            RequestStates.TryParse(r.State, out RequestState? st) ? st.Value : RequestState.Draft, r.DueDate, r.NextActionDate, r.NextActionKind))];
    }

    private static RequestEventRow ToRow(RequestEvent e, int sequence, DateTime now) => new()
    {
        Sequence = sequence, Kind = e.Kind.ToCode(), Date = e.Date, Outcome = e.Outcome, Days = e.Days, Note = e.Note, RecordedUtc = now,
    };

    private static FoiRequest ToDomain(RequestRow row) => new()
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
