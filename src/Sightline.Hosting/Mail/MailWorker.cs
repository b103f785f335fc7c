using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sightline.Core.Correspondence;
using Sightline.Mail;

namespace Sightline.Hosting.Mail;

/// <summary>The mail servers a long-running host (<c>sightline serve</c>) uses: with an SMTP server it sends the outbox, with an
/// IMAP mailbox it files new replies, every <see cref="Interval"/> and whenever the workspace asks.</summary>
public sealed record MailWorkerOptions(MailEndpoint? Smtp, MailEndpoint? Imap, OutboxSettings Settings, TimeSpan Interval)
{
    public static MailWorkerOptions None { get; } = new(null, null, new OutboxSettings(), TimeSpan.FromMinutes(1));

    public bool Enabled => Smtp is not null || Imap is not null;
}

/// <summary>What the last round of the mail worker did.</summary>
public sealed record MailWorkerRound(DateTimeOffset FinishedUtc, int Filed, int Held, int Sent, int Failed, int Deferred, IReadOnlyList<string> Problems);

/// <summary>Sends the outbox and reads the reply mailbox in the background: the same exactly-once sending and idempotent filing as
/// <c>campaign send</c> and <c>mail sync</c>, so a CLI run and this worker can share a store. Rounds never overlap.</summary>
public sealed partial class MailWorker(IServiceScopeFactory scopes, MailWorkerOptions options, TimeProvider clock, ILogger<MailWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _round = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0, 1);

    public MailWorkerOptions Options => options;

    /// <summary>The last finished round, or null before the first.</summary>
    public MailWorkerRound? Last { get; private set; }

    /// <summary>Starts a round soon instead of at the next interval (after a wave is queued or a follow-up approved).</summary>
    public void Nudge()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // another nudge got there first
            }
        }
    }

    /// <summary>One round: file new replies, then send what is due. Waits for a round already running.</summary>
    public async Task<MailWorkerRound> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            int filed = 0, held = 0;
            var problems = new List<string>();
            OutboxRunReport? sent = null;
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            if (options.Imap is { } imap)
            {
                var ingestor = scope.ServiceProvider.GetRequiredService<MailIngestor>();
                string? stopped = await MailSettings.SyncMailboxAsync(imap, ingestor, scope.ServiceProvider.GetRequiredService<IInboxStore>(), (result, _, _) =>
                {
                    filed += result.Outcome == "filed" ? 1 : 0;
                    held += result.Outcome == "held" ? 1 : 0;
                }, note => LogNote(logger, note), cancellationToken).ConfigureAwait(false);
                if (stopped is not null)
                {
                    problems.Add(stopped);
                }
            }

            if (options.Smtp is { } smtp)
            {
                var runner = scope.ServiceProvider.GetRequiredService<OutboxRunner>();
                sent = await MailSettings.SendOutboxAsync(runner, smtp, options.Imap, options.Settings, null, cancellationToken).ConfigureAwait(false);
                problems.AddRange(sent.Failures);
                if (sent.Stopped is { } reason)
                {
                    problems.Add(reason);
                }
            }

            var round = new MailWorkerRound(clock.GetUtcNow(), filed, held, sent?.Sent ?? 0, sent?.Failed ?? 0, sent?.Deferred ?? 0, problems);
            Last = round;
            LogRound(logger, round.Filed, round.Held, round.Sent, round.Failed, round.Deferred, problems);
            return round;
        }
        finally
        {
            _round.Release();
        }
    }

    public override void Dispose()
    {
        _round.Dispose();
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed round (server or store trouble) is logged and retried next round; the host stays up
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Last = new MailWorkerRound(clock.GetUtcNow(), 0, 0, 0, 0, 0, [ex.Message]);
                LogFailed(logger, ex);
            }

            try
            {
                await _wake.WaitAsync(options.Interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail round: {Filed} filed, {Held} held, {Sent} sent, {Failed} failed, {Deferred} deferred. Problems: {Problems}")]
    private static partial void LogRound(ILogger logger, int filed, int held, int sent, int failed, int deferred, IReadOnlyList<string> problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Note}")]
    private static partial void LogNote(ILogger logger, string note);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail round failed; trying again next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
