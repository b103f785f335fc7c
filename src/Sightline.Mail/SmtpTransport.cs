using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Sightline.Core.Correspondence;

namespace Sightline.Mail;

/// <summary>Sends outbox messages over one reused SMTP connection (MailKit). Maps the server's answers: 2xx after DATA → accepted
/// (the reply, with the server's queue id, is kept); 4xx → temporary; 5xx → permanent; no connection or a broken one → connection failed.</summary>
public sealed class SmtpTransport(MailEndpoint endpoint, TimeSpan? timeout = null) : Core.Correspondence.IMailTransport
{
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(60);
    private SmtpClient? _client;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            _client ??= await MailConnections.ConnectSmtpAsync(endpoint, _timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or AuthenticationException or SslHandshakeException or TimeoutException or SmtpCommandException)
        {
            _client = null;
            return new SendOutcome.ConnectionFailed($"cannot connect to the SMTP server {endpoint.Host}:{endpoint.Port}: {ex.Message}");
        }

        MimeMessage mime = MessageBuilder.Build(message);
        var recipients = new List<MailboxAddress> { MailboxAddress.Parse(message.To) };
        if (message.CopyTo is { } copy)
        {
            recipients.Add(MailboxAddress.Parse(copy));
        }

        try
        {
            string response = await _client.SendAsync(mime, MailboxAddress.Parse(message.EnvelopeFrom), recipients, cancellationToken).ConfigureAwait(false);
            return new SendOutcome.Accepted(response);
        }
        catch (SmtpCommandException ex)
        {
            int code = (int)ex.StatusCode;
            string reason = $"{code} {ex.Message}".Trim();
            if (!_client.IsConnected)
            {
                await DropAsync().ConfigureAwait(false);
            }

            return code >= 500 ? new SendOutcome.Permanent(reason) : new SendOutcome.Temporary(reason);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException or OperationCanceledException)
        {
            await DropAsync().ConfigureAwait(false);
            return new SendOutcome.ConnectionFailed($"the connection to {endpoint.Host}:{endpoint.Port} broke: {ex.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true })
        {
            try
            {
                await _client.DisconnectAsync(true).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
            {
                // already gone
            }
        }

        _client?.Dispose();
        _client = null;
    }

    private async Task DropAsync()
    {
        SmtpClient? client = _client;
        _client = null;
        if (client is not null)
        {
            try
            {
                await client.DisconnectAsync(false).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException)
            {
                // already gone
            }

            client.Dispose();
        }
    }
}

/// <summary>The MIME message for an outbox row: plain text, UTF-8, the fixed Message-ID, Reply-To set to the request's reply address.</summary>
public static class MessageBuilder
{
    public static MimeMessage Build(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(message.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.ReplyTo.Add(MailboxAddress.Parse(message.ReplyTo));
        if (message.InReplyTo is { } parent)
        {
            mime.InReplyTo = parent;
            mime.References.Add(parent);
        }

        mime.Headers.Add("X-Sightline-Reference", message.Reference);
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
