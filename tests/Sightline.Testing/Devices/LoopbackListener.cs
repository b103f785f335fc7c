using System.Net;
using System.Net.Sockets;

namespace Sightline.Testing.Devices;

/// <summary>A TCP listener on a loopback address that counts connections and either closes them or holds them open without
/// a word (a silent port). Used to prove that a scan made no connection, or how many it made at once.</summary>
public sealed class LoopbackListener : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _held = [];
    private readonly bool _silent;
    private int _open;
    private int _maxOpen;
    private int _connections;

    public LoopbackListener(IPAddress address, int port = 0, bool silent = false, TimeSpan? holdFor = null)
    {
        _silent = silent;
        HoldFor = holdFor;
        _listener = new TcpListener(address, port);
        _listener.Start(backlog: 512);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>How long each connection is held open before it is closed (null: closed at once, unless silent).</summary>
    public TimeSpan? HoldFor { get; }

    public int Connections => Volatile.Read(ref _connections);

    public int MaxOpen => Volatile.Read(ref _maxOpen);

    /// <summary>When each connection arrived (Stopwatch timestamps).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<long> Arrivals { get; } = new();

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Arrivals.Enqueue(System.Diagnostics.Stopwatch.GetTimestamp());
            Interlocked.Increment(ref _connections);
            int open = Interlocked.Increment(ref _open);
            int seen;
            while (open > (seen = Volatile.Read(ref _maxOpen)) && Interlocked.CompareExchange(ref _maxOpen, open, seen) != seen)
            {
            }

            _ = HoldAsync(client);
        }
    }

    private async Task HoldAsync(TcpClient client)
    {
        try
        {
            if (_silent)
            {
                lock (_held)
                {
                    _held.Add(client);
                }

                // Read and drop whatever comes until the peer hangs up; never answer.
                byte[] buffer = new byte[1024];
                while (await client.GetStream().ReadAsync(buffer, _stop.Token) > 0)
                {
                }
            }
            else if (HoldFor is { } hold)
            {
                byte[] buffer = new byte[1024];
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                limit.CancelAfter(hold);
                try
                {
                    while (await client.GetStream().ReadAsync(buffer, limit.Token) > 0)
                    {
                    }
                }
                catch (OperationCanceledException)
                {
                    // held long enough
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // peer gone or listener stopped
        }
        finally
        {
            Interlocked.Decrement(ref _open);
            client.Dispose();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Dispose();
        lock (_held)
        {
            foreach (TcpClient client in _held)
            {
                client.Dispose();
            }
        }

        _stop.Dispose();
    }
}
