using Sightline.Core.Answers;
using Sightline.Core.Bodies;
using Sightline.Core.Review;
using Sightline.Core.Statistics;

namespace Sightline.Core.Tests.Review;

public sealed class ReviewRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    internal static AnswerCoding Coding(string outcome = "answered", string hikvision = "yes", string dahua = "no") =>
        new("answer", outcome, hikvision, dahua, "unknown", [], ["face_detection"], [], 12, null, [], [new CodingEvidence("hikvision", "yes", "We use Hikvision.", "reply.txt", 0, 17, null, null, null)], 0.9);

    private static ProposedCoding Proposed(long id, ReviewState state = ReviewState.Proposed) =>
        new(new ProposedCodingId(id), "cctv-2026", "la-e08000035", "Leeds City Council", "reply.txt", "We use Hikvision.", Coding(), state, null, null, null);

    [Fact]
    public void Accepting_keeps_the_proposal_and_records_who_and_when()
    {
        ProposedCoding after = ReviewRules.Apply(new ReviewDecision(new(1), ReviewAction.Accept, null, "r@example.test", null), Proposed(1), At);
        Assert.Equal(ReviewState.Accepted, after.State);
        Assert.Equal(after.Proposed, after.Reviewed);
        Assert.Equal("r@example.test", after.ReviewedBy);
        Assert.Equal(At, after.ReviewedAt);
    }

    [Fact]
    public void A_correction_replaces_the_codes_and_a_rejection_leaves_none()
    {
        var corrected = ReviewRules.Apply(new ReviewDecision(new(1), ReviewAction.Correct, Coding(hikvision: "no"), "r", null), Proposed(1), At);
        var rejected = ReviewRules.Apply(new ReviewDecision(new(1), ReviewAction.Reject, null, "r", null), Proposed(1), At);
        Assert.Equal("no", corrected.Current.Hikvision);
        Assert.Null(rejected.Reviewed);
        Assert.Equal(ReviewState.Rejected, rejected.State);
    }

    [Theory]
    [InlineData("answered", "maybe", "A maker value")]
    [InlineData("perhaps", "yes", "An outcome")]
    public void Corrections_with_unknown_codes_are_refused(string outcome, string hikvision, string because)
    {
        string? reason = ReviewRules.Validate(new ReviewDecision(new(1), ReviewAction.Correct, Coding(outcome, hikvision), "r", null), Proposed(1));
        Assert.True(reason is not null, because);
    }

    [Fact]
    public void A_correction_without_codes_or_a_decision_without_reviewer_is_refused()
    {
        Assert.NotNull(ReviewRules.Validate(new ReviewDecision(new(1), ReviewAction.Correct, null, "r", null), Proposed(1)));
        Assert.NotNull(ReviewRules.Validate(new ReviewDecision(new(1), ReviewAction.Accept, null, " ", null), Proposed(1)));
    }

    [Fact]
    public void Only_reviewed_codes_are_published_unless_the_campaign_allows_unreviewed_ones()
    {
        ProposedCoding[] all = [Proposed(1), Proposed(2, ReviewState.Accepted), Proposed(3, ReviewState.Corrected), Proposed(4, ReviewState.Rejected)];
        Assert.Equal([2L, 3L], ReviewRules.Publishable(all, includeUnreviewed: false).Select(c => c.Id.Value));
        Assert.Equal([1L, 2L, 3L], ReviewRules.Publishable(all, includeUnreviewed: true).Select(c => c.Id.Value));
    }

    [Fact]
    public void A_reviewed_coding_becomes_the_bodys_campaign_result()
    {
        var body = new Body { Id = BodyId.TryParse("la-e08000035", out BodyId? id) ? id.Value : default, Name = "Leeds City Council", Sector = Sector.Council, Nation = Nation.England, Region = Region.YorkshireAndTheHumber, Source = "test" };
        CodedResult result = ReviewRules.ToCodedResult(Proposed(1, ReviewState.Accepted) with { Reviewed = Coding() }, body);
        Assert.Equal((ResultOutcome.Answered, Finding.Yes, Finding.No, 12), (result.Outcome, result.Hikvision, result.Dahua, result.HikvisionCount));
        Assert.Equal(Region.YorkshireAndTheHumber, result.Region);
        Assert.Single(result.Capabilities);
    }
}
