using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Kind wordings added while tuning on the d2601–d2710 dev batch: "refuse" as rubbish in any vehicle's name is not a
/// refusal, and a closed school's promise to reply "after the academy reopens" is its automatic reply, not a receipt. Sentences
/// are written for this file (not taken from the corpus), with the cases each rule must leave alone.</summary>
public sealed class KindWordsTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Fact]
    public void Refuse_as_rubbish_in_a_clarification_request_is_not_a_refusal()
    {
        AnswerCoding coding = Code("Before we answer, please clarify which cameras you mean. We have:\n\n- fixed CCTV at the civic centre;\n- cameras on refuse and street-cleansing lorries;\n- body-worn cameras.\n\nCould you please confirm which of these your request covers?");

        Assert.Equal("clarification_request", coding.Kind);
        Assert.Equal("none", coding.Outcome);
    }

    [Fact]
    public void Refusing_a_request_is_still_a_refusal()
    {
        AnswerCoding coding = Code("The Council is refusing your request about Hikvision and Dahua cameras on refuse lorries under section 31(1)(a), as disclosure would harm the prevention of crime.");

        Assert.Equal("refused", coding.Outcome);
    }

    [Fact]
    public void A_promise_to_reply_after_the_school_reopens_is_an_automatic_reply()
    {
        AnswerCoding coding = Code("Thank you for your email about your freedom of information request. The school is closed for the summer holidays and this mailbox is not monitored. We will reply as soon as we can after the school reopens on 4 September.");

        Assert.Equal("auto_reply", coding.Kind);
    }

    [Fact]
    public void A_receipt_with_a_reply_date_is_still_an_acknowledgement()
    {
        AnswerCoding coding = Code("Thank you for your request for information about CCTV, which we received on 2 May. We will respond within 20 working days.");

        Assert.Equal("acknowledgement", coding.Kind);
    }
}
