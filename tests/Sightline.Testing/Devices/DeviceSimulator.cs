using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sightline.Testing.Devices;

/// <summary>Simulated cameras and recorders on loopback addresses (Linux answers on all of 127.0.0.0/8): one in-process Kestrel
/// server answers HTTP (the web page, ONVIF GetDeviceInformation, Hikvision ISAPI and Dahua magicBox behind Digest auth) on
/// <see cref="HttpPort"/> of every address, and a small TCP responder answers RTSP OPTIONS on <see cref="RtspPort"/>. Every
/// device has its own address and the same ports, as on a real network.</summary>
public sealed class DeviceSimulator : IAsyncDisposable
{
    private readonly Dictionary<IPAddress, DeviceProfile> _devices;
    private readonly List<TcpListener> _rtsp = [];
    private readonly CancellationTokenSource _stop = new();
    private WebApplication? _web;

    private DeviceSimulator(IReadOnlyDictionary<IPAddress, DeviceProfile> devices) => _devices = new(devices);

    public int HttpPort { get; private set; }

    public int RtspPort { get; private set; }

    /// <summary>Requests seen, as <c>ip METHOD path</c>.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Requests that carried an <c>Authorization</c> header, as <c>ip path</c>.</summary>
    public ConcurrentQueue<string> AuthorizedRequests { get; } = new();

    /// <summary>Requests whose Digest login was right.</summary>
    public ConcurrentQueue<string> AcceptedLogins { get; } = new();

    public IReadOnlyDictionary<IPAddress, DeviceProfile> Devices => _devices;

    /// <summary>Starts the devices on free ports (the same ports on every address), retrying when a port is taken.</summary>
    public static async Task<DeviceSimulator> StartAsync(IReadOnlyDictionary<IPAddress, DeviceProfile> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        Exception? last = null;
        for (int attempt = 0; attempt < 10; attempt++)
        {
            var simulator = new DeviceSimulator(devices);
            try
            {
                await simulator.StartOnceAsync(FreePort(), FreePort());
                return simulator;
            }
            catch (Exception e) when (e is IOException or SocketException or InvalidOperationException)
            {
                last = e;
                await simulator.DisposeAsync();
            }
        }

        throw new InvalidOperationException("Could not find free ports for the device simulator.", last);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task StartOnceAsync(int httpPort, int rtspPort)
    {
        HttpPort = httpPort;
        RtspPort = rtspPort;
        foreach (IPAddress address in _devices.Keys)
        {
            var listener = new TcpListener(address, rtspPort);
            listener.Start();
            _rtsp.Add(listener);
            _ = AcceptRtspAsync(listener, _devices[address]);
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            foreach (IPAddress address in _devices.Keys)
            {
                options.Listen(address, httpPort);
            }
        });
        _web = builder.Build();
        _web.Run(HandleAsync);
        await _web.StartAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        IPAddress local = http.Connection.LocalIpAddress!;
        DeviceProfile device = _devices[local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local];
        string path = http.Request.Path + http.Request.QueryString;
        Requests.Enqueue($"{local} {http.Request.Method} {path}");
        if (http.Request.Headers.Authorization.Count > 0)
        {
            AuthorizedRequests.Enqueue($"{local} {path}");
        }

        if (device.HttpServer is not null)
        {
            http.Response.Headers.Server = device.HttpServer;
        }

        if (http.Request.Path == "/" && HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.StatusCode = device.RootStatus;
            if (device.RootAuthenticate is not null)
            {
                http.Response.Headers.WWWAuthenticate = device.RootAuthenticate;
            }

            http.Response.ContentType = "text/html";
            await http.Response.WriteAsync(device.RootBody);
            return;
        }

        if (http.Request.Path == "/onvif/device_service" && HttpMethods.IsPost(http.Request.Method) && device.Onvif is { } onvif)
        {
            using var reader = new StreamReader(http.Request.Body);
            string request = await reader.ReadToEndAsync();
            if (!request.Contains("GetDeviceInformation", StringComparison.Ordinal))
            {
                http.Response.StatusCode = 400;
                return;
            }

            http.Response.ContentType = "application/soap+xml; charset=utf-8";
            await http.Response.WriteAsync($"""
                <?xml version="1.0" encoding="UTF-8"?>
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:tds="http://www.onvif.org/ver10/device/wsdl"><env:Body><tds:GetDeviceInformationResponse><tds:Manufacturer>{onvif.Manufacturer}</tds:Manufacturer><tds:Model>{onvif.Model}</tds:Model><tds:FirmwareVersion>{onvif.Firmware}</tds:FirmwareVersion><tds:SerialNumber>{onvif.Serial}</tds:SerialNumber><tds:HardwareId>{onvif.HardwareId}</tds:HardwareId></tds:GetDeviceInformationResponse></env:Body></env:Envelope>
                """);
            return;
        }

        string? page = http.Request.Path.Value switch
        {
            "/ISAPI/System/deviceInfo" => device.Isapi,
            "/cgi-bin/magicBox.cgi" => http.Request.Query["action"].ToString() switch
            {
                "getSystemInfo" => device.MagicBox,
                "getSoftwareVersion" => device.MagicBoxVersion,
                _ => null,
            },
            _ => null,
        };
        if (page is null)
        {
            http.Response.StatusCode = 404;
            return;
        }

        if (!DigestAccepted(http, device))
        {
            http.Response.StatusCode = 401;
            http.Response.Headers.WWWAuthenticate = $"Digest realm=\"{device.Realm}\", qop=\"auth\", nonce=\"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}\", stale=\"FALSE\"";
            return;
        }

        AcceptedLogins.Enqueue($"{local} {path}");
        http.Response.ContentType = page.StartsWith('<') ? "application/xml" : "text/plain";
        await http.Response.WriteAsync(page);
    }

