using MailKit;
using MailKit.Net.Imap;
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

    /// <summary>Reads new messages from the reply mailbox (UIDVALIDITY/UID cursor); each is filed and the cursor moved in one
    /// transaction. Returns why it stopped early, or null.</summary>
    /// <param name="filed">Called after each message with the count done and the count found.</param>
    /// <param name="note">Told about a mailbox whose UIDVALIDITY changed.</param>
    public static async Task<string?> SyncMailboxAsync(MailEndpoint imap, MailIngestor ingestor, IInboxStore inbox, Action<IngestResult, long, long>? filed,
        Action<string>? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(imap);
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(inbox);
        var mailbox = new ImapMailbox(imap);
        await using (mailbox.ConfigureAwait(false))
        {
            long done = 0, total = 0;
            try
            {
                long uidValidity = await mailbox.OpenAsync(cancellationToken).ConfigureAwait(false);
                MailCursor? cursor = await inbox.GetCursorAsync(imap.Key, cancellationToken).ConfigureAwait(false);
                long last = cursor is not null && cursor.UidValidity == uidValidity ? cursor.LastUid : 0;
                if (cursor is not null && cursor.UidValidity != uidValidity)
                {
                    note?.Invoke($"note: {imap.Key} has a new UIDVALIDITY ({cursor.UidValidity} → {uidValidity}): reading it again from the start; messages already stored are recognised by their content");
                }

                var uids = await mailbox.NewUidsAsync(last, cancellationToken).ConfigureAwait(false);
                total = uids.Count;
                foreach (long uid in uids)
                {
                    RawMessage raw = await mailbox.FetchAsync(uid, cancellationToken).ConfigureAwait(false);
                    IngestResult result = await ingestor.IngestAsync(raw, new MailCursor(imap.Key, uidValidity, uid), cancellationToken).ConfigureAwait(false);
                    done++;
                    filed?.Invoke(result, done, total);
                }

                return null;
            }
            catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ImapProtocolException or ImapCommandException
                or MailKit.Security.AuthenticationException or ServiceNotConnectedException or FolderNotFoundException or TimeoutException)
            {
                return done == 0 && total == 0
                    ? $"cannot read the mailbox {imap}: {ex.Message}"
                    : $"the mailbox {imap} went away after {done} of {total} new messages ({ex.Message}); everything read so far is filed; run 'mail sync' again to resume";
            }
        }
    }
}
