using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;
using Sightline.Core.Statistics;

namespace Sightline.Core.Tests.Statistics;

public sealed class ResponseTimesTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Median_90th_percentile_and_share_on_time_are_computed()
    {
        ResponseTimes times = ResponseTimes.Of([(5, true), (20, true), (25, false), (12, true), (40, false)]);

        Assert.Equal((5, 20.0, 40), (times.Answered, times.MedianWorkingDays!.Value, times.P90WorkingDays!.Value));
        Assert.Equal(60.0, times.OnTime.Percent!.Value, 6);
        Assert.Equal((0, (double?)null), (ResponseTimes.Of([]).Answered, ResponseTimes.Of([]).MedianWorkingDays));
    }

    [Theory]
    [InlineData("2024-07-01", 20, true)]   // the deadline day itself is on time
    [InlineData("2024-07-02", 21, false)]
    [InlineData("2024-06-10", 5, true)]
    public void A_request_takes_working_days_from_sending_to_its_answer(string answered, int days, bool onTime)
    {
        var calculator = new DeadlineCalculator(BankHolidayCalendar.Default);
        var request = new FoiRequest
        {
            Reference = RequestReference.Parse("RT-1"),
            BodyId = BodyId.For(Sector.Council, "E08000003"),
            BodyName = "Manchester City Council",
            Events = [new RequestEvent(RequestEventKind.Sent, D("2024-06-03")), new RequestEvent(RequestEventKind.AnswerReceived, D(answered), "full")],
        };

        Assert.Equal((days, onTime), ResponseTimes.For(request, new RequestLifecycle(calculator), calculator));
    }
}
