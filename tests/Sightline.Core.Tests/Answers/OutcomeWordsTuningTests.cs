using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Outcome and exemption wordings added while tuning on the d2711–d2765 dev batch: "does not hold any of this
/// information", a review that finds one of the first response's exemptions does not apply, and an answer to another request
/// that says the CCTV request is being dealt with separately. Sentences are written for
/// this file (not taken from the corpus), with the cases each rule must leave alone.</summary>
public sealed class OutcomeWordsTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Fact]
    public void Holding_none_of_this_information_is_not_held()
    {
        AnswerCoding coding = Code("Thank you for your email about CCTV.\n\nThe cameras were put in by the Education Authority, which keeps all the records about them. The school does not hold any of this information.\n");

        Assert.Equal(("answer", "not_held"), (coding.Kind, coding.Outcome));
    }

    private const string Review = "I have now carried out the internal review you asked for. In its response of 9 March 2023 the College withheld all of the information under section 33(1)(b) and section 35(1)(a) of FOISA.\n\n";

    [Fact]
    public void An_exemption_the_review_finds_does_not_apply_is_not_relied_on()
    {
        AnswerCoding coding = Code(Review + "I have concluded that section 35(1)(a) does not apply to any of the information, and that section 33(1)(b) does not apply to the manufacturers. The College uses 60 Dahua cameras. However, the model numbers remain exempt under section 33(1)(b) of FOISA.\n");

        Assert.Equal(["foisa:s33"], coding.Exemptions);
    }

    [Fact]
    public void An_exemption_the_review_upholds_is_still_relied_on()
    {
        AnswerCoding coding = Code(Review + "I have concluded that the College was right to withhold the information, and I uphold its decision under section 33(1)(b) and section 35(1)(a).\n");

        Assert.Equal(["foisa:s33", "foisa:s35"], coding.Exemptions);
    }

    [Fact]
    public void An_answer_to_another_request_that_points_to_the_cctv_one_is_other()
    {
        AnswerCoding coding = Code("Subject: FOI 23/0719 - Allotments - response\n\nThank you for your request for information received on 28 February 2023.\n\n1. There are 412 people on the allotment waiting list.\n2. The Council manages 638 plots.\n\nYour other request, about CCTV equipment, is being dealt with separately and you will receive a response by 14 March.\n");

        Assert.Equal(("other", "none"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void A_cctv_acknowledgement_that_points_to_another_request_is_still_an_acknowledgement()
    {
        AnswerCoding coding = Code("Thank you for your request for information about CCTV cameras made by Hikvision or Dahua, received on 28 February 2023. We will respond within 20 working days.\n\nYour other request, about allotments, is being dealt with separately.\n");

        Assert.Equal(("acknowledgement", "none"), (coding.Kind, coding.Outcome));
    }
}
