using System.CommandLine;
using Sightline.Core.Correspondence;
using Sightline.Hosting.Mail;
using Sightline.Mail;

namespace Sightline.Cli.Commands.Mail;

/// <summary>The mail server and pacing options shared by the commands that send or read mail.</summary>
internal sealed class MailOptions
{
    public Option<string?> Smtp { get; } = new("--smtp")
    {
        Description = $"Outgoing server: smtp://user:password@host:port (smtps:// for TLS from the start). Environment: {MailSettings.SmtpVariable}.",
        HelpName = "URL",
    };

    public Option<string?> Imap { get; } = new("--imap")
    {
        Description = $"The reply mailbox: imap://user:password@host:port/FOLDER (imaps:// for TLS). Environment: {MailSettings.ImapVariable}.",
        HelpName = "URL",
    };

    public Option<string?> Tls { get; } = new("--tls")
    {
        Description = $"TLS mode: auto (STARTTLS if offered), none, starttls, tls. Environment: {MailSettings.TlsVariable}.",
        HelpName = "MODE",
    };

    public Option<int?> Rate { get; } = new("--rate") { Description = "Messages per minute overall (default 30; 0 = no limit).", HelpName = "N" };

    public Option<int?> DomainRate { get; } = new("--domain-rate") { Description = "Messages per minute to any one recipient domain (default 4; 0 = no limit).", HelpName = "N" };

    public Option<bool> NoPacing { get; } = new("--no-pacing") { Description = "Send as fast as the server accepts (benchmarks, local servers)." };

    public Option<double?> ReconcileAfter { get; } = new("--reconcile-after")
    {
        Description = "Seconds a message must have been 'sending' before a new run settles it by looking for its copy (default 180; must exceed the SMTP timeout of 60).",
        HelpName = "SECONDS",
    };

    public IEnumerable<Option> Sending => [Smtp, Imap, Tls, Rate, DomainRate, NoPacing, ReconcileAfter];

    public OutboxSettings Settings(ParseResult parse)
    {
        var defaults = new OutboxSettings();
        bool off = parse.GetValue(NoPacing);
        return new OutboxSettings(
            off ? 0 : parse.GetValue(Rate) ?? defaults.PerMinute,
            off ? 0 : parse.GetValue(DomainRate) ?? defaults.PerDomainPerMinute,
            ReconcileAfter: parse.GetValue(ReconcileAfter) is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    }

    /// <summary>Parses a server URL (with <c>--tls</c>); null with the error printed when it is missing or malformed.</summary>
    public async Task<(MailEndpoint? Endpoint, bool Given)> EndpointAsync(ParseResult parse, string kind, bool required)
    {
        TextWriter error = parse.InvocationConfiguration.Error;
        string? text = kind == "smtp" ? MailSettings.Smtp(parse.GetValue(Smtp)) : MailSettings.Imap(parse.GetValue(Imap));
        if (text is null)
        {
            if (required)
            {
                await error.WriteLineAsync($"error: no {kind.ToUpperInvariant()} server: give --{kind} {kind}://user:password@host:port or set SIGHTLINE_{kind.ToUpperInvariant()}");
            }

            return (null, false);
        }

        if (!MailEndpoint.TryParseTls(MailSettings.Tls(parse.GetValue(Tls)), out TlsMode? tls))
        {
            await error.WriteLineAsync("error: --tls must be auto, none, starttls or tls");
            return (null, true);
        }

        if (!MailEndpoint.TryParse(text, kind, tls, out MailEndpoint? endpoint, out string? problem))
        {
            await error.WriteLineAsync($"error: --{kind}: {problem}");
            return (null, true);
        }

        return (endpoint, true);
    }
}
