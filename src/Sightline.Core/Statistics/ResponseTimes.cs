using Sightline.Core.Deadlines;
using Sightline.Core.Requests;

namespace Sightline.Core.Statistics;

/// <summary>How quickly bodies answered: the working days from sending to the first answer or refusal.</summary>
/// <param name="Answered">Requests with an answer or refusal (the denominator of the figures).</param>
/// <param name="MedianWorkingDays">The median; null when <paramref name="Answered"/> is 0.</param>
/// <param name="P90WorkingDays">The 90th percentile (nearest rank); null when <paramref name="Answered"/> is 0.</param>
/// <param name="OnTime">Answers on or before the statutory deadline (as extended, when an extension was claimed).</param>
public sealed record ResponseTimes(int Answered, double? MedianWorkingDays, int? P90WorkingDays, Proportion OnTime)
{
    /// <summary>Summarises (working days, on time) pairs.</summary>
    public static ResponseTimes Of(IEnumerable<(int WorkingDays, bool OnTime)> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var list = answers.ToList();
        if (list.Count == 0)
        {
            return new ResponseTimes(0, null, null, new Proportion(0, 0));
        }

        int[] days = [.. list.Select(a => a.WorkingDays).Order()];
        double median = days.Length % 2 == 1 ? days[days.Length / 2] : (days[(days.Length / 2) - 1] + days[days.Length / 2]) / 2.0;
        int p90 = days[(int)Math.Ceiling(0.9 * days.Length) - 1];
        return new ResponseTimes(list.Count, median, p90, new Proportion(list.Count(a => a.OnTime), list.Count));
    }

    /// <summary>The working days a request took and whether it was on time; null while it has no answer or refusal.</summary>
    public static (int WorkingDays, bool OnTime)? For(FoiRequest request, RequestLifecycle lifecycle, DeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(lifecycle);
        ArgumentNullException.ThrowIfNull(calculator);
        RequestEvent? sent = request.Events.FirstOrDefault(e => e.Kind == RequestEventKind.Sent);
        RequestEvent? answer = request.Events.FirstOrDefault(e => e.Kind is RequestEventKind.AnswerReceived or RequestEventKind.RefusalReceived);
        if (sent is null || answer is null || answer.Date < sent.Date)
        {
            return null;
        }

        RequestStatus status = lifecycle.Evaluate(request, answer.Date);
        DateOnly? due = status.Deadline?.ExtendedDue ?? status.Deadline?.Due;
        int days = calculator.WorkingDaysFor(request.Law).CountBetween(sent.Date, answer.Date);
        return (days, due is null || answer.Date <= due);
    }
}
