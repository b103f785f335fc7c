using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Review;
using Sightline.Hosting.Mail;
using Sightline.Mail;

namespace Sightline.Web.Tests;

/// <summary>Mail and review are one flow: a reply filed by the mail ingestor is reviewed in the workspace, and the decision is
/// the coded status the command line reports.</summary>
public sealed class ReviewFlowTests(WorkspaceWebFactory web) : IClassFixture<WorkspaceWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A campaign of one request to a police force, and the force's reply ingested as a mailbox would deliver it.</summary>
    internal static async Task<(Campaign Campaign, PlannedRequest Request, IngestResult Ingested)> CampaignWithReplyAsync(WorkspaceWebFactory web, string reply, bool toReplyAddress = true)
    {
        string prefix = "F" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Assert.True(CampaignTemplate.TryParse("Dear {body_name}, ({reference})", "t", out var template, out _));
        var campaign = new Campaign(prefix.ToLowerInvariant(), prefix, template, Campaign.DefaultCodebook, new MailIdentity("Jo", "jo@example.test"), "foi", "example.test",
            "Jo", "jo@example.test", Created);
        string reference = Campaign.ReferenceFor(prefix, 1);
        var request = new PlannedRequest(reference, 1, web.Police[12], "foi@force.example.test", campaign.ReplyAddressFor(reference));
        await using var scope = web.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ICampaignStore>().CreateAsync(campaign, [request], Ct));
        string to = toReplyAddress ? request.ReplyAddress : "foi@example.test";
        string subject = toReplyAddress ? $"RE: Freedom of Information request [{reference}]" : "RE: your request";
        byte[] eml = Encoding.UTF8.GetBytes($"From: FOI Team <foi@force.example.test>\r\nTo: {to}\r\nSubject: {subject}\r\n" +
            $"Message-ID: <{Guid.NewGuid():N}@force.example.test>\r\nDate: {Created.AddDays(5).ToString("r", CultureInfo.InvariantCulture)}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{reply}\r\n");
        IngestResult ingested = await scope.ServiceProvider.GetRequiredService<MailIngestor>().IngestAsync(new RawMessage(0, "reply.eml", eml), null, Ct);
        return (campaign, request, ingested);
    }

    [Fact]
    public async Task A_reply_filed_from_the_mailbox_is_accepted_in_the_workspace_and_the_request_shows_it_accepted()
    {
        const string reply = "Dear Jo,\r\n\r\nWe can confirm that the force uses 12 cameras made by Hikvision in its custody suites. No Dahua equipment is used.\r\n\r\nFOI Team";
        var (campaign, request, ingested) = await CampaignWithReplyAsync(web, reply);
        Assert.Equal("filed", ingested.Outcome);
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Reviewer);

        string queue = await client.GetStringAsync($"/workspace/review?campaign={campaign.Name}", Ct);
        Core.Review.ProposedCoding item;
        await using (var scope = web.Services.CreateAsyncScope())
        {
            item = Assert.Single(await scope.ServiceProvider.GetRequiredService<IReviewStore>().ListAsync(campaign.Name, ReviewState.Proposed, 10, Ct));
        }

        string path = $"/workspace/review/{item.Id.Value}";
        string page = await client.GetStringAsync(path, Ct);
        string token = await WorkspaceWebFactory.TokenAsync(client, path);
        using var accepted = await client.PostAsync($"{path}?handler=Accept", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Contains(path, queue, StringComparison.Ordinal);
        Assert.Contains("cameras made by Hikvision", page, StringComparison.Ordinal);
        Assert.Contains(request.Reference, page, StringComparison.Ordinal);
        Assert.Equal(request.Body.Id.Value, item.BodyKey);
        Assert.Equal("yes", item.Proposed.Hikvision);
        Assert.Contains(item.Proposed.Evidence, e => e.Start >= 0 && item.Text[e.Start..e.End].Contains("Hikvision", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using (var scope = web.Services.CreateAsyncScope())
        {
            StoredCoding coded = Assert.Single(await scope.ServiceProvider.GetRequiredService<IProposedCodingStore>().ListAsync(null, request.Reference, 10, Ct));
            Assert.Equal((ReviewStatus.Accepted, WorkspaceWebFactory.Reviewer), (coded.Status, coded.Reviewer));
        }
    }

    [Fact]
    public async Task The_queue_can_put_the_least_confident_replies_first_and_marks_them_to_be_read_in_full()
    {
        // A whole-estate answer is confident; one that names Hikvision and denies Dahua leaves other makers open, the call
        // readers most often make differently.
        var (sure, _, _) = await CampaignWithReplyAsync(web, "Dear Jo,\r\n\r\nAll 20 of the force's cameras are Hikvision, and there is no other CCTV.\r\n\r\nFOI Team");
        var (unsure, _, _) = await CampaignWithReplyAsync(web, "Dear Jo,\r\n\r\nWe have 12 Hikvision cameras at the depot. We do not have any Dahua equipment.\r\n\r\nFOI Team");
        using HttpClient client = await web.ClientAsync(WorkspaceWebFactory.Reviewer);

        string byConfidence = await client.GetStringAsync("/workspace/review?order=confidence", Ct);
        string bySize = await client.GetStringAsync($"/workspace/review?campaign={sure.Name}", Ct);
        string unsurePage = await client.GetStringAsync($"/workspace/review?campaign={unsure.Name}", Ct);

        int unsureAt = byConfidence.IndexOf($"— {unsure.Name}<", StringComparison.Ordinal);
        int sureAt = byConfidence.IndexOf($"— {sure.Name}<", StringComparison.Ordinal);
        Assert.True(unsureAt >= 0 && sureAt > unsureAt, $"{unsure.Name} at {unsureAt}, {sure.Name} at {sureAt}");
        Assert.Contains("class=\"code read-in-full\"", unsurePage, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"code read-in-full\"", bySize, StringComparison.Ordinal);
        Assert.Contains("least confident first</a>", bySize, StringComparison.Ordinal);
    }
}
