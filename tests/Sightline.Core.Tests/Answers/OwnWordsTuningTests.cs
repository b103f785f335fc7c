using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Rules added while tuning on the d2601–d2710 dev batch about what is the body's own word on its estate: a request's
/// title or date-stamped description is the request's words, a "Q1 and Q2" heading is a heading, CCTV run by the landlords is
/// someone else's, a denial for "this system" covers that system only, and "cannot say that none is Hikvision" is doubt, not a
/// denial. Sentences are written for this file (not taken from the corpus), with the cases each rule must leave alone.</summary>
public sealed class OwnWordsTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Fact]
    public void A_request_title_after_its_reference_in_a_breadcrumb_is_not_a_claim()
    {
        AnswerCoding coding = Code("We use cookies to make this site work. Accept cookies Reject cookies Skip to main content Search Bins and recycling Council tax Housing Parking Planning Your council Home > Transparency > Disclosure log > FOI 2023/7781 Cameras made by Hikvision and Dahua Date of response 3 May 2023\n\nThe Council's cameras are all Axis.");

        Assert.Equal("no", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void A_reference_before_the_bodys_own_sentence_does_not_hide_it()
    {
        AnswerCoding coding = Code("In answer to FOI 2023/7781 we use Hikvision and Dahua cameras at the depot.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("yes", coding.Dahua);
    }

    [Fact]
    public void A_request_described_by_its_date_is_the_request()
    {
        AnswerCoding coding = Code("I refer to a request of 2 June 2022 about CCTV made by Hikvision and Dahua. The Council considers this request vexatious under section 14(1) and will not answer it.");

        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("refused", coding.Outcome);
    }

    [Fact]
    public void A_heading_over_two_questions_is_read_apart_from_the_answer_under_it()
    {
        AnswerCoding coding = Code("Q1 and Q2 - Hikvision and Dahua equipment\nHikvision cameras are installed at the two stations. There are 18 of them.\nThe force has no Dahua equipment.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void Cctv_run_by_the_buildings_landlords_is_not_the_bodys_own()
    {
        AnswerCoding coding = Code("The Board does not own or operate any CCTV.\n\nThese systems belong to the landlords and their managing agents, who keep all records about them.\n\nUnder section 17(1) of FOISA this is notice that the Board does not hold the information you asked for.");

        Assert.Equal("not_held", coding.Outcome);
        Assert.Equal("unknown", coding.Hikvision);
    }

    [Fact]
    public void A_denial_for_this_system_beside_a_neither_confirm_nor_deny_leaves_the_makers_open()
    {
        AnswerCoding coding = Code("The force's building CCTV is Bosch. No Hikvision or Dahua cameras form part of this system.\n\nFor any other surveillance equipment, the force can neither confirm nor deny that it holds information, by virtue of section 24(2).");

        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
    }

    [Fact]
    public void Not_being_able_to_say_that_none_is_a_maker_is_not_a_denial()
    {
        AnswerCoding coding = Code("We found no Hikvision or Dahua labels on the equipment, although we cannot say for sure that no part of it is Hikvision or Dahua.");

        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
    }

    [Fact]
    public void A_plain_denial_of_both_makers_stands()
    {
        AnswerCoding coding = Code("The school's six cameras are Hanwha. We can say for certain that none of them is Hikvision or Dahua.");

        Assert.Equal("no", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }
}
