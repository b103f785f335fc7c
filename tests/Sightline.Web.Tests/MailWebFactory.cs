using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Correspondence;
using Sightline.Hosting;
using Sightline.Hosting.Accounts;
using Sightline.Hosting.Mail;
using Sightline.Mail;
using Sightline.Testing.Mail;

namespace Sightline.Web.Tests;

/// <summary>The app as <c>serve --smtp … --imap …</c> runs it against the loopback Postfix and Dovecot: a mail round every two seconds
/// (and on demand), no pacing. Requests go to this run's fake bodies; replies and the sender's copies land in the run's mailbox.
/// One researcher account.</summary>
public sealed class MailWebFactory : SightlineWebFactory
{
    public const string Researcher = "researcher@example.test";

    public string Run { get; } = LocalMail.NewRun();

    public string Mailbox => $"{Run}@{LocalMail.Domain}";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Sightline:RateLimit:SignInPerMinute"] = "1000" };

    protected override void Configure(SightlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MailEndpoint.TryParse(LocalMail.SmtpUrl, "smtp", TlsMode.None, out MailEndpoint? smtp, out _);
        MailEndpoint.TryParse(LocalMail.ImapUrl(Mailbox), "imap", TlsMode.None, out MailEndpoint? imap, out _);
        options.Mail = new MailWorkerOptions(smtp, imap, OutboxSettings.NoPacing with { ReconcileAfter = TimeSpan.FromSeconds(120) }, TimeSpan.FromSeconds(2));
    }

    protected override async Task SeedAsync(IServiceProvider services)
    {
        if (await services.GetRequiredService<AccountService>().AddAsync(Researcher, "researcher", WorkspaceWebFactory.Password) is AddAccountOutcome.Rejected r)
        {
            throw new InvalidOperationException(r.Reason);
        }
    }
}
