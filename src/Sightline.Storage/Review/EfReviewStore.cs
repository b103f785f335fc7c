using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Answers;
using Sightline.Core.Review;
using Sightline.Storage.Correspondence;

namespace Sightline.Storage.Review;

internal sealed class EfReviewStore(SightlineDbContext db) : IReviewStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<ProposedCodingId> AddAsync(NewProposedCoding coding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coding);
        var row = new ReviewItemRow
        {
            Campaign = coding.Campaign,
            BodyKey = coding.BodyKey,
            BodyName = coding.BodyName,
            Document = coding.Document,
            Text = coding.Text,
            Proposed = Serialize(coding.Proposed),
            State = ReviewState.Proposed.ToCode(),
        };
        db.Set<ReviewItemRow>().Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new ProposedCodingId(row.Id);
    }

    internal static string Serialize(AnswerCoding coding) => JsonSerializer.Serialize(coding, Json);

    public async Task<ProposedCoding?> FindAsync(ProposedCodingId id, CancellationToken cancellationToken)
    {
        ReviewItemRow? row = await db.Set<ReviewItemRow>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id.Value, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToDomain(row);
    }

    public async Task<IReadOnlyList<ProposedCoding>> ListAsync(string? campaign, ReviewState? state, int limit, CancellationToken cancellationToken)
    {
        IQueryable<ReviewItemRow> rows = db.Set<ReviewItemRow>().AsNoTracking();
        if (campaign is not null)
        {
            rows = rows.Where(r => r.Campaign == campaign);
        }

        if (state is { } s)
        {
            string code = s.ToCode();
            rows = rows.Where(r => r.State == code);
        }

        var list = await rows.OrderBy(r => r.Id).Take(Math.Clamp(limit, 1, 10_000)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. list.Select(ToDomain)];
    }

    public async Task<IReadOnlyList<ProposedCoding>> ListForBodyAsync(string bodyKey, CancellationToken cancellationToken)
    {
        var list = await db.Set<ReviewItemRow>().AsNoTracking().Where(r => r.BodyKey == bodyKey).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. list.Select(ToDomain)];
    }

    public async Task<IReadOnlyList<ReviewOutcome>> DecideAsync(IReadOnlyList<ReviewDecision> decisions, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var ids = decisions.Select(d => d.Id.Value).Distinct().ToList();
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var rows = await db.Set<ReviewItemRow>().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
            var received = await db.Set<ProposedCodingRow>().Where(p => p.ReviewItemId != null && ids.Contains(p.ReviewItemId.Value))
                .ToDictionaryAsync(p => p.ReviewItemId!.Value, cancellationToken).ConfigureAwait(false);
            var outcomes = new List<ReviewOutcome>(decisions.Count);
            bool ok = true;
            foreach (ReviewDecision decision in decisions)
            {
                if (!rows.TryGetValue(decision.Id.Value, out ReviewItemRow? row))
                {
                    outcomes.Add(new ReviewOutcome.NotFound());
                    ok = false;
                    continue;
                }

                ProposedCoding before = ToDomain(row);
                if (ReviewRules.Validate(decision, before) is { } reason)
                {
                    outcomes.Add(new ReviewOutcome.Invalid(reason));
                    ok = false;
                    continue;
                }

                ProposedCoding after = ReviewRules.Apply(decision, before, at);
                row.State = after.State.ToCode();
                row.Reviewed = after.Reviewed is null ? null : JsonSerializer.Serialize(after.Reviewed, Json);
                row.ReviewedBy = after.ReviewedBy;
                row.ReviewedUtc = at.UtcDateTime;
                db.Set<ReviewDecisionRow>().Add(new ReviewDecisionRow
                {
                    CodingId = row.Id,
                    Action = decision.Action.ToCode(),
                    Reviewer = decision.Reviewer,
                    AtUtc = at.UtcDateTime,
                    Before = before.State.ToCode(),
                    After = after.State.ToCode(),
                    Codes = row.Reviewed,
                    Note = decision.Note,
                });
                if (received.TryGetValue(row.Id, out ProposedCodingRow? proposal))
                {
                    // A received message's proposal: its status is the decision, so that `campaign status` and `requests show` see it.
                    proposal.Status = after.State.ToCode();
                    proposal.Reviewer = after.ReviewedBy;
                    proposal.ReviewedUtc = at.UtcDateTime;
                    proposal.CorrectedJson = after.State == ReviewState.Corrected ? JsonSerializer.Serialize(after.Reviewed, EfInboxStore.Json) : null;
                }

                outcomes.Add(new ReviewOutcome.Applied(after));
            }

            if (ok)
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            db.ChangeTracker.Clear();
            return outcomes;
        }
    }

    public async Task<IReadOnlyList<ReviewEvent>> HistoryAsync(ProposedCodingId id, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ReviewDecisionRow>().AsNoTracking().Where(e => e.CodingId == id.Value).OrderBy(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(e => new ReviewEvent(id, ParseAction(e.Action), e.Reviewer, new DateTimeOffset(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)),
            ParseState(e.Before), ParseState(e.After), e.Note))];
    }

    private static ReviewAction ParseAction(string code) => code switch
    {
        "accept" => ReviewAction.Accept,
        "correct" => ReviewAction.Correct,
        _ => ReviewAction.Reject,
    };

    private static ReviewState ParseState(string code) => ReviewCodes.TryParseState(code, out ReviewState s) ? s : ReviewState.Proposed;

    private static ProposedCoding ToDomain(ReviewItemRow row) => new(
        new ProposedCodingId(row.Id), row.Campaign, row.BodyKey, row.BodyName, row.Document, row.Text,
        JsonSerializer.Deserialize<AnswerCoding>(row.Proposed, Json)!,
        ParseState(row.State),
        row.Reviewed is null ? null : JsonSerializer.Deserialize<AnswerCoding>(row.Reviewed, Json),
        row.ReviewedBy,
        row.ReviewedUtc is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null);
}
