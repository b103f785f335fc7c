using System.CommandLine;
using Sightline.Core.Correspondence;
using Sightline.Hosting.Mail;
using Sightline.Mail;

namespace Sightline.Cli.Commands.Mail;

/// <summary><c>sightline mail sync</c>.</summary>
internal static class MailSyncCommand
{
    public static Command Create()
    {
        var mail = new MailOptions();
        var eml = new Option<string?>("--eml") { Description = "Import a folder of .eml files (searched recursively).", HelpName = "DIR" };
        var mbox = new Option<string?>("--mbox") { Description = "Import an mbox file.", HelpName = "FILE" };
        var maildir = new Option<string?>("--maildir") { Description = "Import a Maildir (its cur/ and new/ folders).", HelpName = "DIR" };
        var maxAttachment = new Option<int>("--max-attachment-mb") { Description = "Attachments larger than this are kept in the raw message but not read.", DefaultValueFactory = _ => 25, HelpName = "MB" };
        var command = new Command("sync", "Fetch replies from the IMAP mailbox (only messages not seen before: UIDVALIDITY/UID are remembered) or import saved mail; " +
            "store each message and attachment by SHA-256, file it under its request (reply address, subject reference, In-Reply-To, the body's domain) " +
            "or in the holding pen, and triage it (bounce, auto-reply, acknowledgement, answer …). Safe to interrupt and run again.")
        {
            mail.Imap, mail.Tls, eml, mbox, maildir, maxAttachment,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            string? emlDir = parse.GetValue(eml), mboxFile = parse.GetValue(mbox), maildirDir = parse.GetValue(maildir);
            var (imap, imapGiven) = await mail.EndpointAsync(parse, "imap", required: false);
            if (imapGiven && imap is null)
            {
                return ExitCodes.UsageError;
            }

            if (imap is null && emlDir is null && mboxFile is null && maildirDir is null)
            {
                await error.WriteLineAsync("error: nothing to read: give --imap URL (or SIGHTLINE_IMAP), --eml DIR, --mbox FILE or --maildir DIR");
                return ExitCodes.UsageError;
            }

            foreach (var (path, option, isFile) in new[] { (emlDir, "--eml", false), (mboxFile, "--mbox", true), (maildirDir, "--maildir", false) })
            {
                if (path is not null && (isFile ? !File.Exists(path) : !Directory.Exists(path)))
                {
                    await error.WriteLineAsync($"error: {option}: {path}: {(isFile ? "file" : "folder")} not found");
                    return ExitCodes.BadInput;
                }
            }

            var (context, exit) = await CliContext.OpenAsync(parse, cancellationToken);
            if (context is null)
            {
                return exit;
            }

            await using (context)
            {
                var ingestor = new MailIngestor(context.Get<IInboxStore>(), context.Get<IOutboxStore>(), context.Get<Core.Campaigns.ICampaignStore>(),
                    context.Get<Documents.DocumentReader>(), context.Get<Core.Answers.AnswerCoder>(), context.Get<TimeProvider>())
                {
                    MaxAttachmentBytes = Math.Max(1, parse.GetValue(maxAttachment)) * 1024L * 1024,
                };
                var results = new List<IngestResult>();
                string? failure = null;
                try
                {
                    if (imap is not null)
                    {
                        failure = await MailSettings.SyncMailboxAsync(imap, ingestor, context.Get<IInboxStore>(), (result, done, total) =>
                        {
                            results.Add(result);
                            error.WriteLine($"{result.Outcome} {result.Name} ({done}/{total})");
                        }, error.WriteLine, cancellationToken);
                    }

                    IEnumerable<RawMessage> files = [
                        .. emlDir is null ? [] : SavedMail.EmlDirectory(emlDir),
                        .. maildirDir is null ? [] : SavedMail.Maildir(maildirDir),
                        .. mboxFile is null ? [] : SavedMail.Mbox(mboxFile)];
                    foreach (RawMessage raw in files)
                    {
                        results.Add(await ingestor.IngestAsync(raw, null, cancellationToken));
                        await error.WriteLineAsync($"{results[^1].Outcome} {raw.Name}");
                    }
                }
                catch (IOException ex) when (imap is null)
                {
                    failure = $"cannot read the saved mail: {ex.Message}";
                }

                var summary = results.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
                var triage = results.Where(r => r.Triage is not null).GroupBy(r => r.Triage!).ToDictionary(g => g.Key, g => g.Count());
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new
                    {
                        Messages = results.Count, Outcomes = summary, Triage = triage, Error = failure,
                        Filed = results.Select(r => new { r.Name, r.Outcome, r.MessageId, r.Reference, r.MatchedBy, r.Triage, r.Problems }),
                    });
                }
                else
                {
                    await context.Out.WriteLineAsync($"{results.Count:N0} messages: " + string.Join(", ", summary.Select(s => $"{s.Value:N0} {s.Key}")));
                    if (triage.Count > 0)
                    {
                        await context.Out.WriteLineAsync("Triage: " + string.Join(", ", triage.Select(s => $"{s.Value:N0} {s.Key}")));
                    }

                    foreach (IngestResult r in results.Where(r => r.Problems.Count > 0))
                    {
                        await context.Out.WriteLineAsync($"  {r.Name}: {string.Join("; ", r.Problems)}");
                    }

                    if (summary.TryGetValue("held", out int held))
                    {
                        await context.Out.WriteLineAsync($"{held:N0} unmatched messages wait in the holding pen: sightline mail unmatched");
                    }
                }

                if (failure is not null)
                {
                    await error.WriteLineAsync($"error: {failure}");
                    return ExitCodes.Failure;
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
