using System.CommandLine;
using System.Globalization;
using Sightline.Cli.Commands.Mail;
using Sightline.Core.Campaigns;
using Sightline.Core.Correspondence;
using Sightline.Hosting.Campaigns;
using Sightline.Hosting.Mail;

namespace Sightline.Cli.Commands.Campaigns;

/// <summary><c>sightline campaign send</c>.</summary>
internal static class CampaignSendCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The campaign." };
        var wave = new Option<string>("--wave") { Description = "pilot: the first --pilot-size requests not yet sent; all: every request not yet sent.", DefaultValueFactory = _ => "all", HelpName = "pilot|all" };
        var pilotSize = new Option<int>("--pilot-size") { Description = "Requests in the pilot wave.", DefaultValueFactory = _ => 20, HelpName = "N" };
        var at = new Option<string?>("--at") { Description = "Schedule the wave: not before this time (ISO 8601, e.g. 2026-12-01T09:00Z). Run send again then (or 'chasers send').", HelpName = "TIME" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be queued (and the first message in full); write and send nothing." };
        var queueOnly = new Option<bool>("--queue-only") { Description = "Put the wave in the outbox without sending (another process or a later run sends it)." };
        var mail = new MailOptions();
        var command = new Command("send", "Queue a wave of a campaign's requests in the outbox and send what is due, exactly once: a run that is killed and started again " +
            "settles interrupted messages by looking for their copy in the reply mailbox (--imap) before sending anything.")
        {
            name, wave, pilotSize, at, dryRun, queueOnly,
        };
        foreach (Option option in mail.Sending)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            string waveText = parse.GetValue(wave)!.Trim().ToLowerInvariant();
            if (waveText is not ("pilot" or "all"))
            {
                await error.WriteLineAsync("error: --wave must be pilot or all");
                return ExitCodes.UsageError;
            }

            DateTimeOffset? when = null;
            if (parse.GetValue(at) is { } atText)
            {
                if (!DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
                {
                    await error.WriteLineAsync($"error: --at: '{atText}' is not a time like 2026-12-01T09:00Z");
                    return ExitCodes.UsageError;
                }

                when = parsed;
            }

            bool dry = parse.GetValue(dryRun), onlyQueue = parse.GetValue(queueOnly);
            var (smtp, _) = dry || onlyQueue ? (null, false) : await mail.EndpointAsync(parse, "smtp", required: true);
            if (smtp is null && !dry && !onlyQueue)
            {
                return ExitCodes.UsageError;
            }

            var (imap, imapGiven) = await mail.EndpointAsync(parse, "imap", required: false);
            if (imapGiven && imap is null)
            {
                return ExitCodes.UsageError;
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                Campaign? campaign = await context.Get<ICampaignStore>().FindAsync(parse.GetValue(name)!, cancellationToken);
                if (campaign is null)
                {
                    await error.WriteLineAsync($"error: no campaign '{parse.GetValue(name)}' (campaigns: {string.Join(", ", await context.Get<ICampaignStore>().ListNamesAsync(cancellationToken))})");
                    return ExitCodes.Failure;
                }

                WavePlan plan = await context.Get<CampaignService>().QueueWaveAsync(campaign, waveText == "pilot", parse.GetValue(pilotSize), when, dry, cancellationToken);
                if (dry)
                {
                    if (context.Json)
                    {
                        await CliJson.WriteAsync(context.Out, new { Campaign = campaign.Name, DryRun = true, WouldQueue = plan.Messages.Count, plan.AlreadyInOutbox, plan.Total,
                            First = plan.Messages.Count == 0 ? null : new { plan.Messages[0].Reference, plan.Messages[0].To, plan.Messages[0].ReplyTo, plan.Messages[0].Subject, plan.Messages[0].Body } });
                    }
                    else
                    {
                        await context.Out.WriteLineAsync($"Dry run: would queue {plan.Messages.Count:N0} of {plan.Total:N0} requests ({plan.AlreadyInOutbox:N0} already in the outbox).");
                        if (plan.Messages.Count > 0)
                        {
                            NewOutboxMessage m = plan.Messages[0];
                            await context.Out.WriteLineAsync($"\nFrom: {m.From}\nTo: {m.To}\nReply-To: {m.ReplyTo}\nSubject: {m.Subject}\n\n{m.Body}");
                        }
                    }

                    return ExitCodes.Ok;
                }

                await error.WriteLineAsync($"Queued {plan.Messages.Count:N0} requests{(campaign.Stopped ? " (held: the campaign is stopped; 'campaign resume' releases them)" : string.Empty)}.");
                OutboxRunReport? report = null;
                if (!onlyQueue)
                {
                    var runner = context.Get<OutboxRunner>();
                    runner.Progress += (m, outcome) => error.WriteLine($"{outcome} {m.Reference} <{m.To}>");
                    report = await MailSettings.SendOutboxAsync(runner, smtp!, imap, mail.Settings(parse), campaign.Name, cancellationToken);
                }

                var counts = await context.Get<IOutboxStore>().CountAsync(campaign.Name, cancellationToken);
                DateTimeOffset? next = await context.Get<IOutboxStore>().NextDueAsync(campaign.Name, cancellationToken);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Campaign = campaign.Name, Queued = plan.Messages.Count, Sent = report?.Sent ?? 0, Failed = report?.Failed ?? 0, Deferred = report?.Deferred ?? 0,
                        Stopped = report?.Stopped, Failures = report?.Failures ?? [], Outbox = counts.ToDictionary(c => c.Key.ToCode(), c => c.Value), NextDue = next,
                    });
                }
                else
                {
                    if (report is not null)
                    {
                        await context.Out.WriteLineAsync($"{report.Sent:N0} sent, {report.Failed:N0} failed, {report.Deferred:N0} deferred for retry.");
                        foreach (string failure in report.Failures)
                        {
                            await context.Out.WriteLineAsync($"  failed: {failure}");
                        }
                    }

                    await context.Out.WriteLineAsync("Outbox: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key.ToCode()} {c.Value:N0}")));
                    if (next is { } n)
                    {
                        await context.Out.WriteLineAsync($"Next message due {n:yyyy-MM-dd HH:mm} UTC: run 'sightline campaign send \"{campaign.Name}\"' again then.");
                    }
                }

                if (report?.Stopped is { } stoppedReason)
                {
                    await error.WriteLineAsync($"error: {stoppedReason}; nothing more was sent, the rest stays queued (run send again)");
                    return ExitCodes.Failure;
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
