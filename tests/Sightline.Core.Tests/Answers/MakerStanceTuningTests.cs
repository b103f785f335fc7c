using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

/// <summary>The maker rules added while tuning on d1001–d1112, d1611–d1720 and d2766–d2875 (first held out, moved to dev on
/// 2026-11-24): a totals line's "Dahua 0", a removal told in the next sentence after a longer lead ("These had been fitted by a
/// previous tenant and were removed"), and a relative clause about how a system is linked ("standalone systems that are not
/// connected to the network"), which negates nothing about the maker; the Welsh half of a bilingual line is not read as a claim;
/// an installer's "fixed-price rip and replace" offer is a sales mail. Sentences are written for this file (not taken from the
/// corpus), with the cases each rule must leave alone.</summary>
public sealed class MakerStanceTuningTests
{
    private static AnswerCoding Code(string text) => CoderHarness.Code(text);

    [Fact]
    public void A_zero_in_a_totals_line_denies_the_maker()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "Yes, Hikvision. See the sheet for the complete list of CCTV equipment on all campuses.",
            "Campus: North | Manufacturer: Hikvision | Model: DS-2CD2386G2-IU | Qty: 30",
            "Campus: Totals | Building: Hikvision 30; Dahua 0; Axis 12");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void A_count_in_a_totals_line_is_still_the_maker()
    {
        AnswerCoding coding = CoderHarness.CodeTable(
            "Yes, Dahua. See the sheet for the complete list of CCTV equipment on all campuses.",
            "Campus: North | Manufacturer: Dahua | Model: IPC-HFW2431S-S-S2 | Qty: 10",
            "Campus: Totals | Building: Hikvision 0; Dahua 10; Axis 12");

        Assert.Equal(("no", "yes"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void Equipment_found_and_then_said_to_be_removed_after_a_longer_lead_is_gone()
    {
        AnswerCoding coding = Code("The Trust's CCTV is Bosch. A few Dahua cameras were found in the pharmacy store room during the review. These had been put up by a previous tenant of the building and were removed in January 2023.");

        Assert.Equal("no", coding.Dahua);
    }

    [Fact]
    public void Equipment_found_and_said_to_be_still_in_use_stays()
    {
        AnswerCoding coding = Code("The Trust's CCTV is Bosch. A few Dahua cameras were found in the pharmacy store room during the review. These had been put up by a previous tenant of the building and are still in use.");

        Assert.Equal("yes", coding.Dahua);
    }

    [Fact]
    public void A_system_not_connected_to_the_network_is_still_there()
    {
        AnswerCoding coding = Code("Some Hikvision cameras remain in use at two regional offices on standalone systems that are not connected to the Department's network. The Department has no Dahua equipment.");

        Assert.Equal(("yes", "no"), (coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void No_maker_cameras_connected_to_the_network_is_still_a_denial()
    {
        AnswerCoding coding = Code("The Council has no Hikvision cameras that are connected to its network, and no Dahua equipment.");

        Assert.Equal("no", coding.Hikvision);
    }

    [Fact]
    public void The_welsh_half_of_a_bilingual_network_notice_names_no_maker()
    {
        AnswerCoding coding = Code("The Council's CCTV is Axis and Hanwha; these are the only systems.\nRhybudd: ni chaniateir cysylltu dyfeisiau gan Hikvision, Dahua, Huawei na ZTE â rhwydwaith y Cyngor. / Notice: devices from Hikvision, Dahua, Huawei or ZTE must not be connected to the Council network.");

        Assert.Equal(("no", "no", "no"), (coding.Hikvision, coding.Dahua, coding.OtherChinese));
    }

    [Fact]
    public void The_english_half_of_a_bilingual_line_still_names_the_maker()
    {
        AnswerCoding coding = Code("Mae gan y Cyngor 12 o gamerâu Hikvision yn y llyfrgell. / The Council has 12 Hikvision cameras at the library.");

        Assert.Equal("yes", coding.Hikvision);
    }

    [Fact]
    public void A_sales_mail_offering_to_rip_and_replace_named_models_is_not_an_answer()
    {
        AnswerCoding coding = Code("I saw your request about CCTV on WhatDoTheyKnow. If your research shows that bodies still use Hikvision DS-2CD2143G2-I or Dahua IPC-HDW2431T cameras, we offer a fixed-price rip and replace service with finance available. Reply to this email for a free site survey.");

        Assert.Equal(("other", "unknown", "unknown"), (coding.Kind, coding.Hikvision, coding.Dahua));
    }

    [Fact]
    public void An_answer_that_mentions_a_fixed_price_contract_is_still_an_answer()
    {
        AnswerCoding coding = Code("The Council has 14 Hikvision cameras at the depot, installed in 2021 under a fixed-price contract. The Council does not use Dahua.");

        Assert.Equal(("answer", "yes", "no"), (coding.Kind, coding.Hikvision, coding.Dahua));
    }
}
