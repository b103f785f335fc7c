using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Words that name a maker without saying the body uses it: the request's own words, past equipment, other bodies'
/// use, pointers to a list, a sheet's name. None of them may give a "yes"; the sentences around them still decide.</summary>
public sealed class NotAClaimTests
{
    [Theory]
    [InlineData("Published response 2291: camera equipment supplied by Hikvision or Dahua\n\nThe Trust's cameras are all Axis.")]
    [InlineData("Disclosure 88 - CCTV made by Dahua or Hikvision\n\nEvery camera on our estate is made by Bosch.")]
    public void Makers_named_as_alternatives_are_the_requests_words(string text)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal("no", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void Other_makes_named_as_alternatives_still_describe_the_estate()
    {
        AnswerCoding coding = CoderHarness.Code("We have never bought Hikvision or Dahua. Cameras at every depot are now Hanwha or Axis.");

        Assert.Equal("no", coding.OtherChinese);
    }

    [Theory]
    [InlineData("Your message asks about \"camera equipment from Hikvision and Dahua\". We will reply within 20 working days.")]
    [InlineData("Your request (\u201CHikvision and Dahua cameras\u201D) has been passed to the team that holds the information.")]
    [InlineData("You recently made a request to the Council (reference FOI-2023-0411, \"CCTV - Hikvision and Dahua\"). Please tell us how we did by completing a short survey.")]
    [InlineData("Further to your request ref. 23/118 \"Dahua and Hikvision equipment\", the Council's cameras are all Axis.")]
    public void Makers_inside_the_quoted_request_are_not_the_bodys(string text)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.NotEqual("yes", coding.Hikvision);
        Assert.NotEqual("yes", coding.Dahua);
    }

    [Fact]
    public void A_quote_that_is_not_the_request_still_counts()
    {
        AnswerCoding coding = CoderHarness.Code("Our maintenance log says \"replaced lens on Hikvision dome\" for the depot camera, which is still in use.");

        Assert.Equal("yes", coding.Hikvision);
    }

    [Theory]
    [InlineData("We did have two Hikvision cameras at the old library, but the building was sold in 2022. We have no Dahua.", "hikvision")]
    [InlineData("The museum had a Dahua recorder, but it was sold with the site. We do not use Hikvision.", "dahua")]
    public void Equipment_the_body_once_had_is_past_use(string text, string maker)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal("no", maker == "hikvision" ? coding.Hikvision : coding.Dahua);
    }

    [Fact]
    public void Other_bodies_published_use_is_not_the_bodys()
    {
        AnswerCoding coding = CoderHarness.Code("Several councils have published that they use Hikvision. This Council's cameras are all Bosch.");

        Assert.Equal("no", coding.Hikvision);
    }

    [Fact]
    public void A_row_out_of_service_is_past_use()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "Our asset register:",
            "Site: Depot | Make: Dahua | Qty: 4 | In service: No - replaced 2023",
            "Site: Hall | Make: Axis | Qty: 6 | In service: Yes");

        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void A_maker_with_a_stated_zero_is_no()
    {
        AnswerCoding coding = CoderHarness.Code("Hikvision devices: 14. Dahua devices: 0.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void A_pointer_to_the_list_leaves_each_maker_to_the_list()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "The Hikvision and Dahua equipment is listed below.",
            "Campus: North | Manufacturer: Hikvision | Model: DS-2CD2143G2-I | Quantity: 12",
            "Campus: South | Manufacturer: Hikvision | Model: DS-7608NI-K2 | Quantity: 1");

        Assert.Equal("yes", coding.Hikvision);
        Assert.NotEqual("yes", coding.Dahua);
    }

    [Fact]
    public void A_question_line_ending_on_or_runs_on_to_the_next_line()
    {
        AnswerCoding coding = CoderHarness.Code(
            "Q1. Does the College use cameras or recorders manufactured by Hikvision or\nDahua?\nYes. Hikvision cameras are used at the sports hall. We do not use Dahua.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void A_sheet_name_is_not_a_claim()
    {
        AnswerCoding coding = CoderHarness.Code("Sheet: Notes on Dahua\nThe Board's cameras are Avigilon throughout.");

        Assert.NotEqual("yes", coding.Dahua);
    }

    [Fact]
    public void HiLook_recorder_models_are_Hikvision_not_another_Chinese_maker()
    {
        AnswerCoding coding = CoderHarness.Code("The leisure centre has HiLook cameras (IPC-T250H) and a HiLook recorder, model NVR-216MH-C/16P.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.NotEqual("yes", coding.OtherChinese);
    }

    [Theory]
    [InlineData("All of the Academy's cameras are Hikvision, 20 in total.\n\nBrightview Security Ltd | Authorised Hikvision and Dahua installer | NSI Gold")]
    [InlineData("All of the Academy's cameras are Hikvision, 20 in total. Keystone Fire & Security, an approved Dahua and Hikvision installer, maintains them.")]
    public void An_installers_trade_credential_is_not_the_bodys_equipment(string text)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void Equipment_fitted_by_an_accredited_installer_is_still_the_bodys()
    {
        AnswerCoding coding = CoderHarness.Code("Our 12 Dahua cameras were installed by Acme Ltd, an approved Dahua installer.");

        Assert.Equal("yes", coding.Dahua);
    }
}
