using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Sightline.Mail;

internal static class MailConnections
{
    public static SecureSocketOptions Options(TlsMode mode) => mode switch
    {
        TlsMode.None => SecureSocketOptions.None,
        TlsMode.StartTls => SecureSocketOptions.StartTls,
        TlsMode.Tls => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    public static async Task<SmtpClient> ConnectSmtpAsync(MailEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds, LocalDomain = "sightline.invalid" };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, Options(endpoint.Tls), cancellationToken).ConfigureAwait(false);
            if (endpoint.User is not null)
            {
                await client.AuthenticateAsync(endpoint.User, endpoint.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public static async Task<ImapClient> ConnectImapAsync(MailEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, Options(endpoint.Tls), cancellationToken).ConfigureAwait(false);
            if (endpoint.User is not null)
            {
                await client.AuthenticateAsync(endpoint.User, endpoint.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
