using System.CommandLine;
using Sightline.Cli.Commands.Mail;
using Sightline.Core.Correspondence;
using Sightline.Hosting.Mail;

namespace Sightline.Cli.Commands.Chasers;

/// <summary><c>sightline chasers send</c>.</summary>
internal static class ChasersSendCommand
{
    public static Command Create()
    {
        var mail = new MailOptions();
        var command = new Command("send", "Send everything due in the outbox: approved follow-ups (and any request whose scheduled time has come), with the same pacing and exactly-once rule as 'campaign send'.");
        foreach (Option option in mail.Sending)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var (smtp, _) = await mail.EndpointAsync(parse, "smtp", required: true);
            if (smtp is null)
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
                var runner = context.Get<OutboxRunner>();
                runner.Progress += (m, outcome) => context.Error.WriteLine($"{outcome} {m.Reference} {m.Kind} <{m.To}>");
                OutboxRunReport report = await MailSettings.SendOutboxAsync(runner, smtp, imap, mail.Settings(parse), null, cancellationToken);
                if (context.Json)
                {
                    await CliJson.WriteAsync(context.Out, new { report.Sent, report.Failed, report.Deferred, report.Stopped, report.Failures });
                }
                else
                {
                    await context.Out.WriteLineAsync($"{report.Sent:N0} sent, {report.Failed:N0} failed, {report.Deferred:N0} deferred for retry.");
                }

                if (report.Stopped is { } reason)
                {
                    await context.Error.WriteLineAsync($"error: {reason}; the rest stays queued");
                    return ExitCodes.Failure;
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }
}
