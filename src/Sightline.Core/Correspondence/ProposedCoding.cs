using Sightline.Core.Answers;

namespace Sightline.Core.Correspondence;

/// <summary>The coder's proposal for one received message, awaiting a person's review. The web review queue works on these.</summary>
public sealed record ProposedCoding(AnswerCoding Coding);

/// <summary>Where a proposal is in review.</summary>
public enum ReviewStatus
{
    Proposed,
    Accepted,
    Corrected,
    Rejected,
}

/// <summary>A proposal as stored, with its review.</summary>
/// <param name="Corrected">The reviewer's coding when <see cref="Status"/> is <see cref="ReviewStatus.Corrected"/>.</param>
public sealed record StoredCoding(long Id, long MessageId, string Reference, AnswerCoding Proposed, ReviewStatus Status, string? Reviewer, DateTimeOffset? ReviewedUtc, AnswerCoding? Corrected);

/// <summary>Storage port of proposed codings and their review (the review queue).</summary>
public interface IProposedCodingStore
{
    Task<IReadOnlyList<StoredCoding>> ListAsync(ReviewStatus? status, string? reference, int limit, CancellationToken cancellationToken);

    /// <summary>Records a review. <paramref name="corrected"/> is required for <see cref="ReviewStatus.Corrected"/>. False when no such proposal.</summary>
    Task<bool> ReviewAsync(long id, ReviewStatus status, string reviewer, AnswerCoding? corrected, DateTimeOffset now, CancellationToken cancellationToken);
}
