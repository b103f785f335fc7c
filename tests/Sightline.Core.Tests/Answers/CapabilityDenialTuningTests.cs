using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Capability wordings added while tuning on the d2711–d2765 dev batch: cameras "not used for" a list of analytics, a
/// list after "no" whatever its verb, a denial whose subject has an aside between dashes, and PTZ cameras that track automatically. Sentences are written for this file (not taken from the corpus), with the
/// cases each rule must leave alone.</summary>
public sealed class CapabilityDenialTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Theory]
    [InlineData("The Council has 40 Bosch cameras. The cameras are not used for facial recognition, thermal imaging, age or gender estimation or heat mapping.")]
    [InlineData("The Trust has 12 Axis cameras. Our cameras are never used for face detection or behaviour analysis.")]
    public void Cameras_not_used_for_a_list_of_analytics_have_none_of_them(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Empty(coding.CapabilitiesHas);
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_capability_said_to_be_unused_is_still_had()
    {
        AnswerCoding coding = Code("The Council has 40 Bosch cameras. They are capable of face detection, which is not used.");

        Assert.Contains("face_detection", coding.CapabilitiesHas);
        Assert.DoesNotContain("face_detection", coding.CapabilitiesInUse);
    }

    [Fact]
    public void The_denied_purpose_ends_where_the_list_does()
    {
        AnswerCoding coding = Code("The Council has 40 Bosch cameras. They are not used for facial recognition but have people counting, which is used in the library.");

        Assert.DoesNotContain("face_recognition", coding.CapabilitiesHas);
        Assert.Contains("people_counting", coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_denial_reaches_past_an_aside_between_dashes()
    {
        AnswerCoding coding = Code("The College has 30 cameras. None of the College's cameras – Axis or Bosch – are used for facial recognition, mask detection or audio recording.");

        Assert.Empty(coding.CapabilitiesHas);
    }

    [Fact]
    public void An_aside_between_dashes_that_gives_a_state_is_kept()
    {
        AnswerCoding coding = Code("The College has 30 Axis cameras. Face detection – not enabled – and ANPR – in use at the main gate – are the analytics we have.");

        Assert.Contains("face_detection", coding.CapabilitiesHas);
        Assert.DoesNotContain("face_detection", coding.CapabilitiesInUse);
        Assert.Contains("anpr", coding.CapabilitiesHas);
    }

    [Fact]
    public void A_list_after_no_is_denied_whatever_its_verb()
    {
        AnswerCoding coding = Code("The halls have 20 Axis cameras. They are not used for any analytics and the contractor confirms that no facial recognition, detection or other analytic functions are enabled.");

        Assert.Empty(coding.CapabilitiesHas);
    }

    [Fact]
    public void A_capability_named_after_a_denied_one_keeps_its_own_state()
    {
        AnswerCoding coding = Code("The halls have 20 Axis cameras. There is no facial recognition; people counting is not enabled.");

        Assert.DoesNotContain("face_recognition", coding.CapabilitiesHas);
        Assert.Contains("people_counting", coding.CapabilitiesHas);
        Assert.DoesNotContain("people_counting", coding.CapabilitiesInUse);
    }

    [Fact]
    public void Ptz_cameras_that_track_automatically_are_object_detection()
    {
        AnswerCoding coding = Code("The Council has 40 Bosch cameras. The PTZ cameras are capable of automatically tracking a moving person or vehicle, but this function is not enabled.");

        Assert.Contains("object_detection", coding.CapabilitiesHas);
        Assert.DoesNotContain("object_detection", coding.CapabilitiesInUse);
    }

    [Fact]
    public void Operators_following_a_vehicle_by_hand_is_not_object_detection()
    {
        AnswerCoding coding = Code("The Council has 40 Bosch cameras. Operators in the control room track a moving vehicle by hand with the PTZ cameras.");

        Assert.DoesNotContain("object_detection", coding.CapabilitiesHas);
    }
}
