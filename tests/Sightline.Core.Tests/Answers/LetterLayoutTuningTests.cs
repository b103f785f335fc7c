using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>The rules added while tuning on the d2601–d2710 dev batch: how a letter's layout is read when its paragraphs come one
/// to a line (as a Word document's do), how a review letter says it is one, and what a request's title on a disclosure-log page
/// is. Sentences are written for this file (not taken from the corpus), with the cases each rule must leave alone.</summary>
public sealed class LetterLayoutTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    // A Word review letter: one paragraph to a line, no blank lines under the request's heading, headings between the sections.
    private const string ReviewLetter = """
        Dear Ms Ellery,
        Thank you for your letter of 9 April.

        Your request
        On 3 March you asked whether the Council uses CCTV cameras made by Hikvision or Dahua, and how many.
        The first response
        The Council's reply of 28 March refused the request under section 31(1)(a).
        What I found
        I do not agree that the number or make of the cameras engages section 31(1)(a).
        Information now released
        Question 1: Yes. The Council uses Hikvision cameras at its depots. It does not use Dahua equipment.
        Question 2: There are 46 Hikvision cameras.
        """;

    [Fact]
    public void A_heading_line_after_a_finished_sentence_ends_the_restated_request()
    {
        AnswerCoding coding = Code(ReviewLetter);

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
        Assert.Equal(46, coding.HikvisionCount);
    }

    [Fact]
    public void The_restated_request_under_its_heading_is_still_the_request()
    {
        AnswerCoding coding = Code("""
            Dear Mr Tallis,
            Your request
            You asked whether the Trust uses CCTV cameras manufactured by Hikvision and Dahua.
            The Trust does not hold this information, as its CCTV is provided by the landlord.
            """);

        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
        Assert.Equal("not_held", coding.Outcome);
    }

    [Theory]
    [InlineData("I have now completed the internal review you asked for on 2 May.\n\nThe Council uses Hikvision cameras at the depot.")]
    [InlineData("I have completed the review which you requested on 2 May.\n\nThe Council uses Hikvision cameras at the depot.")]
    public void The_review_asked_for_is_not_the_request_restated(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("review_outcome", coding.Kind);
        Assert.Equal("yes", coding.Hikvision);
    }

    [Fact]
    public void The_information_asked_for_is_still_the_request_restated()
    {
        AnswerCoding coding = Code("You asked for information about cameras made by Hikvision and Dahua.\n\nThe Council does not hold this information.");

        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("not_held", coding.Outcome);
    }

    [Fact]
    public void A_heading_over_the_rights_paragraph_does_not_make_an_answer_a_review()
    {
        AnswerCoding coding = Code("""
            The Council uses 12 Hikvision cameras at the leisure centre.
            Internal review
            If you are unhappy with this response you can ask for an internal review within 40 working days.
            """);

        Assert.Equal("answer", coding.Kind);
        Assert.Equal("yes", coding.Hikvision);
    }

    [Fact]
    public void A_review_letter_titled_as_one_is_still_a_review()
    {
        AnswerCoding coding = Code("""
            Internal review
            Having looked again at your request, I have decided to release the information. The Council uses 12 Hikvision cameras.
            """);

        Assert.Equal("review_outcome", coding.Kind);
    }

    [Fact]
    public void A_scans_blank_line_inside_a_sentence_does_not_cut_off_its_negation()
    {
        AnswerCoding coding = Code("The cameras at the back gate alert the caretaker if someone crosses a line by the fence. The cameras do not record sound and do not\n\nhave facial recognition or the other functions on your list.");

        Assert.DoesNotContain("face_recognition", coding.CapabilitiesHas);
        Assert.Contains("object_detection", coding.CapabilitiesHas);
    }

    [Fact]
    public void A_blank_line_before_a_new_sentence_still_ends_the_one_before()
    {
        AnswerCoding coding = Code("The Council's cameras at the depot are Hikvision and there is no\n\nDahua equipment at the depot. Other sites use Axis cameras.");

        Assert.Equal("yes", coding.Hikvision);
    }
}
