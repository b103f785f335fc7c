using Sightline.Core.Correspondence;
using Sightline.Mail;

namespace Sightline.Hosting.Mail;

/// <summary>Mail settings from options and the environment: <c>SIGHTLINE_SMTP</c>, <c>SIGHTLINE_IMAP</c>, <c>SIGHTLINE_MAIL_TLS</c>.</summary>
public static class MailSettings
{
    public const string SmtpVariable = "SIGHTLINE_SMTP";
    public const string ImapVariable = "SIGHTLINE_IMAP";
    public const string TlsVariable = "SIGHTLINE_MAIL_TLS";

    public static string? Smtp(string? option) => option ?? Environment.GetEnvironmentVariable(SmtpVariable);

    public static string? Imap(string? option) => option ?? Environment.GetEnvironmentVariable(ImapVariable);

    public static string? Tls(string? option) => option ?? Environment.GetEnvironmentVariable(TlsVariable);

    /// <summary>Sends and reconciles the outbox once: settle what a crashed run left, then send what is due.</summary>
    public static async Task<OutboxRunReport> SendOutboxAsync(OutboxRunner runner, MailEndpoint smtp, MailEndpoint? imap, OutboxSettings settings,
        string? campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ImapMailbox? mailbox = imap is null ? null : new ImapMailbox(imap);
        try
        {
            await runner.ReconcileAsync(mailbox, settings, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (mailbox is not null)
            {
                await mailbox.DisposeAsync().ConfigureAwait(false);
            }
        }

        var transport = new SmtpTransport(smtp);
        await using (transport.ConfigureAwait(false))
        {
            string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
            return await runner.RunAsync(transport, settings, campaign, owner.Length > 100 ? owner[^100..] : owner, cancellationToken).ConfigureAwait(false);
        }
    }
}
