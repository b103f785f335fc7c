using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Capability wordings added while tuning on the d2601–d2710 dev batch: analytics that tell people from vehicles or
/// watch a restricted area, cameras that read registration plates, a microphone input, and "never enable" (and, from d2711–d2765,
/// "tell the difference between people/vehicles" and a team that "uses these"). Sentences are
/// written for this file (not taken from the corpus), with the cases each rule must leave alone.</summary>
public sealed class CapabilityWordingTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Theory]
    [InlineData("The Bosch cameras classify people and vehicles and raise an alert when someone enters a restricted area at night.")]
    [InlineData("The doorbell cameras can tell a person from a car, which we do use on the car park gate.")]
    [InlineData("The yard cameras send an alert to the caretaker when they detect a person after 8pm.")]
    public void Telling_people_from_vehicles_or_watching_a_zone_is_object_detection_in_use(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Contains("object_detection", coding.CapabilitiesHas);
        Assert.Contains("object_detection", coding.CapabilitiesInUse);
    }

    [Fact]
    public void Detecting_a_person_lying_still_is_not_object_detection()
    {
        AnswerCoding coding = Code("The ward cameras have behaviour analysis that detects a person lying still; this is in use.");

        Assert.DoesNotContain("object_detection", coding.CapabilitiesHas);
        Assert.Contains("behavioural", coding.CapabilitiesInUse);
    }

    [Fact]
    public void Reading_registration_plates_is_anpr()
    {
        AnswerCoding coding = Code("The cameras at the two tips read vehicle registration plates to check trade permits. This is in use.");

        Assert.Contains("anpr", coding.CapabilitiesHas);
        Assert.Contains("anpr", coding.CapabilitiesInUse);
    }

    [Theory]
    [InlineData("The dome cameras have mic inputs but nothing is plugged into them.")]
    [InlineData("The cameras do have built-in mics but we never enable audio on our sites.")]
    public void A_microphone_that_is_not_used_is_audio_capable_only(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Contains("audio", coding.CapabilitiesHas);
        Assert.DoesNotContain("audio", coding.CapabilitiesInUse);
    }

    [Fact]
    public void Never_having_used_a_function_is_not_having_it()
    {
        AnswerCoding coding = Code("The cameras just record; we have never used facial recognition or anything else on your list.");

        Assert.DoesNotContain("face_recognition", coding.CapabilitiesHas);
    }

    [Theory]
    [InlineData("object_detection", "The PTZ cameras at the bus station have tripwire and intrusion detection, which the control room operators use.")]
    [InlineData("people_counting", "The library cameras support people counting, and the branch managers use it for their weekly reports.")]
    [InlineData("object_detection", "The yard cameras have a human detection setting and we use this so that recordings are only made when someone is there.")]
    public void A_later_clause_saying_who_uses_it_puts_a_capability_in_use(string capability, string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Contains(capability, coding.CapabilitiesInUse);
    }

    [Theory]
    [InlineData("The cameras support face recognition, which we do not use.")]
    [InlineData("The cameras support face recognition, and we use other cameras for the car park.")]
    public void A_later_clause_that_does_not_use_it_leaves_it_capable_only(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.DoesNotContain("face_recognition", coding.CapabilitiesInUse);
    }

    [Fact]
    public void Telling_the_difference_between_people_and_vehicles_is_object_detection()
    {
        AnswerCoding coding = Code("The depot cameras can tell the difference between people/vehicles and other movement. This is used overnight.");

        Assert.Contains("object_detection", coding.CapabilitiesHas);
        Assert.Contains("object_detection", coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_team_that_uses_the_output_puts_it_in_use()
    {
        AnswerCoding coding = Code("Two cameras in the library produce heat maps of the study areas; the Estates team uses these for space planning.");

        Assert.Contains("heat_mapping", coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_team_that_uses_other_cameras_does_not()
    {
        AnswerCoding coding = Code("Two cameras in the library can produce heat maps of the study areas; the Estates team uses other cameras for space planning.");

        Assert.Contains("heat_mapping", coding.CapabilitiesHas);
        Assert.DoesNotContain("heat_mapping", coding.CapabilitiesInUse);
    }
}
