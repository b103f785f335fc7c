using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>The rules added while tuning on the d2271–d2380 dev batch: cameras whose make nobody can tell ("no make or model on
/// them", "we can't tell you for certain whether we have any Hikvision or Dahua") leave the makers open, as do denials said of
/// one contractor's supply, of "these cameras", of "any Council building" or "the regional offices" beside a part whose make is
/// withheld; "the only camera equipment", "all of the CCTV" and "all of the Council's other CCTV" close the estate; a register
/// to be published later is not a list given; a tenant's landlord's cameras are not the body's; a response sheet's "Request"
/// row and an OCR line's stray dash are not answers. Sentences are written for this file (not taken from the corpus), with the
/// cases each rule must leave alone.</summary>
public sealed class UnknownMakeTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Fact]
    public void A_wrapped_line_whose_next_line_starts_with_a_stray_dash_is_one_sentence()
    {
        AnswerCoding coding = Code("1. The Board uses Hikvision CCTV cameras and network recorders. The Board does not use\n- Dahua.\n\n2. There are 40 cameras.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void A_dashed_list_after_a_lead_in_is_still_a_list()
    {
        AnswerCoding coding = Code("The Council uses equipment from these makers at its depots and offices across the county\n- Hikvision.\n- Dahua.\n");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("yes", coding.Dahua);
    }

    [Fact]
    public void A_response_sheet_row_restating_the_request_names_no_maker()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "Freedom of Information response",
            "Reference: Request | FOI-24-118: CCTV made by Hikvision or Dahua (four questions)",
            "Reference: Answer | FOI-24-118: The Trust uses 12 Hikvision cameras. It has no Dahua equipment.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Theory]
    [InlineData("The Trust uses 30 Hikvision cameras. We don't supply or maintain any Dahua kit for the Trust. The Trust holds no records of the make of the cameras at its community clinics.")]
    [InlineData("The Council has 20 Hikvision cameras. The enforcement cameras are supplied by a contractor and these cameras are not Hikvision or Dahua. The housing contractor has not been able to confirm the manufacturer of the cameras on the older estates.")]
    [InlineData("The Council uses Hikvision at its offices. No Dahua equipment is installed in any Council building. We are withholding the make and number of the deployable cameras under regulation 12(5)(b).")]
    [InlineData("The regional offices have Hikvision cameras. There is no Dahua equipment at the regional offices. The manufacturer of the CCTV at head office is withheld under section 24(1).")]
    [InlineData("None of the Force's building CCTV cameras are manufactured by Hikvision or Dahua. For any other surveillance equipment the Force neither confirms nor denies that it holds information, by virtue of section 24(2).")]
    public void A_denial_of_part_of_the_estate_leaves_dahua_open_beside_a_part_of_unknown_make(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("unknown", coding.Dahua);
    }

    [Fact]
    public void A_table_row_saying_its_cameras_are_not_hikvision_or_dahua_answers_only_for_that_row()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "The University does use Hikvision equipment. The make of the cameras at the research park is not recorded, so we cannot say which manufacturer they are.",
            "Area: Main campus | Manufacturer: Axis | Cameras: 200 | Models: not listed (not Hikvision or Dahua)",
            "Area: Residences | Manufacturer: Hikvision | Cameras: 46",
            "Area: Research park | Manufacturer: Not recorded | Cameras: 20");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
    }

    [Theory]
    [InlineData("The Trust does not use Dahua. We don't supply or maintain any Dahua kit, says our contractor. All of the Trust's cameras are Hikvision.")]
    [InlineData("There is no Dahua equipment at the regional offices or anywhere else. The models at head office are withheld under section 24(1).")]
    public void A_denial_stands_when_nothing_of_unknown_make_is_left(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void Cameras_with_no_make_on_them_and_a_body_that_cannot_tell_leave_the_campaign_makers_open()
    {
        AnswerCoding coding = Code("The school has one CCTV system: 12 cameras and a DVR. Our technician believes the DVR was made by Xiongmai. The cameras "
            + "are analogue cameras with no make or model on them. So I'm afraid we can't tell you for certain whether we have any Hikvision or Dahua cameras.");

        Assert.Equal("yes", coding.OtherChinese);
        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
        Assert.Equal("partial", coding.Outcome);
    }

    [Fact]
    public void No_cctv_so_no_makers_denies_every_maker()
    {
        AnswerCoding coding = Code("The Town Council does not own or operate any CCTV cameras or recorders, so we have no Hikvision or Dahua equipment and the rest of your questions do not apply.");

        Assert.Equal("no", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void No_cctv_of_its_own_beside_a_landlords_cameras_is_not_held()
    {
        AnswerCoding coding = Code("The Parish Council does not own any CCTV. It rents its office in the Village Hall from the Village Hall Trust. There are "
            + "cameras at the hall, but they belong to the Trustees, and we have no information about them at all.");

        Assert.Equal("not_held", coding.Outcome);
        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("unknown", coding.OtherChinese);
    }

    [Theory]
    [InlineData("The Force uses Hikvision cameras at the Harbour Office. Apart from body-worn video made by Reveal Media, the Hikvision equipment is the only camera equipment the Force uses. The model numbers are withheld under section 24(1).")]
    [InlineData("The Upper School site has 22 Hikvision cameras. The Academy does not have any Dahua equipment. The equipment above is all of the CCTV at the Academy. The models are withheld under section 31.")]
    [InlineData("The Council uses Hikvision equipment at its offices and depots. The Council does not use Dahua equipment. All of the Council's other CCTV (at schools, libraries and leisure facilities) is made by Axis. The models are withheld under section 33(1)(b).")]
    public void Words_that_close_the_estate_answer_for_the_other_makers(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void A_register_still_to_be_published_is_not_the_whole_estate_given()
    {
        AnswerCoding coding = Code("The Council uses 143 Hikvision cameras. It does not use any Dahua equipment. The model numbers are exempt under section 22. "
            + "The review's report, which lists every camera and recorder by model and location, will be published on the Council's website in June.");

        Assert.Equal("no", coding.Dahua);
        Assert.Equal("unknown", coding.OtherChinese);
    }
}
