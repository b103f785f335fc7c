using System.Globalization;
using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;

namespace Sightline.Core.Requests;

/// <summary>Derives a request's state from its events and the day, and proposes the next follow-up.</summary>
/// <remarks>Pure and thread-safe: the same events and day always give the same status.</remarks>
public sealed class RequestLifecycle(DeadlineCalculator calculator)
{
    public const int SecondReminderAfter = 10;
    public const int ReviewRequestAfterOverdue = 20;

    public RequestStatus Evaluate(FoiRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var events = request.Events;
        RequestEvent? Last(RequestEventKind kind) => events.LastOrDefault(e => e.Kind == kind);

        RequestEvent? sent = Last(RequestEventKind.Sent);
        DeadlineResult? deadline = sent is null ? null : ComputeDeadline(request, sent.Date);
        ReviewDeadline? review = Last(RequestEventKind.InternalReviewRequested) is { } reviewRequested
            ? calculator.ReviewDue(reviewRequested.Date, request.Law) : null;

        WorkingDays days = calculator.WorkingDaysFor(request.Law);
        DateOnly? due = deadline?.ExtendedDue ?? deadline?.Due;
        DateOnly? longOverdue = deadline?.ExtendedDue is { } extended ? days.AddWorkingDays(extended, DeadlineCalculator.LongOverdueExtraDays) : deadline?.LongOverdue;
        RequestState state = DeriveState(events, sent, due, longOverdue, today);
        int overdue = state is RequestState.Overdue or RequestState.LongOverdue && due is { } d ? days.CountBetween(d, today) : 0;
        ChaserProposal? next = NextAction(request, state, deadline, review, overdue, today, days);
        return new RequestStatus(request.Reference, state, today, deadline, review, overdue, next);
    }

    private DeadlineResult? ComputeDeadline(FoiRequest request, DateOnly received)
    {
        var events = request.Events.Where(e => e.Date >= received).ToList();
        var deadlineRequest = new DeadlineRequest
        {
            Received = received,
            Law = request.Law,
            BodyType = request.BodyType,
            ClarificationRequested = events.LastOrDefault(e => e.Kind == RequestEventKind.ClarificationRequested)?.Date,
            ClarificationReceived = events.LastOrDefault(e => e.Kind == RequestEventKind.ClarificationReceived)?.Date,
            FeesNotice = events.LastOrDefault(e => e.Kind == RequestEventKind.FeesNotice)?.Date,
            FeesPaid = events.LastOrDefault(e => e.Kind == RequestEventKind.FeesPaid)?.Date,
            ExtensionDays = Math.Min(DeadlineCalculator.MaxExtensionDays, events.Where(e => e.Kind == RequestEventKind.ExtensionClaimed).Sum(e => e.Days ?? DeadlineCalculator.MaxExtensionDays)),
        };
        return calculator.Compute(deadlineRequest) is DeadlineOutcome.Computed computed ? computed.Result : null;
    }

    private static RequestState DeriveState(IReadOnlyList<RequestEvent> events, RequestEvent? sent, DateOnly? due, DateOnly? longOverdue, DateOnly today)
    {
        RequestState state = RequestState.Draft;
        RequestState beforeReview = RequestState.AwaitingResponse;
        foreach (RequestEvent e in events)
        {
            state = e.Kind switch
            {
                RequestEventKind.Created => RequestState.Draft,
                RequestEventKind.Queued => RequestState.Queued,
                RequestEventKind.Sent => RequestState.Sent,
                RequestEventKind.DeliveryFailed => RequestState.Failed,
                RequestEventKind.ClarificationRequested => RequestState.AwaitingClarification,
                RequestEventKind.FeesNotice => RequestState.AwaitingFee,
                RequestEventKind.ClarificationReceived or RequestEventKind.FeesPaid or RequestEventKind.Acknowledged
                    or RequestEventKind.ExtensionClaimed or RequestEventKind.ReminderSent => state.IsAwaitingBody() || state is RequestState.AwaitingClarification or RequestState.AwaitingFee ? RequestState.AwaitingResponse : state,
                RequestEventKind.AnswerReceived => e.Outcome switch
                {
                    "partial" => RequestState.PartiallyAnswered,
                    "not_held" => RequestState.NotHeld,
                    "ncnd" => RequestState.NeitherConfirmedNorDenied,
                    _ => RequestState.Answered,
                },
                RequestEventKind.RefusalReceived => RequestState.Refused,
                RequestEventKind.InternalReviewRequested => Remember(state, ref beforeReview, RequestState.UnderInternalReview),
                RequestEventKind.InternalReviewAnswered => e.Outcome == "overturned" ? RequestState.Answered : beforeReview,
                RequestEventKind.ComplaintMade => RequestState.WithCommissioner,
                RequestEventKind.Withdrawn => RequestState.Withdrawn,
                _ => state,
            };

            if (state == RequestState.Withdrawn)
            {
                return state;
            }
        }

        if (state is RequestState.Sent or RequestState.AwaitingResponse && sent is not null)
        {
            state = today > sent.Date ? RequestState.AwaitingResponse : RequestState.Sent;
            if (due is { } d && today > d)
            {
                state = longOverdue is { } l && today > l ? RequestState.LongOverdue : RequestState.Overdue;
            }
        }

        return state;
    }

