using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sightline.Mail;

/// <summary>How to protect a mail connection.</summary>
public enum TlsMode
{
    /// <summary>STARTTLS when the server offers it (MailKit's default).</summary>
    Auto,

    /// <summary>Plain text (local test servers only).</summary>
    None,

    /// <summary>STARTTLS required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (smtps 465, imaps 993).</summary>
    Tls,
}

/// <summary>An SMTP or IMAP server from <c>smtp://user:pass@host:port</c> or <c>imap://user:pass@host:port/INBOX</c>
/// (<c>smtps://</c>, <c>imaps://</c> select implicit TLS). Never prints the password.</summary>
public sealed record MailEndpoint(string Scheme, string Host, int Port, string? User, string? Password, string Folder, TlsMode Tls)
{
    public static bool TryParse(string? text, string expected, TlsMode? tls, [NotNullWhen(true)] out MailEndpoint? endpoint, [NotNullWhen(false)] out string? error)
    {
        endpoint = null;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? uri))
        {
            error = $"'{text}' is not a URL like {expected}://user:password@host:port";
            return false;
        }

        string scheme = uri.Scheme.ToLowerInvariant();
        bool implicitTls = scheme == expected + "s";
        if (scheme != expected && !implicitTls)
        {
            error = $"'{Redact(text)}' must start with {expected}:// or {expected}s://";
            return false;
        }

        int port = uri.IsDefaultPort || uri.Port <= 0 ? DefaultPort(expected, implicitTls) : uri.Port;
        string? user = null, password = null;
        if (uri.UserInfo.Length > 0)
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
        }

        string folder = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        endpoint = new MailEndpoint(scheme, uri.Host, port, user, password, folder.Length == 0 ? "INBOX" : folder, tls ?? (implicitTls ? TlsMode.Tls : TlsMode.Auto));
        error = null;
        return true;
    }

    public static bool TryParseTls(string? text, out TlsMode? mode)
    {
        mode = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "" => null,
            "auto" => TlsMode.Auto,
            "none" => TlsMode.None,
            "starttls" => TlsMode.StartTls,
            "tls" or "ssl" => TlsMode.Tls,
            _ => (TlsMode?)(TlsMode)(-1),
        };
        return mode is null || Enum.IsDefined(mode.Value);
    }

    /// <summary>A stable name for cursors and messages: scheme, user, host, port and folder; no password.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{(User is null ? string.Empty : User + "@")}{Host}:{Port}/{Folder}");

    public override string ToString() => Key;

    private static int DefaultPort(string scheme, bool tls) => (scheme, tls) switch
    {
        ("smtp", false) => 587,
        ("smtp", true) => 465,
        ("imap", false) => 143,
        _ => 993,
    };

    private static string Redact(string text)
    {
        int at = text.IndexOf('@', StringComparison.Ordinal), colon = text.IndexOf(':', text.IndexOf("//", StringComparison.Ordinal) + 2);
        return at > 0 && colon > 0 && colon < at ? text[..(colon + 1)] + "***" + text[at..] : text;
    }
}
