using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;

namespace Sightline.Core.Tests.Requests;

public sealed class RequestLifecycleTests
{
    private static readonly RequestLifecycle Lifecycle = new(new DeadlineCalculator(BankHolidayCalendar.Default));

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static FoiRequest Request(params RequestEvent[] events) => new()
    {
        Reference = RequestReference.Parse("CCTV24-0042"),
        BodyId = BodyId.For(Sector.Council, "E08000003"),
        BodyName = "Manchester City Council",
        Events = [new RequestEvent(RequestEventKind.Created, D("2024-05-30")), .. events],
    };

    private static readonly RequestEvent Sent = new(RequestEventKind.Sent, D("2024-06-03")); // due 2024-07-01

    [Theory]
    [InlineData("2024-06-03", RequestState.Sent)]
    [InlineData("2024-06-04", RequestState.AwaitingResponse)]
    [InlineData("2024-07-01", RequestState.AwaitingResponse)]
    [InlineData("2024-07-02", RequestState.Overdue)]
    [InlineData("2024-07-30", RequestState.Overdue)]
    [InlineData("2024-07-31", RequestState.LongOverdue)]
    public void A_sent_request_becomes_overdue_then_long_overdue_with_the_clock(string today, RequestState expected) =>
        Assert.Equal(expected, Lifecycle.Evaluate(Request(Sent), D(today)).State);

    [Fact]
    public void Drafts_and_queued_requests_have_no_deadline()
    {
        RequestStatus draft = Lifecycle.Evaluate(Request(), D("2024-06-01"));
        RequestStatus queued = Lifecycle.Evaluate(Request(new RequestEvent(RequestEventKind.Queued, D("2024-06-01"))), D("2024-06-01"));

        Assert.Equal((RequestState.Draft, (DeadlineResult?)null), (draft.State, draft.Deadline));
        Assert.Equal(RequestState.Queued, queued.State);
        Assert.Null(queued.NextAction);
    }

