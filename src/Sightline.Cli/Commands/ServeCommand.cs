using System.CommandLine;
using Sightline.Cli.Commands.Mail;
using Sightline.Hosting.Mail;
using Sightline.Web;

namespace Sightline.Cli.Commands;

/// <summary><c>sightline serve</c>: the web application on the local store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Address(es) to listen on, separated by ';'.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var mail = new MailOptions();
        var every = new Option<int>("--mail-every")
        {
            Description = "With --smtp and/or --imap: seconds between background mail rounds (file new replies, send what is due). " +
                "The workspace also starts a round when a wave is queued or a follow-up approved.",
            DefaultValueFactory = _ => 60,
            HelpName = "SECONDS",
        };
        var command = new Command("serve", "Run the Sightline web application (public site, API, researcher workspace) on the configured store. " +
            "A new store is created, migrated and loaded with the UK registry on first run. With --smtp (or SIGHTLINE_SMTP) it also sends the outbox, " +
            "and with --imap (or SIGHTLINE_IMAP) it files new replies, in the background.") { urls, every };
        foreach (Option option in mail.Sending)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!CliContext.TryGetOptions(parse, out var options, out string? error))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: --db: {error}");
                return ExitCodes.UsageError;
            }

            var (smtp, smtpGiven) = await mail.EndpointAsync(parse, "smtp", required: false);
            var (imap, imapGiven) = await mail.EndpointAsync(parse, "imap", required: false);
            if ((smtpGiven && smtp is null) || (imapGiven && imap is null))
            {
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(every) is < 5 or > 86_400)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: --mail-every must be 5 to 86400 seconds");
                return ExitCodes.UsageError;
            }

            options.Mail = new MailWorkerOptions(smtp, imap, mail.Settings(parse), TimeSpan.FromSeconds(parse.GetValue(every)));
            return await SightlineWebApp.RunAsync(options, parse.GetValue(urls)!, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}
