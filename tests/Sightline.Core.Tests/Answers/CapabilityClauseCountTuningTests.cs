using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Which words of a sentence speak of which capability (comma-joined clauses, brackets after an item, exceptions to a
/// denial, "can do", alarms named after a function), list labels, "Not supported" table rows, and counts.</summary>
public sealed class CapabilityClauseCountTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    private static AnswerCoding CodeTable(string lead, params string[] rows) => CoderHarness.CodeTable(lead, rows);

    private static string[] Has(AnswerCoding coding) => [.. coding.CapabilitiesHas.Order(StringComparer.Ordinal)];

    private static string[] InUse(AnswerCoding coding) => [.. coding.CapabilitiesInUse.Order(StringComparer.Ordinal)];

    [Fact]
    public void Comma_joined_capabilities_with_their_own_verbs_keep_their_own_state()
    {
        AnswerCoding coding = Code("All twenty cameras at the depot are Hikvision. The domes offer a loudspeaker which nobody has switched on, and vehicle detection which is enabled at the gate overnight.");

        Assert.Equal(["audio", "object_detection"], Has(coding));
        Assert.Equal(["object_detection"], InUse(coding));
    }

    [Fact]
    public void A_comma_splice_of_two_capability_clauses_is_read_as_two()
    {
        AnswerCoding coding = Code("Our cameras are all Bosch. Heat-mapping is not switched on, footfall counting is used in the atrium.");

        Assert.Equal(["heat_mapping", "people_counting"], Has(coding));
        Assert.Equal(["people_counting"], InUse(coding));
    }

    [Fact]
    public void A_shared_verb_at_the_end_of_a_list_still_covers_every_item()
    {
        AnswerCoding coding = Code("The cameras are Axis. No face recognition, thermal imaging, number plate reading or sound recording is used anywhere.");

        Assert.Empty(Has(coding));
    }

    [Fact]
    public void A_denial_followed_by_a_new_clause_led_by_and_does_not_deny_the_second_capability()
    {
        AnswerCoding coding = Code("The cameras are Hanwha. None of the cameras at the stations can do face matching, and audio is captured in the custody block, where it is in use.");

        Assert.Equal(["audio"], Has(coding));
        Assert.Equal(["audio"], InUse(coding));
    }

    [Fact]
    public void Brackets_after_each_item_give_that_items_state()
    {
        AnswerCoding coding = Code("All cameras are Dahua. The bullets can do face capture (switched off) and tripwire (on at the compound).");

        Assert.Equal(["face_detection", "object_detection"], Has(coding));
        Assert.Equal(["object_detection"], InUse(coding));
    }

    [Fact]
    public void A_bracketed_maker_after_an_item_says_nothing_about_its_state()
    {
        AnswerCoding coding = Code("Number plate recognition (Axis) is used at the barrier.");

        Assert.Equal(["anpr"], InUse(coding));
    }

    [Fact]
    public void An_exception_to_a_denial_is_not_denied()
    {
        AnswerCoding coding = Code("Our cameras are Vivotek. None of the cameras have the analytics listed apart from the two at the loading bay, which read vehicle registrations by number plate recognition for deliveries.");

        Assert.Equal(["anpr"], Has(coding));
        Assert.Equal(["anpr"], InUse(coding));
    }

    [Fact]
    public void Can_do_and_a_function_named_alerts_are_not_use()
    {
        AnswerCoding coding = Code("The cameras are Uniview. Several models can do loitering and \"line crossing\" alerts, but we have never enabled them.");

        Assert.Equal(["behavioural", "object_detection"], Has(coding));
        Assert.Empty(InUse(coding));
    }

    [Fact]
    public void A_later_but_clause_with_a_pronoun_switches_the_list_off_only_without_a_new_capability()
    {
        AnswerCoding off = Code("The cameras are Axis. They support face capture and loitering, but we have not turned them on.");
        AnswerCoding other = Code("The cameras are Axis. Number plate reading is used at the gate, but we have not enabled face capture.");

        Assert.Empty(InUse(off));
        Assert.Equal(["anpr"], InUse(other));
        Assert.Equal(["anpr", "face_detection"], Has(other));
    }

    [Fact]
    public void A_prose_heading_is_not_a_capability_list_label()
    {
        AnswerCoding coding = Code("Reasoning: Saying whether the force uses analytics such as face recognition would help criminals.");

        Assert.Empty(Has(coding));
    }

    [Fact]
    public void Audio_not_recorded_is_no_audio_but_a_microphone_input_without_microphones_is_audio_capable()
    {
        AnswerCoding none = Code("The cameras are Bosch. Sound is not recorded at any site.");
        AnswerCoding input = Code("The cameras are Bosch. Audio - the domes have a microphone socket but no microphone is plugged in.");

        Assert.Empty(Has(none));
        Assert.Equal(["audio"], Has(input));
        Assert.Empty(InUse(input));
    }

    [Fact]
    public void Still_used_and_running_say_in_use()
    {
        AnswerCoding still = Code("The cameras are Hikvision. Three cameras at the clinic door do temperature screening. They are still used in the winter months.");
        AnswerCoding running = Code("The cameras are Bosch. The IVA module (loitering) is running on the car park cameras.");

        Assert.Equal(["thermal"], InUse(still));
        Assert.Equal(["behavioural"], InUse(running));
    }

    [Fact]
    public void Thermal_cameras_that_trigger_on_a_fence_crossing_are_in_use()
    {
        AnswerCoding coding = Code("The cameras are Axis. Two thermal units on the boundary trigger when a person crosses the perimeter line.");

        Assert.Equal(["object_detection", "thermal"], InUse(coding));
    }

    [Fact]
    public void Person_vehicle_classification_and_objects_left_behind_are_object_detection()
    {
        AnswerCoding classification = Code("The cameras are Hikvision. The turrets offer person/vehicle filtering. It is used in the yard.");
        AnswerCoding left = Code("The cameras are Bosch. Video analytics spot bags abandoned in the foyer; this is in use.");

        Assert.Equal(["object_detection"], InUse(classification));
        Assert.Equal(["object_detection"], InUse(left));
    }

    [Fact]
    public void Something_we_have_never_used_is_capable_not_in_use()
    {
        AnswerCoding coding = Code("The cameras are Vivotek. They can also produce a heat map, which we have never used.");

        Assert.Equal(["heat_mapping"], Has(coding));
        Assert.Empty(InUse(coding));
    }

    [Fact]
    public void Neither_has_been_enabled_after_two_features_switches_them_off_but_none_used_for_before_a_feature_denies_it()
    {
        AnswerCoding off = Code("The cameras are Dahua. They have a speaker and a siren (neither has been enabled).");
        AnswerCoding denied = Code("The cameras are Dahua. As far as we know none of them is used for face recognition.");

        Assert.Equal(["audio"], Has(off));
        Assert.Empty(InUse(off));
        Assert.Empty(Has(denied));
    }

    [Fact]
    public void A_capability_row_where_every_maker_says_not_supported_adds_nothing()
    {
        AnswerCoding coding = CodeTable(
            "Capabilities by make are below.",
            "Function | Tiandy | Bosch",
            "Function: Heat map | Tiandy: Not supported | Bosch: Not supported",
            "Function: Tripwire | Tiandy: Not supported | Bosch: Supported, on at the yard",
            "Function: Face capture | Tiandy: Supported, off | Bosch: Not supported");

        Assert.Equal(["face_detection", "object_detection"], Has(coding));
        Assert.Equal(["object_detection"], InUse(coding));
    }

    [Fact]
    public void Totals_of_one_sentence_numbered_kind_by_kind_are_added()
    {
        AnswerCoding coding = Code("Altogether the college runs 40 Dahua cameras and 4 Dahua recorders.");

        Assert.Equal(44, coding.DahuaCount);
    }

    [Fact]
    public void A_total_that_is_the_sum_of_the_other_numbers_is_not_added_again()
    {
        AnswerCoding coding = Code("In total we have 33 Dahua devices: 30 Dahua cameras and 3 Dahua recorders.");

        Assert.Equal(33, coding.DahuaCount);
    }

    [Fact]
    public void A_recorder_named_beside_counted_cameras_is_one_more_device()
    {
        AnswerCoding before = Code("Our installer looked at the kit: the recorder and all 14 cameras are Hikvision.");
        AnswerCoding bracket = Code("The managing agent says the building's system is Hikvision (9 cameras and 1 NVR, lobby and yard).");
        AnswerCoding sites = Code("Both libraries have Hikvision systems (North: 6 cameras and an NVR; South: 4 cameras and a recorder).");

        Assert.Equal(15, before.HikvisionCount);
        Assert.Equal(10, bracket.HikvisionCount);
        Assert.Equal(12, sites.HikvisionCount);
    }

    [Theory]
    [InlineData("The perimeter uses Tiandy cameras, model TD-8421M2-A, on the fence.", "TD-8421M2-A")]
    [InlineData("Two Sunell bullets (SN-IPR56/08ZDN) cover the quay.", "SN-IPR56/08ZDN")]
    [InlineData("Officers carry Hytera VM585 body-worn units.", "VM585")]
    [InlineData("The barrier camera is a Hikvision iDS-TCV907-BIR.", "IDS-TCV907-BIR")]
    [InlineData("The gate has a Dahua ITC352-RF2D-IR camera for plates.", "ITC352-RF2D-IR")]
    public void Other_chinese_body_worn_and_anpr_model_numbers_are_listed(string sentence, string model)
    {
        Assert.Contains(model, Code(sentence).Models);
    }

    [Theory]
    [InlineData("Please quote reference TD-2024 in any reply.")]
    [InlineData("Our VMware host VM12 runs the recording software.")]
    public void Look_alike_references_are_not_models(string sentence)
    {
        Assert.Empty(Code(sentence).Models);
    }

    [Theory]
    [InlineData("I checked with the trust's estates office and they told me:")]
    [InlineData("Below is the reply from our maintenance firm to your questions.")]
    public void A_relayed_answer_introduced_as_below_or_told_me_is_the_answer(string lead)
    {
        string own = "Good morning,\n" + lead + "\n";
        string quoted = "> The hospital has 9 Dahua cameras.\n";
        var document = new ReplyDocument("reply.txt", "text/plain", own + quoted, [new TextRegion(own.Length, own.Length + quoted.Length, RegionKind.Quoted)]);
        AnswerCoding coding = new AnswerCoder(new Sightline.Core.Devices.DeviceTextScanner(Sightline.Core.Devices.DeviceKnowledgeBase.Default))
            .Code(new Reply("reply.txt", [document], new Dictionary<string, string>(), []));

        Assert.Equal("answer", coding.Kind);
        Assert.Equal("yes", coding.Dahua);
    }

    [Fact]
    public void A_quoted_request_below_the_officers_own_answer_stays_quoted()
    {
        string own = "We have no CCTV cameras at all.\nBelow is your original request.\n";
        string quoted = "> Do you use Dahua cameras? We have seen 9 Dahua cameras at your office.\n";
        var document = new ReplyDocument("reply.txt", "text/plain", own + quoted, [new TextRegion(own.Length, own.Length + quoted.Length, RegionKind.Quoted)]);
        AnswerCoding coding = new AnswerCoder(new Sightline.Core.Devices.DeviceTextScanner(Sightline.Core.Devices.DeviceKnowledgeBase.Default))
            .Code(new Reply("reply.txt", [document], new Dictionary<string, string>(), []));

        Assert.NotEqual("yes", coding.Dahua);
    }
}
