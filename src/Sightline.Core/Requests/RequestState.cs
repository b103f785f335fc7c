using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Requests;

/// <summary>Where a request is in its process. Derived from its events and the clock, never stored as the source of truth.
/// It says nothing about what an answer contains: that is the coded substance, kept apart.</summary>
public enum RequestState
{
    Draft,
    Queued,
    Sent,
    AwaitingResponse,
    Overdue,
    LongOverdue,
    AwaitingClarification,
    AwaitingFee,
    Answered,
    PartiallyAnswered,
    Refused,
    NotHeld,
    NeitherConfirmedNorDenied,
    UnderInternalReview,
    WithCommissioner,
    Withdrawn,
    Failed,
}

/// <summary>snake_case codes of <see cref="RequestState"/>.</summary>
public static class RequestStates
{
    public static string ToCode(this RequestState state) => Codes.Snake(state.ToString());

    public static bool TryParse(string? code, [NotNullWhen(true)] out RequestState? state)
    {
        string key = (code ?? string.Empty).Trim().ToLowerInvariant().Replace('-', '_');
        state = key == "ncnd" ? RequestState.NeitherConfirmedNorDenied : Enum.GetValues<RequestState>().Cast<RequestState?>().FirstOrDefault(s => s!.Value.ToCode() == key);
        return state is not null;
    }

    /// <summary>True for states in which the body still owes an answer.</summary>
    public static bool IsAwaitingBody(this RequestState state) =>
        state is RequestState.Sent or RequestState.AwaitingResponse or RequestState.Overdue or RequestState.LongOverdue;
}
