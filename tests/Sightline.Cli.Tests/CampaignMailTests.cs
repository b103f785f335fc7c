using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Correspondence;
using Sightline.Testing;
using Sightline.Testing.Mail;

namespace Sightline.Cli.Tests;

/// <summary>Campaigns through the real executable against real Postfix and Dovecot on loopback, on each storage engine: sending, the fake
/// bodies' replies, filing and triage, and kill -9 during sending and during ingesting.</summary>
public abstract class CampaignMailTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IDisposable
    where TFixture : StoreFixture
{
    private const string Template = """
        Subject: Freedom of Information request {reference}: CCTV manufacturers

        Dear {body_name},

        Under the {law_citation}, please tell me the manufacturers of the CCTV cameras you operate, and whether
        any were made by Hikvision or Dahua. I look forward to your response by {due_date}.

        Yours faithfully,
        {requester_name}
        """;

    private readonly string _directory = TestPaths.NewTempDirectory("sightline-campaign");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Db => fixture.Options.Database.Value;

    private Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(["--db", Db, .. args], timeout: TimeSpan.FromMinutes(4));

    /// <summary>A campaign of <paramref name="count"/> council bodies whose FOI addresses are fake bodies of the run; the reply mailbox is RUN@example.test.</summary>
    private async Task<(string Name, string Prefix, string Mailbox)> CreateCampaignAsync(string run, int count, Func<int, string>? address = null)
    {
        JsonElement bodies = (await RunAsync("bodies", "list", "--sector", "council", "--limit", count.ToString(CultureInfo.InvariantCulture), "--json")).Json();
        // Requests are numbered in body id order: keep the same order so that body n gets request n.
        string[] ids = [.. bodies.GetProperty("bodies").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
        Assert.Equal(count, ids.Length);
        string bodiesFile = Path.Combine(_directory, run + "-bodies.txt"), contacts = Path.Combine(_directory, run + "-contacts.csv"), template = Path.Combine(_directory, "template.txt");
        await File.WriteAllLinesAsync(bodiesFile, ids, Ct);
        await File.WriteAllLinesAsync(contacts, ["body,email", .. ids.Select((id, i) => $"{id},{address?.Invoke(i + 1) ?? LocalMail.BodyAddress(run, i + 1)}")], Ct);
        await File.WriteAllTextAsync(template, Template, Ct);
        string prefix = "T" + run[1..9].ToUpperInvariant();
        JsonElement created = (await RunAsync("campaign", "create", "--name", run, "--prefix", prefix, "--template", template, "--bodies", bodiesFile, "--contacts", contacts,
            "--reply-domain", LocalMail.Domain, "--reply-local-part", run, "--from", "Jo Researcher <jo@example.test>", "--json")).Json();
        Assert.Equal(count, created.GetProperty("requests").GetInt32());
        return (run, prefix, $"{run}@{LocalMail.Domain}");
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static string Reference(string prefix, int number) => $"{prefix}-{number:D4}";

    private static string[] Mail(string mailbox) => ["--smtp", LocalMail.SmtpUrl, "--tls", "none", "--imap", LocalMail.ImapUrl(mailbox)];

    [Fact]
    public async Task A_campaign_is_sent_answered_filed_and_triaged_end_to_end()
    {
        fixture.EnsureAvailable();
        LocalMail.Require();
        string run = LocalMail.NewRun();
        var (name, prefix, mailbox) = await CreateCampaignAsync(run, 9, n => n == 9 ? LocalMail.BodyAddress(run, n, "nobody") : LocalMail.BodyAddress(run, n));

        JsonElement pilot = (await RunAsync(["campaign", "send", name, "--wave", "pilot", "--pilot-size", "3", "--no-pacing", .. Mail(mailbox), "--json"])).Json();
        JsonElement rest = (await RunAsync(["campaign", "send", name, "--wave", "all", "--no-pacing", .. Mail(mailbox), "--json"])).Json();

        Assert.Equal((3, 3), (pilot.GetProperty("queued").GetInt32(), pilot.GetProperty("sent").GetInt32()));
        Assert.Equal((6, 5, 1), (rest.GetProperty("queued").GetInt32(), rest.GetProperty("sent").GetInt32(), rest.GetProperty("failed").GetInt32()));
        Assert.Contains("550 5.1.1", rest.GetProperty("failures")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(8, await LocalMail.WaitForAsync(LocalMail.Sink(run), 8, cancellationToken: Ct));
        var received = await new PublicBodies(run).ReceivedAsync(Ct);
        Assert.All(received, m => Assert.Equal($"{run}+{m.Headers["X-Sightline-Reference"]!.ToLowerInvariant()}@{LocalMail.Domain}", m.ReplyTo.Mailboxes.Single().Address));
        Assert.Equal(8, received.Select(m => m.MessageId).Distinct().Count());

        BodyReply[] script = [BodyReply.AnswerWithPdf, BodyReply.AnswerWithDocx, BodyReply.Acknowledgement, BodyReply.AutoReply, BodyReply.Bounce,
            BodyReply.RefusalQuotingReference, BodyReply.ThreadedOnly, BodyReply.None];
        int replies = await new PublicBodies(run).AnswerAsync(reference => script[int.Parse(reference[^4..], CultureInfo.InvariantCulture) - 1], mailbox, Ct);
        Assert.Equal(7, replies);
        await LocalMail.WaitForAsync(mailbox, 8 + 7, cancellationToken: Ct); // 8 sender's copies + 7 replies

        JsonElement sync = (await RunAsync("mail", "sync", "--imap", LocalMail.ImapUrl(mailbox), "--tls", "none", "--json")).Json();
        JsonElement again = (await RunAsync("mail", "sync", "--imap", LocalMail.ImapUrl(mailbox), "--tls", "none", "--json")).Json();

        Assert.Equal(15, sync.GetProperty("messages").GetInt32());
        Assert.Equal(8, sync.GetProperty("outcomes").GetProperty("own_copy").GetInt32());
        Assert.Equal(7, sync.GetProperty("outcomes").GetProperty("filed").GetInt32());
        Assert.Equal(0, again.GetProperty("messages").GetInt32());
        async Task<JsonElement> Show(int n) => (await RunAsync("requests", "show", Reference(prefix, n), "--json")).Json();
        JsonElement pdf = await Show(1);
        Assert.Equal("reply_address", pdf.GetProperty("messages")[0].GetProperty("matched_by").GetString());
        JsonElement attachment = pdf.GetProperty("messages")[0].GetProperty("attachments")[0];
        Assert.Equal("application/pdf", attachment.GetProperty("media_type").GetString());
        Assert.Equal(64, attachment.GetProperty("sha256").GetString()!.Length);
        Assert.Equal("proposed", pdf.GetProperty("codings")[0].GetProperty("status").GetString());
        Assert.NotEqual("sent", pdf.GetProperty("state").GetString());
        Assert.Equal("acknowledged", (await Show(3)).GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString());
        JsonElement auto = await Show(4);
        Assert.Equal("auto_reply", auto.GetProperty("messages")[0].GetProperty("triage").GetString());
        Assert.Equal("sent", auto.GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString());
        JsonElement bounced = await Show(5);
        Assert.Equal("failed", bounced.GetProperty("state").GetString());
        Assert.Contains("5.1.1", bounced.GetProperty("events").EnumerateArray().Last().GetProperty("note").GetString(), StringComparison.Ordinal);
        JsonElement refused = await Show(6);
        Assert.Equal(("subject_reference", "refused"), (refused.GetProperty("messages")[0].GetProperty("matched_by").GetString(), refused.GetProperty("state").GetString()));
        Assert.Equal("in_reply_to", (await Show(7)).GetProperty("messages")[0].GetProperty("matched_by").GetString());
        JsonElement failed = await Show(9);
        Assert.Equal(("failed", "failed"), (failed.GetProperty("outbox").GetString(), failed.GetProperty("state").GetString()));

        JsonElement status = (await RunAsync("campaign", "status", name, "--json")).Json();
        Assert.Equal(9, status.GetProperty("requests").GetInt32());
        Assert.Equal(2, status.GetProperty("by_state").GetProperty("failed").GetInt32());
        Assert.Equal(4, status.GetProperty("review").GetProperty("proposed").GetInt32()); // two answers, the refusal and the threaded reply; none for ack/auto-reply/bounce
    }

    [Fact]
    public async Task Killing_the_sender_mid_campaign_neither_loses_nor_duplicates_a_request()
    {
        fixture.EnsureAvailable();
        LocalMail.Require();
        string run = LocalMail.NewRun();
        const int count = 40;
        var (name, prefix, mailbox) = await CreateCampaignAsync(run, count);

        string[] send = ["--db", Db, "campaign", "send", name, "--rate", "400", "--domain-rate", "0", "--reconcile-after", "1", .. Mail(mailbox)];
        using (RunningCli first = RunningCli.Start(send))
        {
            Assert.True(await first.WaitForLinesAsync(l => l.StartsWith("sent ", StringComparison.Ordinal), 12, TimeSpan.FromMinutes(2)), first.ToString());
            first.Kill();
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct); // past --reconcile-after, so the restart settles what the kill interrupted
        using RunningCli second = RunningCli.Start(send);
        Assert.Equal(0, await second.WaitForExitAsync(TimeSpan.FromMinutes(3)));

        Assert.Equal(count, await LocalMail.WaitForAsync(LocalMail.Sink(run), count, cancellationToken: Ct));
        await LocalMail.SettleAsync(LocalMail.Sink(run), Ct);
        var byReference = (await new PublicBodies(run).ReceivedAsync(Ct)).GroupBy(m => m.Headers["X-Sightline-Reference"]).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(Enumerable.Range(1, count).Select(n => Reference(prefix, n)), byReference.Keys.Order(StringComparer.Ordinal));
        Assert.All(byReference, pair => Assert.Equal(1, pair.Value)); // 0 duplicates, 0 losses
        await using var scope = fixture.Scope();
        var outbox = await scope.ServiceProvider.GetRequiredService<IOutboxStore>().CountAsync(name, Ct);
        Assert.Equal(count, outbox[OutboxState.Sent]);
    }

    [Fact]
    public async Task Killing_the_sync_mid_ingest_neither_loses_nor_duplicates_a_reply()
    {
        fixture.EnsureAvailable();
        LocalMail.Require();
        string run = LocalMail.NewRun();
        const int count = 24;
        var (name, _, mailbox) = await CreateCampaignAsync(run, count);
        (await RunAsync(["campaign", "send", name, "--no-pacing", .. Mail(mailbox), "--json"])).Json();
        await LocalMail.WaitForAsync(LocalMail.Sink(run), count, cancellationToken: Ct);
        await new PublicBodies(run).AnswerAsync(r => (int.Parse(r[^4..], CultureInfo.InvariantCulture) % 2) == 0 ? BodyReply.AnswerWithPdf : BodyReply.AnswerWithDocx, mailbox, Ct);
        Assert.Equal(2 * count, await LocalMail.WaitForAsync(mailbox, 2 * count, cancellationToken: Ct));

        string[] sync = ["--db", Db, "mail", "sync", "--imap", LocalMail.ImapUrl(mailbox), "--tls", "none"];
        using (RunningCli first = RunningCli.Start(sync))
        {
            Assert.True(await first.WaitForLinesAsync(l => l.StartsWith("filed ", StringComparison.Ordinal), 5, TimeSpan.FromMinutes(2)), first.ToString());
            first.Kill();
        }

        using RunningCli second = RunningCli.Start(sync);
        Assert.Equal(0, await second.WaitForExitAsync(TimeSpan.FromMinutes(3)));

        await using var scope = fixture.Scope();
        var requests = await scope.ServiceProvider.GetRequiredService<Core.Campaigns.ICampaignStore>().LoadRequestsAsync(name, Ct);
        var inbox = scope.ServiceProvider.GetRequiredService<IInboxStore>();
        foreach (var request in requests)
        {
            var filed = await inbox.ListAsync(request.Request.Reference.Value, false, 100, Ct);
            Assert.Single(filed); // 0 duplicates, 0 losses
            Assert.Single(request.Request.Events, e => e.Kind is Core.Requests.RequestEventKind.AnswerReceived or Core.Requests.RequestEventKind.RefusalReceived);
        }
    }

    [Fact]
    public async Task An_unreachable_smtp_server_is_reported_and_nothing_is_lost()
    {
        fixture.EnsureAvailable();
        LocalMail.Require();
        string run = LocalMail.NewRun();
        var (name, _, mailbox) = await CreateCampaignAsync(run, 3);

        CliResult refused = await RunAsync("campaign", "send", name, "--smtp", $"smtp://127.0.0.1:{LocalMail.ClosedPort()}", "--tls", "none", "--no-pacing");
        CliResult retried = await RunAsync(["campaign", "send", name, "--no-pacing", .. Mail(mailbox), "--json"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("cannot connect to the SMTP server 127.0.0.1", refused.Error, StringComparison.Ordinal);
        Assert.Contains("the rest stays queued", refused.Error, StringComparison.Ordinal);
        Assert.Equal(3, retried.Json().GetProperty("sent").GetInt32());
        Assert.Equal(3, await LocalMail.WaitForAsync(LocalMail.Sink(run), 3, cancellationToken: Ct));
    }

    [Fact]
    public async Task An_overdue_request_gets_a_reminder_only_after_a_person_approves_it()
    {
        fixture.EnsureAvailable();
        LocalMail.Require();
        string run = LocalMail.NewRun();
        var (name, prefix, mailbox) = await CreateCampaignAsync(run, 2);
        await using (var scope = fixture.Scope())
        {
            // Request 1 was sent two months ago and never answered; request 2 has not been sent.
            var requests = scope.ServiceProvider.GetRequiredService<Core.Requests.IRequestStore>();
            Assert.True(await requests.AppendAsync(Core.Requests.RequestReference.Parse(Reference(prefix, 1)),
                new Core.Requests.RequestEvent(Core.Requests.RequestEventKind.Sent, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-45)), Ct));
        }

        JsonElement listed = (await RunAsync("chasers", "list", "--campaign", name, "--json")).Json();
        JsonElement proposal = Assert.Single(listed.EnumerateArray());
        Assert.Equal((Reference(prefix, 1), "reminder", false), (proposal.GetProperty("reference").GetString(), proposal.GetProperty("kind").GetString(), proposal.GetProperty("approved").GetBoolean()));
        JsonElement unapproved = (await RunAsync(["chasers", "send", "--no-pacing", .. Mail(mailbox), "--json"])).Json();
        Assert.Equal(0, unapproved.GetProperty("sent").GetInt32());

        Assert.Single((await RunAsync("chasers", "approve", Reference(prefix, 1), "--json")).Json().GetProperty("approved").EnumerateArray());
        Assert.Equal($"{Environment.UserName} (cli)", (await RunAsync("chasers", "list", "--campaign", name, "--json")).Json()[0].GetProperty("approved_by").GetString());
        Assert.Empty((await RunAsync("chasers", "approve", Reference(prefix, 1), "--json")).Json().GetProperty("approved").EnumerateArray()); // once only
        JsonElement sent = (await RunAsync(["chasers", "send", "--no-pacing", .. Mail(mailbox), "--json"])).Json();

        Assert.Equal(1, sent.GetProperty("sent").GetInt32());
        Assert.Equal(1, await LocalMail.WaitForAsync(LocalMail.Sink(run), 1, cancellationToken: Ct));
        var reminder = Assert.Single(await new PublicBodies(run).ReceivedAsync(Ct));
        Assert.StartsWith($"Overdue: Freedom of Information request {Reference(prefix, 1)}", reminder.Subject, StringComparison.Ordinal);
        Assert.Equal($"{run}+{Reference(prefix, 1).ToLowerInvariant()}@{LocalMail.Domain}", reminder.ReplyTo.Mailboxes.Single().Address);
        JsonElement shown = (await RunAsync("requests", "show", Reference(prefix, 1), "--json")).Json();
        Assert.Equal("reminder_sent", shown.GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString());
        Assert.Equal("draft", (await RunAsync("requests", "show", Reference(prefix, 2), "--json")).Json().GetProperty("state").GetString());
    }

    [Fact]
    public async Task Two_senders_sharing_the_outbox_send_each_message_once()
    {
        fixture.EnsureAvailable();
        LocalMail.Require();
        string run = LocalMail.NewRun();
        const int count = 30;
        var (name, prefix, mailbox) = await CreateCampaignAsync(run, count);
        Assert.Equal(0, (await RunAsync("campaign", "send", name, "--queue-only")).ExitCode);

        string[] send = ["--db", Db, "chasers", "send", "--no-pacing", .. Mail(mailbox)];
        using RunningCli a = RunningCli.Start(send), b = RunningCli.Start(send);
        Assert.Equal(0, await a.WaitForExitAsync(TimeSpan.FromMinutes(3)));
        Assert.Equal(0, await b.WaitForExitAsync(TimeSpan.FromMinutes(3)));

        Assert.Equal(count, await LocalMail.WaitForAsync(LocalMail.Sink(run), count, cancellationToken: Ct));
        await LocalMail.SettleAsync(LocalMail.Sink(run), Ct);
        var received = await new PublicBodies(run).ReceivedAsync(Ct);
        Assert.Equal(count, received.Count);
        Assert.Equal(Enumerable.Range(1, count).Select(n => Reference(prefix, n)), received.Select(m => m.Headers["X-Sightline-Reference"]!).Order(StringComparer.Ordinal));
        int sentByA = a.Lines.Count(l => l.StartsWith("sent ", StringComparison.Ordinal)), sentByB = b.Lines.Count(l => l.StartsWith("sent ", StringComparison.Ordinal));
        Assert.Equal(count, sentByA + sentByB);
    }
}

public sealed class SqliteCampaignMailTests(SqliteStoreFixture fixture) : CampaignMailTests<SqliteStoreFixture>(fixture);

public sealed class PostgresCampaignMailTests(PostgresStoreFixture fixture) : CampaignMailTests<PostgresStoreFixture>(fixture);
