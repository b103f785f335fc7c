using Sightline.Core.Answers;
using Sightline.Core.Devices;

namespace Sightline.Core.Tests.Answers;

/// <summary>The kind, outcome and maker rules added while tuning on the d501–d610 dev batch, each with sentences written for
/// this file (not taken from the corpus) and the cases the rule must leave alone.</summary>
public sealed class OutcomeMakerTuningTests
{
    private static readonly AnswerCoder Coder = new(new DeviceTextScanner(DeviceKnowledgeBase.Default));

    private static AnswerCoding Code(string text, Dictionary<string, string>? headers = null) =>
        Coder.Code(new Reply("reply.txt", [ReplyDocument.Plain("reply.txt", text)], headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []));

    private static AnswerCoding CodeWithRegions(string text, IReadOnlyList<TextRegion> regions) =>
        Coder.Code(new Reply("reply.txt", [new ReplyDocument("reply.txt", "text/plain", text, regions)], new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []));

    // Whole-estate wording: the other makers are "no" even when the answer is partial.
    [Theory]
    [InlineData("The recorders are Hikvision. Models are not held. We have no Dahua, nor anything else.")]
    [InlineData("The recorders are Hikvision. Models are not held. There are no further makes on our sites.")]
    [InlineData("The recorders are Hikvision. Models are not held. We have no other kit.")]
    [InlineData("The recorders are Hikvision. Models are not held. Everything runs as all the one system.")]
    public void Whole_estate_wording_makes_unnamed_makers_no_in_a_partial_answer(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("partial", "yes", "no", "no"), (coding.Outcome, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Cameras_at_all_the_other_sites_named_complete_the_estate()
    {
        AnswerCoding coding = Code("The Museum Service uses Hikvision cameras at four of its galleries. Dahua is not used. The cameras at all of the Service's other sites are Mobotix. We hold no record of which analytics are enabled.");

        Assert.Equal(("partial", "yes", "no", "no"), (coding.Outcome, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_partial_answer_without_whole_estate_wording_leaves_other_makers_unknown()
    {
        AnswerCoding coding = Code("The recorders are Hikvision. Models are not held. We have no Dahua.");

        Assert.Equal(("partial", "yes", "no", "unknown"), (coding.Outcome, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void The_only_other_cameras_are_named_so_the_estate_is_complete()
    {
        AnswerCoding coding = Code("The pool uses eight Dahua cameras. Model numbers are not held. The depot has Bosch units, and those are the only other cameras we run.");

        Assert.Equal(("no", "yes", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    // Past use said with "before that".
    [Fact]
    public void Equipment_before_a_replacement_is_past()
    {
        AnswerCoding coding = Code("We do not run any Hikvision or Dahua devices. The library cameras were renewed in 2020; before that, a few of them were Hikvision.");

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void Before_a_date_is_not_read_as_past()
    {
        AnswerCoding coding = Code("The Hikvision recorders fitted before the 2019 refurbishment are still working.");

        Assert.Equal("yes", coding.Hikvision);
    }

    // The request's topic talked about, not the estate.
    [Fact]
    public void A_request_framed_around_the_makers_is_not_a_statement_of_use()
    {
        AnswerCoding coding = Code("We have no Hikvision or Dahua products; our estate is all Axis.\n\nAlthough your request is focused on Hikvision and Dahua, we add that the Axis units count visitors.");

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    // Table cells are separate clauses: a "none" in one cell does not deny the maker in the next.
    [Fact]
    public void A_pipe_table_read_as_prose_keeps_each_cell_apart()
    {
        AnswerCoding coding = Code("Results by school:\nNorth Lane | 5 – Dahua | fine\nSouth Lane | none | none | no CCTV\n");

        Assert.Equal("yes", coding.Dahua);
    }

    // A reference title is its own unit, whatever follows it on the next line.
    [Fact]
    public void A_reference_title_naming_both_makers_is_not_read_with_the_next_line()
    {
        AnswerCoding coding = Code("Disclosure log Home Services\nFOI 24-5512 – Hikvision or Dahua CCTV\nThe Trust uses Dahua cameras at one clinic. It does not have any Hikvision equipment.");

        Assert.Equal(("no", "yes"), (coding.Hikvision, coding.Dahua));
    }

    // Section 13 fee notices are fees notices, relying on no exemption.
    [Fact]
    public void A_section_13_fee_for_work_above_the_limit_is_a_fees_notice()
    {
        AnswerCoding coding = Code("Reading every camera's label would take 40 hours, above the appropriate limit, so section 12 means we need not answer. Under section 13 and the Fees Regulations we can still answer if you pay for the extra time. The fee is:\n22 hours at £25 = £550.\nWe will start once payment has been received.");

        Assert.Equal(("fees_notice", "none"), (coding.Kind, coding.Outcome));
        Assert.Empty(coding.Exemptions);
    }

    [Fact]
    public void A_section_12_refusal_without_a_fee_stays_a_refusal()
    {
        AnswerCoding coding = Code("Finding this information would exceed the appropriate limit, so we refuse your request under section 12.");

        Assert.Equal(("refusal_notice", "refused"), (coding.Kind, coding.Outcome));
    }

    // A reply about a different request of the requester's.
    [Fact]
    public void A_reply_about_an_earlier_request_on_another_subject_is_other()
    {
        AnswerCoding coding = Code("The reference in your email relates to your earlier request for the number of allotment plots let in 2021, which we answered in March. We have no record of receiving a request from you about cameras.");

        Assert.Equal(("other", "none"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void No_record_of_the_information_is_still_not_held()
    {
        AnswerCoding coding = Code("We have no records of the makes of the cameras at the depot, which were installed by a previous tenant.");

        Assert.NotEqual("answered", coding.Outcome);
    }

    [Theory]
    [InlineData("I am out of the office until Monday 4th March with no access to email. Otherwise I will respond on my return.", "auto_reply")]
    [InlineData("Dr Friel has now left the Institute and this mailbox will be closed at the end of the month. Your email has not been forwarded.", "auto_reply")]
    [InlineData("Thank you for your request. We will respond within 20 working days.", "acknowledgement")]
    [InlineData("Before we can respond, please could you help us understand exactly what you would like? Would you like us to include the teaching cameras, or only the security CCTV?", "clarification_request")]
    public void Out_of_office_left_the_organisation_and_scope_questions_are_their_own_kinds(string text, string kind)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(kind, coding.Kind);
    }

    // An "undeliverable" subject over an unmonitored-mailbox notice.
    [Fact]
    public void An_undeliverable_subject_over_an_unmonitored_mailbox_notice_is_an_auto_reply()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Subject"] = "Undeliverable mailbox: your FOI request", ["From"] = "enquiries@example-college.ac.uk" };

        AnswerCoding coding = Code("This inbox is no longer monitored. Please write to our new information team instead.", headers);

        Assert.Equal("auto_reply", coding.Kind);
    }

    [Fact]
    public void An_undeliverable_subject_with_a_bounce_body_is_a_delivery_failure()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Subject"] = "Undeliverable: your FOI request" };

        AnswerCoding coding = Code("Your message could not be delivered: recipient address rejected.", headers);

        Assert.Equal("delivery_failure", coding.Kind);
    }

    // A maker labelling a table row whose other cells say there is none.
    [Fact]
    public void A_row_saying_none_held_for_a_maker_denies_it()
    {
        const string text = "Site: Harbour office | Make: Hikvision | Qty: 3\nSite: Dahua | Make: None held\n";
        int second = text.IndexOf("Site: Dahua", StringComparison.Ordinal);
        AnswerCoding coding = CodeWithRegions(text, [new TextRegion(0, second - 1, RegionKind.Cell, Sheet: "S", Cell: "A1"), new TextRegion(second, text.Length - 1, RegionKind.Cell, Sheet: "S", Cell: "A2")]);

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_row_whose_capability_cells_say_none_stays_yes()
    {
        const string text = "Make: Dahua | Face recognition: None | Audio: None\n";
        AnswerCoding coding = CodeWithRegions(text, [new TextRegion(0, text.Length - 1, RegionKind.Cell, Sheet: "S", Cell: "A1")]);

        Assert.Equal("yes", coding.Dahua);
    }

    // Equipment whose make is not known: the estate is open and the answer partial.
    [Fact]
    public void Cameras_whose_make_is_not_known_leave_other_makers_unknown_and_the_answer_partial()
    {
        AnswerCoding coding = Code("The leisure centre has 14 Hikvision cameras. The remaining cameras are a blend of Axis and Bosch, plus three old units whose maker is not recorded. We do not use Dahua.");

        Assert.Equal(("partial", "yes", "no", "unknown"), (coding.Outcome, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Makes_a_landlord_has_not_passed_on_make_the_answer_partial()
    {
        AnswerCoding coding = Code("The hospitals use Hikvision equipment only. The landlord of each health centre provides its cameras and we have not been told their makes.");

        Assert.Equal(("partial", "unknown"), (coding.Outcome, coding.OtherChinese));
    }

    // A colleague's answer below the quote is the answer.
    [Fact]
    public void A_colleagues_answer_below_the_quote_is_read()
    {
        const string own = "Hello,\n\nOur facilities manager's reply is below. I have added a note on analytics: none of the cameras run any analytics, and there are no microphones or thermal cameras anywhere on site.\n\nRegards\n\n";
        const string quoted = "> From: Facilities\n> Gym - 12 Dahua cameras and one Dahua recorder.\n> That's all our CCTV.\n";
        string text = own + quoted;
        AnswerCoding coding = CodeWithRegions(text, [new TextRegion(own.Length, text.Length, RegionKind.Quoted)]);

        Assert.Equal(("yes", "no"), (coding.Dahua, coding.Hikvision));
    }

    [Fact]
    public void A_quoted_request_below_an_own_answer_is_not_read()
    {
        const string own = "Hello,\n\nPlease find our response below. The college has no cameras of either make; all of our cameras are Vivotek.\n\n";
        const string quoted = "> Do you use Hikvision or Dahua cameras? Which Hikvision models?\n";
        string text = own + quoted;
        AnswerCoding coding = CodeWithRegions(text, [new TextRegion(own.Length, text.Length, RegionKind.Quoted)]);

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    // Information about a maker's equipment not held is not a denial of the maker.
    [Fact]
    public void Model_numbers_not_held_for_a_makers_system_do_not_deny_the_maker()
    {
        AnswerCoding coding = Code("The sports hall has 30 Dahua cameras. We do not keep model numbers for the Dahua system at the sports hall.");

        Assert.Equal(("yes", "partial"), (coding.Dahua, coding.Outcome));
    }

    [Fact]
    public void A_plain_denial_of_the_maker_stays_a_denial()
    {
        AnswerCoding coding = Code("We do not hold any Dahua equipment. All cameras are Axis.");

        Assert.Equal("no", coding.Dahua);
    }

    // "No evidence of" beside unknown-make cameras.
    [Fact]
    public void No_evidence_of_a_maker_beside_cameras_of_unknown_make_is_unknown()
    {
        AnswerCoding coding = Code("The hall recorders are Hikvision, we think. We cannot say what make the cameras are. There is no evidence of any Dahua kit.");

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void No_evidence_of_a_maker_in_a_fully_known_estate_is_no()
    {
        AnswerCoding coding = Code("All our cameras are Hikvision. There is no evidence of any Dahua kit.");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    // Makes used but not named.
    [Fact]
    public void Equipment_from_other_unnamed_manufacturers_leaves_other_makers_unknown()
    {
        AnswerCoding coding = Code("Hikvision cameras are used at the depots. The Council does not use Dahua. The offices use equipment from other manufacturers, which we have not listed.");

        Assert.Equal(("yes", "no", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Other_manufacturers_named_elsewhere_complete_the_estate()
    {
        AnswerCoding coding = Code("Hikvision cameras are used at the depots. The Council does not use Dahua. The offices use equipment from other manufacturers: all of those cameras are Bosch.");

        Assert.Equal(("yes", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    // A whole refusal that names a make in passing.
    [Fact]
    public void A_whole_refusal_that_says_a_make_is_installed_stays_refused_with_that_maker_yes()
    {
        AnswerCoding coding = Code("We are refusing your request in full under section 24(1) and section 31(1)(a).\n\nPublic interest: there is interest in the security of Dahua equipment, which the Trust, like other trusts, has installed in its car parks.");

        Assert.Equal(("refusal_notice", "refused", "yes", "unknown"), (coding.Kind, coding.Outcome, coding.Dahua, coding.Hikvision));
    }

    [Fact]
    public void A_refusal_that_only_mentions_concerns_about_a_make_leaves_it_unknown()
    {
        AnswerCoding coding = Code("We are refusing your request in full under section 31(1)(a).\n\nPublic interest: there is interest in the security concerns about Dahua equipment in the public sector.");

        Assert.Equal(("refused", "unknown"), (coding.Outcome, coding.Dahua));
    }

    // A gap the officer offers to fill is not "not held".
    [Fact]
    public void Model_numbers_offered_on_request_do_not_make_the_answer_partial()
    {
        AnswerCoding coding = Code("We have no Hikvision or Dahua; all 20 cameras are Milesight. I don't have the model numbers to hand but can get them if you would like them.");

        Assert.Equal(("answered", "yes"), (coding.Outcome, coding.OtherChinese));
    }

    [Fact]
    public void Model_numbers_we_do_not_keep_make_the_answer_partial()
    {
        AnswerCoding coding = Code("All 20 cameras are Hikvision. Model numbers differ from block to block and we do not keep them centrally.");

        Assert.Equal("partial", coding.Outcome);
    }

    // Marketing mail to the requester.
    [Fact]
    public void An_installers_sales_mail_is_other()
    {
        AnswerCoding coding = Code("We saw your questions about Hikvision cameras. We specialise in swapping Chinese cameras for Axis ones and would be happy to quote for your local school. Our replacement package covers up to 20 cameras.");

        Assert.Equal(("other", "unknown"), (coding.Kind, coding.Hikvision));
    }

    // A building owner who runs the CCTV and holds its records.
    [Fact]
    public void Cctv_run_by_the_buildings_owner_with_no_records_held_is_not_held()
    {
        AnswerCoding coding = Code("The Council does not hold the information you asked for. The Council does not own or operate any CCTV. The cameras in our rented office belong to the building's owner, and the Council has no records about them.");

        Assert.Equal(("not_held", "unknown"), (coding.Outcome, coding.Hikvision));
    }

    [Fact]
    public void No_cctv_with_another_public_bodys_cameras_nearby_is_answered()
    {
        AnswerCoding coding = Code("The Parish Council does not own or operate any CCTV. The cameras on the green are run by the district council, and we hold no information about them.");

        Assert.Equal(("answered", "no"), (coding.Outcome, coding.Hikvision));
    }

    // A short brand name next to "makes".
    [Fact]
    public void A_short_brand_among_makes_is_found()
    {
        AnswerCoding coding = Code("Our site has a mix of makes including Hikvision and TVT.");

        Assert.Equal(("yes", "yes"), (coding.Hikvision, coding.OtherChinese));
    }
}
