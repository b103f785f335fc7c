using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Whole-estate wordings added while tuning on the d2601–d2710 dev batch: a body that does not "own, run or pay for"
/// any CCTV has none, and "the table below lists all CCTV at every site" makes the table the whole estate; from d2711–d2765
/// and the rest of dev, parts that add up to the stated total, "no Hikvision or other equipment", one make "with one exception"
/// that is then named, and "some of the Dahua cameras" as part of that maker's own cameras. Sentences are
/// written for this file (not taken from the corpus), with the cases each rule must leave alone.</summary>
public sealed class EstateInWordsTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Fact]
    public void Not_owning_running_or_paying_for_any_cctv_is_having_none()
    {
        AnswerCoding coding = Code("The parish council does not own, run or pay for any CCTV cameras, so it has no Hikvision or Dahua equipment.");

        Assert.Equal("no", coding.OtherChinese);
        Assert.Equal("answered", coding.Outcome);
    }

    [Fact]
    public void A_table_said_to_list_all_cctv_at_every_site_is_the_whole_estate()
    {
        AnswerCoding coding = Code("The College uses Hikvision cameras at two of its campuses. It has no Dahua equipment. The table below lists all CCTV at every College site.\n\nMain campus: 40 Hikvision cameras.\nNorth campus: 12 Hikvision cameras.\nSports centre: 9 Axis cameras.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void A_table_said_to_list_all_of_one_makers_cameras_is_not_the_whole_estate()
    {
        AnswerCoding coding = Code("The College uses Hikvision cameras at two of its campuses. It has no Dahua equipment. The table below lists all Hikvision cameras at the College.\n\nMain campus: 40 Hikvision cameras.\nNorth campus: 12 Hikvision cameras.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("unknown", coding.OtherChinese);
    }

    // Added while tuning on d2711–d2765 and the rest of dev.
    [Fact]
    public void Parts_that_add_up_to_the_total_give_the_whole_estate()
    {
        AnswerCoding coding = Code("The school has 22 cameras, 18 of them are Dahua and 4 are older Axis units. I can't tell you the models as the Council hasn't given us that information.");

        Assert.Equal(("no", "yes", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Parts_that_fall_short_of_the_total_leave_the_rest_open()
    {
        AnswerCoding coding = Code("The school has 22 cameras, 10 of them are Dahua and 4 are older Axis units. I can't tell you the models as the Council hasn't given us that information.");

        Assert.Equal(("yes", "unknown"), (coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void No_hikvision_or_other_equipment_closes_the_estate()
    {
        AnswerCoding coding = Code("The CCTV at the office consists of 48 Dahua cameras and 2 Dahua recorders. There is no Hikvision or other equipment.");

        Assert.Equal(("no", "yes", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void No_hikvision_alone_answers_maker_by_maker()
    {
        AnswerCoding coding = Code("The CCTV at the office consists of 48 Dahua cameras and 2 Dahua recorders. There is no Hikvision equipment.");

        Assert.Equal(("no", "yes", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Theory]
    [InlineData(", with one exception.", "no")]
    [InlineData(".", "unknown")]
    public void One_make_with_one_exception_named_is_the_whole_estate(string after, string otherChinese)
    {
        AnswerCoding coding = Code("The Trust's CCTV across Elm Park and Northgate Hospital is Bosch" + after + " The pharmacy stores have a separate small system: 6 cameras and a recorder. We believe this system is Dahua. There is no Hikvision equipment at the Trust. The Trust does not hold a record of the camera models.");

        Assert.Equal(("partial", "yes", otherChinese), (coding.Outcome, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Some_of_a_makers_own_cameras_does_not_make_the_list_incomplete()
    {
        AnswerCoding coding = Code("The College uses both Hikvision and Dahua equipment, as well as some older Samsung cameras. Some of the Dahua cameras came with people counting, which was trialled and turned off.");

        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void Some_of_our_cameras_being_one_make_leaves_the_rest_open()
    {
        AnswerCoding coding = Code("Some of our cameras are Hikvision. We have no Dahua.");

        Assert.Equal("unknown", coding.OtherChinese);
    }
}
