using System.Net;
using System.Net.Sockets;

namespace Sightline.Network;

/// <summary>The scan's global limits and the only way its probes open connections. A probe step (a TCP connect, an HTTP request,
/// an RTSP OPTIONS exchange) enters the throttle before it starts: at most <c>concurrency</c> steps run at once, and steps start at
/// most <c>rate</c> times a second. A step opens at most one new connection (an HTTP step reuses its host's open connection when it
/// can), so the rate bounds new connections per second too. No connection is opened to an address outside the scope (checked again
/// here, whatever the caller checked before).</summary>
public sealed class Throttle : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly TimeProvider _time;
    private readonly long _interval; // timestamp ticks between two connection starts
    private readonly Func<IPAddress, bool> _allowed;
    private readonly Lock _lock = new();
    private long _next;
    private int _inFlight;
    private int _maxInFlight;
    private long _connections;

    public Throttle(double rate, int concurrency, Func<IPAddress, bool> allowed, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rate, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        ArgumentNullException.ThrowIfNull(allowed);
        _time = time ?? TimeProvider.System;
        _interval = (long)(_time.TimestampFrequency / rate);
        _slots = new SemaphoreSlim(concurrency, concurrency);
        _allowed = allowed;
    }

    /// <summary>Connections opened (attempted) so far.</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>The most probe steps that held a slot at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Waits for a slot and for the rate to allow a new step; dispose the result to give the slot back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await PaceAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }

        int now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        return new Slot(this);
    }

    /// <summary>Opens a TCP connection within <paramref name="timeout"/> (call it inside a step, see <see cref="EnterAsync"/>).</summary>
    /// <exception cref="ScopeViolationException">The address is outside the scope; nothing was sent.</exception>
    public async Task<Socket> ConnectAsync(IPEndPoint endPoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        if (!_allowed(endPoint.Address))
        {
            throw new ScopeViolationException(endPoint.Address);
        }

        Interlocked.Increment(ref _connections);
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(endPoint, limit.Token).ConfigureAwait(false);
            return socket;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"no answer from {endPoint} within {timeout.TotalMilliseconds:0} ms");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        long wait;
        lock (_lock)
        {
            long now = _time.GetTimestamp();
            long slot = Math.Max(now, _next);
            _next = slot + _interval;
            wait = slot - now;
        }

        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds((double)wait / _time.TimestampFrequency), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(Throttle owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref owner._inFlight);
                owner._slots.Release();
            }
        }
    }
}

/// <summary>A connection to an address outside the scan's scope was about to be made, and was not.</summary>
public sealed class ScopeViolationException(IPAddress address) : Exception($"{address} is outside the declared scope; no packet was sent to it")
{
    public IPAddress Address { get; } = address;
}
