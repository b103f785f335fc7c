namespace Sightline.Core.Correspondence;

/// <summary>Pacing and retry settings of the sender.</summary>
/// <param name="PerMinute">Messages per minute overall; 0 means no limit.</param>
/// <param name="PerDomainPerMinute">Messages per minute to any one recipient domain; 0 means no limit.</param>
/// <param name="MaxAttempts">SMTP transactions per message before a temporary failure becomes permanent.</param>
/// <param name="ReconcileAfter">How long a row must have been in <c>sending</c> before another run reconciles it, and the lease of
/// claimed rows (renewed before every message). Must exceed the SMTP timeout and the longest pacing wait, so a live sender is never
/// second-guessed.</param>
public sealed record OutboxSettings(
    int PerMinute = 30,
    int PerDomainPerMinute = 4,
    int MaxAttempts = 8,
    int BatchSize = 50,
    TimeSpan? ReconcileAfter = null)
{
    public static OutboxSettings NoPacing { get; } = new(0, 0);

    public TimeSpan Reconcile => ReconcileAfter ?? TimeSpan.FromMinutes(3);

    /// <summary>1, 5, 15, 60, 120 minutes, then every 4 hours.</summary>
    public static TimeSpan BackOff(int attempts) => attempts switch
    {
        <= 1 => TimeSpan.FromMinutes(1),
        2 => TimeSpan.FromMinutes(5),
        3 => TimeSpan.FromMinutes(15),
        4 => TimeSpan.FromHours(1),
        5 => TimeSpan.FromHours(2),
        _ => TimeSpan.FromHours(4),
    };
}

/// <summary>What one run of the sender did.</summary>
/// <param name="Stopped">Why the run ended early (the server could not be reached), or null.</param>
public sealed record OutboxRunReport(int Sent, int Failed, int Deferred, string? Stopped)
{
    public IList<string> Failures { get; } = [];
}

/// <summary>Sends what is due in the outbox, exactly once: (1) reconcile rows a crashed run left in <c>sending</c> by looking for the
/// sender's copy; (2) claim due rows; (3) for each, persist <c>sending</c>, run one SMTP transaction, persist the outcome. A crash
/// between (3)'s steps leaves <c>sending</c>, which the next run settles by (1) — never by blindly sending again.</summary>
public sealed class OutboxRunner(IOutboxStore store, TimeProvider clock, Func<DateTimeOffset, DateOnly> dayOf)
{
    /// <summary>Raised after each message is settled, for progress output.</summary>
    public event Action<OutboxMessage, string>? Progress;

    public async Task<int> ReconcileAsync(ISentCopyChecker? checker, OutboxSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DateTimeOffset now = clock.GetUtcNow();
        await store.RequeueExpiredClaimsAsync(now, cancellationToken).ConfigureAwait(false);
        int settled = 0;
        foreach (OutboxMessage stale in await store.ListStaleSendingAsync(now - settings.Reconcile, cancellationToken).ConfigureAwait(false))
        {
            bool? sent = checker is null ? null : await checker.WasSentAsync(stale.MessageId, cancellationToken).ConfigureAwait(false);
            (OutboxState state, string note) = sent switch
            {
                true => (OutboxState.Sent, "reconciled: the sender's copy was found after a restart"),
                false => (OutboxState.Queued, "reconciled: no copy found after a restart; the message never left, sending again"),
                null => (OutboxState.Uncertain, "left in sending by an interrupted run and no mailbox to check; run 'mail sync' to settle it"),
            };
            await store.ResolveAsync(stale.Id, state, note, now, dayOf(now), cancellationToken).ConfigureAwait(false);
            settled++;
        }

        return settled;
    }

