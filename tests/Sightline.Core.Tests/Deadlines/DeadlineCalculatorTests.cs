using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;

namespace Sightline.Core.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(BankHolidayCalendar.Default);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DeadlineResult Compute(DeadlineRequest request) =>
        Calculator.Compute(request) is DeadlineOutcome.Computed computed ? computed.Result : throw new InvalidOperationException(Calculator.Compute(request).ToString());

    // Worked by hand from the published holiday lists.
    [Theory]
    [InlineData("2024-03-01", FoiLaw.Foia, "2024-04-03")]   // St Patrick's (substitute), Good Friday and Easter Monday all stop the FOIA clock
    [InlineData("2024-03-01", FoiLaw.Foisa, "2024-04-01")]  // under FOISA the NI day and Easter Monday are working days
    [InlineData("2024-03-01", FoiLaw.Eir, "2024-04-03")]
    [InlineData("2024-03-01", FoiLaw.Eisr, "2024-04-01")]
    [InlineData("2023-06-14", FoiLaw.Foia, "2023-07-13")]   // 12 July (NI) stops the FOIA clock for an English body
    [InlineData("2023-06-14", FoiLaw.Foisa, "2023-07-12")]
    [InlineData("2022-12-01", FoiLaw.Foia, "2023-01-04")]   // Christmas and New Year substitutes, and Scotland's 3 January
    [InlineData("2022-12-01", FoiLaw.Foisa, "2023-01-04")]
    [InlineData("2022-09-01", FoiLaw.Foia, "2022-09-30")]   // the Queen's state funeral
    [InlineData("2024-11-04", FoiLaw.Foia, "2024-12-03")]   // St Andrew's Day (substitute) counts under FOIA too
    [InlineData("2024-06-01", FoiLaw.Foia, "2024-06-28")]   // received on a Saturday: still day 0
    [InlineData("2024-06-02", FoiLaw.Foia, "2024-06-28")]   // ... or a Sunday
    [InlineData("2024-05-31", FoiLaw.Foia, "2024-06-28")]   // ... and a Friday gives the same day
    [InlineData("2024-06-03", FoiLaw.Foia, "2024-07-01")]
    [InlineData("2022-05-20", FoiLaw.Foia, "2022-06-21")]   // Platinum Jubilee: 2 and 3 June 2022
    [InlineData("2023-04-24", FoiLaw.Foia, "2023-05-24")]   // the Coronation (8 May 2023) and Early May
    [InlineData("2020-04-20", FoiLaw.Foia, "2020-05-19")]   // VE Day moved Early May to Friday 8 May 2020
    public void Due_dates_follow_the_law(string received, FoiLaw law, string due) =>
        Assert.Equal(D(due), Compute(new DeadlineRequest { Received = D(received), Law = law }).Due);

    [Fact]
    public void The_trail_names_every_skipped_day_and_counts_twenty()
    {
        DeadlineResult result = Compute(new DeadlineRequest { Received = D("2024-11-04"), Law = FoiLaw.Foia });

        Assert.Equal(Enumerable.Range(1, 20), result.Trail.Where(t => t.Kind == "counted").Select(t => t.Day!.Value));
        Assert.Contains(result.Trail, t => t.Date == D("2024-12-02") && t.Note == "bank holiday (Scotland): St Andrew's Day (substitute)");
        Assert.Contains(result.Trail, t => t.Date == D("2024-11-09") && t.Note == "Sat");
        Assert.Equal(D("2024-12-03"), result.Trail.Single(t => t.Kind == "due").Date);
        Assert.Equal(D("2025-01-06"), result.LongOverdue); // 20 working days later: over Christmas and New Year
    }

    [Fact]
    public void Good_Friday_and_an_all_uk_holiday_are_named()
    {
        DeadlineResult result = Compute(new DeadlineRequest { Received = D("2024-03-01"), Law = FoiLaw.Foia });

        Assert.Contains(result.Trail, t => t.Date == D("2024-03-29") && t.Note == "Good Friday");
        Assert.Contains(result.Trail, t => t.Date == D("2024-04-01") && t.Note == "bank holiday (England and Wales, Northern Ireland): Easter Monday");
        Assert.Contains(result.Trail, t => t.Date == D("2024-03-18") && t.Note == "bank holiday (Northern Ireland): St Patrick's Day (substitute)");
    }

    [Fact]
    public void A_clarification_restarts_the_count_from_day_zero()
    {
        DeadlineResult result = Compute(new DeadlineRequest
        {
            Received = D("2024-06-03"), ClarificationRequested = D("2024-06-05"), ClarificationReceived = D("2024-06-10"),
        });

        Assert.Equal(D("2024-07-08"), result.Due);
        Assert.Equal(D("2024-06-10"), result.ClockStart);
        Assert.Contains(result.Trail, t => t.Kind == "paused" && t.Date == D("2024-06-05"));
        Assert.Contains(result.Trail, t => t.Kind == "restarted" && t.Date == D("2024-06-10"));
    }

    [Fact]
    public void Days_between_a_fees_notice_and_payment_do_not_count()
    {
        DeadlineResult result = Compute(new DeadlineRequest { Received = D("2024-06-03"), FeesNotice = D("2024-06-05"), FeesPaid = D("2024-06-12") });

        Assert.Equal(D("2024-07-09"), result.Due);
        Assert.Equal(8, result.Trail.Count(t => t.Kind == "not_counted")); // 5 to 12 June inclusive, weekend included
    }

    [Fact]
    public void An_outstanding_clarification_or_fee_stops_the_clock()
    {
        DeadlineResult clarification = Compute(new DeadlineRequest { Received = D("2024-06-03"), ClarificationRequested = D("2024-06-05") });
        DeadlineResult fee = Compute(new DeadlineRequest { Received = D("2024-06-03"), FeesNotice = D("2024-06-05") });

        Assert.Null(clarification.Due);
        Assert.Contains("clock stopped: clarification requested and not yet received", clarification.Flags);
        Assert.Null(fee.Due);
        Assert.Contains("clock stopped: fees notice outstanding", fee.Flags);
    }

    private static readonly SchoolCalendar Terms = new("local authority Camden",
        [new DateRange(D("2024-06-03"), D("2024-07-19")), new DateRange(D("2024-09-04"), D("2024-12-20"))], [new DateRange(D("2024-09-09"), D("2024-09-09"))]);

    [Fact]
    public void A_school_gets_the_twentieth_school_day_when_it_comes_before_the_sixtieth_working_day()
    {
        DeadlineResult result = Compute(new DeadlineRequest { Received = D("2024-07-01"), BodyType = DeadlineBodyType.School, SchoolCalendar = Terms });

        Assert.Equal(D("2024-09-13"), result.Due); // 12 July (NI) is not a working day, and the INSET day on 9 September not a school day
        Assert.Contains(result.Trail, t => t.Date == D("2024-07-22") && t.Note.StartsWith("not a school day (local authority Camden)", StringComparison.Ordinal));
        Assert.Contains(result.Trail, t => t.Date == D("2024-09-09") && t.Kind == "skipped");
        Assert.Empty(result.Flags);
    }

    [Fact]
    public void A_school_without_a_calendar_falls_back_to_the_sixtieth_working_day_flagged()
    {
        DeadlineResult result = Compute(new DeadlineRequest { Received = D("2024-07-01"), BodyType = DeadlineBodyType.School });

        Assert.Equal(D("2024-09-26"), result.Due); // 12 July (NI) and 5 August (Scotland) do not count under FOIA
        Assert.Contains(result.Flags, f => f.StartsWith("school-day rule could not be applied", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sixtieth_working_day_wins_over_a_long_closure()
    {
        var shortTerms = new SchoolCalendar("body sch-1", [new DateRange(D("2024-07-01"), D("2024-07-05"))], []);
        DeadlineResult result = Compute(new DeadlineRequest { Received = D("2024-07-01"), BodyType = DeadlineBodyType.School, SchoolCalendar = shortTerms });

        Assert.Equal(D("2024-09-26"), result.Due);
        Assert.Equal(4, result.Trail.Count(t => t.Kind == "counted"));
    }

    [Theory]
    [InlineData("2024-06-10", "2024-06-05", null, null, "clarification_received")]
    [InlineData(null, null, "2024-06-05", "2024-06-04", "fees_paid")]
    [InlineData(null, null, "2024-06-01", null, "fees_notice")]
    public void Impossible_sequences_are_errors_naming_the_value(string? requested, string? received, string? notice, string? paid, string field)
    {
        var request = new DeadlineRequest
        {
            Received = D("2024-06-03"),
            ClarificationRequested = requested is null ? null : D(requested),
            ClarificationReceived = received is null ? null : D(received),
            FeesNotice = notice is null ? null : D(notice),
            FeesPaid = paid is null ? null : D(paid),
        };

        var invalid = Assert.IsType<DeadlineOutcome.Invalid>(Calculator.Compute(request));
        Assert.Equal(field, invalid.Field);
    }

    [Fact]
    public void A_school_under_foisa_and_an_oversized_extension_are_refused()
    {
        Assert.Equal("body_type", Assert.IsType<DeadlineOutcome.Invalid>(Calculator.Compute(new DeadlineRequest { Received = D("2024-06-03"), Law = FoiLaw.Foisa, BodyType = DeadlineBodyType.School })).Field);
        Assert.Equal("extension_days", Assert.IsType<DeadlineOutcome.Invalid>(Calculator.Compute(new DeadlineRequest { Received = D("2024-06-03"), ExtensionDays = 25 })).Field);
    }

    [Fact]
    public void Internal_reviews_are_due_after_twenty_working_days_with_foia_allowing_forty()
    {
        ReviewDeadline foia = Calculator.ReviewDue(D("2024-06-03"), FoiLaw.Foia);
        ReviewDeadline foisa = Calculator.ReviewDue(D("2024-06-03"), FoiLaw.Foisa);

        Assert.Equal((D("2024-07-01"), D("2024-07-30")), (foia.Due, foia.Latest!.Value)); // 12 July (NI) does not count
        Assert.Equal(D("2024-07-01"), foisa.Due);
        Assert.Null(foisa.Latest);
    }

    public static Arbitrary<DateOnly> Dates() =>
        Gen.Choose(0, (new DateOnly(2050, 6, 30).DayNumber - new DateOnly(2000, 1, 1).DayNumber)).Select(n => DateOnly.FromDayNumber(new DateOnly(2000, 1, 1).DayNumber + n)).ToArbitrary();

    public static Arbitrary<FoiLaw> Laws() => Gen.Elements(FoiLaw.Foia, FoiLaw.Foisa, FoiLaw.Eir, FoiLaw.Eisr).ToArbitrary();

    [Property(Arbitrary = [typeof(DeadlineCalculatorTests)], MaxTest = 300)]
    public bool Due_is_strictly_after_receipt_and_the_trail_counts_exactly_twenty_days(DateOnly received, FoiLaw law)
    {
        DeadlineResult result = Compute(new DeadlineRequest { Received = received, Law = law });
        var counted = result.Trail.Where(t => t.Kind == "counted").Select(t => t.Day!.Value).ToList();
        return result.Due > received && result.LongOverdue > result.Due && counted.SequenceEqual(Enumerable.Range(1, 20))
            && result.Trail.Last(t => t.Kind == "counted").Date == result.Due;
    }

    [Property(Arbitrary = [typeof(DeadlineCalculatorTests)], MaxTest = 300)]
    public bool Adding_a_holiday_never_makes_a_deadline_earlier(DateOnly received, FoiLaw law, PositiveInt offset)
    {
        DateOnly extra = received.AddDays(offset.Get % 40);
        var withExtra = new DeadlineCalculator(new BankHolidayCalendar([new HolidayOverride(extra, UkJurisdiction.Scotland, "Extra day"), new HolidayOverride(extra, UkJurisdiction.EnglandAndWales, "Extra day")]));
        DeadlineRequest request = new() { Received = received, Law = law };
        DateOnly before = Compute(request).Due!.Value;
        DateOnly after = ((DeadlineOutcome.Computed)withExtra.Compute(request)).Result.Due!.Value;
        return after >= before;
    }

    // FOIA skips every UK holiday, Scotland's included, so a FOIA deadline is never earlier than a FOISA one.
    [Property(Arbitrary = [typeof(DeadlineCalculatorTests)], MaxTest = 200)]
    public bool Foia_deadlines_are_never_earlier_than_foisa_deadlines(DateOnly received) =>
        Compute(new DeadlineRequest { Received = received, Law = FoiLaw.Foia }).Due >= Compute(new DeadlineRequest { Received = received, Law = FoiLaw.Foisa }).Due;
}
