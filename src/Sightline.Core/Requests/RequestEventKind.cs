namespace Sightline.Core.Requests;

/// <summary>What happened to a request. Codes (<see cref="RequestEventKinds.ToCode"/>) are stored and shown.</summary>
public enum RequestEventKind
{
    Created,
    Queued,
    Sent,
    DeliveryFailed,
    Acknowledged,
    ClarificationRequested,
    ClarificationReceived,
    FeesNotice,
    FeesPaid,
    ExtensionClaimed,
    ReminderSent,
    AnswerReceived,
    RefusalReceived,
    InternalReviewRequested,
    InternalReviewAnswered,
    ComplaintMade,
    Withdrawn,
}
