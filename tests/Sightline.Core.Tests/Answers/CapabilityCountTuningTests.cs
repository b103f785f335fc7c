using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>Capability tables (ticks, "Capable", use columns), runs of short capability answers, and per-maker count columns.</summary>
public sealed class CapabilityCountTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    private static AnswerCoding CodeTable(string lead, params string[] rows) => CoderHarness.CodeTable(lead, rows);

    [Fact]
    public void Tick_and_cross_marks_in_a_capability_per_row_table_give_capable_and_used()
    {
        AnswerCoding coding = CodeTable(
            "The Academy's cameras are all Hikvision.",
            "Feature | Camera supports it | Switched on by us",
            "Feature: Face capture | Camera supports it: ✓ (entrance dome) | Switched on by us: ✗",
            "Feature: Tripwire | Camera supports it: ✓ | Switched on by us: ✓",
            "Feature: Audio | Camera supports it: ✗ | Switched on by us: ✗");

        Assert.Equal(["face_detection", "object_detection"], coding.CapabilitiesHas.Order(StringComparer.Ordinal));
        Assert.Equal(["object_detection"], coding.CapabilitiesInUse.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Capable_enabled_columns_with_words_are_read_cell_by_cell()
    {
        AnswerCoding coding = CodeTable(
            "Our cameras are Dahua.",
            "Analytic | Capable | Enabled",
            "Analytic: Number plate reading | Capable: Yes | Enabled: Yes – barrier at the yard",
            "Analytic: Heat map | Capable: Yes | Enabled: No",
            "Analytic: Thermal | Capable: Not known | Enabled: –");

        Assert.Equal(["anpr", "heat_mapping"], coding.CapabilitiesHas.Order(StringComparer.Ordinal));
        Assert.Equal(["anpr"], coding.CapabilitiesInUse.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_column_per_capability_reads_on_marks_licences_and_absent_features()
    {
        AnswerCoding coding = CodeTable(
            "The Board's cameras are Hikvision.",
            "Location | Make | Qty | Face detect | Line cross | People count | Thermal | Face recognition",
            "Location: Ward 3 | Make: Hikvision | Qty: 4 | Face detect: ✓ | Line cross: ✓ ON | People count: ✗ | Thermal: Not present | Face recognition: Licensed but not configured");

        Assert.Equal(["face_detection", "face_recognition", "object_detection"], coding.CapabilitiesHas.Order(StringComparer.Ordinal));
        Assert.Equal(["object_detection"], coding.CapabilitiesInUse.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_feature_that_is_not_licensed_and_not_available_is_not_capable()
    {
        AnswerCoding coding = CodeTable(
            "The Council's cameras are Dahua.",
            "Camera | Make | Face recognition | Intrusion",
            "Camera: Depot 1 | Make: Dahua | Face recognition: Not licensed, not available | Intrusion: Capable – not enabled");

        Assert.Equal(["object_detection"], coding.CapabilitiesHas.Order(StringComparer.Ordinal));
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void Maker_columns_of_a_capability_row_say_which_equipment_uses_it()
    {
        AnswerCoding coding = CodeTable(
            "We use Hikvision fixed cameras and Hytera body cameras.",
            "Function | Fixed cameras | Body cameras",
            "Function: Sound recording | Fixed cameras: N | Body cameras: Y (in use on patrol)",
            "Function: Intrusion / line crossing | Fixed cameras: Y (not used) | Body cameras: N");

        Assert.Equal(["audio", "object_detection"], coding.CapabilitiesHas.Order(StringComparer.Ordinal));
        Assert.Equal(["audio"], coding.CapabilitiesInUse.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_configured_analytics_column_names_what_is_switched_on()
    {
        AnswerCoding coding = CodeTable(
            "All cameras listed are Hikvision.",
            "Ref | Make | Intrusion | Configured analytics",
            "Ref: A1 | Make: Hikvision | Intrusion: Yes | Configured analytics: Intrusion (weekends)",
            "Ref: A2 | Make: Hikvision | Intrusion: Yes | Configured analytics: None");

        Assert.Equal(["object_detection"], coding.CapabilitiesInUse.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_heading_row_with_yes_no_keys_says_nothing_about_the_cameras()
    {
        AnswerCoding coding = CodeTable(
            "The college uses Hikvision cameras.",
            "Building | Make | Face capture (Y/N) | In use (Y/N)",
            "Building: Library | Make: Hikvision | Face capture (Y/N): N | In use (Y/N): N");

        Assert.Empty(coding.CapabilitiesHas);
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_run_of_short_capability_answers_is_read_one_answer_at_a_time()
    {
        AnswerCoding coding = Code("Our cameras are Dahua.\nAnalytics\nThermal – no. Face capture – on the gate cameras, yes, but switched off. Loitering – no. Tripwire – yes, used at the compound overnight. Audio – no.");

        Assert.Equal(["face_detection", "object_detection"], coding.CapabilitiesHas.Order(StringComparer.Ordinal));
        Assert.Equal(["object_detection"], coding.CapabilitiesInUse.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_list_of_capabilities_all_answered_no_adds_nothing()
    {
        AnswerCoding coding = Code("Our cameras are Dahua.\nThermal – no. Face recognition – no. Heat mapping – no. Sound – none.");

        Assert.Empty(coding.CapabilitiesHas);
    }

    [Fact]
    public void Per_maker_quantity_columns_count_only_that_makers_devices()
    {
        AnswerCoding coding = CodeTable(
            "Hikvision and Dahua cameras are both installed; the rest are Axis and there are no other makes.",
            "Building | Hikvision cameras | Hikvision recorders | Dahua cameras | Axis cameras",
            "Building: North block | Hikvision cameras: 12 | Hikvision recorders: 1 | Dahua cameras: 0 | Axis cameras: 3",
            "Building: South block | Hikvision cameras: 0 | Hikvision recorders: 0 | Dahua cameras: 8 | Axis cameras: 0");

        Assert.Equal((13, 8), (coding.HikvisionCount, coding.DahuaCount));
    }

    [Fact]
    public void Camera_and_recorder_columns_add_up_to_the_makers_devices()
    {
        AnswerCoding coding = CodeTable(
            "All of the school's CCTV is Dahua.",
            "Building | Cameras | Recorders | Make",
            "Building: Main | Cameras: 9 | Recorders: 1 | Make: Dahua",
            "Building: Annexe | Cameras: 3 | Recorders: 1 | Make: Dahua");

        Assert.Equal(14, coding.DahuaCount);
    }

    [Fact]
    public void A_totals_row_replaces_the_rows_above_it()
    {
        AnswerCoding coding = CodeTable(
            "The Trust's cameras are Hikvision; there are no other makes.",
            "Ward | Make | Units",
            "Ward: Oak | Make: Hikvision | Units: 5",
            "Ward: Elm | Make: Hikvision | Units: 7",
            "Ward: Total Hikvision | Units: 12");

        Assert.Equal(12, coding.HikvisionCount);
    }

    [Fact]
    public void A_totals_row_pairing_makers_with_numbers_under_the_wrong_columns_is_read()
    {
        AnswerCoding coding = CodeTable(
            "We use both Hikvision and Dahua equipment and nothing else.",
            "Site | Make | Model | Qty",
            "Site: Depot | Make: Hikvision | Model: DS-2CD2143G2-I | Qty: 4",
            "Site: Hall | Make: Dahua | Model: IPC-HFW2431S | Qty: 2",
            "Site: Totals | Make: Hikvision 40 | Model: Dahua 20");

        Assert.Equal((40, 20), (coding.HikvisionCount, coding.DahuaCount));
    }

    [Fact]
    public void Rows_without_a_totals_row_are_summed()
    {
        AnswerCoding coding = CodeTable(
            "The Council's cameras are Hikvision; there are no other makes.",
            "Ward | Make | Units",
            "Ward: Oak | Make: Hikvision | Units: 5",
            "Ward: Elm | Make: Hikvision | Units: 7");

        Assert.Equal(12, coding.HikvisionCount);
    }

    [Fact]
    public void A_recorder_cell_naming_its_model_still_counts_and_a_dash_camera_cell_leaves_the_recorder()
    {
        AnswerCoding coding = CodeTable(
            "Our cameras are Hikvision and there are no other makes.",
            "Place | Make | Cameras | Recorders",
            "Place: Gatehouse | Make: Hikvision | Cameras: 6 | Recorders: 1 (DS-7608NI-K2)",
            "Place: Server room | Make: Hikvision | Cameras: – | Recorders: 2 x DS-9632NI-I8");

        Assert.Equal(9, coding.HikvisionCount);
    }

    [Fact]
    public void A_row_per_maker_sums_the_estate_that_a_table_per_model_describes_again()
    {
        AnswerCoding coding = CodeTable(
            "Below are our makes and then the Hikvision models by site.",
            "Brand | Cameras | Recorders",
            "Brand: Hikvision | Cameras: 20 | Recorders: 2",
            "Brand: Axis | Cameras: 5 | Recorders: 0",
            "Site | Model | Qty",
            "Site: Pool | Model: DS-2CD2143G2-I | Qty: 20",
            "Site: Pool | Model: DS-7608NI-K2 | Qty: 2");

        Assert.Equal(22, coding.HikvisionCount);
    }
}
