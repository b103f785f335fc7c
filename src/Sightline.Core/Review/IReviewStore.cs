namespace Sightline.Core.Review;

/// <summary>Storage port of the review queue: replies' proposed codings and every reviewer's decision on them.</summary>
public interface IReviewStore
{
    /// <summary>Adds a proposal to the queue (in state <see cref="ReviewState.Proposed"/>).</summary>
    Task<ProposedCodingId> AddAsync(NewProposedCoding coding, CancellationToken cancellationToken);

    Task<ProposedCoding?> FindAsync(ProposedCodingId id, CancellationToken cancellationToken);

    /// <summary>Codings in id order, optionally of one campaign and in one state.</summary>
    Task<IReadOnlyList<ProposedCoding>> ListAsync(string? campaign, ReviewState? state, int limit, CancellationToken cancellationToken);

    /// <summary>Every coding of one body, in id order.</summary>
    Task<IReadOnlyList<ProposedCoding>> ListForBodyAsync(string bodyKey, CancellationToken cancellationToken);

    /// <summary>Applies decisions in one transaction, recording for each who made it and when. Nothing is written when any
    /// decision is invalid or names an unknown coding.</summary>
    Task<IReadOnlyList<ReviewOutcome>> DecideAsync(IReadOnlyList<ReviewDecision> decisions, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The recorded changes of one coding, oldest first.</summary>
    Task<IReadOnlyList<ReviewEvent>> HistoryAsync(ProposedCodingId id, CancellationToken cancellationToken);
}
