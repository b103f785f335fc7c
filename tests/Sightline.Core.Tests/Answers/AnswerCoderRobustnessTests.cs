using FsCheck;
using FsCheck.Fluent;
using Sightline.Core.Answers;
using Sightline.Core.Devices;

namespace Sightline.Core.Tests.Answers;

/// <summary>The coder must never throw on any text: words officers use, brand names, model numbers, punctuation and junk
/// in any order (a crash would stop a whole batch of replies).</summary>
public sealed class AnswerCoderRobustnessTests
{
    private static readonly AnswerCoder Coder = new(new DeviceTextScanner(DeviceKnowledgeBase.Default));

    private static readonly string[] Words =
    [
        "We", "do", "not", "hold", "have", "any", "the", "Hikvision", "Dahua", "HiLook", "Honeywell", "Axis", "cameras", "recorders", "model",
        "numbers", "a", "record", "of", "section", "31(1)(a)", "s.24", "FOISA", "neither", "confirm", "nor", "deny", "refuse", "withheld",
        "exceed", "appropriate", "limit", "£450", "internal", "review", "upheld", "not", "capable", "facial", "recognition", "ANPR", "in use",
        "disabled", "if", "may", "Subject:", "Q1", "-", "–", ":", ";", ".", "?", "\n", "\n\n", ">", "|", "Make: Hikvision", "Quantity: 12",
        "DS-2CD2347G2-LU", "IPC-HFW5442E-ZE", "F-2022-02771", "42", "two", "all", "only", "no other", "replaced", "with", "until", "2021",
        "we believe", "unable to confirm", "the manufacturer", "(", ")", "\"", "’", "nothing", "from", "These are used", "People counting - capable - in use",
        "x", "4 x", "PTZ", "7000x",
    ];

    public static Arbitrary<string> ReplyText() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(Words), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
            .Select(parts => string.Join(' ', parts))
            .ToArbitrary();

    [FsCheck.Xunit.Property(Arbitrary = [typeof(AnswerCoderRobustnessTests)], MaxTest = 400)]
    public bool Coding_any_text_returns_codes_from_the_codebook(string text)
    {
        AnswerCoding coding = Coder.Code(Reply.FromText("reply.txt", text));

        return ReplyCodes.Kinds.Contains(coding.Kind) && ReplyCodes.Outcomes.Contains(coding.Outcome)
            && ReplyCodes.MakerValues.Contains(coding.Hikvision) && ReplyCodes.MakerValues.Contains(coding.Dahua)
            && coding.CapabilitiesInUse.All(coding.CapabilitiesHas.Contains)
            && coding.Evidence.All(e => e.Start >= 0 && e.End >= e.Start && e.End <= text.Length)
            && !coding.Evidence.Any(e => e.Quote.StartsWith("not coded automatically", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The depot has 2 x Bosch FLEXIDOME IP 3000i cameras and one 7000x zoom PTZ cameras.")]
    [InlineData("Sheltered housing: 9 schemes x 4 cameras = 36 cameras, recording to one NVR each.")]
    public void Device_counts_written_with_x_are_read_not_timed_out(string text)
    {
        AnswerCoding coding = Coder.Code(Reply.FromText("reply.txt", text));

        // An optional "x" before a lazy run of words hung the compiled regex engines until the time-out, and the reply fell
        // back to "other" for a person to read.
        Assert.Equal("answer", coding.Kind);
        Assert.DoesNotContain(coding.Evidence, e => e.Quote.StartsWith("not coded automatically", StringComparison.Ordinal));
    }
}
