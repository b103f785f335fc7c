using Sightline.Core.Answers;
using Sightline.Core.Devices;

namespace Sightline.Core.Tests.Answers;

public sealed class AnswerCoderTests
{
    private static readonly AnswerCoder Coder = new(new DeviceTextScanner(DeviceKnowledgeBase.Default));

    private static AnswerCoding Code(string text, Dictionary<string, string>? headers = null) =>
        Coder.Code(new Reply("reply.txt", [ReplyDocument.Plain("reply.txt", text)], headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []));

    // A reply whose text from the marker on is quoted history, as the document reader marks it.
    private static AnswerCoding CodeQuotedFrom(string text, string marker)
    {
        int quote = text.IndexOf(marker, StringComparison.Ordinal);
        return Coder.Code(new Reply("r", [new ReplyDocument("r", "text/plain", text, [new TextRegion(quote, text.Length, RegionKind.Quoted)])], new Dictionary<string, string>(), []));
    }

    [Theory]
    [InlineData("We use Hikvision cameras throughout the school.", "yes", "no")]
    [InlineData("We do not use Hikvision or Dahua cameras.", "no", "no")]
    [InlineData("Neither Hikvision nor Dahua equipment is used by the Trust.", "no", "no")]
    [InlineData("The Hikvision recorders were removed in 2021 and replaced with Axis.", "no", "no")]
    [InlineData("Our Hikvision cameras are due to be replaced next year.", "yes", "no")]
    [InlineData("We believe the cameras are Hikvision.", "yes", "no")]
    [InlineData("We are unable to confirm the manufacturer of the cameras.", "unknown", "unknown")]
    [InlineData("All of our cameras are Axis.", "no", "no")]
    [InlineData("Our maintenance contractor's recorders are Hikvision.", "yes", "no")]
    [InlineData("The cameras are Ezviz units.", "yes", "no")]
    [InlineData("Our cameras are Honeywell, which we understand are manufactured by Dahua.", "no", "yes")]
    [InlineData("We do not use Dahua; all cameras are Hikvision DS-2CD2347G2-LU.", "yes", "no")]
    [InlineData("The Council has no CCTV.", "no", "no")]
    public void Maker_use_reads_negation_past_hedges_relabels_and_other_brands(string text, string hikvision, string dahua)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal((hikvision, dahua), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_maker_named_only_in_the_quoted_request_is_not_evidence()
    {
        AnswerCoding coding = Coder.Code(new Reply("r", [new ReplyDocument("r", "text/plain", "Please see the attached.\n\n> Do you use Hikvision?", [new TextRegion(26, 48, RegionKind.Quoted)])], new Dictionary<string, string>(), []));

        Assert.Equal("unknown", coding.Hikvision);
    }

    [Fact]
    public void A_restated_question_followed_by_no_answers_for_the_makers_it_names()
    {
        AnswerCoding coding = Code("1. Does the school use cameras made by Hikvision or Dahua?\nNo.\n2. Capabilities?\nNot applicable.");

        Assert.Equal(("no", "no", "answered"), (coding.Hikvision, coding.Dahua, coding.Outcome));
    }

    [Fact]
    public void Other_chinese_makers_are_found()
    {
        AnswerCoding coding = Code("Our cameras are supplied by Uniview and the recorders are Hikvision.");

        Assert.Equal(("yes", "yes", "no"), (coding.OtherChinese, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void No_maker_is_yes_without_quoted_evidence()
    {
        AnswerCoding coding = Code("The Council uses 12 Dahua cameras (IPC-HFW5442E-ZE) at the depot.");

        Assert.Equal("yes", coding.Dahua);
        CodingEvidence evidence = Assert.Single(coding.Evidence, e => e.Field == "dahua");
        Assert.Contains("Dahua", evidence.Quote, StringComparison.Ordinal);
        Assert.Equal(12, coding.DahuaCount);
        Assert.Equal(["IPC-HFW5442E-ZE"], coding.Models);
    }

    [Theory]
    [InlineData("We operate 42 Hikvision cameras and 3 Hikvision NVRs.", 45)]
    [InlineData("Hikvision: 17", 17)]
    [InlineData("There are two Hikvision recorders.", 2)]
    [InlineData("In total we have 120 Hikvision cameras. The library has 20 Hikvision cameras.", 120)]
    [InlineData("Since 2019 Hikvision cameras have been used.", null)]
    public void Counts_are_read_where_stated(string text, int? expected)
    {
        Assert.Equal(expected, Code(text).HikvisionCount);
    }

    [Fact]
    public void Capabilities_tell_capable_from_in_use()
    {
        AnswerCoding coding = Code("The cameras are capable of facial recognition but this is not enabled. ANPR is used at the car park. None of our cameras have thermal imaging.");

        Assert.Equal(["face_recognition", "anpr"], coding.CapabilitiesHas);
        Assert.Equal(["anpr"], coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_capability_table_row_is_read_by_its_headings()
    {
        string text = "Site: Library | Make: Hikvision | Quantity: 12 | Face detection: Yes | Line crossing: Yes | In use: No\n";
        var document = new ReplyDocument("assets.xlsx", "application/xlsx", text, [new TextRegion(6, 13, RegionKind.Cell, Sheet: "Sheet1", Cell: "A2")]);

        AnswerCoding coding = Coder.Code(new Reply("assets.xlsx", [document], new Dictionary<string, string>(), []));

        Assert.Equal(["face_detection", "object_detection"], coding.CapabilitiesHas);
        Assert.Empty(coding.CapabilitiesInUse);
        Assert.Equal(12, coding.HikvisionCount);
        Assert.Contains(coding.Evidence, e => e.Field == "hikvision" && e.Sheet == "Sheet1" && e.Cell == "A2");
    }

    [Theory]
    [InlineData("The information you requested is exempt under section 24(1) and s.31(1)(a) of the Act and is withheld.", "refusal_notice", "refused")]
    [InlineData("We estimate that the cost of complying would exceed the appropriate limit of £450; we are therefore refusing your request under section 12.", "refusal_notice", "refused")]
    [InlineData("The Force can neither confirm nor deny that it holds the information, by virtue of sections 24(2) and 31(3).", "refusal_notice", "ncnd")]
    [InlineData("The Council does not hold the information you have requested. CCTV at the site is managed by the landlord.", "answer", "not_held")]
    [InlineData("We acknowledge receipt of your request and will respond within 20 working days.", "acknowledgement", "none")]
    [InlineData("Before we can process your request, could you please clarify what you mean by 'surveillance equipment'?", "clarification_request", "none")]
    [InlineData("A fee of £25.00 is payable for photocopying and postage. Please make the payment within three months.", "fees_notice", "none")]
    [InlineData("I have now completed the internal review. I have decided to uphold the original decision to withhold the information under section 31.", "review_outcome", "refused")]
    [InlineData("Thank you. Have a nice day.", "other", "none")]
    public void Kind_and_outcome_follow_the_reply_s_words(string text, string kind, string outcome)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal((kind, outcome), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void An_answer_that_withholds_part_is_partial_with_its_exemption()
    {
        AnswerCoding coding = Code("We use Hikvision cameras. The locations of the cameras are withheld under section 31(1)(a).");

        Assert.Equal(("answer", "partial", "yes"), (coding.Kind, coding.Outcome, coding.Hikvision));
        Assert.Equal(["foia:s31"], coding.Exemptions);
    }

    [Fact]
    public void Scottish_replies_cite_foisa()
    {
        AnswerCoding coding = Code("The information is exempt under section 35(1)(a) of the Freedom of Information (Scotland) Act 2002 and is withheld.");

        Assert.Equal(["foisa:s35"], coding.Exemptions);
    }

    [Fact]
    public void Headers_mark_bounces_and_out_of_office_replies()
    {
        var bounce = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "multipart/report; report-type=delivery-status", ["Subject"] = "Undeliverable: FOI request" };
        var auto = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Auto-Submitted"] = "auto-replied", ["Subject"] = "Automatic reply: FOI request" };

        Assert.Equal("delivery_failure", Code("Your message could not be delivered.", bounce).Kind);
        Assert.Equal("auto_reply", Code("I am away until Monday.", auto).Kind);
    }

    [Fact]
    public void An_empty_reply_is_other_with_the_reason()
    {
        AnswerCoding coding = Coder.Code(new Reply("x.pdf", [], new Dictionary<string, string>(), ["x.pdf: the PDF is password-protected"]));

        Assert.Equal(("other", "none"), (coding.Kind, coding.Outcome));
        Assert.Contains("password-protected", Assert.Single(coding.Evidence).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_non_unknown_value_has_evidence()
    {
        AnswerCoding coding = Code("We use 4 Dahua cameras with people counting in use. We do not use Hikvision. Names are withheld under section 40(2).");

        foreach ((string field, string value) in new[] { ("hikvision", coding.Hikvision), ("dahua", coding.Dahua), ("other_chinese", coding.OtherChinese) })
        {
            if (value != "unknown")
            {
                Assert.Contains(coding.Evidence, e => e.Field == field && e.Value == value);
            }
        }

        Assert.All(coding.Exemptions, x => Assert.Contains(coding.Evidence, e => e.Field == "exemptions" && e.Value == x));
        Assert.All(coding.CapabilitiesHas, x => Assert.Contains(coding.Evidence, e => e.Field == "capabilities_has" && e.Value == x));
        Assert.Contains(coding.Evidence, e => e.Field == "counts.dahua" && e.Value == "4");
    }

    [Theory]
    [InlineData("The Trust uses Hikvision cameras and recorders at Fenwick General Hospital and St Oswald's. No Dahua products are used.", "unknown")]
    // Hikvision and Dahua answered one by one, with nothing said of the estate: the other makers stay open (corpus labels of
    // four authors: d098, d333, d1742, d1785).
    [InlineData("The Trust uses Hikvision cameras and recorders. No Dahua products are used.", "unknown")]
    [InlineData("The Trust uses Hikvision cameras at Fenwick General Hospital. All other CCTV is Axis.", "no")]
    [InlineData("The Council uses Hikvision. The car park barriers use a separate ANPR system (not Hikvision or Dahua).", "unknown")]
    [InlineData("The Council uses Hikvision at its depots. The Council does not use equipment from any other Chinese manufacturer.", "no")]
    public void Other_makers_stay_open_when_the_reply_covers_only_part_of_the_estate(string text, string otherChinese)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("yes", otherChinese), (coding.Hikvision, coding.OtherChinese));
    }

    [Fact]
    public void A_maker_named_as_a_line_label_is_decided_by_the_rest_of_the_line()
    {
        AnswerCoding coding = Code("Hikvision - the Board previously had Hikvision cameras; all were removed in 2021. No Hikvision equipment remains in use.\n\nDahua - the Board has no Dahua equipment.");

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_maker_row_with_only_zero_counts_is_no()
    {
        const string text = "Manufacturer: Hikvision | Cameras: 16 | Recorders: 1\nManufacturer: Dahua | Cameras: 0 | Recorders: 0";
        var document = new ReplyDocument("summary.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text,
            [new TextRegion(0, 52, RegionKind.Cell), new TextRegion(53, text.Length, RegionKind.Cell)]);

        AnswerCoding coding = Coder.Code(new Reply("summary.xlsx", [document], new Dictionary<string, string>(), []));

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_review_that_overturns_the_first_answer_drops_its_exemptions()
    {
        AnswerCoding coding = Code("Internal review of FOI request 22/1. I have decided to overturn the original decision. The University relied on section 43 "
            + "because a tender was being prepared; that is no longer the case. The University no longer relies on section 43 and the information is now provided. "
            + "The University uses Hikvision cameras: 58 cameras and 5 recorders.");

        Assert.Equal(("review_outcome", "answered"), (coding.Kind, coding.Outcome));
        Assert.Empty(coding.Exemptions);
    }

    [Theory]
    [InlineData("No information has been withheld.")]
    [InlineData("I have withheld nothing.")]
    [InlineData("None of the information is exempt from disclosure.")]
    [InlineData("We have not included the locations of the cameras, which you did not ask for.")]
    [InlineData("Each of the Council's 12 car parks has 4 cameras.")]
    public void Statements_that_nothing_is_withheld_leave_the_answer_whole(string sentence)
    {
        AnswerCoding coding = Code("1. Yes. The Council uses Hikvision cameras. We do not use Dahua.\n2. 48 cameras.\n\n" + sentence);

        Assert.Equal("answered", coding.Outcome);
        Assert.Empty(coding.Exemptions);
    }

    [Fact]
    public void A_cost_refusal_of_the_whole_request_stays_refused_when_it_names_a_maker()
    {
        AnswerCoding coding = Code("The Council is relying on section 12 (cost of compliance) to refuse your request in full. "
            + "We know that at least some of the recorders at our leisure centres are Hikvision, but identifying the rest would exceed the appropriate limit.");

        Assert.Equal(("refusal_notice", "refused", "yes"), (coding.Kind, coding.Outcome, coding.Hikvision));
    }

    [Fact]
    public void A_sales_email_on_the_thread_says_nothing_about_the_body()
    {
        AnswerCoding coding = Code("We noticed that your organisation has been asked about its Hikvision and Dahua cameras. We can remove and replace Hikvision "
            + "DS-2CD2143G2-I cameras like-for-like, for a fixed price per camera. Call us today to book a free site survey. To unsubscribe reply STOP.");

        Assert.Equal(("other", "none", "unknown", "unknown"), (coding.Kind, coding.Outcome, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void An_answer_to_another_request_is_other()
    {
        AnswerCoding coding = Code("Thank you for your request received on 19 September 2022 regarding the Force's use of unmanned aerial vehicles (drones). "
            + "The Force owns 14 drones. The Matrice 300 RTK carries a thermal camera, which is used for missing person searches.");

        Assert.Equal(("other", "none"), (coding.Kind, coding.Outcome));
        Assert.Empty(coding.CapabilitiesHas);
    }

    [Theory]
    [InlineData("The Council does not use Hikvision. The Council will neither confirm nor deny whether it holds equipment manufactured by Dahua, as to do so would be exempt under section 24(2).", "no", "unknown")]
    [InlineData("We have no Hikvision cameras. We are still checking whether any Dahua recorders remain at the depot.", "no", "unknown")]
    public void A_maker_inside_what_the_body_will_not_say_stays_unknown(string text, string hikvision, string dahua)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal((hikvision, dahua), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void Equipment_offered_but_never_bought_is_neither_a_maker_nor_a_capability()
    {
        AnswerCoding coding = Code("All of the University's cameras are Avigilon. In 2020 we were approached by a supplier offering Sunell thermal screening cameras, "
            + "but we decided not to proceed and no such cameras were ever installed.");

        Assert.Equal(("no", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
        Assert.Empty(coding.CapabilitiesHas);
    }

    [Theory]
    [InlineData("The majority of the Council's cameras are Bosch, with some older analogue cameras at the depot. We do not have any Hikvision or Dahua equipment.", "unknown")]
    [InlineData("At the main campus all of the cameras are Axis. The recorders at the Riverside campus are Dahua. Their model numbers are not held.", "unknown")]
    [InlineData("The Council still has nine Hikvision cameras at the bus station. All of the cameras installed since 2022 are Axis. We are unable to establish the manufacturer of the cameras at the market.", "unknown")]
    [InlineData("All of our cameras are Bosch. We do not have any Hikvision or Dahua equipment.", "no")]
    [InlineData("In answer to question 1, all of our cameras are Bosch.", "no")]
    public void A_list_of_makes_scoped_to_part_of_the_estate_leaves_other_makers_open(string text, string otherChinese)
    {
        Assert.Equal(otherChinese, Code(text).OtherChinese);
    }

    [Theory]
    [InlineData("Civic Centre - Hikvision - 22 cameras. We are not able to identify models for the depot system.")]
    [InlineData("We use Dahua cameras at the market. We have been unable to establish the manufacturer of the cameras in the halls of residence.")]
    public void Makes_or_models_the_body_cannot_establish_make_the_answer_partial(string text)
    {
        Assert.Equal("partial", Code(text).Outcome);
    }

    [Fact]
    public void A_review_that_finds_the_exemption_not_engaged_and_discloses_is_answered()
    {
        AnswerCoding coding = Code("Internal review of FOI request 4410. Our original response withheld the information under section 31(1)(a). Having reviewed the request, "
            + "I do not consider that the exemption is engaged. The original decision is therefore overturned. The Council uses 23 Dahua cameras. We do not use Hikvision.");

        Assert.Equal(("review_outcome", "answered"), (coding.Kind, coding.Outcome));
        Assert.Empty(coding.Exemptions);
    }

    [Fact]
    public void A_stated_running_total_is_not_added_to_its_parts()
    {
        Assert.Equal(9, Code("All 8 of our cameras are Hikvision. With the NVR that makes 9 Hikvision devices.").HikvisionCount);
    }

    [Theory]
    [InlineData("We have checked and none of the Council's CCTV is Chinese-made.", "no", "no", "no")]
    [InlineData("None of the University's CCTV equipment is manufactured by Hikvision, Dahua or by any other company based in China.", "no", "no", "no")]
    [InlineData("We use 12 Hikvision cameras; none of our other cameras are Chinese-made.", "yes", "no", "no")]
    public void A_denial_of_chinese_made_equipment_covers_every_chinese_maker(string text, string hikvision, string dahua, string otherChinese)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal((hikvision, dahua, otherChinese), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Theory]
    [InlineData("Until recently the car park cameras were Hikvision. These have now all been replaced with Hanwha cameras.", "no")]
    [InlineData("The depot had two Hikvision recorders. They were removed in 2022 when the depot closed.", "no")]
    [InlineData("The depot has two Hikvision recorders. These will be replaced next year.", "yes")]
    public void A_next_sentence_saying_the_equipment_is_gone_makes_it_past(string text, string hikvision)
    {
        Assert.Equal(hikvision, Code(text).Hikvision);
    }

    [Fact]
    public void No_cctv_on_any_property_is_an_answer_with_no_makers()
    {
        AnswerCoding coding = Code("None of the Parish Council's properties are covered by CCTV, and the Parish Council has never owned any cameras.");

        Assert.Equal(("answer", "answered", "no", "no", "no"), (coding.Kind, coding.Outcome, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Theory]
    [InlineData("The Council operates 85 CCTV cameras. Our asset list does not record the manufacturer or model of each camera.", "answer", "partial")]
    [InlineData("I'm afraid I don't know what make our cameras are. The system was put in before I started.", "answer", "not_held")]
    public void Makes_the_body_does_not_record_or_know_are_not_held(string text, string kind, string outcome)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal((kind, outcome, "unknown"), (coding.Kind, coding.Outcome, coding.Hikvision));
    }

    [Fact]
    public void Numbers_without_a_maker_belong_to_the_only_maker_named()
    {
        Assert.Equal(56, Code("1. Hikvision is the sole supplier of the Council's CCTV.\n2. We have 52 cameras and 4 recorders.").HikvisionCount);
        Assert.Null(Code("1. We use Hikvision and Axis cameras.\n2. We have 52 cameras and 4 recorders.").HikvisionCount);
    }

    [Fact]
    public void A_review_headed_internal_review_that_swaps_exemptions_keeps_only_the_new_one()
    {
        AnswerCoding coding = Code("Internal review - FOI 23/4419\n\nYou asked us to review our response, which refused your request in full under section 24(1).\n\n"
            + "I have concluded that section 24(1) was not correctly applied to questions 1 and 2. The Council uses Hikvision cameras.\n\n"
            + "I have, however, decided that the models are exempt under section 31(1)(a).");

        Assert.Equal(("review_outcome", "partial", "yes"), (coding.Kind, coding.Outcome, coding.Hikvision));
        Assert.Equal(["foia:s31"], coding.Exemptions);
    }

    [Fact]
    public void A_capability_switched_on_in_the_next_clause_is_in_use()
    {
        AnswerCoding coding = Code("We use Hikvision cameras. The cameras support human and vehicle detection (AcuSense); this is switched on at the two depots.");

        Assert.Equal(["object_detection"], coding.CapabilitiesInUse);
    }

    [Theory]
    [InlineData("We have 4 Ezviz cameras in reception. That is all the CCTV we have.", "no")]
    [InlineData("The building's CCTV system consists of 26 Hikvision cameras and a recorder. The landlord does not hold the model numbers.", "no")]
    [InlineData("We have 4 Ezviz cameras in reception. That is all of the information we hold. The models are not held.", "unknown")]
    public void Words_that_close_the_list_make_other_makers_no(string text, string otherChinese)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("yes", otherChinese), (coding.Hikvision, coding.OtherChinese));
    }

    [Theory]
    [InlineData("Further to your request for information, we can confirm that the College does not hold any information about the make of its cameras, which belong to the landlord.")]
    [InlineData("With reference to your request about CCTV suppliers, the Authority does not hold this information; the building is leased and the landlord runs the cameras.")]
    [InlineData("Sorry, the practice does not have the information you asked for. The cameras were put in by the building owner.")]
    public void A_sentence_that_mentions_the_request_but_answers_in_its_own_words_is_the_answer(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("answer", "not_held"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void Neither_confirm_nor_deny_in_relation_to_the_request_is_ncnd()
    {
        AnswerCoding coding = Code("The Constabulary will neither confirm nor deny that it holds information in relation to your request, by virtue of sections 24(2) and 31(3).");

        Assert.Equal(("refusal_notice", "ncnd"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void Answers_written_into_the_quoted_request_are_read_when_the_reply_points_to_them()
    {
        const string text = "Hi,\n\nOur replies are inline below.\n\n-----Original Message-----\nFrom: A Requester\nSent: 3 June 2024\n\n"
            + "1. Does your organisation use CCTV cameras or recorders manufactured by Hikvision or Dahua?\nNo - neither make is used anywhere.\n"
            + "2. How many?\nN/A\n";
        AnswerCoding coding = CodeQuotedFrom(text, "-----Original");

        Assert.Equal(("answer", "no", "no"), (coding.Kind, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_colleagues_forwarded_answer_is_read_when_the_officer_says_see_below_the_information()
    {
        const string text = "Dear Requester\n\nPlease see below the information provided by our Estates team, which forms our response.\n\nRegards\nFOI Office\n\n"
            + "---------- Forwarded message ---------\nFrom: Estates Manager\nSent: 17 May 2024\n\nQ1 - Yes, Hikvision. No Dahua anywhere. Everything else is Hanwha.\n";
        AnswerCoding coding = CodeQuotedFrom(text, "----------");

        Assert.Equal(("answer", "yes", "no"), (coding.Kind, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void The_response_from_a_named_colleague_below_is_read_whatever_the_officer_adds_before_the_quote()
    {
        const string text = "Dear Requester\n\nPlease see below the response from our Head of Estates, which answers your request in full.\n\n"
            + "If you are unhappy with the handling of your request you may ask for an internal review within 40 working days, and then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.\n\nBest wishes\nGovernance Officer\n\n"
            + "-----Original Message-----\nFrom: Head of Estates\nSent: 4 February 2025\n\n1. No - we don't have any Hikvision or Dahua cameras. The College's CCTV is Avigilon. There is no other CCTV on the estate.\n";
        AnswerCoding coding = CodeQuotedFrom(text, "-----Original");

        Assert.Equal(("answer", "no", "no", "no"), (coding.Kind, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_pointer_to_a_response_below_that_follows_in_the_reply_itself_leaves_the_quoted_request_alone()
    {
        const string text = "Please see our response below.\n\nThe school's cameras are all Bosch.\n\n-----Original Message-----\n\n"
            + "I am writing to ask about CCTV made by Hikvision or Dahua, which have been restricted elsewhere.\n";
        AnswerCoding coding = CodeQuotedFrom(text, "-----Original");

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Theory]
    [InlineData("FOI 2024/77\n\n1. No\n2. Not applicable\n3. Not applicable\n4. Not applicable")]
    [InlineData("Q1 - None.\nQ2 - n/a")]
    public void A_numbered_no_to_the_first_question_denies_both_makers(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("answer", "answered", "no", "no"), (coding.Kind, coding.Outcome, coding.Hikvision, coding.Dahua));
    }

    [Theory]
    [InlineData("Thank you for your message. The office is closed over the Easter break and this mailbox is not checked until Tuesday 2 April.")]
    [InlineData("The academy is closed for half term; e-mails will not be read or forwarded during this time.")]
    public void A_closed_office_or_unread_mailbox_is_an_auto_reply(string text)
    {
        Assert.Equal("auto_reply", Code(text).Kind);
    }

    [Fact]
    public void A_delay_notice_that_gives_a_new_date_is_an_acknowledgement()
    {
        AnswerCoding coding = Code("Thank you for your FOI request. Owing to staff absence we will not be able to respond within 20 working days; we hope to reply by 14 March.");

        Assert.Equal(("acknowledgement", "none"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void A_request_closed_for_an_unpaid_fee_is_other_not_a_fees_notice()
    {
        AnswerCoding coding = Code("Your information request ref 2231 has now been closed as the fee of £12.50 we asked for was not paid. You are welcome to make a new request.");

        Assert.Equal(("other", "none"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void A_clarification_that_mentions_the_cost_limit_hypothetically_is_still_a_clarification()
    {
        AnswerCoding coding = Code("Before we go further, could you tell us whether you mean every site or only the civic offices? Searching every site could well exceed the appropriate limit.");

        Assert.Equal(("clarification_request", "none"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void A_cost_refusal_that_lets_slip_one_make_is_refused_and_leaves_the_rest_unknown()
    {
        AnswerCoding coding = Code("Identifying every camera would take over 40 hours, beyond the appropriate limit, so under section 12 the Council is not obliged to comply with your request. "
            + "By way of advice, the multi-storey car park cameras are made by Dahua.");

        Assert.Equal(("refusal_notice", "refused", "yes", "unknown", "unknown"), (coding.Kind, coding.Outcome, coding.Dahua, coding.Hikvision, coding.OtherChinese));
    }

    [Fact]
    public void A_sales_email_with_prices_and_a_stop_line_is_not_an_answer()
    {
        AnswerCoding coding = Code("SPRING OFFER for schools! Hikvision DS-2CD2143G2-I domes from just £59, fitted by our approved installers. Text STOP or reply STOP to opt out.");

        Assert.Equal(("other", "unknown"), (coding.Kind, coding.Hikvision));
    }

    [Theory]
    [InlineData("We use Hikvision recorders at the depot. Quantities: not known.")]
    [InlineData("The recorder says Hikvision on the front. The cameras have no branding on them, so we cannot say what they are.")]
    [InlineData("There are Hikvision cameras in the car park. I am unable to give you numbers at present.")]
    [InlineData("There are Hikvision cameras in the car park. We don't have counts or model numbers for them.")]
    public void Part_of_the_answer_not_known_makes_it_partial(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("partial", "yes"), (coding.Outcome, coding.Hikvision));
    }

    [Fact]
    public void Audio_that_is_not_recorded_is_a_capability_not_in_use_and_not_a_not_held_answer()
    {
        AnswerCoding coding = Code("All our cameras are Dahua. Some have built-in microphones but sound is not recorded.");

        Assert.Equal(("answered", "yes"), (coding.Outcome, coding.Dahua));
        Assert.Equal(["audio"], coding.CapabilitiesHas);
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void Once_both_makers_are_denied_no_central_record_of_other_makes_leaves_the_answer_whole()
    {
        AnswerCoding coding = Code("No Hikvision or Dahua equipment is used by the Council. Our cameras come from various suppliers and we keep no central record of their makes.");

        Assert.Equal(("answered", "no", "no", "unknown"), (coding.Outcome, coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_scottish_section_17_notice_for_part_of_the_request_makes_it_partial()
    {
        AnswerCoding coding = Code("Our recorders are Hikvision. The models are not something we can give you, so this is a notice under section 17 of the Freedom of Information (Scotland) Act 2002 for question 3.");

        Assert.Equal(("partial", "yes"), (coding.Outcome, coding.Hikvision));
    }

    [Fact]
    public void A_maker_that_was_never_bought_is_a_denial()
    {
        AnswerCoding coding = Code("The cameras are all Hikvision. The Trust has never purchased Dahua equipment.");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_review_describing_an_earlier_ncnd_with_past_tense_verbs_does_not_deny_the_makers()
    {
        AnswerCoding coding = Code("I have reviewed the Force's reply of 3 May, in which the Force neither confirmed nor denied that it held information about Hikvision or Dahua cameras. "
            + "I uphold that decision under sections 24(2) and 31(3).");

        Assert.Equal(("unknown", "unknown"), (coding.Hikvision, coding.Dahua));
    }

    [Theory]
    [InlineData("Disclosure log entry 118 - Dahua & Hikvision cameras\n\nThe Authority does not hold this information; its buildings are leased and the lessor runs the cameras.")]
    [InlineData("Request 2024-55: Hikvision/Dahua CCTV\n\nWe do not hold any recorded information about the cameras, which belong to the landlord.")]
    public void Both_makers_joined_as_a_title_are_the_topic_not_the_estate(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("not_held", "unknown", "unknown"), (coding.Outcome, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_reference_number_shaped_like_a_model_is_not_a_model()
    {
        AnswerCoding coding = Code("Our ref: TCC-4410\n\nThe Council's cameras are all Axis; it has no Hikvision or Dahua equipment.");

        Assert.Equal("no", coding.OtherChinese);
        Assert.Empty(coding.Models);
    }

    [Fact]
    public void Equipment_said_to_be_gone_in_the_next_clause_of_the_same_sentence_is_past()
    {
        AnswerCoding coding = Code("We once had a Tiandy recorder in the gatehouse, but it was taken out last year. Every camera now is Axis.");

        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void A_maker_named_before_a_neither_confirm_nor_deny_in_its_clause_stays_unknown()
    {
        AnswerCoding coding = Code("The Force does not use Hikvision equipment. As to Dahua, the Force will neither confirm nor deny that it holds such equipment, relying on section 24(2).");

        Assert.Equal(("no", "unknown"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_prose_answer_in_a_table_cell_is_read_clause_by_clause_and_the_question_cell_is_not_evidence()
    {
        const string text = "Q: Do you use Hikvision or Dahua? | A: Hikvision at the library. No Dahua anywhere.";
        AnswerCoding coding = Coder.Code(new Reply("r.xlsx", [new ReplyDocument("r.xlsx", "application/vnd.ms-excel", text, [new TextRegion(0, text.Length, RegionKind.Cell, Sheet: "Answers", Cell: "A2")])], new Dictionary<string, string>(), []));

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void An_equipment_row_with_analytics_columns_keeps_its_maker_when_no_analytics_are_in_use()
    {
        const string text = "Site: Depot | Make: Tiandy | Cameras: 6 | Analytics offered: None | Analytics in use: None";
        AnswerCoding coding = Coder.Code(new Reply("r.xlsx", [new ReplyDocument("r.xlsx", "application/vnd.ms-excel", text, [new TextRegion(0, text.Length, RegionKind.Cell, Sheet: "Assets", Cell: "A2")])], new Dictionary<string, string>(), []));

        Assert.Equal("yes", coding.OtherChinese);
    }

    [Fact]
    public void Unknown_make_of_other_equipment_in_the_clause_does_not_unsettle_the_named_maker()
    {
        AnswerCoding coding = Code("At the two car parks Dahua recorders are used together with analogue cameras of unknown make.");

        Assert.Equal("yes", coding.Dahua);
    }

    [Fact]
    public void Only_closing_a_capability_clause_does_not_close_the_list_of_makes()
    {
        AnswerCoding coding = Code("The Hikvision DS-2CD2387G2-LU cameras have intrusion detection, which is switched on at the leisure centre only.");

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.OtherChinese));
    }

    [Theory]
    [InlineData("The Council has 20 Hikvision cameras at its sports centres and waste facilities.", "unknown")]
    [InlineData("The Council has 20 Hikvision cameras at the park and ride station. All other cameras are Uniview.", "yes")]
    public void Equipment_at_generic_places_leaves_the_rest_open_unless_another_make_is_named(string text, string otherChinese)
    {
        Assert.Equal(otherChinese, Code(text).OtherChinese);
    }

    [Theory]
    [InlineData("Our CCTV is a mixture of Hikvision and Axis cameras. We are unable to provide model numbers.")]
    [InlineData("Our cameras are mainly Dahua, the remainder being Bosch. The numbers are not held.")]
    public void A_mix_or_a_majority_with_the_remainder_named_is_the_whole_estate_even_in_a_partial_answer(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("partial", "no"), (coding.Outcome, coding.OtherChinese));
    }

    [Fact]
    public void Auto_tracking_is_object_detection_and_capable_but_off_is_not_in_use()
    {
        AnswerCoding coding = Code("We use Dahua cameras. The PTZ units can auto-track vehicles, but this is not switched on.");

        Assert.Equal(["object_detection"], coding.CapabilitiesHas);
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_capability_set_up_somewhere_is_in_use()
    {
        AnswerCoding coding = Code("Our Hikvision cameras have intrusion detection, which the contractor has set up at the depot gates.");

        Assert.Equal(["object_detection"], coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_capability_licensed_but_used_on_request_is_in_use()
    {
        AnswerCoding coding = Code("The Avigilon cameras offer facial recognition search, which is licensed but is occasionally used by the security manager.");

        Assert.Equal(["face_recognition"], coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_capability_whose_equipment_was_later_removed_is_neither_had_nor_used()
    {
        AnswerCoding coding = Code("The Council has Axis cameras only. Temperature screening cameras were used at reception during 2020 but have since been removed.");

        Assert.Empty(coding.CapabilitiesHas);
    }

    [Fact]
    public void Active_deterrence_is_not_a_capability_in_use()
    {
        AnswerCoding coding = Code("All our cameras are Hikvision ColorVu units with active deterrence and a built-in microphone. Sound is not recorded.");

        Assert.Equal(["audio"], coding.CapabilitiesHas);
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void Each_in_use_column_belongs_to_the_capability_column_before_it()
    {
        const string text = "Make: Hikvision | Thermal: Yes | In use: Yes | Audio: Yes | In use: No";
        AnswerCoding coding = Coder.Code(new Reply("r.xlsx", [new ReplyDocument("r.xlsx", "application/vnd.ms-excel", text, [new TextRegion(0, text.Length, RegionKind.Cell, Sheet: "Assets", Cell: "A2")])], new Dictionary<string, string>(), []));

        Assert.Equal(["thermal", "audio"], coding.CapabilitiesHas);
        Assert.Equal(["thermal"], coding.CapabilitiesInUse);
    }

    [Fact]
    public void An_analytics_in_use_column_that_names_the_analytic_puts_it_in_use()
    {
        const string text = "Site: Market | Make: Dahua | Analytics offered: Footfall counting | Analytics in use: Footfall counting";
        AnswerCoding coding = Coder.Code(new Reply("r.xlsx", [new ReplyDocument("r.xlsx", "application/vnd.ms-excel", text, [new TextRegion(0, text.Length, RegionKind.Cell, Sheet: "Assets", Cell: "A2")])], new Dictionary<string, string>(), []));

        Assert.Equal(["people_counting"], coding.CapabilitiesInUse);
    }

    [Theory]
    [InlineData("Thanks for getting in touch. The centre is closed for the spring break until 22 April, and messages sent to this inbox will not be checked before then.")]
    [InlineData("The office is closed over the festive period; e-mails received will not be read until 3 January.")]
    public void A_closure_notice_whose_mailbox_is_not_read_is_an_auto_reply(string text)
    {
        Assert.Equal("auto_reply", Code(text).Kind);
    }

    [Fact]
    public void We_have_no_information_is_not_held()
    {
        AnswerCoding coding = Code("We have no information falling within your request. The agency's offices are in a serviced building whose owner runs the cameras.");

        Assert.Equal(("answer", "not_held"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void Several_verbs_of_ownership_joined_still_deny_any_cctv()
    {
        AnswerCoding coding = Code("The Parish Council does not own, operate or manage any CCTV. The cameras in the high street are the district council's.");

        Assert.Equal(("answered", "no", "no"), (coding.Outcome, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void No_cctv_at_most_sites_is_not_a_denial_of_every_maker()
    {
        AnswerCoding coding = Code("The Agency does not operate CCTV at most of its offices. At the Leeds office the landlord's cameras are Hikvision.");

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.OtherChinese));
    }

    [Fact]
    public void A_denial_by_a_third_person_in_a_later_clause_does_not_negate_the_maker()
    {
        AnswerCoding coding = Code("The landlord's agent says the system has 12 Hikvision cameras, and that she cannot find the model numbers.");

        Assert.Equal(("yes", "partial"), (coding.Hikvision, coding.Outcome));
    }

    [Theory]
    [InlineData("1. The Trust does not buy from either manufacturer.\n2. Not applicable.")]
    [InlineData("We don't have any equipment from those two companies. All of our cameras are Panasonic.")]
    public void The_request_s_makers_referred_to_and_denied_are_no(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("answer", "no", "no"), (coding.Kind, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_receipt_sentence_that_describes_the_request_is_still_an_acknowledgement()
    {
        AnswerCoding coding = Code("We have received your request for information about CCTV and will reply within 20 working days. Please note the office is closed on 24 December.");

        Assert.Equal("acknowledgement", coding.Kind);
    }

    [Fact]
    public void A_promise_to_ask_for_clarification_if_needed_is_not_a_clarification_request()
    {
        AnswerCoding coding = Code("Your request about CCTV reached us on 2 May and is with the estates team. If we need further details to find the information we will contact you. You can expect a reply by 31 May.");

        Assert.Equal("acknowledgement", coding.Kind);
    }

    [Fact]
    public void Would_you_be_able_to_let_us_know_is_a_clarification_request()
    {
        AnswerCoding coding = Code("Hi, would you be able to let us know if you mean only the depot cameras or the leisure centres as well? Once we hear back from you we will start.");

        Assert.Equal(("clarification_request", "none"), (coding.Kind, coding.Outcome));
    }

    [Fact]
    public void A_clarification_that_lists_equipment_with_capabilities_gives_no_capabilities()
    {
        AnswerCoding coding = Code("Before we answer, could you confirm the scope? Besides security CCTV the Faculty of Science has some thermal cameras and an audio lab. Do you want those included?");

        Assert.Equal(("clarification_request", "none"), (coding.Kind, coding.Outcome));
        Assert.Empty(coding.CapabilitiesHas);
    }

    [Fact]
    public void A_review_whose_public_interest_continues_to_favour_ncnd_is_ncnd()
    {
        AnswerCoding coding = Code("Internal review FOI 88/24\n\nHaving looked again at the Council's original response, I find that the public interest continues to favour neither confirming nor denying whether the information is held, under section 24(2).");

        Assert.Equal(("review_outcome", "ncnd"), (coding.Kind, coding.Outcome));
    }

    [Theory]
    [InlineData("The caretaker says the recorder is a Hikvision. He is not sure what make the cameras are, as they haven't got a label on them.")]
    [InlineData("Two sites have Hikvision systems. At the third we have not yet been able to identify the manufacturer.")]
    [InlineData("The landlord's system has 14 Hikvision cameras. The agent was not able to give us the model numbers.")]
    public void Makes_or_models_someone_could_not_establish_make_the_answer_partial(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("partial", "yes"), (coding.Outcome, coding.Hikvision));
    }

    [Fact]
    public void No_cameras_somewhere_having_a_capability_is_not_a_reply_without_cctv()
    {
        AnswerCoding coding = Code("We do not use Hikvision. The library uses Bosch cameras. No cameras at the library have any analytics. We don't know which functions the older depot cameras have.");

        Assert.Equal(("partial", "unknown"), (coding.Outcome, coding.Dahua));
    }

    [Fact]
    public void A_single_prose_cell_is_read_sentence_by_sentence()
    {
        const string text = "No camera has face recognition, ANPR, thermal or heat-mapping. The Tiandy domes offer tripwire detection, which is not switched on.";
        AnswerCoding coding = Coder.Code(new Reply("r.xlsx", [new ReplyDocument("r.xlsx", "application/vnd.ms-excel", text, [new TextRegion(0, text.Length, RegionKind.Cell, Sheet: "Q4", Cell: "B3")])], new Dictionary<string, string>(), []));

        Assert.Equal(["object_detection"], coding.CapabilitiesHas);
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_recorder_that_can_record_audio_is_capable_not_using_it()
    {
        AnswerCoding coding = Code("We use Dahua recorders. They could record audio if microphones were fitted; none are.");

        Assert.Equal(["audio"], coding.CapabilitiesHas);
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void Features_switched_off_in_the_clause_after_all_of_them_are_off()
    {
        AnswerCoding coding = Code("Our Hikvision domes (which are used at the bus depot) offer intrusion alarms and face capture; both are present but turned off.");

        Assert.Equal(["face_detection", "object_detection"], coding.CapabilitiesHas.Order().ToArray());
        Assert.Empty(coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_camera_that_uses_an_analytics_application_has_it_in_use()
    {
        AnswerCoding coding = Code("The Axis cameras at the museum entrance use an occupancy counting app to limit visitor numbers.");

        Assert.Equal(["people_counting"], coding.CapabilitiesInUse);
    }

    [Fact]
    public void An_analytic_used_at_one_site_and_not_elsewhere_is_in_use()
    {
        AnswerCoding coding = Code("Some cameras support line crossing detection. It is switched on at the depot and not used at any other site.");

        Assert.Equal(["object_detection"], coding.CapabilitiesInUse);
    }

    [Fact]
    public void A_maker_said_to_be_possible_is_unknown_and_a_use_of_heading_is_not_evidence()
    {
        AnswerCoding coding = Code("Use of Hikvision or Dahua\n\nThe Council uses Hikvision cameras at its depot. The old gatehouse recorder has no label; it is possible that it is a Dahua.");

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_review_that_finds_the_earlier_ncnd_unjustified_answers_in_full()
    {
        AnswerCoding coding = Code("Internal review\n\nI have reviewed the Trust's reply, in which it would neither confirm nor deny holding the information. I do not think the neither confirm nor deny position was warranted. "
            + "The Trust does not use any Hikvision or Dahua equipment; all of its cameras are Avigilon.");

        Assert.Equal(("review_outcome", "answered", "no", "no"), (coding.Kind, coding.Outcome, coding.Hikvision, coding.Dahua));
    }
}
