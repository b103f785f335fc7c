using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Maker layouts added while tuning on the d2711–d2765 dev batch: a table column that answers the request's question
/// for each maker, and a maker's name on a line of its own over the text about it. Sentences are written for this file (not
/// taken from the corpus), with the cases each rule must leave alone.</summary>
public sealed class MakerLayoutTuningTests
{
    [Fact]
    public void An_answer_column_saying_no_denies_the_maker_of_its_row()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "The table below answers your first question.",
            "Make | Answer to Q1",
            "Make: Hikvision | Answer to Q1: Yes",
            "Make: Dahua | Answer to Q1: No");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void A_no_in_a_capability_column_is_about_the_capability()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "Our cameras are listed below.",
            "Make: Dahua | Model: IPC-HFW2431S-S-S2 | Face detection (Y/N): N");

        Assert.Equal("yes", coding.Dahua);
    }

    [Theory]
    [InlineData("Our answers follow.\n\nHikvision\nThe Council uses 12 Hikvision cameras at the depot.\nDahua\nNo Dahua equipment is recorded on the Council's asset register.\n")]
    [InlineData("Our answers follow.\n\nHikvision\nThe Council uses 12 Hikvision cameras at the depot.\n\nDahua:\n\nThe Council has no Dahua equipment.\n")]
    public void A_maker_named_on_its_own_line_over_a_denial_is_denied(string text)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void A_maker_named_on_its_own_line_as_the_answer_is_used()
    {
        AnswerCoding coding = CoderHarness.Code("Who made the cameras at the depot?\n\nDahua\n\nThe cameras were installed in 2019 and are maintained by our contractor.\n");

        Assert.Equal("yes", coding.Dahua);
    }
}
