using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using MimeKit;
using Xunit;

namespace Sightline.Testing.Mail;

/// <summary>The loopback Postfix (SMTP 127.0.0.1:2525) and Dovecot (IMAP 127.0.0.1:1143) that <c>scripts/mail-up.sh</c> starts. Any
/// <c>user@example.test</c> is a mailbox (password <c>secret</c>); mail to <c>x@NAME.RUN.example.test</c> lands in <c>sink-RUN@example.test</c>.
/// Each test uses a run id of its own, so tests never see each other's mail. Without the servers the tests skip, unless
/// <c>SIGHTLINE_TEST_REQUIRE_MAIL=1</c> (as in the test command), when they fail.</summary>
public static class LocalMail
{
    public const string Host = "127.0.0.1";
    public const int SmtpPort = 2525;
    public const int ImapPort = 1143;
    public const string Password = "secret";
    public const string Domain = "example.test";
    public const string RequireVariable = "SIGHTLINE_TEST_REQUIRE_MAIL";

    public static string SmtpUrl => $"smtp://{Host}:{SmtpPort}";

    public static void Require()
    {
        if (Listening(SmtpPort) && Listening(ImapPort))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true")
        {
            throw new InvalidOperationException($"The test mail servers are not running on {Host}:{SmtpPort}/{ImapPort} but {RequireVariable} requires them (scripts/mail-up.sh).");
        }

        Assert.Skip("Mail tests need Postfix and Dovecot on loopback (scripts/mail-up.sh; the test command starts them).");
    }

    /// <summary>A fresh run id: lower-case letters and digits.</summary>
    public static string NewRun() => "r" + Guid.NewGuid().ToString("N")[..12];

    public static string ImapUrl(string user) => $"imap://{Uri.EscapeDataString(user)}:{Password}@{Host}:{ImapPort}/INBOX";

    /// <summary>A fake public body's address: delivered to <see cref="Sink"/> of the run.</summary>
    public static string BodyAddress(string run, int number, string local = "foi") => $"{local}@b{number}.{run}.{Domain}";

    public static string Sink(string run) => $"sink-{run}@{Domain}";

    /// <summary>A port that nothing listens on (for "the server refuses" tests).</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<IReadOnlyList<MimeMessage>> ReadAllAsync(string user, CancellationToken cancellationToken = default)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(Host, ImapPort, SecureSocketOptions.None, cancellationToken);
        await client.AuthenticateAsync(user, Password, cancellationToken);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var messages = new List<MimeMessage>();
        foreach (UniqueId uid in await client.Inbox.SearchAsync(SearchQuery.All, cancellationToken))
        {
            messages.Add(await client.Inbox.GetMessageAsync(uid, cancellationToken));
        }

        await client.DisconnectAsync(true, cancellationToken);
        return messages;
    }

    public static async Task<int> CountAsync(string user, CancellationToken cancellationToken = default)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(Host, ImapPort, SecureSocketOptions.None, cancellationToken);
        await client.AuthenticateAsync(user, Password, cancellationToken);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        int count = client.Inbox.Count;
        await client.DisconnectAsync(true, cancellationToken);
        return count;
    }

    /// <summary>Waits until Postfix has delivered <paramref name="count"/> messages to the mailbox (delivery is asynchronous).</summary>
    public static async Task<int> WaitForAsync(string user, int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        long start = TimeProvider.System.GetTimestamp();
        int seen;
        while ((seen = await CountAsync(user, cancellationToken)) < count && TimeProvider.System.GetElapsedTime(start) < (timeout ?? TimeSpan.FromSeconds(30)))
        {
            await Task.Delay(200, cancellationToken);
        }

        return seen;
    }

    /// <summary>Waits until the mailbox count stops changing for a second (no more deliveries in flight).</summary>
    public static async Task<int> SettleAsync(string user, CancellationToken cancellationToken = default)
    {
        int last = -1, stable = 0;
        for (int i = 0; i < 100 && stable < 5; i++)
        {
            int now = await CountAsync(user, cancellationToken);
            stable = now == last ? stable + 1 : 0;
            last = now;
            await Task.Delay(200, cancellationToken);
        }

        return last;
    }

    public static async Task SendAsync(IEnumerable<MimeMessage> messages, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(Host, SmtpPort, SecureSocketOptions.None, cancellationToken);
        foreach (MimeMessage message in messages)
        {
            await client.SendAsync(message, cancellationToken);
        }

        await client.DisconnectAsync(true, cancellationToken);
    }

    private static bool Listening(int port)
    {
        try
        {
            using var socket = new TcpClient();
            socket.Connect(Host, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