    /// <summary>Sends every due row (of <paramref name="campaign"/>, or all), pacing as configured, until none is due.</summary>
    public async Task<OutboxRunReport> RunAsync(IMailTransport transport, OutboxSettings settings, string? campaign, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(settings);
        int sent = 0, failed = 0, deferred = 0;
        var failures = new List<string>();
        var pacer = new Pacer(settings, clock);
        string? stopped = null;
        try
        {
            while (stopped is null)
            {
                DateTimeOffset now = clock.GetUtcNow();
                var batch = (await store.ClaimAsync(owner, settings.BatchSize, campaign, now, now + settings.Reconcile, cancellationToken).ConfigureAwait(false)).ToList();
                if (batch.Count == 0)
                {
                    break;
                }

                while (batch.Count > 0 && stopped is null)
                {
                    OutboxMessage next = await pacer.NextAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch.Remove(next);
                    DateTimeOffset begin = clock.GetUtcNow();
                    if (!await store.BeginSendingAsync(next.Id, owner, begin, begin + settings.Reconcile, cancellationToken).ConfigureAwait(false))
                    {
                        continue; // the claim expired and another sender took it
                    }

                    SendOutcome outcome = await transport.SendAsync(next, CancellationToken.None).ConfigureAwait(false);
                    DateTimeOffset at = clock.GetUtcNow();
                    switch (outcome)
                    {
                        case SendOutcome.Accepted accepted:
                            await store.MarkSentAsync(next.Id, accepted.ServerResponse, at, dayOf(at), CancellationToken.None).ConfigureAwait(false);
                            sent++;
                            Progress?.Invoke(next, "sent");
                            break;
                        case SendOutcome.Permanent permanent:
                            await store.MarkFailedAsync(next.Id, permanent.Reason, dayOf(at), CancellationToken.None).ConfigureAwait(false);
                            failed++;
                            failures.Add($"{next.Reference} <{next.To}>: {permanent.Reason}");
                            Progress?.Invoke(next, "failed");
                            break;
                        case SendOutcome.Temporary temporary when next.Attempts + 1 >= settings.MaxAttempts:
                            string reason = $"{temporary.Reason} (gave up after {next.Attempts + 1} attempts)";
                            await store.MarkFailedAsync(next.Id, reason, dayOf(at), CancellationToken.None).ConfigureAwait(false);
                            failed++;
                            failures.Add($"{next.Reference} <{next.To}>: {reason}");
                            break;
                        case SendOutcome.Temporary temporary:
                            await store.RetryAsync(next.Id, at + OutboxSettings.BackOff(next.Attempts + 1), temporary.Reason, CancellationToken.None).ConfigureAwait(false);
                            deferred++;
                            Progress?.Invoke(next, "deferred");
                            break;
                        case SendOutcome.ConnectionFailed connection:
                            // Nothing was accepted: back to queued without waiting, and stop this run (the server is unreachable).
                            await store.RetryAsync(next.Id, at, connection.Reason, CancellationToken.None).ConfigureAwait(false);
                            stopped = connection.Reason;
                            break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        finally
        {
            await store.ReleaseAsync(owner, CancellationToken.None).ConfigureAwait(false);
        }

        var report = new OutboxRunReport(sent, failed, deferred, stopped);
        foreach (string failure in failures)
        {
            report.Failures.Add(failure);
        }

        return report;
    }

    /// <summary>Spaces sends overall and per recipient domain; picks the claimed message whose domain is free soonest.</summary>
    private sealed class Pacer(OutboxSettings settings, TimeProvider clock)
    {
        private readonly Dictionary<string, DateTimeOffset> _domainFree = new(StringComparer.Ordinal);
        private DateTimeOffset _free = DateTimeOffset.MinValue;

        public async Task<OutboxMessage> NextAsync(List<OutboxMessage> batch, CancellationToken cancellationToken)
        {
            OutboxMessage best = batch[0];
            DateTimeOffset bestAt = DateTimeOffset.MaxValue;
            foreach (OutboxMessage candidate in batch)
            {
                DateTimeOffset at = _domainFree.TryGetValue(candidate.RecipientDomain, out DateTimeOffset d) ? d : DateTimeOffset.MinValue;
                if (at < bestAt)
                {
                    (best, bestAt) = (candidate, at);
                }
            }

            DateTimeOffset start = bestAt > _free ? bestAt : _free;
            TimeSpan wait = start - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }

            DateTimeOffset now = clock.GetUtcNow();
            if (settings.PerMinute > 0)
            {
                _free = now + TimeSpan.FromMinutes(1.0 / settings.PerMinute);
            }

            if (settings.PerDomainPerMinute > 0)
            {
                _domainFree[best.RecipientDomain] = now + TimeSpan.FromMinutes(1.0 / settings.PerDomainPerMinute);
            }

            return best;
        }
    }
}
