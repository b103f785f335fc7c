namespace Sightline.Core.Requests;

/// <summary>One entry of a request's append-only history.</summary>
/// <param name="Date">The day it happened, in Europe/London.</param>
/// <param name="Outcome">For <see cref="RequestEventKind.AnswerReceived"/>: <c>full</c>, <c>partial</c>, <c>not_held</c> or <c>ncnd</c>;
/// for <see cref="RequestEventKind.InternalReviewAnswered"/>: <c>upheld</c>, <c>partly_upheld</c> or <c>overturned</c>.</param>
/// <param name="Days">For <see cref="RequestEventKind.ExtensionClaimed"/>: the working days claimed.</param>
/// <param name="Note">Free text for people (e.g. the bounce reason); never parsed.</param>
public sealed record RequestEvent(RequestEventKind Kind, DateOnly Date, string? Outcome = null, int? Days = null, string? Note = null);
