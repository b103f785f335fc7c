using Sightline.Core.Deadlines;

namespace Sightline.Core.Requests;

/// <summary>A request's derived state on a given day, with its deadlines and the next follow-up.</summary>
/// <param name="Deadline">The answer deadline once the request has been sent; null before.</param>
/// <param name="Review">The internal review deadline while a review is requested.</param>
/// <param name="NextAction">The next follow-up to propose, if any.</param>
/// <param name="DaysOverdue">Working days past the deadline (0 when not overdue).</param>
public sealed record RequestStatus(
    RequestReference Reference,
    RequestState State,
    DateOnly Today,
    DeadlineResult? Deadline,
    ReviewDeadline? Review,
    int DaysOverdue,
    ChaserProposal? NextAction);
