namespace Sightline.Core.Requests;

/// <summary>A follow-up the lifecycle can propose.</summary>
public enum ChaserKind
{
    /// <summary>The working day after the deadline.</summary>
    Reminder,

    /// <summary>10 working days after the first reminder.</summary>
    SecondReminder,

    /// <summary>After a refusal, or once the answer is 20 working days overdue.</summary>
    InternalReviewRequest,

    /// <summary>When an internal review is overdue (or has upheld a refusal).</summary>
    CommissionerComplaint,
}
