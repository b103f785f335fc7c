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

    public static Task<SmtpClient> ConnectSmtpAsync(MailEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken) =>
        ConnectAsync(new SmtpClient { Timeout = (int)timeout.TotalMilliseconds, LocalDomain = "sightline.invalid" }, endpoint, cancellationToken);

    public static Task<ImapClient> ConnectImapAsync(MailEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken) =>
        ConnectAsync(new ImapClient { Timeout = (int)timeout.TotalMilliseconds }, endpoint, cancellationToken);

    /// <summary>Connects and signs in; a client that fails either step is disposed, never returned half-open.</summary>
    private static async Task<T> ConnectAsync<T>(T client, MailEndpoint endpoint, CancellationToken cancellationToken)
        where T : MailKit.MailService
    {
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
