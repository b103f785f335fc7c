using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>The confidence is what sends a reply to a person first: a reading that leaves a maker open beside named makes is the
/// call readers most often make differently, so it stays under <see cref="CodingScore.ConfidentFrom"/>.</summary>
public sealed class ConfidenceTests
{
    [Theory]
    [InlineData("We have 12 Hikvision cameras at the depot. We do not have any Dahua equipment.")]
    [InlineData("The Trust has Dahua recorders at two hospitals. We have not been able to confirm who made the cameras.")]
    public void Makes_named_without_the_whole_estate_are_left_to_a_person(string text)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal("unknown", coding.OtherChinese);
        Assert.True(coding.Confidence < CodingScore.ConfidentFrom, $"confidence {coding.Confidence}");
    }

    [Theory]
    [InlineData("All 20 of the Council's cameras are Hikvision, and there is no other CCTV.")]
    [InlineData("We do not use Hikvision or Dahua. Every camera the Trust operates is made by Bosch.")]
    public void A_whole_estate_answer_is_confident(string text)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal("no", coding.OtherChinese);
        Assert.True(coding.Confidence >= CodingScore.ConfidentFrom, $"confidence {coding.Confidence}");
    }
}
