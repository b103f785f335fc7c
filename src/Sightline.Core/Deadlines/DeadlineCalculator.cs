using Sightline.Core.Bodies;

namespace Sightline.Core.Deadlines;

/// <summary>Computes statutory FOI/EIR/FOISA/EISR deadlines, explaining every day it skipped.</summary>
/// <remarks>Thread-safe. Pure: the same request always gives the same result.</remarks>
public sealed class DeadlineCalculator(BankHolidayCalendar holidays)
{
    public const int StandardDays = 20;
    public const int SchoolLimitDays = 60;
    public const int LongOverdueExtraDays = 20;
    public const int MaxExtensionDays = 20;

    public BankHolidayCalendar Holidays => holidays;

    public WorkingDays WorkingDaysFor(FoiLaw law) => new(law, holidays);

    public DeadlineOutcome Compute(DeadlineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var days = WorkingDaysFor(request.Law);
        var trail = new List<TrailEntry> { new(request.Received, "received", null, $"request received ({request.Law.ToCitation()}); day 0") };
        var flags = new List<string>();
        DateOnly start = request.Received;

        if (request.ClarificationRequested is { } asked)
        {
            trail.Add(new TrailEntry(asked, "paused", null, "clock stopped: the body asked for clarification"));
            if (request.ClarificationReceived is not { } answered)
            {
                flags.Add("clock stopped: clarification requested and not yet received");
                return Stopped(request, start, trail, flags);
            }

            trail.Add(new TrailEntry(answered, "restarted", null, "clarification received: the count restarts from day 0"));
            start = answered;
        }

        bool schoolRule = request.BodyType == DeadlineBodyType.School;
        SchoolCalendar? calendar = request.SchoolCalendar;
        string rule = $"the {StandardDays}th working day following the date of receipt ({request.Law.ToCitation()})";
        if (schoolRule)
        {
            rule = $"the earlier of the {StandardDays}th working day that is also a school day and the {SchoolLimitDays}th working day (school or academy)";
            if (calendar is null)
            {
                flags.Add($"school-day rule could not be applied: no term calendar for this school; the {SchoolLimitDays}th working day is used");
                rule = $"the {SchoolLimitDays}th working day (school or academy without a term calendar)";
            }
        }

        int target = schoolRule && calendar is null ? SchoolLimitDays : StandardDays;
        int counted = 0, working = 0;
        DateOnly day = start;
        try
        {
            while (true)
            {
                day = day.AddDays(1);
                if (InFeesPeriod(request, day) && request.FeesPaid is null)
                {
                    trail.Add(new TrailEntry(day, "paused", null, "clock stopped: fees notice given and the fee not yet paid"));
                    flags.Add("clock stopped: fees notice outstanding");
                    return Stopped(request, start, trail, flags);
                }

                if (InFeesPeriod(request, day))
                {
                    trail.Add(new TrailEntry(day, "not_counted", null, $"between the fees notice ({request.FeesNotice:yyyy-MM-dd}) and payment ({request.FeesPaid:yyyy-MM-dd})"));
                    continue;
                }

                if (!days.IsWorkingDay(day, out string? reason))
                {
                    trail.Add(new TrailEntry(day, "skipped", null, reason!));
                    continue;
                }

                working++;
                if (schoolRule && calendar is not null && !calendar.IsSchoolDay(day))
                {
                    if (!calendar.Covers(day))
                    {
                        flags.Add($"the term calendar ({calendar.Scope}) ends before the deadline: days after it are treated as not school days");
                    }

                    trail.Add(new TrailEntry(day, "skipped", null, $"not a school day ({calendar.Scope}); working day {working} of {SchoolLimitDays}"));
                    if (working == SchoolLimitDays)
                    {
                        trail.Add(new TrailEntry(day, "due", null, $"the {SchoolLimitDays}th working day comes before the {StandardDays}th school day"));
                        break;
                    }

                    continue;
                }

                counted++;
                trail.Add(new TrailEntry(day, "counted", counted, schoolRule && calendar is not null ? $"working school day (working day {working})" : "working day"));
                if (counted == target || (schoolRule && calendar is not null && working == SchoolLimitDays))
                {
                    trail.Add(new TrailEntry(day, "due", null, counted == target ? $"day {target}: the deadline" : $"the {SchoolLimitDays}th working day comes first"));
                    break;
                }
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return new DeadlineOutcome.Invalid("received", $"the deadline would fall after {BankHolidayCalendar.LastYear}; bank holidays are known for {BankHolidayCalendar.FirstYear}–{BankHolidayCalendar.LastYear}");
        }

        DateOnly due = day;
        DateOnly? extended = null;
        if (request.ExtensionDays > 0)
        {
            extended = days.AddWorkingDays(due, request.ExtensionDays);
            trail.Add(new TrailEntry(extended.Value, "flag", null, $"public-interest extension of {request.ExtensionDays} working days claimed"));
            flags.Add($"public-interest extension claimed: {request.ExtensionDays} working days (at most {MaxExtensionDays})");
        }

        if (request.FeesPaid is not null)
        {
            flags.Add("working days between the fees notice and payment were not counted");
        }

        DateOnly longOverdue = days.AddWorkingDays(due, LongOverdueExtraDays);
        return new DeadlineOutcome.Computed(new DeadlineResult(request.Received, request.Law, start, due, longOverdue, extended, rule, trail, [.. flags.Distinct(StringComparer.Ordinal)]));
    }

    /// <summary>An internal review's deadline: 20 working days after it was requested. Under FOIA (and the EIR) the
    /// guidance allows at most 40 and a review is late after 20; under FOISA s.21 it is 20.</summary>
    public ReviewDeadline ReviewDue(DateOnly requested, FoiLaw law)
    {
        var days = WorkingDaysFor(law);
        DateOnly due = days.AddWorkingDays(requested, 20);
        DateOnly? latest = law is FoiLaw.Foia or FoiLaw.Eir ? days.AddWorkingDays(requested, 40) : null;
        return new ReviewDeadline(requested, due, latest);
    }

    private static bool InFeesPeriod(DeadlineRequest request, DateOnly day) =>
        request.FeesNotice is { } notice && day >= notice && (request.FeesPaid is not { } paid || day <= paid);

    private static DeadlineOutcome.Computed Stopped(DeadlineRequest request, DateOnly start, List<TrailEntry> trail, List<string> flags) =>
        new(new DeadlineResult(request.Received, request.Law, start, null, null, null, "clock stopped", trail, flags));

    private static DeadlineOutcome.Invalid? Validate(DeadlineRequest r)
    {
        if (!BankHolidayCalendar.Covers(r.Received))
        {
            return new("received", $"{r.Received:yyyy-MM-dd} is outside {BankHolidayCalendar.FirstYear}–{BankHolidayCalendar.LastYear}, where bank holidays are known");
        }

        if (r.ClarificationReceived is { } got && r.ClarificationRequested is null)
        {
            return new("clarification_received", $"{got:yyyy-MM-dd} is given but no clarification request date");
        }

        if (r.ClarificationRequested is { } asked)
        {
            if (asked < r.Received)
            {
                return new("clarification_requested", $"{asked:yyyy-MM-dd} is before the request was received ({r.Received:yyyy-MM-dd})");
            }

            if (r.ClarificationReceived is { } answered && answered < asked)
            {
                return new("clarification_received", $"{answered:yyyy-MM-dd} is before the clarification was requested ({asked:yyyy-MM-dd})");
            }
        }

        if (r.FeesPaid is { } paid && r.FeesNotice is null)
        {
            return new("fees_paid", $"{paid:yyyy-MM-dd} is given but no fees notice date");
        }

        if (r.FeesNotice is { } notice)
        {
            DateOnly clockStart = r.ClarificationReceived ?? r.Received;
            if (notice < clockStart)
            {
                return new("fees_notice", $"{notice:yyyy-MM-dd} is before the clock started ({clockStart:yyyy-MM-dd})");
            }

            if (r.FeesPaid is { } feePaid && feePaid < notice)
            {
                return new("fees_paid", $"{feePaid:yyyy-MM-dd} is before the fees notice ({notice:yyyy-MM-dd})");
            }
        }

        if (r.ExtensionDays is < 0 or > MaxExtensionDays)
        {
            return new("extension_days", $"{r.ExtensionDays} is not between 0 and {MaxExtensionDays}: a public-interest extension should not exceed {MaxExtensionDays} working days");
        }

        if (r.BodyType == DeadlineBodyType.School && r.Law is FoiLaw.Foisa or FoiLaw.Eisr)
        {
            return new("body_type", "the school-day rule applies to schools and academies in England under FOIA and the EIR, not under FOISA or the EISR");
        }

        return null;
    }
}

/// <summary>An internal review's deadline.</summary>
/// <param name="Latest">The outside limit (FOIA/EIR: 40 working days); null under FOISA, where 20 is the limit.</param>
public sealed record ReviewDeadline(DateOnly Requested, DateOnly Due, DateOnly? Latest);
