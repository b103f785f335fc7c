using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;
using Sightline.Testing;

namespace Sightline.Storage.Tests.Campaigns;

/// <summary>Campaign, outbox and inbox stores, and the outbox runner's exactly-once rule, against every engine (fake transport).</summary>
public abstract class CorrespondenceStoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = fixture.Scope();
        return await action(scope.ServiceProvider);
    }

    private async Task<(Campaign Campaign, IReadOnlyList<PlannedRequest> Requests)> CreateAsync(int count)
    {
        string prefix = "S" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Assert.True(CampaignTemplate.TryParse("Dear {body_name}, ({reference})", "t", out var template, out _));
        var campaign = new Campaign(prefix.ToLowerInvariant(), prefix, template, Campaign.DefaultCodebook, new MailIdentity("Jo", "jo@example.test"), "foi", "example.test",
            "Jo", "jo@example.test", Now);
        var requests = Enumerable.Range(1, count).Select(n => new PlannedRequest(Campaign.ReferenceFor(prefix, n), n,
            Some.Body($"Council {prefix} {n}"), $"foi@b{n}.{prefix.ToLowerInvariant()}.example.test", campaign.ReplyAddressFor(Campaign.ReferenceFor(prefix, n)))).ToList();
        Assert.True(await WithAsync(sp => sp.GetRequiredService<ICampaignStore>().CreateAsync(campaign, requests, Ct)));
        return (campaign, requests);
    }

    private async Task QueueAsync(Campaign campaign, IReadOnlyList<PlannedRequest> requests) =>
        await WithAsync(async sp =>
        {
            await sp.GetRequiredService<IOutboxStore>().AddAsync([.. requests.Select(r => new NewOutboxMessage(r.Reference, campaign.Name, "request",
                $"{r.Reference.ToLowerInvariant()}.{Guid.NewGuid():N}@example.test", campaign.Sender.ToString(), r.Email, r.ReplyAddress, r.ReplyAddress, campaign.CopyAddress,
                "FOI " + r.Reference, "Dear body", null, OutboxState.Queued, Now))], Ct);
            return true;
        });

    [Fact]
    public async Task A_campaign_is_created_in_bulk_and_ordinary_request_inserts_continue_after_it()
    {
        var (campaign, requests) = await CreateAsync(1200);

        var loaded = await WithAsync(sp => sp.GetRequiredService<ICampaignStore>().LoadRequestsAsync(campaign.Name, Ct));
        bool again = await WithAsync(sp => sp.GetRequiredService<ICampaignStore>().CreateAsync(campaign with { Name = campaign.Name + "x" }, requests.Take(1).ToList(), Ct));
        bool ordinary = await WithAsync(sp => sp.GetRequiredService<IRequestStore>().CreateAsync(new FoiRequest
        {
            Reference = RequestReference.Parse("ORD-" + Guid.NewGuid().ToString("N")[..8]), BodyId = BodyId.For(Sector.Council, "x"), BodyName = "X",
        }, Ct));

        Assert.Equal(1200, loaded.Count);
        Assert.Equal(requests.Select(r => r.Reference), loaded.Select(r => r.Request.Reference.Value));
        Assert.All(loaded, r => Assert.Equal(RequestEventKind.Created, Assert.Single(r.Request.Events).Kind));
        Assert.False(again); // the prefix is taken
        Assert.True(ordinary); // the identity sequence was moved past the bulk-inserted keys
    }

    [Fact]
    public async Task Concurrent_claims_never_hand_one_message_to_two_senders()
    {
        var (campaign, requests) = await CreateAsync(120);
        await QueueAsync(campaign, requests);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            var mine = new List<string>();
            for (int round = 0; ; round++)
            {
                // A new owner each round: a claim returns everything its owner holds.
                var batch = await WithAsync(sp => sp.GetRequiredService<IOutboxStore>().ClaimAsync($"sender-{i}-{round}", 7, campaign.Name, Now, Now.AddMinutes(5), Ct));
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(m => m.Reference));
            }
        }, Ct)));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(120, all.Count);
        Assert.Equal(120, all.Distinct().Count());
    }

    [Fact]
    public async Task Messages_left_sending_by_a_crash_are_settled_by_their_copy_and_never_sent_blindly()
    {
        var (campaign, requests) = await CreateAsync(3);
        await QueueAsync(campaign, requests);
        var claimed = await WithAsync(sp => sp.GetRequiredService<IOutboxStore>().ClaimAsync("crashed", 10, campaign.Name, Now, Now.AddSeconds(30), Ct));
        foreach (OutboxMessage m in claimed)
        {
            Assert.True(await WithAsync(sp => sp.GetRequiredService<IOutboxStore>().BeginSendingAsync(m.Id, "crashed", Now, Now.AddSeconds(30), Ct)));
        }

        // The first left (its copy is in the mailbox), the second never did, the third cannot be checked.
        var checker = new FakeChecker(new() { [claimed[0].MessageId] = true, [claimed[1].MessageId] = false });
        var clock = new FixedClock(Now.AddMinutes(5));
        var transport = new FakeTransport(_ => new SendOutcome.Accepted("250 2.0.0 Ok: queued as ABC"));
        var settings = new OutboxSettings(0, 0, ReconcileAfter: TimeSpan.FromMinutes(1));
        OutboxRunReport report = await WithAsync(async sp =>
        {
            var runner = new OutboxRunner(sp.GetRequiredService<IOutboxStore>(), clock, d => DateOnly.FromDateTime(d.UtcDateTime));
            await runner.ReconcileAsync(checker, settings, Ct);
            return await runner.RunAsync(transport, settings, campaign.Name, "restarted", Ct);
        });

        Assert.Equal([claimed[1].MessageId], transport.Sent);
        Assert.Equal(1, report.Sent);
        var counts = await WithAsync(sp => sp.GetRequiredService<IOutboxStore>().CountAsync(campaign.Name, Ct));
        Assert.Equal((2, 1), (counts[OutboxState.Sent], counts[OutboxState.Uncertain]));
        var loaded = await WithAsync(sp => sp.GetRequiredService<ICampaignStore>().LoadRequestsAsync(campaign.Name, Ct));
        Assert.All(loaded.Take(2), r => Assert.Single(r.Request.Events, e => e.Kind == RequestEventKind.Sent));
        Assert.DoesNotContain(loaded[2].Request.Events, e => e.Kind == RequestEventKind.Sent);
    }

    [Fact]
    public async Task Temporary_refusals_are_retried_later_and_permanent_ones_fail_the_request_with_the_reason()
    {
        var (campaign, requests) = await CreateAsync(2);
        await QueueAsync(campaign, requests);
        var transport = new FakeTransport(m => m.Reference.EndsWith("0001", StringComparison.Ordinal)
            ? new SendOutcome.Temporary("451 4.3.2 try again later") : new SendOutcome.Permanent("550 5.1.1 <foi@b2>: User unknown"));
        var clock = new FixedClock(Now);
        OutboxRunReport report = await WithAsync(sp => new OutboxRunner(sp.GetRequiredService<IOutboxStore>(), clock, d => DateOnly.FromDateTime(d.UtcDateTime))
            .RunAsync(transport, OutboxSettings.NoPacing, campaign.Name, "one", Ct));

        Assert.Equal((0, 1, 1), (report.Sent, report.Failed, report.Deferred));
        Assert.Equal(Now + OutboxSettings.BackOff(1), await WithAsync(sp => sp.GetRequiredService<IOutboxStore>().NextDueAsync(campaign.Name, Ct)));
        var loaded = await WithAsync(sp => sp.GetRequiredService<ICampaignStore>().LoadRequestsAsync(campaign.Name, Ct));
        RequestEvent failed = Assert.Single(loaded[1].Request.Events, e => e.Kind == RequestEventKind.DeliveryFailed);
        Assert.Contains("550 5.1.1", failed.Note, StringComparison.Ordinal);
        Assert.Equal("queued", loaded[0].OutboxState);
    }

    [Fact]
    public async Task The_same_message_is_stored_once_and_the_cursor_moves_with_it()
    {
        var (_, requests) = await CreateAsync(1);
        byte[] raw = Encoding.UTF8.GetBytes($"From: foi@b1.example.test\r\nTo: {requests[0].ReplyAddress}\r\nSubject: RE\r\nMessage-ID: <{Guid.NewGuid():N}@x>\r\n\r\nThanks.\r\n");
        var message = new ReceivedMessage(raw, "m@x", "foi@b1.example.test", [requests[0].ReplyAddress], "RE", Now, [], [new ReceivedAttachment("a.txt", "text/plain", Encoding.UTF8.GetBytes("hello"))]);
        var filing = new Filing(requests[0].Reference, "reply_address", "acknowledgement", "acknowledged", new RequestEvent(RequestEventKind.Acknowledged, new DateOnly(2026, 11, 23)), null);
        string source = "imap://test-" + Guid.NewGuid().ToString("N");

        long? first = await WithAsync(sp => sp.GetRequiredService<IInboxStore>().IngestAsync(message, filing, new MailCursor(source, 7, 1), Ct));
        long? second = await WithAsync(sp => sp.GetRequiredService<IInboxStore>().IngestAsync(message, filing, new MailCursor(source, 7, 2), Ct));

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(new MailCursor(source, 7, 2), await WithAsync(sp => sp.GetRequiredService<IInboxStore>().GetCursorAsync(source, Ct)));
        StoredMessage stored = Assert.Single(await WithAsync(sp => sp.GetRequiredService<IInboxStore>().ListAsync(requests[0].Reference, false, 10, Ct)));
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", Assert.Single(stored.Attachments).Sha256); // SHA-256 of "hello"
        Assert.Equal(raw, await WithAsync(sp => sp.GetRequiredService<IInboxStore>().ReadBlobAsync(stored.Sha256, Ct)));
        var loaded = await WithAsync(sp => sp.GetRequiredService<IRequestStore>().FindAsync(RequestReference.Parse(requests[0].Reference), Ct));
        Assert.Single(loaded!.Events, e => e.Kind == RequestEventKind.Acknowledged);
    }

    [Fact]
    public async Task A_filed_reply_with_proposed_codes_enters_the_review_queue_and_the_decision_is_its_status()
    {
        var (campaign, requests) = await CreateAsync(2);
        const string text = "We confirm that the council uses cameras made by Hikvision.";
        int start = text.IndexOf("cameras made by Hikvision", StringComparison.Ordinal);
        var coding = new Core.Answers.AnswerCoding("answer", "answered", "yes", "no", "unknown", [], [], [], null, null, [],
            [new Core.Answers.CodingEvidence("hikvision", "yes", "cameras made by Hikvision", "reply.eml", start, start + 25, null, null, null)], 0.8);
        async Task<long?> IngestAsync(PlannedRequest request, string body) => await WithAsync(sp => sp.GetRequiredService<IInboxStore>().IngestAsync(
            new ReceivedMessage(Encoding.UTF8.GetBytes($"Subject: {request.Reference}\r\n\r\n{body}\r\n"), null, "foi@b.example.test", [request.ReplyAddress], "RE", Now, [], []),
            new Filing(request.Reference, "reply_address", "answer", "answered", null, new ProposedCoding(coding, "reply.eml", body)), null, Ct));
        await IngestAsync(requests[0], text);
        await IngestAsync(requests[1], text + " Also Dahua.");

        var queued = await WithAsync(sp => sp.GetRequiredService<Core.Review.IReviewStore>().ListAsync(campaign.Name, Core.Review.ReviewState.Proposed, 10, Ct));
        var decided = await WithAsync(sp => sp.GetRequiredService<Core.Review.IReviewStore>().DecideAsync(
        [
            new Core.Review.ReviewDecision(queued[0].Id, Core.Review.ReviewAction.Accept, null, "r@example.test", null),
            new Core.Review.ReviewDecision(queued[1].Id, Core.Review.ReviewAction.Correct, coding with { Dahua = "yes" }, "r@example.test", "Dahua too"),
        ], Now, Ct));
        var statuses = await WithAsync(sp => sp.GetRequiredService<IProposedCodingStore>().ListAsync(null, null, 100_000, Ct));

        Assert.Equal(2, queued.Count);
        Assert.Equal((requests[0].Body.Id.Value, requests[0].Body.Name, text), (queued[0].BodyKey, queued[0].BodyName, queued[0].Text));
        Assert.Contains(requests[0].Reference, queued[0].Document, StringComparison.Ordinal);
        Assert.Equal("cameras made by Hikvision", queued[0].Text[queued[0].Proposed.Evidence[0].Start..queued[0].Proposed.Evidence[0].End]);
        Assert.All(decided, d => Assert.IsType<Core.Review.ReviewOutcome.Applied>(d));
        StoredCoding accepted = Assert.Single(statuses, c => c.Reference == requests[0].Reference);
        StoredCoding corrected = Assert.Single(statuses, c => c.Reference == requests[1].Reference);
        Assert.Equal((ReviewStatus.Accepted, "r@example.test", (DateTimeOffset?)Now), (accepted.Status, accepted.Reviewer, accepted.ReviewedUtc));
        Assert.Equal((ReviewStatus.Corrected, "yes"), (corrected.Status, corrected.Corrected?.Dahua));
        Assert.Empty(await WithAsync(sp => sp.GetRequiredService<IProposedCodingStore>().ListAsync(ReviewStatus.Proposed, requests[0].Reference, 10, Ct)));
    }

    private sealed class FakeChecker(Dictionary<string, bool> copies) : ISentCopyChecker
    {
        public Task<bool?> WasSentAsync(string messageId, CancellationToken cancellationToken) =>
            Task.FromResult(copies.TryGetValue(messageId, out bool found) ? found : (bool?)null);
    }

    private sealed class FakeTransport(Func<OutboxMessage, SendOutcome> outcome) : IMailTransport
    {
        public List<string> Sent { get; } = [];

        public Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message.MessageId);
            return Task.FromResult(outcome(message));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class SqliteCorrespondenceStoreTests(SqliteStoreFixture fixture) : CorrespondenceStoreTests<SqliteStoreFixture>(fixture);

public sealed class PostgresCorrespondenceStoreTests(PostgresStoreFixture fixture) : CorrespondenceStoreTests<PostgresStoreFixture>(fixture);
