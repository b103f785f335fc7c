using Sightline.Core.Answers;
using Sightline.Core.Requests;

namespace Sightline.Core.Correspondence;

/// <summary>Turns the coder's reading of a reply into the process step (a lifecycle event) and, for substantive replies, a proposal
/// for review. Delivery failures and acknowledgements change the process only; auto-replies change nothing.</summary>
public static class Triage
{
    public static (RequestEvent? Event, bool ProposeCoding, string Note) Decide(AnswerCoding coding, DateOnly date, string? bounceReason)
    {
        ArgumentNullException.ThrowIfNull(coding);
        return coding.Kind switch
        {
            "delivery_failure" => (new RequestEvent(RequestEventKind.DeliveryFailed, date, Note: Clip(bounceReason ?? "delivery status notification")), false, "bounce"),
            "auto_reply" => (null, false, "automatic reply noted; no change"),
            "acknowledgement" => (new RequestEvent(RequestEventKind.Acknowledged, date), false, "acknowledged"),
            "clarification_request" => (new RequestEvent(RequestEventKind.ClarificationRequested, date), true, "clarification requested"),
            "fees_notice" => (new RequestEvent(RequestEventKind.FeesNotice, date), true, "fees notice"),
            "refusal_notice" => (new RequestEvent(RequestEventKind.RefusalReceived, date), true, "refusal"),
            "review_outcome" => (new RequestEvent(RequestEventKind.InternalReviewAnswered, date, ReviewOutcome(coding)), true, "internal review outcome"),
            "answer" => (new RequestEvent(RequestEventKind.AnswerReceived, date, AnswerOutcome(coding.Outcome)), true, "answer"),
            _ => (null, true, "not recognised; for review"),
        };
    }

    private static string AnswerOutcome(string outcome) => outcome switch
    {
        "partial" => "partial",
        "not_held" => "not_held",
        "ncnd" => "ncnd",
        _ => "full",
    };

    private static string ReviewOutcome(AnswerCoding coding) => coding.Outcome is "answered" ? "overturned" : coding.Outcome is "partial" ? "partly_upheld" : "upheld";

    private static string Clip(string text) => text.Length > 1000 ? text[..1000] : text;
}
