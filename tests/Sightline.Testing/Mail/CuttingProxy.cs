using System.Net;
using System.Net.Sockets;

namespace Sightline.Testing.Mail;

/// <summary>A loopback TCP proxy to a local server that cuts its first connection after the server has sent <c>cutAfterBytes</c>
/// bytes (a mailbox that goes away mid-sync); later connections pass through untouched.</summary>
public sealed class CuttingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    public CuttingProxy(int upstreamPort, long cutAfterBytes)
    {
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                long limit = Interlocked.Increment(ref _connections) == 1 ? cutAfterBytes : long.MaxValue;
                _ = Task.Run(() => PumpAsync(client, upstreamPort, limit));
            }
        });
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task PumpAsync(TcpClient client, int upstreamPort, long limit)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort);
            using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            Task up = CopyAsync(client.GetStream(), upstream.GetStream(), long.MaxValue, cut.Token);
            Task down = CopyAsync(upstream.GetStream(), client.GetStream(), limit, cut.Token);
            await Task.WhenAny(up, down);
            await cut.CancelAsync();
        }
    }

    private static async Task CopyAsync(NetworkStream from, NetworkStream to, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        long total = 0;
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
            {
                int pass = (int)Math.Min(read, limit - total);
                await to.WriteAsync(buffer.AsMemory(0, pass), cancellationToken);
                total += pass;
                if (total >= limit)
                {
                    return; // the connection is dropped here
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // either side went away
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
