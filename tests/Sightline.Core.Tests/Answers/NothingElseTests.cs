using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>"… and no other CCTV" after a maker's devices says the list is complete; its "no" does not deny the maker named.</summary>
public sealed class NothingElseTests
{
    [Theory]
    [InlineData("The school has 9 Dahua cameras and no other CCTV.", "dahua")]
    [InlineData("We have 12 Hikvision cameras and no other cameras.", "hikvision")]
    [InlineData("The depot is covered by four Hikvision cameras with no other equipment on site.", "hikvision")]
    [InlineData("Our system is a Dahua recorder and six Dahua domes, and nothing else.", "dahua")]
    public void A_maker_listed_before_no_other_equipment_is_used(string text, string maker)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal("yes", maker == "hikvision" ? coding.Hikvision : coding.Dahua);
        Assert.Equal("no", coding.OtherChinese);
    }

    [Theory]
    [InlineData("We do not have any Hikvision cameras and no other CCTV either.")]
    [InlineData("The council has no Hikvision equipment and no other Chinese-made cameras.")]
    public void A_denial_before_the_list_still_denies(string text)
    {
        AnswerCoding coding = CoderHarness.Code(text);

        Assert.Equal("no", coding.Hikvision);
    }
}