    [Fact]
    public void An_overdue_request_gets_a_reminder_the_working_day_after_the_deadline_quoting_law_dates_and_reference()
    {
        RequestStatus status = Lifecycle.Evaluate(Request(Sent), D("2024-07-02"));

        ChaserProposal reminder = status.NextAction!;
        Assert.Equal((ChaserKind.Reminder, D("2024-07-02")), (reminder.Kind, reminder.Date));
        Assert.Contains("CCTV24-0042", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains("Freedom of Information Act 2000", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("3 June 2024", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("1 July 2024", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("Dear Manchester City Council", reminder.Body, StringComparison.Ordinal);
        Assert.Equal(1, status.DaysOverdue);
    }

    [Fact]
    public void After_one_reminder_the_second_comes_ten_working_days_later_then_an_internal_review_request()
    {
        var reminded = new RequestEvent(RequestEventKind.ReminderSent, D("2024-07-02"));
        RequestStatus second = Lifecycle.Evaluate(Request(Sent, reminded), D("2024-07-03"));
        RequestStatus review = Lifecycle.Evaluate(Request(Sent, reminded, new RequestEvent(RequestEventKind.ReminderSent, D("2024-07-17"))), D("2024-07-31"));

        Assert.Equal((ChaserKind.SecondReminder, D("2024-07-17")), (second.NextAction!.Kind, second.NextAction.Date)); // 12 July (NI) is skipped
        Assert.Equal((ChaserKind.InternalReviewRequest, D("2024-07-30")), (review.NextAction!.Kind, review.NextAction.Date));
        Assert.Equal(RequestState.LongOverdue, review.State);
    }

    [Fact]
    public void A_clarification_request_stops_the_clock_until_answered()
    {
        RequestStatus waiting = Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.ClarificationRequested, D("2024-06-05"))), D("2024-07-15"));
        RequestStatus restarted = Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.ClarificationRequested, D("2024-06-05")),
            new RequestEvent(RequestEventKind.ClarificationReceived, D("2024-06-10"))), D("2024-07-05"));

        Assert.Equal(RequestState.AwaitingClarification, waiting.State);
        Assert.Null(waiting.Deadline!.Due);
        Assert.Equal(RequestState.AwaitingResponse, restarted.State);
        Assert.Equal(D("2024-07-08"), restarted.Deadline!.Due);
    }

    [Fact]
    public void A_fees_notice_waits_for_payment_and_an_extension_moves_the_deadline()
    {
        RequestStatus fee = Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.FeesNotice, D("2024-06-05"))), D("2024-08-01"));
        RequestStatus extended = Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.ExtensionClaimed, D("2024-06-28"), Days: 20)), D("2024-07-15"));

        Assert.Equal(RequestState.AwaitingFee, fee.State);
        Assert.Equal(RequestState.AwaitingResponse, extended.State);
        Assert.Equal(D("2024-07-30"), extended.Deadline!.ExtendedDue);
    }

    [Theory]
    [InlineData("full", RequestState.Answered)]
    [InlineData("partial", RequestState.PartiallyAnswered)]
    [InlineData("not_held", RequestState.NotHeld)]
    [InlineData("ncnd", RequestState.NeitherConfirmedNorDenied)]
    public void Answers_end_the_wait_whatever_the_clock_says(string outcome, RequestState expected)
    {
        RequestStatus status = Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.AnswerReceived, D("2024-07-20"), outcome)), D("2024-09-01"));

        Assert.Equal(expected, status.State);
        Assert.Equal(0, status.DaysOverdue);
    }

    [Fact]
    public void A_refusal_leads_to_an_internal_review_then_a_complaint_when_the_review_is_late()
    {
        var refusal = new RequestEvent(RequestEventKind.RefusalReceived, D("2024-06-20"), Note: "s.24, s.31");
        RequestStatus refused = Lifecycle.Evaluate(Request(Sent, refusal), D("2024-06-21"));
        var reviewAsked = new RequestEvent(RequestEventKind.InternalReviewRequested, D("2024-06-24"));
        RequestStatus underReview = Lifecycle.Evaluate(Request(Sent, refusal, reviewAsked), D("2024-07-10"));
        RequestStatus lateReview = Lifecycle.Evaluate(Request(Sent, refusal, reviewAsked), D("2024-07-25"));

        Assert.Equal(RequestState.Refused, refused.State);
        Assert.Equal((ChaserKind.InternalReviewRequest, D("2024-06-21")), (refused.NextAction!.Kind, refused.NextAction.Date));
        Assert.Equal(RequestState.UnderInternalReview, underReview.State);
        Assert.Null(underReview.NextAction);
        Assert.Equal(D("2024-07-23"), lateReview.Review!.Due);
        Assert.Equal(ChaserKind.CommissionerComplaint, lateReview.NextAction!.Kind);
        Assert.Contains("Information Commissioner's Office", lateReview.NextAction.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("upheld", RequestState.Refused)]
    [InlineData("overturned", RequestState.Answered)]
    public void A_review_outcome_restores_or_overturns_the_refusal(string outcome, RequestState expected)
    {
        RequestStatus status = Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.RefusalReceived, D("2024-06-20")),
            new RequestEvent(RequestEventKind.InternalReviewRequested, D("2024-06-24")),
            new RequestEvent(RequestEventKind.InternalReviewAnswered, D("2024-07-10"), outcome)), D("2024-07-11"));

        Assert.Equal(expected, status.State);
    }

    [Fact]
    public void Bounces_complaints_and_withdrawals_are_states_of_their_own()
    {
        Assert.Equal(RequestState.Failed, Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.DeliveryFailed, D("2024-06-03"), Note: "550 no such user")), D("2024-07-10")).State);
        Assert.Equal(RequestState.WithCommissioner, Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.ComplaintMade, D("2024-08-01"))), D("2024-08-02")).State);
        Assert.Equal(RequestState.Withdrawn, Lifecycle.Evaluate(Request(Sent, new RequestEvent(RequestEventKind.Withdrawn, D("2024-06-10")), new RequestEvent(RequestEventKind.AnswerReceived, D("2024-06-20"))), D("2024-07-10")).State);
    }

    [Fact]
    public void Scottish_requests_name_the_scottish_commissioner()
    {
        FoiRequest scottish = Request(Sent) with { Law = FoiLaw.Foisa, BodyName = "Glasgow City Council" };

        RequestStatus status = Lifecycle.Evaluate(scottish, D("2024-07-02"));

        Assert.Contains("Freedom of Information (Scotland) Act 2002", status.NextAction!.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("overdue", RequestState.Overdue)]
    [InlineData("ncnd", RequestState.NeitherConfirmedNorDenied)]
    [InlineData("awaiting-clarification", RequestState.AwaitingClarification)]
    public void State_codes_parse(string code, RequestState expected)
    {
        Assert.True(RequestStates.TryParse(code, out RequestState? state));
        Assert.Equal(expected, state);
    }
}
