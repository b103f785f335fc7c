using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Capabilities in use or only present (verb forms, "never switched on", exceptions, passive use, other bodies'
/// systems, lists with one verb, Q&amp;A tables) and counts (stated zeros, counts repeated in one sentence, breakdowns).</summary>
public sealed class CapabilityUseTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    private static AnswerCoding CodeTable(string lead, params string[] rows) => CoderHarness.CodeTable(lead, rows);

    private static string[] Has(AnswerCoding coding) => [.. coding.CapabilitiesHas.Order(StringComparer.Ordinal)];

    private static string[] InUse(AnswerCoding coding) => [.. coding.CapabilitiesInUse.Order(StringComparer.Ordinal)];

    [Fact]
    public void Verbs_that_count_recognise_or_detect_name_the_capability()
    {
        AnswerCoding coding = Code("The Board uses Hikvision cameras. Two cameras over the museum doors count visitors arriving and leaving, and the totals are used "
            + "for staffing rotas. The gym turnstile terminals recognise registered members' faces, and this is in use. At the reservoir the thermal "
            + "cameras sound an alarm when an intruder is detected after dark. Some cameras could check the wearing of face coverings, which has not been enabled.");

        Assert.Equal(["face_recognition", "mask_detection", "object_detection", "people_counting", "thermal"], Has(coding));
        Assert.Equal(["face_recognition", "object_detection", "people_counting", "thermal"], InUse(coding));
    }

    [Theory]
    [InlineData("Two Dahua cameras at each pool hall count swimmers in and out so that we can manage capacity. This is in use.")]
    [InlineData("The camera at the ferry terminal counts foot passengers boarding and leaving, and the figures are used for statistics.")]
    public void Counting_swimmers_or_foot_passengers_is_people_counting(string sentence)
    {
        AnswerCoding coding = Code(sentence);

        Assert.Equal(["people_counting"], Has(coding));
        Assert.Equal(["people_counting"], InUse(coding));
    }

    [Theory]
    [InlineData("The dome cameras can capture faces. This function is not enabled.", "face_detection")]
    [InlineData("The four thermal cameras can also detect whether a person is wearing a face mask; this is switched off.", "mask_detection")]
    [InlineData("The leisure centre cameras give an anonymised estimate of visitors' age band and gender.", "demographic")]
    [InlineData("The PTZ cameras support automatic tracking of moving people and vehicles. This function is not used.", "object_detection")]
    public void Capabilities_named_in_everyday_words_are_read(string sentence, string capability)
    {
        AnswerCoding coding = Code(sentence);

        Assert.Contains(capability, Has(coding));
    }

    [Fact]
    public void Cameras_that_record_both_sound_and_images_use_audio()
    {
        AnswerCoding coding = Code("The Force uses Avigilon cameras. Custody suite cameras record both sound and images, as the PACE codes require.");
        AnswerCoding capable = Code("The Force uses Avigilon cameras. The custody suite cameras can record sound and images, but sound recording is switched off.");

        Assert.Equal(["audio"], InUse(coding));
        Assert.Empty(capable.CapabilitiesInUse);
    }

    [Fact]
    public void Audio_recorded_as_well_as_video_is_audio_in_use()
    {
        AnswerCoding coding = Code("The Force uses Avigilon cameras. Audio as well as video is recorded in the custody suites, as the PACE codes require.");

        Assert.Equal(["audio"], InUse(coding));
    }

    [Fact]
    public void Counting_cameras_or_detecting_motion_is_not_a_capability()
    {
        AnswerCoding coding = Code("The Board uses Hikvision cameras. We counted the cameras at every site last spring. Motion is detected by the recorder.");

        Assert.Empty(coding.CapabilitiesHas);
    }

    [Theory]
    [InlineData("The dome cameras offer face capture, which has never been configured.")]
    [InlineData("The dome cameras offer face capture; we've never switched it on.")]
    [InlineData("The dome cameras offer face capture, which the Trust has not turned on.")]
    [InlineData("The dome cameras offer face capture, but it remains switched off.")]
    public void Capable_but_never_switched_on_is_has_not_in_use(string sentence)
    {
        AnswerCoding coding = Code("The Trust uses Hikvision cameras. " + sentence);

        Assert.Equal(["face_detection"], Has(coding));
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_denial_is_not_read_as_switched_off()
    {
        AnswerCoding coding = Code("The Trust uses Hikvision cameras. None of the cameras have face capture and no analytics have been set up.");

        Assert.Empty(coding.CapabilitiesHas);
    }

    [Fact]
    public void Use_limited_by_an_exception_elsewhere_is_still_use()
    {
        AnswerCoding coding = Code("The Council uses Dahua cameras. The counter cameras have microphones. Sound is recorded at the housing counter and is switched off everywhere else.");

        Assert.Equal(["audio"], Has(coding));
        Assert.Equal(["audio"], InUse(coding));
    }

    [Fact]
    public void Passive_recording_of_audio_is_use_but_a_capable_recorder_is_not()
    {
        AnswerCoding used = Code("The Force uses Hikvision cameras. Interview room cameras carry microphones, and conversations are recorded under the codes of practice.");
        AnswerCoding capable = Code("The Force uses Hikvision cameras. The recorder can record audio but no microphones are connected.");

        Assert.Equal(["audio"], InUse(used));
        Assert.Empty(capable.CapabilitiesInUse);
    }

    [Fact]
    public void A_system_said_to_be_someone_elses_adds_nothing_but_our_contractors_does()
    {
        AnswerCoding other = Code("The Force uses Hikvision cameras at its stations. Number plate cameras on the motorways belong to the regional roads partnership and are not part of the Force's CCTV estate.");
        AnswerCoding searches = Code("The Force uses Hikvision cameras. Facial recognition searches are done on the national database and do not involve the Force's building cameras.");
        AnswerCoding contractor = Code("The Council uses Hikvision cameras. Our parking contractor runs ANPR at the leisure centre car park for us.");

        Assert.Empty(other.CapabilitiesHas);
        Assert.Empty(searches.CapabilitiesHas);
        Assert.Equal(["anpr"], InUse(contractor));
    }

    [Fact]
    public void One_verb_after_a_list_is_read_for_every_item()
    {
        AnswerCoding coding = Code("The College uses Hikvision cameras. Thermal, heat mapping, audio and gender/age analysis are not offered by any of our cameras. "
            + "Loitering, masks, people counting — no. Line crossing is used on the roof.");

        Assert.Equal(["object_detection"], Has(coding));
        Assert.Equal(["object_detection"], InUse(coding));
    }

    [Fact]
    public void A_list_of_capabilities_the_cameras_do_have_is_still_read()
    {
        AnswerCoding coding = Code("The College uses Hikvision cameras. Thermal, heat mapping and audio are available on the car park cameras.");

        Assert.Equal(["audio", "heat_mapping", "thermal"], Has(coding));
    }

    [Fact]
    public void Use_dated_to_the_pandemic_is_not_current_use()
    {
        AnswerCoding past = Code("The Academy uses Hikvision cameras. In 2021 the installer activated temperature screening at reception for the return to school.");
        AnswerCoding still = Code("The Academy uses Hikvision cameras. Temperature screening was set up in 2021 and is still used at reception.");

        Assert.Equal(["thermal"], Has(past));
        Assert.Empty(past.CapabilitiesInUse);
        Assert.Equal(["thermal"], InUse(still));
    }

    [Fact]
    public void The_request_restated_or_cut_short_adds_no_capabilities()
    {
        AnswerCoding coding = Code("The Council uses Hikvision cameras.\n\n\"Do any of your cameras have ANPR, heat mapping ...\n\nWe can confirm that none of them are so equipped.");

        Assert.Empty(coding.CapabilitiesHas);
    }

    [Fact]
    public void Equipment_taken_out_after_a_semicolon_adds_nothing()
    {
        AnswerCoding coding = Code("The Trust uses Hikvision cameras. For the pandemic we bought two thermal screening cameras; they were since taken out and sold.");

        Assert.Empty(coding.CapabilitiesHas);
    }

    [Fact]
    public void A_question_and_answer_table_is_read_from_its_answer_sentences()
    {
        AnswerCoding coding = CodeTable(
            "The University uses Hikvision cameras.",
            "Your question: Face matching and the other listed analytics - are they used? | Our reply: The software we licensed can compare faces against a watch list. "
            + "That function has not been set up and nobody uses it.");

        Assert.Equal(["face_recognition"], Has(coding));
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_features_available_column_is_read_whatever_the_count_columns_hold()
    {
        AnswerCoding coding = CodeTable(
            "The Trust's schools use the following cameras.",
            "School | Hikvision | Dahua | Features available | Features in use",
            "School: Elm Road | Hikvision: 0 | Dahua: 5 | Features available: Tripwire (NVR) | Features in use: None",
            "School: Ash Lane | Hikvision: 7 | Dahua: 0 | Features available: None | Features in use: None");

        Assert.Equal(["object_detection"], Has(coding));
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_row_whose_trial_ended_adds_nothing()
    {
        AnswerCoding coding = CodeTable(
            "The University uses Hikvision cameras.",
            "Capability | Status | Notes",
            "Capability: Thermal | Status: Trial over | Notes: two cameras went back to the installer",
            "Capability: ANPR | Status: In use | Notes: staff car park barrier");

        Assert.Equal(["anpr"], Has(coding));
    }

    [Fact]
    public void A_table_giving_a_maker_zero_counts_zero()
    {
        AnswerCoding coding = CodeTable(
            "The Council uses Hikvision cameras only; the register is below.",
            "Make | Cameras | Recorders",
            "Make: Hikvision | Cameras: 14 | Recorders: 1",
            "Make: Dahua | Cameras: 0 | Recorders: 0");

        Assert.Equal(15, coding.HikvisionCount);
        Assert.Equal(0, coding.DahuaCount);
    }

    [Fact]
    public void Words_for_none_or_a_denial_leave_the_count_unknown()
    {
        AnswerCoding words = CodeTable(
            "The Council uses Hikvision cameras only; the register is below.",
            "Make | Cameras",
            "Make: Hikvision | Cameras: 14",
            "Make: Dahua | Cameras: none");
        AnswerCoding denial = Code("The Council has 14 Hikvision cameras. We do not use Dahua.");

        Assert.Null(words.DahuaCount);
        Assert.Null(denial.DahuaCount);
    }

    [Fact]
    public void A_model_row_with_quantity_zero_is_not_the_makers_total()
    {
        AnswerCoding coding = CodeTable(
            "The College's equipment is listed below.",
            "Make | Model | Qty | Note",
            "Make: Axis | Model: P3265-LVE | Qty: 20 | Note: in service",
            "Make: Dahua | Model: NVR4216-16P-4KS2 | Qty: 0 | Note: taken out 2022");

        Assert.Null(coding.DahuaCount);
    }

    [Fact]
    public void A_sentence_that_names_the_maker_again_beside_each_number_is_counted_once()
    {
        AnswerCoding coding = Code("The Council has Hikvision CCTV: there are 61 Hikvision cameras and 4 Hikvision recorders at the depots.");

        Assert.Equal(65, coding.HikvisionCount);
    }

    [Fact]
    public void A_breakdown_by_model_of_a_stated_number_is_not_added_to_it()
    {
        AnswerCoding breakdown = Code("The Council uses Hikvision equipment. Hikvision: 30 cameras. The models are DS-2CD2143G2-I (18) and DS-2CD2T43G2-2I (12).");
        AnswerCoding sites = Code("The Council uses Hikvision equipment. The depot has 12 Hikvision cameras. The library has 12 Hikvision cameras.");

        Assert.Equal(30, breakdown.HikvisionCount);
        Assert.Equal(24, sites.HikvisionCount);
    }
}
