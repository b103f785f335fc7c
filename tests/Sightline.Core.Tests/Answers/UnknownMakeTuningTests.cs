using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>The rules added while tuning on the d2271–d2380 dev batch: cameras whose make nobody can tell ("no make or model on
/// them", "we can't tell you for certain whether we have any Hikvision or Dahua") leave the makers open, as do denials said of
/// one contractor's supply, of "these cameras", of "any Council building" or "the regional offices" beside a part whose make is
/// withheld; "the only camera equipment", "all of the CCTV" and "all of the Council's other CCTV" close the estate; a register
/// to be published later is not a list given; a tenant's landlord's cameras are not the body's; a response sheet's "Request"
/// row and an OCR line's stray dash are not answers. Sentences are written for this file (not taken from the corpus), with the
/// cases each rule must leave alone. The last tests are the rules added while tuning on d2381–d2490 and d2711–d2765.</summary>
public sealed class UnknownMakeTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Fact]
    public void A_wrapped_line_whose_next_line_starts_with_a_stray_dash_is_one_sentence()
    {
        AnswerCoding coding = Code("1. The Board uses Hikvision CCTV cameras and network recorders. The Board does not use\n- Dahua.\n\n2. There are 40 cameras.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void A_dashed_list_after_a_lead_in_is_still_a_list()
    {
        AnswerCoding coding = Code("The Council uses equipment from these makers at its depots and offices across the county\n- Hikvision.\n- Dahua.\n");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("yes", coding.Dahua);
    }

    [Fact]
    public void A_response_sheet_row_restating_the_request_names_no_maker()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "Freedom of Information response",
            "Reference: Request | FOI-24-118: CCTV made by Hikvision or Dahua (four questions)",
            "Reference: Answer | FOI-24-118: The Trust uses 12 Hikvision cameras. It has no Dahua equipment.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
    }

    [Theory]
    [InlineData("The Trust uses 30 Hikvision cameras. We don't supply or maintain any Dahua kit for the Trust. The Trust holds no records of the make of the cameras at its community clinics.")]
    [InlineData("The Council has 20 Hikvision cameras. The enforcement cameras are supplied by a contractor and these cameras are not Hikvision or Dahua. The housing contractor has not been able to confirm the manufacturer of the cameras on the older estates.")]
    [InlineData("The Council uses Hikvision at its offices. No Dahua equipment is installed in any Council building. We are withholding the make and number of the deployable cameras under regulation 12(5)(b).")]
    [InlineData("The regional offices have Hikvision cameras. There is no Dahua equipment at the regional offices. The manufacturer of the CCTV at head office is withheld under section 24(1).")]
    [InlineData("None of the Force's building CCTV cameras are manufactured by Hikvision or Dahua. For any other surveillance equipment the Force neither confirms nor denies that it holds information, by virtue of section 24(2).")]
    public void A_denial_of_part_of_the_estate_leaves_dahua_open_beside_a_part_of_unknown_make(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("unknown", coding.Dahua);
    }

    [Fact]
    public void A_table_row_saying_its_cameras_are_not_hikvision_or_dahua_answers_only_for_that_row()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "The University does use Hikvision equipment. The make of the cameras at the research park is not recorded, so we cannot say which manufacturer they are.",
            "Area: Main campus | Manufacturer: Axis | Cameras: 200 | Models: not listed (not Hikvision or Dahua)",
            "Area: Residences | Manufacturer: Hikvision | Cameras: 46",
            "Area: Research park | Manufacturer: Not recorded | Cameras: 20");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
    }

    [Theory]
    [InlineData("The Trust does not use Dahua. We don't supply or maintain any Dahua kit, says our contractor. All of the Trust's cameras are Hikvision.")]
    [InlineData("There is no Dahua equipment at the regional offices or anywhere else. The models at head office are withheld under section 24(1).")]
    public void A_denial_stands_when_nothing_of_unknown_make_is_left(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void Cameras_with_no_make_on_them_and_a_body_that_cannot_tell_leave_the_campaign_makers_open()
    {
        AnswerCoding coding = Code("The school has one CCTV system: 12 cameras and a DVR. Our technician believes the DVR was made by Xiongmai. The cameras "
            + "are analogue cameras with no make or model on them. So I'm afraid we can't tell you for certain whether we have any Hikvision or Dahua cameras.");

        Assert.Equal("yes", coding.OtherChinese);
        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
        Assert.Equal("partial", coding.Outcome);
    }

    [Fact]
    public void No_cctv_so_no_makers_denies_every_maker()
    {
        AnswerCoding coding = Code("The Town Council does not own or operate any CCTV cameras or recorders, so we have no Hikvision or Dahua equipment and the rest of your questions do not apply.");

        Assert.Equal("no", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void No_cctv_of_its_own_beside_a_landlords_cameras_is_not_held()
    {
        AnswerCoding coding = Code("The Parish Council does not own any CCTV. It rents its office in the Village Hall from the Village Hall Trust. There are "
            + "cameras at the hall, but they belong to the Trustees, and we have no information about them at all.");

        Assert.Equal("not_held", coding.Outcome);
        Assert.Equal("unknown", coding.Hikvision);
        Assert.Equal("unknown", coding.OtherChinese);
    }

    [Theory]
    [InlineData("The Force uses Hikvision cameras at the Harbour Office. Apart from body-worn video made by Reveal Media, the Hikvision equipment is the only camera equipment the Force uses. The model numbers are withheld under section 24(1).")]
    [InlineData("The Upper School site has 22 Hikvision cameras. The Academy does not have any Dahua equipment. The equipment above is all of the CCTV at the Academy. The models are withheld under section 31.")]
    [InlineData("The Council uses Hikvision equipment at its offices and depots. The Council does not use Dahua equipment. All of the Council's other CCTV (at schools, libraries and leisure facilities) is made by Axis. The models are withheld under section 33(1)(b).")]
    public void Words_that_close_the_estate_answer_for_the_other_makers(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void A_register_still_to_be_published_is_not_the_whole_estate_given()
    {
        AnswerCoding coding = Code("The Council uses 143 Hikvision cameras. It does not use any Dahua equipment. The model numbers are exempt under section 22. "
            + "The review's report, which lists every camera and recorder by model and location, will be published on the Council's website in June.");

        Assert.Equal("no", coding.Dahua);
        Assert.Equal("unknown", coding.OtherChinese);
    }

    // Rules added while tuning on the d2381–d2490 dev batch.
    [Theory]
    [InlineData("The Council uses Hikvision at its offices and depots. There is no Dahua equipment in Council buildings. The leisure company cannot confirm whether any of the older analogue cameras at the leisure centre are Dahua, as these were inherited and are not labelled.")]
    [InlineData("Hikvision equipment is installed at all six register sites. No Dahua equipment was identified at these six sites. The other 25 stations would exceed the cost limit, and we cannot rule out that further Hikvision or Dahua equipment is fitted there.")]
    [InlineData("At the main campus the CCTV is Hikvision. There is no Dahua equipment at the main campus. The College holds no information about the make of the landlord's cameras at the Skills Centre.")]
    [InlineData("The fixed CCTV is Hikvision. No Dahua equipment is used in the fixed CCTV. We are not able to tell you the make of the deployable fly-tipping cameras under regulation 12(5)(b).")]
    public void A_denial_of_part_of_the_estate_leaves_dahua_open_beside_cameras_nobody_can_name(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("unknown", coding.Dahua);
    }

    [Fact]
    public void Fixed_cctv_denied_beside_body_worn_cameras_of_a_named_make_still_denies()
    {
        AnswerCoding coding = Code("The Force does not have any fixed CCTV cameras made by Hikvision or Dahua. Its body-worn cameras are made by Hytera.");

        Assert.Equal("no", coding.Dahua);
        Assert.Equal("yes", coding.OtherChinese);
    }

    [Fact]
    public void A_site_without_cctv_says_nothing_of_another_sites_unbranded_cameras()
    {
        AnswerCoding coding = Code("Northmoor High School: Hikvision, 28 cameras.\nCarrbridge Primary: No CCTV.\n\nAt Holme Lane Primary the cameras and recorder carry no brand name, so we have not been able to find out who made them.");
        AnswerCoding noneAtAll = Code("Carrbridge Primary has no CCTV. The Trust's other academies use Axis cameras only.");

        Assert.Equal("unknown", coding.Dahua);
        Assert.Equal("no", noneAtAll.Dahua);
    }

    [Theory]
    [InlineData("The Agency does not own or operate any CCTV. Its offices are managed by the Property Service, which installs and operates the CCTV for its own purposes and holds the records. The Agency therefore does not hold the information you have asked for.")]
    [InlineData("The campus buildings are owned and managed by the Community Trust, which leases our part of the building to the school. The school does not have any cameras of its own and does not hold any information about the Trust's system.")]
    public void No_cctv_of_its_own_in_someone_elses_building_is_not_held(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("not_held", coding.Outcome);
        Assert.Equal("unknown", coding.Dahua);
    }

    // "At both campuses" gives one make for the whole estate, which names it; beside a denial of the other maker it answers the two
    // makers one by one (the corpus call of 2026-11-24), unlike "at all our sites".
    [Fact]
    public void The_cctv_at_both_campuses_named_as_one_make_is_the_whole_estate_unless_the_makers_are_answered_one_by_one()
    {
        AnswerCoding both = Code("The College's CCTV at both the Millbrook and Quarry Lane campuses is Hikvision. The capability survey is exempt under section 22(1).");
        AnswerCoding bothDenied = Code("The College's CCTV at both the Millbrook and Quarry Lane campuses is Hikvision. The College does not have any Dahua equipment. The capability survey is exempt under section 22(1).");
        AnswerCoding allDenied = Code("The College's CCTV at all of its sites is Hikvision. The College does not have any Dahua equipment. The capability survey is exempt under section 22(1).");
        AnswerCoding one = Code("The CCTV at the Quarry Lane depot is Hikvision. The College does not have any Dahua equipment. The capability survey is exempt under section 22(1).");

        Assert.Equal("no", both.OtherChinese);
        Assert.Equal("unknown", bothDenied.OtherChinese);
        Assert.Equal("no", allDenied.OtherChinese);
        Assert.Equal("unknown", one.OtherChinese);
    }

    [Theory]
    [InlineData("This mailbox is now closed. Requests for information should be sent to foi@example.gov.uk. Your email has NOT been passed on.", "auto_reply")]
    [InlineData("Thank you for your email. The school is closed for half term until Friday. We will reply to your message when we return on Monday.", "auto_reply")]
    [InlineData("I am writing to apologise that the Trust will not be able to respond to your request by the statutory deadline. We now expect to send you a full response by 2 May.", "acknowledgement")]
    [InlineData("The school's CCTV was installed by the Education Authority, so the information is held by them. I have forwarded your email to the Education Authority, who will reply to you.", "acknowledgement")]
    public void Closed_mailboxes_holidays_delays_and_forwarded_requests_are_their_own_kinds(string text, string kind)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(kind, coding.Kind);
    }

    [Theory]
    [InlineData("The Council does not operate any Hikvision cameras. At the Mill Lane depot the cameras came with the lease and we have not been able to establish their manufacturer. The Council's other CCTV is Axis (town hall) and Bosch (car parks).")]
    [InlineData("The hospitals use Hikvision cameras. There is no Dahua equipment at the hospitals. The clinic in the Market Street building has its landlord's cameras; the landlord has not confirmed the make to us. The Trust has no other CCTV.")]
    public void A_part_of_unknown_make_stays_open_beside_a_list_of_the_other_cctv(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("unknown", coding.Dahua);
        Assert.Equal("unknown", coding.OtherChinese);
    }

    [Fact]
    public void A_list_said_to_cover_everything_but_a_withheld_count_still_closes_the_estate()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "Freedom of Information response",
            "Summary: The Trust uses Hikvision and Dahua equipment. Every CCTV device in the Trust's estate is listed on the 'Sites' sheet. The Trust has no CCTV other than what is listed.",
            "Site: General hospital | Manufacturer: Hikvision | Device: Camera | Model: DS-2CD2T47G2-L | Quantity: 90",
            "Site: Health centres | Manufacturer: Dahua | Device: Camera | Model: IPC-HDW2441T-S | Quantity: 12",
            "Site: Secure unit | Manufacturer: Hikvision | Device: Camera | Model: Withheld - s.38(1) | Quantity: Withheld - s.38(1)");

        Assert.Equal(("yes", "yes"), (coding.Hikvision, coding.Dahua));
        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void One_more_camera_named_without_its_make_leaves_the_other_makers_open()
    {
        AnswerCoding coding = Code("The Parish Council has 3 cameras and a recorder at the village hall, all Hikvision. It has no Dahua equipment. We also have a camera on the playing field gate, which the sports club looks after for us.");
        AnswerCoding named = Code("The Parish Council has 3 cameras and a recorder at the village hall, all Hikvision. It has no Dahua equipment. We also have a camera on the playing field gate, which is Hikvision too.");

        Assert.Equal(("yes", "no", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
        Assert.Equal(("yes", "no", "no"), (named.Hikvision, named.Dahua, named.OtherChinese));
    }

    [Theory]
    [InlineData("Everything else (the town centre system, the leisure centres and the council offices) is Bosch.")]
    [InlineData("Everything else we have is Axis.")]
    [InlineData("The rest are Axis cameras recording to a Milestone server.")]
    public void Everything_else_named_closes_the_estate_even_when_part_of_the_answer_is_not_held(string rest)
    {
        AnswerCoding coding = Code("The Council has 12 Hikvision cameras at the Mill Road depot. We don't have anything made by Dahua. " + rest
            + " The service teams don't record model numbers, so that information isn't held; this is a notice under section 17 of the Freedom of Information (Scotland) Act 2002.");

        Assert.Equal("partial", coding.Outcome);
        Assert.Equal(("yes", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_brand_that_is_also_a_household_name_needs_cctv_words_near_it()
    {
        AnswerCoding heating = Code("The Council has 12 Hikvision cameras at the depot. It has no Dahua equipment. The heating system at the depot is Bosch.");

        Assert.Equal("unknown", heating.OtherChinese);
    }

    [Fact]
    public void An_other_line_in_a_list_of_makes_names_the_rest_but_other_makes_in_use_somewhere_do_not()
    {
        const string NotHeld = "\nWe do not hold the model numbers, which the installer kept. Under section 17 of the Freedom of Information (Scotland) Act 2002 we give notice that this information is not held.";
        AnswerCoding listed = Code("The Board uses the following CCTV equipment:\nHikvision - 40 cameras and 2 recorders (General Hospital)\nDahua - 0\nOther - Axis (Cottage Hospital), 12 cameras." + NotHeld);
        AnswerCoding chiefly = Code("The Board uses the following CCTV equipment:\nHikvision - 40 cameras and 2 recorders (General Hospital)\nDahua - 0\nOther makes are in use at some sites, chiefly Axis." + NotHeld);

        Assert.Equal(("partial", "yes", "no", "no"), (listed.Outcome, listed.Hikvision, listed.Dahua, listed.OtherChinese));
        Assert.Equal("unknown", chiefly.OtherChinese);
    }

    [Theory]
    [InlineData("The Authority's CCTV is made by Hikvision; there is no other CCTV.")]
    [InlineData("The school has 10 cameras and one recorder. The whole system is made by Hikvision.")]
    [InlineData("We have 9 cameras around the site; they're all Hikvision and were fitted by our installer in 2020.")]
    [InlineData("We use Hikvision throughout, except for the archive store where we use Axis cameras.")]
    public void One_make_said_of_the_whole_estate_closes_it_even_when_part_of_the_answer_is_withheld(string estate)
    {
        AnswerCoding coding = Code(estate + " We do not have any Dahua equipment. The model numbers are withheld under section 31(1)(a) of the Freedom of Information Act 2000.");

        Assert.Equal("partial", coding.Outcome);
        Assert.Equal(("yes", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Theory]
    [InlineData("The Authority can confirm that the majority of its CCTV cameras are manufactured by Hikvision.")]
    [InlineData("Some of the Authority's CCTV is manufactured by Hikvision.")]
    [InlineData("At the main campus (Riverside Road, Upper Town) the CCTV is Hikvision.")]
    public void One_make_said_of_part_of_the_estate_leaves_the_rest_open(string part)
    {
        AnswerCoding coding = Code(part + " We do not have any Dahua equipment. The model numbers are withheld under section 31(1)(a) of the Freedom of Information Act 2000.");

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.OtherChinese));
    }

    [Theory]
    [InlineData("Our main CCTV system is Avigilon (92 cameras). The rest of the College's cameras are Hanwha (18).")]
    [InlineData("The College also has 92 Avigilon cameras. In total the College has 98 CCTV devices; there are no others.")]
    [InlineData("The balance of our estate is Axis and Bosch.")]
    [InlineData("We believe the majority of our cameras are Avigilon. The remainder are Axis and Hanwha.")]
    public void The_rest_named_with_a_possessive_the_balance_of_the_estate_or_there_are_no_others_closes_it(string rest)
    {
        AnswerCoding coding = Code("The College has 6 Dahua cameras at the studio building. It does not use Hikvision. " + rest
            + " We do not hold the model numbers; under section 17 of the Freedom of Information (Scotland) Act 2002 this is a notice that the information is not held.");

        Assert.Equal("partial", coding.Outcome);
        Assert.Equal(("no", "yes", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Theory]
    [InlineData("Our cameras are predominantly made by Hikvision, a small number being IDIS.")]
    [InlineData("Our cameras are mostly Hikvision, the rest being Vicon cameras.")]
    [InlineData("Our cameras are mostly Hikvision, the rest being Synectics.")]
    public void Idis_vicon_and_synectics_are_non_chinese_makes_that_name_the_rest(string estate)
    {
        AnswerCoding coding = Code("The Council does not use any Dahua equipment. " + estate + " We do not hold the numbers; this is a notice under section 17 of the Freedom of Information (Scotland) Act 2002.");

        Assert.Equal(("yes", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Vicon_without_cctv_words_near_it_is_not_a_camera_make()
    {
        AnswerCoding coding = Code("The University uses Hikvision at its halls. It has no Dahua equipment. The sports science department's Vicon motion capture suite is used for gait analysis research in the biomechanics laboratory.");

        Assert.Equal("unknown", coding.OtherChinese);
    }

    [Fact]
    public void The_make_of_every_camera_as_the_object_of_a_survey_is_not_a_claim_about_every_camera()
    {
        AnswerCoding survey = Code("The Board's estate is a mix of makes including Hikvision, Uniview and Bosch. We do not hold the numbers or models. To establish the make of every camera would require a physical survey of 38 sites.");
        AnswerCoding every = Code("Every camera on the Board's estate is Axis. We do not hold the model numbers.");

        Assert.Equal(("yes", "unknown", "yes"), (survey.Hikvision, survey.Dahua, survey.OtherChinese));
        Assert.Equal(("no", "no", "no"), (every.Hikvision, every.Dahua, every.OtherChinese));
    }

    [Theory]
    [InlineData("The Council's own CCTV at its offices and depots is Hanwha. None of it is made by Hikvision or Dahua. The harbour has an older system that came with the pier; we have not been able to establish its manufacturer.")]
    [InlineData("We hold the number of cameras at headquarters (none of which are Hikvision or Dahua). We are unable to confirm the manufacturer of the cameras at the older regional offices.")]
    public void A_denial_said_of_the_equipment_just_described_leaves_a_part_of_unknown_make_open(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("unknown", "unknown"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_denial_said_of_the_equipment_just_described_still_denies_when_nothing_else_is_unknown()
    {
        AnswerCoding coding = Code("The Council has 30 Axis cameras and a Milestone server. None of them are Hikvision or Dahua.");

        Assert.Equal(("no", "no"), (coding.Hikvision, coding.Dahua));
    }

    // The corpus call of 2026-11-24 (tests/data/replies/README.md, "One maker beside a denial of the other"): one make given for the
    // system beside a denial of the other maker answers the two makers one by one; only words such as "all", "only" or "no
    // other", the rest named, or an asset list close the estate.
    [Theory]
    [InlineData("The Authority's CCTV is made by Hikvision. We do not have any Dahua devices.")]
    [InlineData("The Academy's CCTV system is TruVision (Interlogix), fitted in 2018. The Academy does not use any Dahua equipment.")]
    [InlineData("Our CCTV cameras and recorder are Annke branded; our installer tells us Annke is made by Hikvision. We have no Dahua.")]
    public void One_make_given_for_the_system_beside_a_denial_of_the_other_maker_leaves_other_makers_open(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
        Assert.Equal("unknown", coding.OtherChinese);
    }

    [Theory]
    [InlineData("The Authority's CCTV is made by Hikvision. We do not have any Dahua devices. There is no other CCTV.")]
    [InlineData("The Academy's CCTV system is TruVision (Interlogix). These are all of the Academy's cameras, and there is no Dahua.")]
    [InlineData("Our CCTV is a Hikvision system of six cameras. There aren't any other cameras on site, and nothing from Dahua.")]
    [InlineData("The Authority's CCTV is made by Hikvision.")]
    public void One_make_for_the_system_closes_the_estate_when_words_say_so_or_no_maker_is_denied(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.OtherChinese);
    }

    [Fact]
    public void A_denial_after_and_it_has_is_a_clause_of_its_own()
    {
        AnswerCoding coding = Code("All of the Board's CCTV is Hikvision and it has no Dahua equipment.");

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("no", coding.Dahua);
        Assert.Equal("no", coding.OtherChinese);
    }

    [Theory]
    [InlineData("The Constabulary uses 40 Hikvision cameras. I am not disclosing whether the Constabulary holds equipment from any other manufacturer, by virtue of section 24(1).")]
    [InlineData("The Board has 12 Hikvision cameras. It will neither confirm nor deny whether it uses equipment from other makers.")]
    public void Withholding_whether_other_makers_are_used_leaves_them_open(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal("yes", coding.Hikvision);
        Assert.Equal("unknown", coding.OtherChinese);
    }

    [Fact]
    public void Saying_no_other_maker_is_used_still_closes_the_estate()
    {
        AnswerCoding coding = Code("The Constabulary uses 40 Hikvision cameras. It holds no equipment from any other manufacturer.");

        Assert.Equal(("yes", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Theory]
    [InlineData("Site | Make | Quantity\nDepot | Hikvision | 12\nOffices | Dahua | 4\n\nOnly Hikvision and Dahua devices are listed, as you asked. The Service's other CCTV equipment is not included in this table.")]
    [InlineData("We have 12 Hikvision cameras at the depot and 4 Dahua cameras at the offices. Our remaining cameras are not listed here.")]
    public void A_list_that_says_the_other_cctv_is_left_out_leaves_other_makers_open(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("yes", "yes", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void A_list_whose_other_cctv_is_named_still_closes_the_estate()
    {
        AnswerCoding coding = Code("We have 12 Hikvision cameras at the depot and 4 Dahua cameras at the offices. Our other CCTV equipment is Axis.");

        Assert.Equal(("yes", "yes", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void No_cctv_or_recording_devices_so_no_named_maker_denies_every_maker()
    {
        AnswerCoding coding = Code("The Parish Council has no CCTV cameras or recording devices, and so it does not use Hikvision or Dahua products.");

        Assert.Equal(("no", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Not_holding_the_make_of_one_sites_cameras_leaves_other_makers_open()
    {
        AnswerCoding coding = Code("Two of the Trust's academies use Hikvision cameras, 40 in all. The third academy's cameras are run by its PFI provider, and the Trust does not hold the make, number or models of those cameras.");

        Assert.Equal(("yes", "unknown", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
        Assert.Equal("partial", coding.Outcome);
    }

    [Fact]
    public void Cctv_in_a_building_owned_and_managed_by_another_body_is_not_held()
    {
        AnswerCoding coding = Code("The Office has no CCTV of its own. It occupies two floors of a building owned and managed by the county council, which runs any cameras there and keeps all records about them. The Office holds no information about those cameras.");

        Assert.Equal("not_held", coding.Outcome);
        Assert.Equal(("unknown", "unknown", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Theory]
    [InlineData("The school's CCTV system is made by Hikvision. There are 32 Hikvision cameras and 2 Hikvision recorders. There is also one older camera in the bus bay which was not replaced in 2019. It has no markings.")]
    [InlineData("The school's CCTV system is made by Hikvision. There are 32 Hikvision cameras. There is also one older camera in the bus bay. The site manager thinks it could be a Dahua camera, but we have not been able to confirm this.")]
    [InlineData("The school's CCTV system is made by Hikvision. There are 32 Hikvision cameras. There is also one older camera in the bus bay. We have not been able to confirm who made it.")]
    [InlineData("The school's CCTV system is made by Hikvision, 32 cameras. The older camera in the bus bay could be a Dahua.")]
    public void A_camera_whose_make_is_unmarked_or_guessed_leaves_the_system_make_short_of_the_estate(string text)
    {
        AnswerCoding coding = Code(text);

        Assert.Equal(("yes", "unknown", "unknown"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void Equipment_of_withheld_make_said_not_to_be_the_maker_leaves_its_denial_standing()
    {
        AnswerCoding coding = Code("The CCTV at headquarters is an Avigilon system. Four rural stations have Hikvision systems. No Dahua equipment has been identified across the force estate. The force also operates ANPR cameras; these cameras are not manufactured by Hikvision or Dahua. Their manufacturer is withheld under section 31(1)(a).");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void Equipment_of_withheld_make_not_said_to_be_otherwise_leaves_a_maker_not_found_open()
    {
        AnswerCoding coding = Code("The CCTV at headquarters is an Avigilon system. Four rural stations have Hikvision systems. No Dahua equipment has been identified across the force estate. The manufacturer of the force's ANPR cameras is withheld under section 31(1)(a).");

        Assert.Equal(("yes", "unknown"), (coding.Hikvision, coding.Dahua));
    }
}
