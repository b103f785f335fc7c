using System.Diagnostics;
using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;
using Sightline.Core.Bodies;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Hosting;
using Sightline.Hosting.Campaigns;
using Sightline.Hosting.Mail;
using Sightline.Mail;
using Sightline.Storage;

namespace Sightline.Benchmarks.Campaigns;

/// <summary><c>scenario campaign [--requests 5000] [--send 1000] [--replies 300] [--kill 200] [--postgres SERVER-CONNECTION-STRING]</c>:
/// creating a campaign of N requests (SQLite, and PostgreSQL in a database of its own on the given server), messages per second sent to the
/// local Postfix with pacing off, replies (each with a PDF letter) ingested per second from Dovecot, and duplicates/losses after kill -9
/// of the real CLI during sending and during ingesting. Needs scripts/mail-up.sh (SMTP 127.0.0.1:2525, IMAP 127.0.0.1:1143).</summary>
internal static class CampaignScenario
{
    private const string Template = "Subject: Freedom of Information request {reference}\n\nDear {body_name},\n\nUnder the {law_citation}, which manufacturers made your CCTV cameras? Please reply by {due_date}.\n\n{requester_name}\n";

    public static async Task<int> RunAsync(string[] args)
    {
        int requests = Int(args, "--requests", 5000), send = Int(args, "--send", 1000), replies = Int(args, "--replies", 300), kill = Int(args, "--kill", 200);
        string dir = Directory.CreateTempSubdirectory("sightline-bench-campaign").FullName;
        try
        {
            await CreateAsync("sqlite", new DatabaseTarget(DatabaseEngine.Sqlite, Path.Combine(dir, "create.db")), requests, null);
            if (Option(args, "--postgres") is { } server)
            {
                string database = $"sightline_bench_{Guid.NewGuid():N}";
                await ExecAsync(server, $"CREATE DATABASE \"{database}\"");
                try
                {
                    await CreateAsync("postgresql", new DatabaseTarget(DatabaseEngine.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString), requests, null);
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    await ExecAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
                }
            }

            await SendAndIngestAsync(Path.Combine(dir, "mail.db"), send, replies);
            await KillAsync(Path.Combine(dir, "kill.db"), kill);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Registers <paramref name="count"/> fake councils with FOI addresses at the run's sink, then times planning and creating the campaign.</summary>
    private static async Task<(ServiceProvider Services, Campaign Campaign, string Run)> CreateAsync(string engine, DatabaseTarget target, int count, string? keepRun)
    {
        string run = keepRun ?? "b" + Guid.NewGuid().ToString("N")[..10];
        var services = new ServiceCollection().AddSightline(new SightlineOptions { Database = target }).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None) is MigrationResult.Failed failed)
            {
                throw new InvalidOperationException(failed.Reason);
            }

            var bodies = Enumerable.Range(1, count).Select(n => new Body
            {
                Id = BodyId.For(Sector.Council, $"bench {run} {n}"), Name = $"Benchmark Council {n}", Sector = Sector.Council, Nation = Nation.England,
                Source = "bench", FoiEmail = $"foi@b{n}.{run}.example.test", Tags = [run],
            }).ToList();
            await scope.ServiceProvider.GetRequiredService<IBodyStore>().ImportAsync("bench:" + run, bodies, false, CancellationToken.None);
        }

