using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>The rules added while tuning on the d2051–d2160 dev batch: a denial said of part of the estate does not answer for
/// a part whose make is withheld or not held, and a maker another body "may use" is not a claim; makes named as examples, ANPR run on the national
/// service without a make, and a pointer to a published register do not make a list of makes the whole estate, while "those are the only CCTV systems", "entirely Dahua" and "CCTV at
/// the Service's other premises is Bosch" do, even in an answer that withholds or lacks some details. Sentences are written for this
/// file (not taken from the corpus), with the cases each rule must leave alone.</summary>
public sealed class DenialScopeTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Theory]
    [InlineData("The force's building cameras are Axis. The force does not use Dahua equipment in its buildings. The make and number of its ANPR cameras are exempt under section 31(1)(a).")]
    [InlineData("Our fixed CCTV is 14 Bosch cameras. There are no Dahua cameras among the fixed cameras. We are withholding the make of the deployable fly-tipping cameras under regulation 12(5)(b) of the EIR.")]
    [InlineData("No Dahua equipment is installed on these four campuses. The residences are run by a private provider and the University holds no information on the makes of those cameras.")]
    [InlineData("None of these systems use Dahua cameras. For any other surveillance equipment, the Constabulary can neither confirm nor deny that it holds information, by virtue of section 24(2).")]
    [InlineData("The Council has no record of having bought any Dahua equipment. The makes of the cameras at the two community halls are not held by the Council.")]
    [InlineData("Both primaries use Hikvision. Neither primary has any Dahua equipment. The high school's CCTV belongs to the PFI provider, and at the moment we cannot say whether any of that equipment is made by Hikvision or Dahua.")]
    public void A_denial_for_part_of_the_estate_leaves_the_maker_open_when_another_part_is_withheld_or_not_held(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("unknown", coding.Dahua);
    }

    [Theory]
    [InlineData("The Council has 12 Hikvision cameras and no Dahua equipment in its buildings. The model numbers are exempt under section 31(1)(a).")]
    [InlineData("The force does not use Dahua equipment. The make of its ANPR cameras is exempt under section 31(1)(a).")]
    [InlineData("No Dahua equipment is installed on these four campuses, which hold all of the University's cameras.")]
    public void A_denial_stands_when_only_details_are_withheld_or_it_covers_everything(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.Dahua);
    }

    [Theory]
    [InlineData("The Council does not use any Hikvision or Dahua cameras. We understand the leisure trust may use Hikvision cameras; you may wish to ask it.")]
    [InlineData("We do not use Hikvision. The contractor thinks the old recorder in the annexe might well be Hikvision, but nobody can confirm it.")]
    public void A_maker_that_may_be_used_is_not_a_claim(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.NotEqual("yes", coding.Hikvision);
        Assert.DoesNotContain(coding.Evidence, e => e.Field == "hikvision" && e.Value == "yes");
    }

    [Fact]
    public void A_hedged_belief_is_still_a_claim()
    {
        AnswerCoding coding = Code("We believe the cameras at the depot are Hikvision.");

        Assert.Equal("yes", coding.Hikvision);
    }

    [Theory]
    [InlineData("The Council does not use Hikvision or Dahua. The cameras on our premises are a mix of makes, including Bosch and Vivotek.")]
    [InlineData("The Constabulary has no Hikvision or Dahua equipment. Its station CCTV is Avigilon. The Constabulary also operates ANPR cameras which form part of the National ANPR Service.")]
    [InlineData("The College uses Hikvision cameras. It does not use Dahua. The number and model of every camera on the estate is published on our website at www.example.ac.uk/cctv.")]
    public void A_list_that_is_not_the_whole_estate_leaves_other_makers_open(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("unknown", coding.OtherChinese);
    }

    [Theory]
    [InlineData("The Council does not use Hikvision or Dahua. All of our cameras are Bosch, including those at the depot.")]
    [InlineData("The Constabulary has no Hikvision or Dahua equipment. All of its cameras, including ANPR, are Avigilon.")]
    [InlineData("The College uses Hikvision cameras. It does not use Dahua. There is no other CCTV on the estate.")]
    public void A_whole_estate_list_still_answers_for_other_makers(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.OtherChinese);
    }

    [Theory]
    [InlineData("Yes. The car park cameras are Hikvision and the depot cameras are Dahua. The town centre system is Bosch. Those are the Council's only CCTV systems. Answering question 4 would exceed the cost limit under section 12.")]
    [InlineData("The College's CCTV is entirely Dahua. We do not hold a record of the model numbers.")]
    [InlineData("We believe the whole system is Hikvision: 12 cameras and a recorder. We do not know the model numbers.")]
    [InlineData("The Service uses Dahua cameras at three of its centres. CCTV at the Service's other premises is made by Bosch. The model numbers are withheld under section 43(2).")]
    public void Whole_estate_wording_names_the_estate_in_a_partial_answer(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("partial", "no"), (coding.Outcome, coding.OtherChinese));
    }

    [Fact]
    public void A_partial_answer_naming_one_part_leaves_other_makers_open()
    {
        AnswerCoding coding = Code("The Service uses Dahua cameras at three of its centres. The model numbers are withheld under section 43(2).");

        Assert.Equal(("partial", "unknown"), (coding.Outcome, coding.OtherChinese));
    }

    [Fact]
    public void A_review_that_withdraws_a_not_held_notice_and_discloses_everything_is_answered_without_the_notice()
    {
        AnswerCoding coding = Code("Outcome of review. You asked the Board to review its response, in which it said that it did not hold information about CCTV at its stores depot. "
            + "I have found that the contractor holds the records on the Board's behalf. The notice under section 17 is therefore withdrawn, and the information is provided below. "
            + "The CCTV at the stores depot is made by Dahua: 12 cameras. The Board's other CCTV is entirely Axis.");

        Assert.Equal(("answered", "yes", "no"), (coding.Outcome, coding.Dahua, coding.OtherChinese));
        Assert.Empty(coding.Exemptions);
    }

    [Fact]
    public void A_not_held_notice_that_stands_is_still_cited()
    {
        AnswerCoding coding = Code("The Board does not hold the information you asked for, as the CCTV at the depot is the landlord's. This letter is a notice under section 17 of the Freedom of Information (Scotland) Act 2002.");

        Assert.Contains("foisa:s17", coding.Exemptions);
    }

    [Fact]
    public void Refuse_and_fleet_vehicles_are_not_a_refusal()
    {
        AnswerCoding coding = Code("Before we can respond, we need some clarification. The Council has cameras in its buildings, on refuse and fleet vehicles and worn by wardens. Could you confirm which of these your request covers?");

        Assert.Equal(("clarification_request", "none"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void Cctv_run_by_the_company_that_manages_the_councils_housing_is_not_held()
    {
        AnswerCoding coding = Code("The Council does not hold the information you have requested. The Council's offices do not have CCTV. The only CCTV connected with the Council is at its housing blocks, "
            + "and that is installed and recorded by Brookside Homes Ltd, which manages the Council's housing stock and keeps all records of it.");

        Assert.Equal(("not_held", "unknown", "unknown"), (coding.Outcome, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_body_with_no_cctv_that_points_to_other_bodies_systems_has_answered()
    {
        AnswerCoding coding = Code("The Town Council does not own or operate any CCTV cameras or recorders. The town centre CCTV is owned and operated by the district council, and the market car park cameras belong to the shopping centre. Neither system is run on the Town Council's behalf.");

        Assert.Equal(("answered", "no", "no"), (coding.Outcome, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_workbooks_title_and_header_row_do_not_claim_the_makers_they_name()
    {
        AnswerCoding coding = CoderHarness.CodeTable("Response to your request.",
            "Harbour Police - FOI HP/2024/19 - Hikvision and Dahua equipment",
            "Only Hikvision and Dahua equipment is shown, as requested.",
            "Location | Hikvision cameras | Dahua devices",
            "Location: Police HQ | Hikvision cameras: 14 | Dahua devices: 0",
            "Location: Marina | Hikvision cameras: 6 | Dahua devices: 0");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_data_row_without_numbers_still_claims_its_maker()
    {
        AnswerCoding coding = CoderHarness.CodeTable("Our CCTV equipment:",
            "Site | Make | Type",
            "Site: Depot | Make: Dahua | Type: Dome camera");

        Assert.Equal("yes", coding.Dahua);
    }

    [Fact]
    public void A_denial_for_some_sites_in_a_question_and_answer_table_leaves_the_maker_open_when_other_makes_are_unknown()
    {
        AnswerCoding coding = CoderHarness.CodeTable("Our response is in the table below.",
            "Question: 1. Do you use Hikvision or Dahua? | Response: Yes, Hikvision. The CCTV at both hospitals is Hikvision. We have not identified any Dahua equipment at either hospital.",
            "Question: 2. Other sites? | Response: The clinics are run by the landlord, and we have been unable to confirm the manufacturer of their cameras.");

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void An_example_of_the_information_does_not_make_a_citation_hypothetical()
    {
        AnswerCoding coding = Code("The cost of complying would exceed the appropriate limit, so we refuse the request under section 12. To the extent that any of the information (for example about cameras at recycling sites) is environmental information, the Council refuses it under regulation 12(4)(b) of the Environmental Information Regulations 2004.");

        Assert.Equal(["eir:r12", "foia:s12"], coding.Exemptions);
    }

    [Fact]
    public void An_exemption_given_as_an_example_is_still_not_relied_on()
    {
        AnswerCoding coding = Code("The Council does not use Hikvision or Dahua cameras. Exemptions such as section 31 can apply to camera locations, but we have not needed them here.");

        Assert.Empty(coding.Exemptions);
    }

    [Fact]
    public void Cameras_in_a_building_run_by_a_housing_association_landlord_are_not_held()
    {
        AnswerCoding coding = Code("The Town Council does not own or operate any CCTV cameras or recorders. Our office is in the Town Hall, which is owned and managed by Afon Housing Association. "
            + "There are cameras in the building, but they belong to the Association, which keeps any records for its own purposes. The Town Council therefore does not hold any recorded information about their manufacturer.");

        Assert.Equal(("not_held", "unknown"), (coding.Outcome, coding.Hikvision));
    }

    [Fact]
    public void A_denial_for_the_regional_offices_beside_withheld_cctv_at_headquarters_leaves_the_makers_open()
    {
        AnswerCoding coding = CoderHarness.Code("There is no Hikvision or Dahua equipment at any of the three district offices. The cameras there are Bosch.\n\nInformation about the CCTV and other security systems at the Council House is withheld under section 24(1) and section 31(1)(a).");

        Assert.Equal(("unknown", "unknown", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
        Assert.Equal("partial", coding.Outcome);
    }

    [Fact]
    public void Withheld_camera_locations_do_not_reopen_a_denial()
    {
        AnswerCoding coding = CoderHarness.Code("There is no Hikvision or Dahua equipment at any of the three district offices. The cameras there are Bosch. Information about the locations of the cameras is withheld under section 31(1)(a).");

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_denial_in_its_own_sentence_of_a_table_answer_is_not_scoped_by_the_sentence_before()
    {
        AnswerCoding coding = CoderHarness.CodeTable("Our response is in the table below.",
            "Question: 1. Hikvision or Dahua? | Response: The Council uses Hikvision cameras at the Town Hall and the Mill Lane depot. The Council does not use Dahua.",
            "Question: 3. Which models? | Response: The make and model of every camera are published in our CCTV register, so that information is exempt under section 21.");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }
}
