using Sightline.Core.Answers;

namespace Sightline.Core.Review;

/// <summary>The id of one reply's proposed coding in the review queue.</summary>
public readonly record struct ProposedCodingId(long Value);

/// <summary>Where a proposed coding stands.</summary>
public enum ReviewState
{
    /// <summary>Proposed by the coder; no one has looked at it yet.</summary>
    Proposed,

    /// <summary>A reviewer accepted the proposed codes as they were.</summary>
    Accepted,

    /// <summary>A reviewer changed some codes.</summary>
    Corrected,

    /// <summary>A reviewer rejected the codes (the reply must be coded by hand or again).</summary>
    Rejected,
}

/// <summary>What a reviewer did.</summary>
public enum ReviewAction
{
    Accept,
    Correct,
    Reject,
}

/// <summary>A reply's coding as the coder proposed it, waiting for review.</summary>
/// <param name="Campaign">The campaign the reply belongs to.</param>
/// <param name="BodyKey">The registry body's id.</param>
/// <param name="Document">The name of the document the evidence positions refer to.</param>
/// <param name="Text">The reply's text, exactly as the evidence positions index it (untrusted: always shown escaped).</param>
public sealed record NewProposedCoding(string Campaign, string BodyKey, string BodyName, string Document, string Text, AnswerCoding Proposed);

/// <summary>A reply's coding in the queue: the proposal and, once reviewed, the codes that stand.</summary>
public sealed record ProposedCoding(
    ProposedCodingId Id,
    string Campaign,
    string BodyKey,
    string BodyName,
    string Document,
    string Text,
    AnswerCoding Proposed,
    ReviewState State,
    AnswerCoding? Reviewed,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt)
{
    /// <summary>The codes that stand: the reviewed ones, else the proposal.</summary>
    public AnswerCoding Current => Reviewed ?? Proposed;

    public bool IsReviewed => State is ReviewState.Accepted or ReviewState.Corrected;
}

/// <summary>A reviewer's decision on one coding. <paramref name="Correction"/> is required for <see cref="ReviewAction.Correct"/>.</summary>
public sealed record ReviewDecision(ProposedCodingId Id, ReviewAction Action, AnswerCoding? Correction, string Reviewer, string? Note);

/// <summary>One recorded change: who did what, when, and the codes before and after (in the JSON the API writes).</summary>
public sealed record ReviewEvent(ProposedCodingId Id, ReviewAction Action, string Reviewer, DateTimeOffset At, ReviewState Before, ReviewState After, string? Note);

/// <summary>The outcome of applying a decision.</summary>
public abstract record ReviewOutcome
{
    private ReviewOutcome()
    {
    }

    public sealed record Applied(ProposedCoding Coding) : ReviewOutcome;

    public sealed record NotFound : ReviewOutcome;

    public sealed record Invalid(string Reason) : ReviewOutcome;
}

/// <summary>Codes of the review enums, as the API and the store write them.</summary>
public static class ReviewCodes
{
    public static string ToCode(this ReviewState state) => state switch
    {
        ReviewState.Proposed => "proposed",
        ReviewState.Accepted => "accepted",
        ReviewState.Corrected => "corrected",
        ReviewState.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static bool TryParseState(string? text, out ReviewState state)
    {
        foreach (ReviewState s in Enum.GetValues<ReviewState>())
        {
            if (string.Equals(text, s.ToCode(), StringComparison.OrdinalIgnoreCase))
            {
                state = s;
                return true;
            }
        }

        state = default;
        return false;
    }

    public static string ToCode(this ReviewAction action) => action switch
    {
        ReviewAction.Accept => "accept",
        ReviewAction.Correct => "correct",
        ReviewAction.Reject => "reject",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The state a decision leads to.</summary>
    public static ReviewState After(this ReviewAction action) => action switch
    {
        ReviewAction.Accept => ReviewState.Accepted,
        ReviewAction.Correct => ReviewState.Corrected,
        _ => ReviewState.Rejected,
    };
}