        CampaignTemplate.TryParse(Template, "template", out CampaignTemplate? template, out _);
        var campaign = new Campaign(run, run.ToUpperInvariant(), template!, Campaign.DefaultCodebook, new MailIdentity("Bench", "bench@example.test"), run, "example.test",
            "Bench", "bench@example.test", DateTimeOffset.UnixEpoch);
        var sw = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
            TargetPlan plan = await service.PlanAsync(new CampaignTargets { Tags = [run] }, new Dictionary<string, string>(), "contacts", CancellationToken.None);
            var (created, planned) = await service.CreateAsync(campaign, plan, CancellationToken.None);
            if (!created || planned.Count != count)
            {
                throw new InvalidOperationException("campaign not created");
            }
        }

        double create = sw.Elapsed.TotalSeconds;
        sw.Restart();
        await using (var scope = services.CreateAsyncScope())
        {
            var wave = await scope.ServiceProvider.GetRequiredService<CampaignService>().QueueWaveAsync(campaign, false, 0, null, false, CancellationToken.None);
            Console.WriteLine($"[{engine}] create a {count:N0}-request campaign (select bodies, write requests and events): {create:F2} s; " +
                $"render and queue all {wave.Messages.Count:N0} in the outbox: {sw.Elapsed.TotalSeconds:F2} s");
        }

        return (services, campaign, run);
    }

    private static async Task SendAndIngestAsync(string db, int send, int replies)
    {
        var (services, campaign, run) = await CreateAsync("sqlite", new DatabaseTarget(DatabaseEngine.Sqlite, db), send, null);
        await using (services)
        {
            MailEndpoint.TryParse("smtp://127.0.0.1:2525", "smtp", TlsMode.None, out MailEndpoint? smtp, out _);
            MailEndpoint.TryParse($"imap://{Uri.EscapeDataString(run + "@example.test")}:secret@127.0.0.1:1143/INBOX", "imap", TlsMode.None, out MailEndpoint? imap, out _);
            var sw = Stopwatch.StartNew();
            OutboxRunReport report;
            await using (var scope = services.CreateAsyncScope())
            {
                report = await MailSettings.SendOutboxAsync(scope.ServiceProvider.GetRequiredService<OutboxRunner>(), smtp!, null, OutboxSettings.NoPacing, campaign.Name, CancellationToken.None);
            }

            Console.WriteLine($"[sqlite] send {report.Sent:N0} requests to the local Postfix, pacing off (each with the sender's copy in the same transaction): " +
                $"{sw.Elapsed.TotalSeconds:F2} s, {report.Sent / sw.Elapsed.TotalSeconds:F0} messages/s");

            // The bodies answer: a PDF letter each (a real reply from the test corpus), sent to the requests' reply addresses.
            byte[] pdf = await File.ReadAllBytesAsync(Path.Combine(Root(), "tests", "data", "replies", "dev", "d045-police-severnside.pdf"));
            using (var client = new SmtpClient())
            {
                await client.ConnectAsync("127.0.0.1", 2525, SecureSocketOptions.None);
                for (int n = 1; n <= replies; n++)
                {
                    string reference = Campaign.ReferenceFor(campaign.Prefix, n);
                    var builder = new BodyBuilder { TextBody = $"Dear requester,\n\nPlease find attached our response to {reference}.\n\nInformation Governance" };
                    builder.Attachments.Add($"{reference}.pdf", pdf);
                    var message = new MimeMessage { Subject = $"RE: Freedom of Information request {reference}", Body = builder.ToMessageBody() };
                    message.From.Add(MailboxAddress.Parse($"foi@b{n}.{run}.example.test"));
                    message.To.Add(MailboxAddress.Parse(campaign.ReplyAddressFor(reference)));
                    await client.SendAsync(message);
                }

                await client.DisconnectAsync(true);
            }

            await WaitForAsync(run + "@example.test", report.Sent + replies);
            sw.Restart();
            int filed = 0, total = 0;
            await using (var scope = services.CreateAsyncScope())
            {
                var ingestor = scope.ServiceProvider.GetRequiredService<MailIngestor>();
                var mailbox = new ImapMailbox(imap!);
                await using (mailbox)
                {
                    long validity = await mailbox.OpenAsync(CancellationToken.None);
                    foreach (long uid in await mailbox.NewUidsAsync(0, CancellationToken.None))
                    {
                        var result = await ingestor.IngestAsync(await mailbox.FetchAsync(uid, CancellationToken.None), new MailCursor(imap!.Key, validity, uid), CancellationToken.None);
                        total++;
                        filed += result.Outcome == "filed" ? 1 : 0;
                    }
                }
            }

            Console.WriteLine($"[sqlite] sync {total:N0} messages from Dovecot ({filed:N0} replies with a 2-page PDF letter, read, coded and filed; " +
                $"{total - filed:N0} sender's copies settled): {sw.Elapsed.TotalSeconds:F2} s, {filed / sw.Elapsed.TotalSeconds:F1} replies/s");
        }
    }

    /// <summary>kill -9 of the real CLI during sending and during ingesting, then a restart; counts what arrived and what was filed.</summary>
    private static async Task KillAsync(string db, int count)
    {
        var (services, campaign, run) = await CreateAsync("sqlite", new DatabaseTarget(DatabaseEngine.Sqlite, db), count, null);
        await using (services)
        {
            string mailbox = run + "@example.test", imap = $"imap://{Uri.EscapeDataString(mailbox)}:secret@127.0.0.1:1143/INBOX";
            string[] send = ["--db", db, "campaign", "send", campaign.Name, "--wave", "all", "--rate", "600", "--domain-rate", "0", "--reconcile-after", "1",
                "--smtp", "smtp://127.0.0.1:2525", "--tls", "none", "--imap", imap];
            await KillAndRestartAsync(send, "sent ", count / 3);
            await Task.Delay(2000);
            var received = await ReadAsync($"sink-{run}@example.test");
            var byReference = received.GroupBy(m => m.Headers["X-Sightline-Reference"] ?? "?").ToDictionary(g => g.Key, g => g.Count());
            int duplicates = byReference.Values.Sum(v => v - 1), losses = count - byReference.Count;
            Console.WriteLine($"[sqlite] kill -9 during sending ({count} requests, killed after {count / 3} sent, restarted): {duplicates} duplicates, {losses} losses");

            using (var client = new SmtpClient())
            {
                await client.ConnectAsync("127.0.0.1", 2525, SecureSocketOptions.None);
                for (int n = 1; n <= count; n++)
                {
                    string reference = Campaign.ReferenceFor(campaign.Prefix, n);
                    var message = new MimeMessage { Subject = $"RE: {reference}", Body = new TextPart("plain") { Text = "We do not hold this information." } };
                    message.From.Add(MailboxAddress.Parse($"foi@b{n}.{run}.example.test"));
                    message.To.Add(MailboxAddress.Parse(campaign.ReplyAddressFor(reference)));
                    await client.SendAsync(message);
                }

                await client.DisconnectAsync(true);
            }

            await WaitForAsync(mailbox, 2 * count);
            await KillAndRestartAsync(["--db", db, "mail", "sync", "--imap", imap, "--tls", "none"], "filed ", count / 3);
            int dup = 0, lost = 0;
            await using (var scope = services.CreateAsyncScope())
            {
                var inbox = scope.ServiceProvider.GetRequiredService<IInboxStore>();
                for (int n = 1; n <= count; n++)
                {
                    int filed = (await inbox.ListAsync(Campaign.ReferenceFor(campaign.Prefix, n), false, 10, CancellationToken.None)).Count;
                    dup += Math.Max(0, filed - 1);
                    lost += filed == 0 ? 1 : 0;
                }
            }

            Console.WriteLine($"[sqlite] kill -9 during ingesting ({count} replies, killed after {count / 3} filed, restarted): {dup} duplicates, {lost} losses");
        }
    }

    private static async Task KillAndRestartAsync(string[] args, string progress, int after)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "sightline.dll");
        var env = new Dictionary<string, string> { ["SIGHTLINE_SEED_REGISTRY"] = "0" };
        using (var first = Start(cli, args, env, out var lines))
        {
            while (!first.HasExited && lines.Count(l => l.StartsWith(progress, StringComparison.Ordinal)) < after)
            {
                await Task.Delay(10);
            }

            first.Kill();
            await first.WaitForExitAsync();
        }

        await Task.Delay(1500);
        using var second = Start(cli, args, env, out _);
        await second.WaitForExitAsync();
    }

    private static Process Start(string cli, string[] args, Dictionary<string, string> env, out List<string> lines)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(cli);
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            start.Environment[k] = v;
        }

        var process = Process.Start(start)!;
        var collected = new List<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (collected)
                {
                    collected.Add(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        lines = collected;
        return process;
    }

    private static async Task<List<MimeMessage>> ReadAsync(string user)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", 1143, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, "secret");
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var list = new List<MimeMessage>();
        foreach (UniqueId uid in await client.Inbox.SearchAsync(SearchQuery.All))
        {
            list.Add(await client.Inbox.GetMessageAsync(uid));
        }

        return list;
    }

    private static async Task WaitForAsync(string user, int count)
    {
        for (int i = 0; i < 600; i++)
        {
            using var client = new ImapClient();
            await client.ConnectAsync("127.0.0.1", 1143, SecureSocketOptions.None);
            await client.AuthenticateAsync(user, "secret");
            await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
            if (client.Inbox.Count >= count)
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    private static async Task ExecAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Root()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Sightline.slnx")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int Int(string[] args, string name, int fallback) => Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
