using Sightline.Core.Answers;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;

namespace Sightline.Core.Tests.Campaigns;

public sealed class CampaignTemplateTests
{
    [Fact]
    public void An_unknown_merge_field_is_an_error_naming_the_field_and_the_line()
    {
        bool ok = CampaignTemplate.TryParse("Subject: FOI {reference}\n\nDear {body_name},\nPlease reply by {deu_date}.\n", "request.txt", out var template, out var errors);

        Assert.False(ok);
        Assert.Null(template);
        string error = Assert.Single(errors);
        Assert.StartsWith("request.txt:4: unknown merge field {deu_date}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_are_filled_and_the_reference_is_always_in_the_subject()
    {
        Assert.True(CampaignTemplate.TryParse("Subject: CCTV cameras\n\nDear {body_name},\nUnder the {law_citation} ({reference}).\n{requester_name}", "t.txt", out var template, out _));
        var (subject, body) = template.Render(new Dictionary<string, string>
        {
            ["body_name"] = "Testshire Council", ["law_citation"] = "Freedom of Information Act 2000", ["reference"] = "CCTV-0007", ["requester_name"] = "Jo",
        });

        Assert.Equal("CCTV cameras [CCTV-0007]", subject);
        Assert.Equal("Dear Testshire Council,\nUnder the Freedom of Information Act 2000 (CCTV-0007).\nJo\n", body);
    }

    [Fact]
    public void An_unclosed_brace_and_an_empty_body_are_reported()
    {
        Assert.False(CampaignTemplate.TryParse("Subject: x {reference\n\n", "t.txt", out _, out var errors));
        Assert.Contains(errors, e => e.StartsWith("t.txt:1: '{' without a closing '}'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("the request text is empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("foi@council.gov.uk", true)]
    [InlineData("foi+CCTV-0001@replies.example.org", true)]
    [InlineData("foi@council", false)]
    [InlineData("foi @council.gov.uk", false)]
    [InlineData("foi@@council.gov.uk", false)]
    [InlineData("Jo <jo@x.org>", false)]
    [InlineData(".foi@council.gov.uk", false)]
    public void Addresses_are_checked(string address, bool valid) => Assert.Equal(valid, EmailAddress.IsValid(address));

    [Fact]
    public void A_sender_identity_parses_with_or_without_a_name()
    {
        Assert.True(MailIdentity.TryParse("\"Jo Bloggs\" <jo@example.org>", out var named, out _));
        Assert.Equal(new MailIdentity("Jo Bloggs", "jo@example.org"), named);
        Assert.False(MailIdentity.TryParse("Jo Bloggs <jo@example>", out _, out string? error));
        Assert.Contains("jo@example", error, StringComparison.Ordinal);
    }
}

public sealed class MatchingAndTriageTests
{
    [Theory]
    [InlineData("foi+cctv24-0042@replies.example.org", "CCTV24-0042")]
    [InlineData("FOI+CCTV24-0042@replies.example.org", "CCTV24-0042")]
    [InlineData("foi@replies.example.org", null)]
    [InlineData("foi+not a ref@replies.example.org", null)]
    public void The_reference_is_read_from_a_plus_address(string address, string? reference) => Assert.Equal(reference, ReplyMatcher.PlusReference(address));

    [Fact]
    public void Only_known_prefixes_count_as_references_in_a_subject()
    {
        Assert.Equal(["CCTV24-0042"], ReplyMatcher.SubjectReferences("RE: FOI request cctv24-0042 (our ref FOI-2024-123)", ["CCTV24"]));
        Assert.Empty(ReplyMatcher.SubjectReferences("RE: your request FOI-2024-123", ["CCTV24"]));
    }

    private static AnswerCoding Coding(string kind, string outcome = "none") => new(kind, outcome, "unknown", "unknown", "unknown", [], [], [], null, null, [], [], 0.9);

    [Theory]
    [InlineData("delivery_failure", RequestEventKind.DeliveryFailed, false)]
    [InlineData("acknowledgement", RequestEventKind.Acknowledged, false)]
    [InlineData("clarification_request", RequestEventKind.ClarificationRequested, true)]
    [InlineData("fees_notice", RequestEventKind.FeesNotice, true)]
    [InlineData("refusal_notice", RequestEventKind.RefusalReceived, true)]
    [InlineData("answer", RequestEventKind.AnswerReceived, true)]
    public void Each_kind_of_reply_gives_its_lifecycle_event(string kind, RequestEventKind expected, bool proposed)
    {
        var (e, propose, _) = Triage.Decide(Coding(kind), new DateOnly(2026, 11, 23), "foi@x.gov.uk: 5.1.1 user unknown");

        Assert.Equal(expected, e!.Kind);
        Assert.Equal(proposed, propose);
    }

    [Fact]
    public void Auto_replies_change_nothing_and_answers_carry_their_outcome()
    {
        Assert.Null(Triage.Decide(Coding("auto_reply"), new DateOnly(2026, 11, 23), null).Event);
        Assert.Equal("not_held", Triage.Decide(Coding("answer", "not_held"), new DateOnly(2026, 11, 23), null).Event!.Outcome);
        Assert.Equal("foi@x.gov.uk: 5.1.1 user unknown", Triage.Decide(Coding("delivery_failure"), new DateOnly(2026, 11, 23), "foi@x.gov.uk: 5.1.1 user unknown").Event!.Note);
    }
}