    private static RequestState Remember(RequestState current, ref RequestState saved, RequestState next)
    {
        saved = current;
        return next;
    }

    private static ChaserProposal? NextAction(FoiRequest request, RequestState state, DeadlineResult? deadline, ReviewDeadline? review, int overdue, DateOnly today, WorkingDays days)
    {
        if (deadline?.Due is not { } statutoryDue || request.Events.FirstOrDefault(e => e.Kind == RequestEventKind.Sent) is not { } firstSent)
        {
            return null;
        }

        DateOnly due = deadline.ExtendedDue ?? statutoryDue;
        var reminders = request.Events.Where(e => e.Kind == RequestEventKind.ReminderSent).ToList();
        var values = new Dictionary<string, string>
        {
            ["reference"] = request.Reference.Value,
            ["body"] = request.BodyName,
            ["law"] = request.Law.ToCitation(),
            ["section"] = ChaserTemplates.DeadlineSection(request.Law),
            ["sent"] = ChaserTemplates.Date(firstSent.Date),
            ["due"] = ChaserTemplates.Date(due),
            ["days_overdue"] = overdue.ToString(CultureInfo.InvariantCulture),
            ["commissioner"] = ChaserTemplates.Commissioner(request.Law),
        };

        ChaserProposal Draft(ChaserKind kind, DateOnly date)
        {
            var (subject, body) = ChaserTemplates.For(kind);
            return new ChaserProposal(kind, date, ChaserTemplates.Fill(subject, values), ChaserTemplates.Fill(body, values));
        }

        switch (state)
        {
            case RequestState.Overdue or RequestState.LongOverdue:
                DateOnly reviewDate = days.AddWorkingDays(due, ReviewRequestAfterOverdue);
                if (reminders.Count == 0 && today < reviewDate)
                {
                    return Draft(ChaserKind.Reminder, days.AddWorkingDays(due, 1));
                }

                if (reminders.Count == 1 && today < reviewDate)
                {
                    return Draft(ChaserKind.SecondReminder, days.AddWorkingDays(reminders[0].Date, SecondReminderAfter));
                }

                values["review_reason"] = $"You have not responded, and the request is now {overdue} working days past the statutory deadline.";
                return Draft(ChaserKind.InternalReviewRequest, reviewDate);

            case RequestState.Refused or RequestState.NeitherConfirmedNorDenied:
                DateOnly refused = request.Events.Last(e => e.Kind is RequestEventKind.RefusalReceived or RequestEventKind.AnswerReceived).Date;
                values["review_reason"] = "You refused the request, and I do not accept that the exemptions you cited apply, nor that the public interest favours withholding the information.";
                return Draft(ChaserKind.InternalReviewRequest, days.AddWorkingDays(refused, 1));

            case RequestState.UnderInternalReview when review is not null && today > review.Due:
                values["review_due"] = ChaserTemplates.Date(review.Due);
                values["review_state"] = "I have not received the outcome";
                return Draft(ChaserKind.CommissionerComplaint, days.AddWorkingDays(review.Due, 1));

            default:
                return null;
        }
    }
}
