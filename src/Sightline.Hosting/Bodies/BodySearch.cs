using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sightline.Core.Bodies;

namespace Sightline.Hosting.Bodies;

/// <summary>Registry search from memory for the web: a <see cref="BodySearchIndex"/> of every body, built from the store in one
/// read and rebuilt when the store's <see cref="BodyRegistryRevision"/> changes (an import, possibly by the CLI in another
/// process). A singleton shared by every request.</summary>
/// <remarks>The revision is checked at most once per <see cref="CheckInterval"/>, by the first search after it has passed, in the
/// background: that search and every other one keep answering from the current index, and a rebuilt index replaces it in one
/// reference swap. So an import shows in searches at most <see cref="CheckInterval"/> plus one rebuild (about a second for
/// 27,000 bodies) after it committed. Only the first search of the process waits, for the first build.</remarks>
public sealed partial class BodySearch(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BodySearch>? logger = null) : IDisposable
{
    /// <summary>How often the store's revision is compared with the index's.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = logger ?? NullLogger<BodySearch>.Instance;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile Snapshot? _current;
    private long _nextCheckTicks;
    private int _backgroundRunning;

    /// <summary>The page of <paramref name="query"/>, as <see cref="IBodyStore.SearchAsync"/> would give it.</summary>
    public async Task<BodyPage> SearchAsync(BodyQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Snapshot? snapshot = _current;
        if (snapshot is null)
        {
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
            snapshot = _current!;
        }
        else if (clock.GetTimestamp() >= Interlocked.Read(ref _nextCheckTicks) && Interlocked.CompareExchange(ref _backgroundRunning, 1, 0) == 0)
        {
            _ = Task.Run(RefreshInBackgroundAsync, CancellationToken.None);
        }

        return snapshot.Index.Search(query);
    }

    /// <summary>The index searches currently use (built on first use).</summary>
    public async Task<BodySearchIndex> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        return _current!.Index;
    }

    /// <summary>Compares the store's revision with the index's now and rebuilds the index if they differ (or if there is none);
    /// returns whether it rebuilt. Concurrent calls run one at a time.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IBodyStore>();
            // The revision is read before the bodies: an import committing in between is then in the index and the next check
            // (seeing a newer revision) merely rebuilds once more; the other order could miss it until the next import.
            BodyRegistryRevision revision = await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false);
            PutOffNextCheck();
            if (_current is { } current && current.Revision == revision)
            {
                return false;
            }

            long started = clock.GetTimestamp();
            IReadOnlyList<Body> bodies = await store.ListAllAsync(cancellationToken).ConfigureAwait(false);
            var index = BodySearchIndex.Build(bodies);
            _current = new Snapshot(index, revision);
            double milliseconds = clock.GetElapsedTime(started).TotalMilliseconds;
            Log.Built(_logger, index.Count, index.WordCount, milliseconds);
            return true;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await RefreshAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a failed check keeps the current index; the next search after the interval tries again
        catch (Exception e)
#pragma warning restore CA1031
        {
            PutOffNextCheck();
            Log.RefreshFailed(_logger, e);
        }
        finally
        {
            Volatile.Write(ref _backgroundRunning, 0);
        }
    }

    public void Dispose() => _refreshing.Dispose();

    /// <summary>No search checks the store's revision again before <see cref="CheckInterval"/> has passed.</summary>
    private void PutOffNextCheck() =>
        Interlocked.Exchange(ref _nextCheckTicks, clock.GetTimestamp() + (long)(CheckInterval.TotalSeconds * clock.TimestampFrequency));

    private sealed record Snapshot(BodySearchIndex Index, BodyRegistryRevision Revision);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Registry search index built: {Bodies} bodies, {Words} distinct name words, {Milliseconds:0} ms")]
        public static partial void Built(ILogger logger, int bodies, int words, double milliseconds);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the registry for changes; searches keep the current index")]
        public static partial void RefreshFailed(ILogger logger, Exception exception);
    }
}
