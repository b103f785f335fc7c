using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;

namespace Sightline.Core.Tests.Statistics;

public sealed class StatisticsTests
{
    private static CodedResult R(Sector sector, ResultOutcome outcome, Finding hik = Finding.Unknown, Finding dahua = Finding.Unknown, Finding other = Finding.Unknown,
        Region? region = null, Nation? nation = Nation.England, params Capability[] capabilities) =>
        new($"b{Guid.NewGuid():N}", "Body", sector, nation, region, outcome, hik, dahua, other, capabilities.ToHashSet(), new HashSet<Capability>(), [], null, null, null);

    [Theory]
    [InlineData(0, 10, 0.0, 27.75)]
    [InlineData(10, 10, 72.25, 100.0)]
    [InlineData(352, 676, 48.30, 55.83)]
    [InlineData(15, 44, 21.88, 48.86)]
    public void Wilson_intervals_match_hand_computed_values(int count, int n, double low, double high)
    {
        var (l, h) = new Proportion(count, n).Interval95!.Value;
        Assert.Equal(low, l, 1);
        Assert.Equal(high, h, 1);
    }

    [Fact]
    public void Counts_follow_the_definitions_and_percentages_state_their_denominator()
    {
        CodedResult[] results =
        [
            R(Sector.School, ResultOutcome.Answered, Finding.Yes, Finding.No, capabilities: Capability.FaceDetection),
            R(Sector.School, ResultOutcome.Partial, Finding.Yes, Finding.Yes),
            R(Sector.School, ResultOutcome.Refused),
            R(Sector.School, ResultOutcome.Ncnd),
            R(Sector.School, ResultOutcome.NotHeld, Finding.No, Finding.No, Finding.Yes),
            R(Sector.School, ResultOutcome.NoResponse, Finding.Yes),
            R(Sector.School, ResultOutcome.Acknowledgement),
        ];

        GroupStatistics responses = StatisticsCalculator.Compute(results, [], Denominator.Responses)[0];
        GroupStatistics answered = StatisticsCalculator.Compute(results, [], Denominator.Answered)[0];

        Assert.Equal((7, 5, 2, 3), (responses.Requests, responses.Responses, responses.Refused, responses.Answered));
        Assert.Equal((2, 1, 2, 3), (responses.Hikvision, responses.Dahua, responses.Either, responses.AnyChinese)); // the no-response "yes" does not count
        Assert.Equal(1, responses.CapabilityHas[Capability.FaceDetection]);
        Assert.Equal(40.0, responses.EitherShare.Percent!.Value, 6);
        Assert.Equal(66.67, answered.EitherShare.Percent!.Value, 2);
    }

    [Fact]
    public void Groups_combine_dimensions_after_an_overall_row()
    {
        CodedResult[] results =
        [
            R(Sector.School, ResultOutcome.Answered, Finding.Yes, region: Region.London),
            R(Sector.School, ResultOutcome.Answered, Finding.No, region: Region.London),
            R(Sector.School, ResultOutcome.Answered, Finding.Yes, region: Region.NorthWest),
            R(Sector.Council, ResultOutcome.Answered, Finding.Yes, nation: Nation.Wales),
        ];

        var groups = StatisticsCalculator.Compute(results, [GroupDimension.Sector, GroupDimension.Region], Denominator.Answered);

        Assert.Equal((null, null, 4), (groups[0].Sector, groups[0].Region, groups[0].Requests));
        Assert.Contains(groups, g => g.Sector == Sector.School && g.Region == Region.London && g.Requests == 2 && g.Hikvision == 1);
        Assert.Contains(groups, g => g.Sector == Sector.Council && g.Nation == Nation.Wales && g.Region is null);
        Assert.Equal(4, groups.Skip(1).Sum(g => g.Requests));
    }

    [Fact]
    public void Extrapolation_reproduces_the_2022_estimate_and_states_its_interval()
    {
        var group = new GroupStatistics(null, null, null, 4584, 1289, 0, 1289, 0, 0, 806, 806, new Dictionary<Capability, int>(), new Dictionary<Capability, int>(), Denominator.Answered);

        Extrapolation same = StatisticsCalculator.Extrapolate(group, 4584, 0);
        Extrapolation lower = StatisticsCalculator.Extrapolate(group, 4584, 0.1);

        Assert.Equal(2866, same.Estimate, 0); // the published "about 2,865" (806 + 62.5% of 3,295)
        Assert.True(same.Low < same.Estimate && same.Estimate < same.High);
        Assert.Equal(2660, lower.Estimate, 0); // a rate 10% lower among the 3,295 bodies that did not answer (the study said "about 2,580")
    }
}

public sealed class ContradictoryResultTests
{
    [Fact]
    public void A_refusal_coded_yes_counts_among_responses_but_never_exceeds_the_answered_denominator()
    {
        var refusedYes = new CodedResult("a", "A", Sector.Police, Nation.England, null, ResultOutcome.Refused, Finding.Yes, Finding.No, Finding.No,
            new HashSet<Capability>(), new HashSet<Capability>(), [], null, null, null);

        GroupStatistics answered = StatisticsCalculator.Compute([refusedYes], [], Denominator.Answered)[0];
        GroupStatistics responses = StatisticsCalculator.Compute([refusedYes], [], Denominator.Responses)[0];

        Assert.Equal((1, 0), (answered.Hikvision, answered.Answered));
        Assert.Null(answered.HikvisionShare.Percent);
        Assert.Equal(100.0, responses.HikvisionShare.Percent);
    }
}
