using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>The rules added while tuning on d1001–d1112, d1611–d1720 and d2766–d2875 (first held out, moved to dev on
/// 2026-11-24): a part of the estate about whose CCTV nothing is held ("does not hold information about who made it") leaves a
/// denial said of the other sites open, and the makes of "the other buildings" given as examples ("a mix of makes, including
/// Axis and Hanwha") do not close the estate. Sentences are written for this file (not taken from the corpus), with the cases
/// each rule must leave alone.</summary>
public sealed class PartNotHeldTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Theory]
    [InlineData("Both of the Trust's hospitals use Hikvision cameras. We have not found any Dahua equipment at either hospital. Our clinics are in buildings owned by landlords; where they have CCTV, the Trust does not hold information about who made it.")]
    [InlineData("The College's CCTV is Hikvision and Avigilon. No Dahua equipment is installed on any of the College's four campuses. The halls are owned and run by a housing partner, and the College does not hold any information about that CCTV.")]
    public void A_denial_of_named_sites_stays_open_beside_a_part_whose_cctv_is_not_held(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
    }

    [Theory]
    [InlineData("Both of the Trust's hospitals use Hikvision cameras. We have not found any Dahua equipment at either hospital. We do not hold information about the CCTV capabilities beyond what is given here.")]
    [InlineData("The Council uses Hikvision cameras at its offices. The Council does not use any Dahua equipment. The leisure centres are run by an independent trust on its own account, and the Council holds no information about their cameras.")]
    public void A_denial_stands_beside_what_is_not_held_about_capabilities_or_another_body(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void Examples_of_the_makes_of_the_other_buildings_do_not_close_the_estate()
    {
        AnswerCoding coding = Code("The Council uses Dahua CCTV at its libraries. CCTV in the Council's other buildings is a mix of makes, including Axis and Hanwha. The Council does not have any Hikvision equipment.");

        Assert.Equal(("no", "yes", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void All_other_cctv_including_a_named_site_still_closes_the_estate()
    {
        AnswerCoding coding = Code("The Board has Dahua CCTV at two community hospitals. The Board has no Hikvision equipment. All other CCTV across the Board's estate, including the Royal Infirmary, is supplied by Avigilon.");

        Assert.Equal(("no", "yes", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void What_is_left_of_one_makers_equipment_is_not_the_whole_estate()
    {
        AnswerCoding coding = Code("The force removed the Hikvision cameras from its police stations in 2021. The only Hikvision equipment remaining is at the driver training centre, which has 6 Hikvision cameras and 1 recorder. The force does not use Dahua equipment.");

        Assert.Equal(("yes", "no", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void The_only_cctv_equipment_being_one_make_is_still_the_whole_estate()
    {
        AnswerCoding coding = Code("The only CCTV equipment the force has is Hikvision: 6 cameras and 1 recorder at the training centre.");

        Assert.Equal(("yes", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Cctv_at_named_places_left_out_of_the_answer_leaves_the_other_makers_open()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "Our answers are in the table below.",
            "Question: Q1 | Response: The Council uses Hikvision cameras and recorders at three sites. The Council has no Dahua equipment. CCTV at the Council's swimming pools is run by the leisure operator and is not included.",
            "Site: Civic Centre | Make: Hikvision | Quantity: 18");

        Assert.Equal(("yes", "no", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_register_row_that_gives_the_make_but_holds_no_model_does_not_leave_the_makes_open()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "The College uses Hikvision at the North campus and Dahua at the South campus. No other manufacturers' CCTV cameras or recorders are used at either campus.",
            "Campus: North | Make: Hikvision | Device: Cameras | Model: DS-2CD2146G2-I | Quantity: 41",
            "Campus: South | Make: Dahua | Device: Cameras | Model: Not held | Quantity: 36");

        Assert.Equal(("yes", "yes", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_register_row_whose_make_is_not_held_still_leaves_the_makes_open()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "The College uses Hikvision at the North campus.",
            "Campus: North | Make: Hikvision | Device: Cameras | Model: DS-2CD2146G2-I | Quantity: 41",
            "Campus: South | Make: Not held | Device: Cameras | Model: Not held | Quantity: 36");

        Assert.Equal(("yes", "unknown", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_denial_said_of_anywhere_in_the_estate_is_not_scoped_by_the_places_it_names()
    {
        AnswerCoding coding = Code("The Council uses Hikvision equipment. No Dahua equipment is used anywhere in the Council's estate, including the leisure centres and the car parks. The numbers of cameras of each make and their models are withheld under section 31(1)(a).");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void These_are_all_one_make_after_a_list_of_some_sites_leaves_a_part_of_unknown_make_open()
    {
        AnswerCoding coding = Code("The Trust has CCTV at 6 clinics: 40 cameras and 6 recorders. These are all Hikvision. Five other clinics are in landlords' buildings and we do not hold any information on the make of the CCTV at those five buildings.");

        Assert.Equal(("yes", "unknown", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void These_are_all_the_makes_across_the_estate_still_closes_it()
    {
        AnswerCoding coding = Code("The Trust uses Hikvision at the main hospital. The Emergency Department has a separate Avigilon system. These are all the makes of CCTV in use across the Trust's estate. The models and numbers of each make are withheld under section 31(1)(a).");

        Assert.Equal(("yes", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }
}
