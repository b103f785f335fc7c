using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>The whole-estate, scope, outcome and kind rules added while tuning on the d1721–d1830 and d611–d700 dev batches,
/// each with sentences written for this file (not taken from the corpus) and the cases the rule must leave alone.</summary>
public sealed class MakerScopeTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    // A maker said of one part of the estate leaves the other makers open.
    [Theory]
    [InlineData("The district's public-space camera scheme is Hikvision throughout. None of the cameras can recognise faces.")]
    [InlineData("The custody suites at both stations use Hikvision cameras and recorders. None has any analytics.")]
    [InlineData("Our town centre cameras are Hikvision. None of them have facial recognition.")]
    [InlineData("The cameras and recorders at our three libraries are Hikvision. They do not record sound.")]
    [InlineData("The Riverside Leisure Centre has a Hikvision system of nine cameras. None have analytics.")]
    public void A_maker_said_of_one_part_of_the_estate_leaves_the_others_unknown(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.OtherChinese));
    }

    [Theory]
    [InlineData("Our CCTV is Hikvision. None of the cameras can recognise faces.")]
    [InlineData("We use Hikvision cameras.")]
    [InlineData("The cameras at both campuses are Hikvision. None of them have facial recognition.")]
    [InlineData("The cameras at our two surgeries are all Hikvision. None of them have facial recognition.")]
    [InlineData("Everything we have is Dahua apart from two Hikvision domes in the car park.")]
    public void A_statement_about_the_whole_estate_still_names_it(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.OtherChinese);
    }

    // "Yes, Hikvision. No Dahua.": the request's two makers answered one by one.
    [Theory]
    [InlineData("Yes, the Trust has Hikvision kit. We hold nothing made by Dahua.")]
    [InlineData("1. Yes – Dahua. The college has no Hikvision products.")]
    [InlineData("The practice owns 14 Hikvision cameras. It does not have any Dahua devices.")]
    [InlineData("Yes, our CCTV is Hikvision. We hold nothing made by Dahua.")]
    [InlineData("Our CCTV cameras are LTS branded, which our installer says are made by Hikvision. We have no Dahua.")]
    public void Answering_the_two_makers_one_by_one_says_nothing_of_the_others(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("unknown", coding.OtherChinese);
        Assert.NotEqual("unknown", coding.Hikvision);
        Assert.NotEqual("unknown", coding.Dahua);
    }

    [Theory]
    [InlineData("Yes, all our CCTV is Hikvision. We hold nothing made by Dahua.")]
    [InlineData("The practice owns 14 Hikvision cameras and nothing else. It does not have any Dahua devices.")]
    [InlineData("The practice owns 14 Hikvision cameras. It does not have any Dahua devices. Our other cameras are Bosch.")]
    [InlineData("All our CCTV cameras are LTS branded, which our installer says are made by Hikvision. We have no Dahua.")]
    public void One_by_one_answers_with_whole_estate_wording_still_name_the_estate(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.OtherChinese);
    }

    // What "all" and "no other" quantify.
    [Theory]
    [InlineData("The school has 9 Hikvision cameras. We do not have Dahua. All of the cameras are the same basic model with no analytics.")]
    [InlineData("We operate Hikvision equipment; a programme to replace it starts next year, but for now all of it is installed and working. Dahua is not used.")]
    [InlineData("We operate Hikvision cameras and no Dahua. No other camera on the estate is used for face recognition.")]
    public void All_or_no_other_said_of_features_or_state_does_not_name_the_estate(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("unknown", coding.OtherChinese);
    }

    [Fact]
    public void The_remaining_cameras_named_complete_the_estate_in_a_partial_answer()
    {
        AnswerCoding coding = Code("The Council has 20 Hikvision cameras at its depot. There is no Dahua. The remaining 40 cameras across our other buildings are all Mobotix. Model numbers are withheld under section 31(1)(a).");

        Assert.Equal(("partial", "yes", "no", "no"), (coding.Outcome, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    // A denial said of some sites only, while the makes elsewhere are not held.
    [Fact]
    public void A_denial_for_one_site_beside_makes_not_held_elsewhere_leaves_the_makers_unknown()
    {
        AnswerCoding coding = Code("There are no Hikvision or Dahua cameras at Harbour House, our head office. Our two district offices are in shared buildings whose CCTV belongs to the landlord, and we do not hold any information about the manufacturers of those systems.");

        Assert.Equal(("partial", "unknown", "unknown", "unknown"), (coding.Outcome, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_denial_for_the_whole_body_stands_beside_other_information_not_held()
    {
        AnswerCoding coding = Code("The Agency does not use any Hikvision or Dahua equipment. We do not hold a list of camera models.");

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void No_maker_recorded_beside_cameras_of_unknown_make_is_not_a_denial()
    {
        AnswerCoding coding = Code("The depot cameras are Hikvision. The make of the cameras at the two stores is not recorded. No Dahua equipment is recorded at any site.");

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.Dahua));
    }

    // Outcome and kind wording.
    [Theory]
    [InlineData("The Force is refusing to confirm or deny whether it holds the information, in terms of section 18 of the Act.")]
    [InlineData("We do not confirm or deny the technology used at our ports.")]
    public void Other_ways_of_saying_neither_confirm_nor_deny(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("ncnd", coding.Outcome);
    }

    [Theory]
    [InlineData("The parish council rents a room in the village hall, whose cameras belong to the hall trustees. The council does not own or hold any records about cameras, and therefore does not hold the information you requested.")]
    [InlineData("The building's cameras are run by the landlord's agent, and the Office has never been given, and does not hold, any records about them.")]
    public void Not_held_said_with_coordinated_verbs(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("answer", "not_held"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void A_reply_about_another_request_named_in_a_relative_clause_is_other()
    {
        AnswerCoding coding = Code("Thank you for your email of 3 May, in which you asked for the number of parking permits issued in 2022. We issued 1,204 permits, and the figures come from our permits database.");

        Assert.Equal(("other", "none"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void A_reply_that_answers_the_campaign_is_not_taken_for_another_request()
    {
        AnswerCoding coding = Code("You asked about face recognition in particular. We use 40 Hikvision cameras; none of them can recognise faces. We do not use Dahua.");

        Assert.Equal(("answer", "yes"), (coding.Kind, coding.Hikvision));
    }

    [Fact]
    public void A_heading_naming_the_request_and_the_response_opens_the_answer()
    {
        AnswerCoding coding = Code("Request and our response\nThe Trust has Hikvision cameras. It has no Dahua equipment.");

        Assert.Equal(("answer", "yes", "no"), (coding.Kind, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_quoted_request_cut_with_an_ellipsis_adds_no_capability()
    {
        AnswerCoding coding = Code("Request\nDo any of your cameras have facial recognition, ... ANPR, ... or audio?\nResponse\nThe information is already published and is exempt under section 21.");

        Assert.Empty(coding.CapabilitiesHas);
        Assert.Equal("refused", coding.Outcome);
    }

    [Fact]
    public void Welsh_negation_in_a_bilingual_reply_denies_the_makers()
    {
        AnswerCoding coding = Code("Nid oes gennym offer Hikvision na Dahua. The school's CCTV is made by Axis.");

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_reference_heading_naming_both_makers_is_a_title()
    {
        AnswerCoding coding = Code("Internal review – FOI 24-1102 (cameras made by Hikvision and Dahua)\n\nThe Council uses Hikvision cameras only. It does not use Dahua.");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Theory]
    [InlineData("Our CCTV is Hikvision, 8 cameras. We also had 2 Dahua cameras in the car park, but these stopped working and were taken down in 2022.")]
    [InlineData("Our CCTV is Hikvision, 8 cameras. There were 2 Dahua cameras in the car park, but they have since been dismantled.")]
    [InlineData("Our CCTV is Hikvision, 8 cameras. The Dahua cameras in the car park were taken down last year.")]
    public void Cameras_taken_down_or_dismantled_are_past_use(string text)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }
}