    /// <summary>Checks an RFC 7616 Digest (MD5, qop=auth) Authorization header against the device's one login.</summary>
    private static bool DigestAccepted(HttpContext http, DeviceProfile device)
    {
        string header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Digest ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string part in SplitFields(header["Digest ".Length..]))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                fields[part[..equals].Trim()] = part[(equals + 1)..].Trim().Trim('"');
            }
        }

        if (fields.GetValueOrDefault("username") != device.User || fields.GetValueOrDefault("realm") != device.Realm)
        {
            return false;
        }

        string ha1 = Md5($"{device.User}:{device.Realm}:{device.Password}");
        string ha2 = Md5($"{http.Request.Method}:{fields.GetValueOrDefault("uri")}");
        string expected = fields.TryGetValue("qop", out string? qop)
            ? Md5($"{ha1}:{fields.GetValueOrDefault("nonce")}:{fields.GetValueOrDefault("nc")}:{fields.GetValueOrDefault("cnonce")}:{qop}:{ha2}")
            : Md5($"{ha1}:{fields.GetValueOrDefault("nonce")}:{ha2}");
        return string.Equals(expected, fields.GetValueOrDefault("response"), StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> SplitFields(string text)
    {
        var current = new StringBuilder();
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ',' && !quoted)
            {
                yield return current.ToString();
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        yield return current.ToString();
    }

#pragma warning disable CA5351 // HTTP Digest is MD5 by definition; this checks a simulated device's login
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351

    private async Task AcceptRtspAsync(TcpListener listener, DeviceProfile device)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = AnswerRtspAsync(client, device);
        }
    }

    private async Task AnswerRtspAsync(TcpClient client, DeviceProfile device)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                byte[] buffer = new byte[4096];
                int length = 0;
                while (length < buffer.Length && buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) < 0)
                {
                    int read = await stream.ReadAsync(buffer.AsMemory(length), _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    length += read;
                }

                string request = Encoding.ASCII.GetString(buffer, 0, length);
                Requests.Enqueue($"{((IPEndPoint)client.Client.LocalEndPoint!).Address} RTSP {request.Split(' ')[0]}");
                string cseq = request.Split("\r\n").FirstOrDefault(l => l.StartsWith("CSeq:", StringComparison.OrdinalIgnoreCase))?[5..].Trim() ?? "1";
                var answer = new StringBuilder(device.RtspAuthenticate is null ? "RTSP/1.0 200 OK\r\n" : "RTSP/1.0 401 Unauthorized\r\n");
                answer.Append("CSeq: ").Append(cseq).Append("\r\n");
                if (device.RtspAuthenticate is not null)
                {
                    answer.Append("WWW-Authenticate: ").Append(device.RtspAuthenticate).Append("\r\n");
                }
                else
                {
                    answer.Append("Public: OPTIONS, DESCRIBE, PLAY, PAUSE, SETUP, TEARDOWN, SET_PARAMETER, GET_PARAMETER\r\n");
                }

                if (device.RtspServer is not null)
                {
                    answer.Append("Server: ").Append(device.RtspServer).Append("\r\n");
                }

                answer.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(answer.ToString()), _stop.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // the prober hung up or the simulator stops
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (TcpListener listener in _rtsp)
        {
            listener.Stop();
            listener.Dispose();
        }

        if (_web is not null)
        {
            await _web.StopAsync();
            await _web.DisposeAsync();
        }

        _stop.Dispose();
    }
}
