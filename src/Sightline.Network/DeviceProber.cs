using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;

namespace Sightline.Network;

/// <summary>What the probes of one host found: one scan record per open port, and the evidence that scan records have no field
/// for (ONVIF device information, ISAPI and magicBox answers).</summary>
/// <param name="Notes">What went wrong or was skipped, for the user (a time-out, credentials refused).</param>
public sealed record HostProbe(IPAddress Address, IReadOnlyList<ScanRecord> Records, DeviceEvidence Probed, IReadOnlyList<string> Notes)
{
    public bool Responded => Records.Count > 0;
}

/// <summary>Probes one host: a TCP connect to each port, then HTTP(S) <c>GET /</c>, RTSP <c>OPTIONS</c>, ONVIF
/// GetDeviceInformation, and, only with credentials the user gave for this host, Hikvision ISAPI <c>/ISAPI/System/deviceInfo</c>
/// and Dahua <c>magicBox.cgi?action=getSystemInfo</c>. Identification only: nothing is written to a device, no login is guessed.</summary>
public sealed class DeviceProber(Throttle throttle, ScanSettings settings)
{
    /// <summary>The most bytes of a body read (an HTTP page, a SOAP answer, a device-information page).</summary>
    public const int MaxBody = 65_536;

    private const int MaxRtspHeader = 16_384;
    private const string UserAgent = "Sightline/0.1 (device identification; https://github.com/sightline)";

    private const string OnvifRequest = """<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body xmlns:tds="http://www.onvif.org/ver10/device/wsdl"><tds:GetDeviceInformation/></s:Body></s:Envelope>""";

    public async Task<HostProbe> ProbeAsync(IPAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var notes = new List<string>();
        var records = new List<ScanRecord>();

        // 1. Which ports answer: RTSP ports are asked OPTIONS on the same connection; the others are closed at once.
        var portTasks = settings.Ports.Select(port => ConnectStepAsync(address, port, notes, cancellationToken)).ToList();
        ScanRecord?[] opened = await Task.WhenAll(portTasks).ConfigureAwait(false);
        var open = new List<(ScanPort Port, ScanRecord Record)>();
        for (int i = 0; i < opened.Length; i++)
        {
            if (opened[i] is { } record)
            {
                open.Add((settings.Ports[i], record));
                records.Add(record);
            }
        }

        var probed = new DeviceEvidence();
        var web = open.Where(o => o.Port.Protocol is PortProtocol.Http or PortProtocol.Https).ToList();
        if (web.Count == 0)
        {
            return new HostProbe(address, records, probed, notes);
        }

        // 2. The web pages, then ONVIF on the first web port that answers it.
        using var plain = CreateClient(address, credential: null, out Func<string?> tlsSubject);
        var answering = new List<ScanPort>();
        foreach ((ScanPort port, ScanRecord record) in web)
        {
            if (await StepAsync(token => GetPageAsync(plain, address, port, record, token), $"{port}: GET /", notes, cancellationToken).ConfigureAwait(false))
            {
                record.TlsSubject = port.Protocol == PortProtocol.Https ? tlsSubject() : null;
                answering.Add(port);
            }
        }

        foreach (ScanPort port in answering)
        {
            DeviceEvidence? onvif = null;
            await StepAsync(async token => (onvif = await GetOnvifAsync(plain, address, port, token).ConfigureAwait(false)) is not null,
                $"{port}: ONVIF", notes, cancellationToken).ConfigureAwait(false);
            if (onvif is not null)
            {
                probed = onvif;
                break;
            }
        }

        // 3. Device-information pages, only with the user's own login for this host.
        if (settings.Credentials?.For(address) is { } credential && answering.Count > 0)
        {
            using var authenticated = CreateClient(address, credential, out _);
            string? isapi = null, magicBox = null, version = null;
            foreach (ScanPort port in answering)
            {
                await StepAsync(async token => (isapi = await GetAuthenticatedAsync(authenticated, address, port, "/ISAPI/System/deviceInfo", notes, token).ConfigureAwait(false)) is not null,
                    $"{port}: ISAPI", notes, cancellationToken).ConfigureAwait(false);
                if (isapi is not null && isapi.Contains("<DeviceInfo", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                isapi = null;
            }

            foreach (ScanPort port in answering)
            {
                await StepAsync(async token => (magicBox = await GetAuthenticatedAsync(authenticated, address, port, "/cgi-bin/magicBox.cgi?action=getSystemInfo", notes, token).ConfigureAwait(false)) is not null,
                    $"{port}: magicBox", notes, cancellationToken).ConfigureAwait(false);
                if (magicBox is not null && magicBox.Contains('=', StringComparison.Ordinal) && !magicBox.Contains('<', StringComparison.Ordinal))
                {
                    await StepAsync(async token => (version = await GetAuthenticatedAsync(authenticated, address, port, "/cgi-bin/magicBox.cgi?action=getSoftwareVersion", notes, token).ConfigureAwait(false)) is not null,
                        $"{port}: magicBox version", notes, cancellationToken).ConfigureAwait(false);
                    break;
                }

                magicBox = null;
            }

            probed = probed with
            {
                IsapiDeviceInfo = isapi,
                DahuaSystemInfo = magicBox is null ? null : version is null ? magicBox : magicBox.TrimEnd() + "\n" + version,
            };
        }

        return new HostProbe(address, records, probed, notes);
    }

    /// <summary>Runs one probe step holding a concurrency slot; a failure becomes a note.</summary>
    private async Task<bool> StepAsync(Func<CancellationToken, Task<bool>> step, string what, List<string>? notes, CancellationToken cancellationToken)
    {
        using IDisposable slot = await throttle.EnterAsync(cancellationToken).ConfigureAwait(false);
        // A step is a connection and an exchange on it: each may take the time-out (waiting for the rate limit is not counted).
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(settings.Timeout * 3);
        try
        {
            return await step(limit.Token).ConfigureAwait(false);
        }
        catch (ScopeViolationException)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or SocketException or TimeoutException or XmlException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            if (notes is not null)
            {
                lock (notes)
                {
                    notes.Add($"{what}: {Describe(e)}");
                }
            }

            return false;
        }
    }

    private async Task<ScanRecord?> ConnectStepAsync(IPAddress address, ScanPort port, List<string> notes, CancellationToken cancellationToken)
    {
        ScanRecord? record = null;
        await StepAsync(async token =>
        {
            Socket socket;
            try
            {
                socket = await throttle.ConnectAsync(new IPEndPoint(address, port.Number), settings.Timeout, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or TimeoutException)
            {
                return false; // a closed or filtered port is no news; a service that accepts and then stays silent is (noted below)
            }

            using (socket)
            {
                record = new ScanRecord { Ip = address.ToString(), Port = port.Number, Transport = "tcp" };
                if (port.Protocol == PortProtocol.Rtsp)
                {
                    record.Banner = await RtspOptionsAsync(socket, address, port.Number, token).ConfigureAwait(false);
                }
            }

            return true;
        }, $"{port}", notes, cancellationToken).ConfigureAwait(false);
        return record;
    }

    private async Task<string?> RtspOptionsAsync(Socket socket, IPAddress address, int port, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(settings.Timeout);
        var stream = new NetworkStream(socket, ownsSocket: false);
        await using ConfiguredAsyncDisposable disposeStream = stream.ConfigureAwait(false);
        string host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        byte[] request = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"OPTIONS rtsp://{host}:{port}/ RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: {UserAgent}\r\n\r\n"));
        await stream.WriteAsync(request, limit.Token).ConfigureAwait(false);
        byte[] buffer = new byte[MaxRtspHeader];
        int length = 0;
        while (length < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(length), limit.Token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0 || buffer.AsSpan(0, length).IndexOf("\n\n"u8) >= 0)
            {
                break; // the headers are complete; OPTIONS has no body worth reading
            }
        }

        string text = Encoding.Latin1.GetString(buffer, 0, length);
        return text.StartsWith("RTSP/", StringComparison.OrdinalIgnoreCase) ? text : null;
    }

    private HttpClient CreateClient(IPAddress address, NetworkCredential? credential, out Func<string?> tlsSubject)
    {
        string? subject = null;
        tlsSubject = () => subject;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false, // a redirect elsewhere is evidence, never followed
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PreAuthenticate = false,
            MaxResponseHeadersLength = 64,
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            ConnectTimeout = settings.Timeout,
            SslOptions = new SslClientAuthenticationOptions
            {
                // Identification, not trust: cameras have self-signed certificates, and the subject is the evidence.
#pragma warning disable CA5359 // accepting any certificate is the point: the subject is read, nothing is trusted or sent
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                {
                    subject ??= certificate?.Subject;
                    return true;
                },
#pragma warning restore CA5359
            },
            ConnectCallback = async (context, token) =>
            {
                if (!IPAddress.TryParse(context.DnsEndPoint.Host.Trim('[', ']'), out IPAddress? target) || !target.Equals(address))
                {
                    throw new ScopeViolationException(target ?? IPAddress.None);
                }

                Socket socket = await throttle.ConnectAsync(new IPEndPoint(target, context.DnsEndPoint.Port), settings.Timeout, token).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        if (credential is not null)
        {
            // Digest always; Basic only inside TLS, so that a password never crosses the network in the clear.
            var cache = new CredentialCache();
            foreach (ScanPort port in settings.Ports.Where(p => p.Protocol is PortProtocol.Http or PortProtocol.Https))
            {
                Uri prefix = BaseUri(address, port);
                cache.Add(prefix, "Digest", credential);
                if (port.Protocol == PortProtocol.Https)
                {
                    cache.Add(prefix, "Basic", credential);
                }
            }

            handler.Credentials = cache;
        }

        var client = new HttpClient(handler, disposeHandler: true) { Timeout = settings.Timeout * 2 };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Sightline/0.1");
        client.DefaultRequestHeaders.ConnectionClose = false;
        return client;
    }

    private static Uri BaseUri(IPAddress address, ScanPort port)
    {
        string host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{(port.Protocol == PortProtocol.Https ? "https" : "http")}://{host}:{port.Number}/"));
    }

    private static async Task<bool> GetPageAsync(HttpClient client, IPAddress address, ScanPort port, ScanRecord record, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, BaseUri(address, port));
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        record.HttpServer = Header(response, "Server");
        record.WwwAuthenticate = Header(response, "WWW-Authenticate");
        string body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        if (response.Headers.Location is { } location)
        {
            body = $"<!-- Location: {location.OriginalString} -->\n" + body;
        }

        record.HttpBody = body.Length > 0 ? body : null;
        record.HtmlTitle = body.Length > 0 ? BannerParser.Title(body) : null;
        return true;
    }

    private static async Task<DeviceEvidence?> GetOnvifAsync(HttpClient client, IPAddress address, ScanPort port, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUri(address, port), "/onvif/device_service"))
        {
            Content = new StringContent(OnvifRequest, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/soap+xml; charset=utf-8; action=\"http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation\"");
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        return ReadOnvif(await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The fields of an ONVIF GetDeviceInformationResponse, or null when the text is not one.</summary>
    public static DeviceEvidence? ReadOnvif(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxBody * 2 };
        using var reader = XmlReader.Create(new StringReader(xml), readerSettings);
        bool inResponse = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "GetDeviceInformationResponse")
            {
                inResponse = true;
            }
            else if (inResponse && reader.LocalName is "Manufacturer" or "Model" or "FirmwareVersion" or "SerialNumber" or "HardwareId")
            {
                string name = reader.LocalName;
                string value = reader.ReadElementContentAsString().Trim();
                fields.TryAdd(name, value.Length > 200 ? value[..200] : value);
            }
        }

        if (!inResponse)
        {
            return null;
        }

        string? manufacturer = fields.GetValueOrDefault("Manufacturer"), model = fields.GetValueOrDefault("Model");
        return new DeviceEvidence
        {
            OnvifManufacturer = manufacturer,
            OnvifModel = model,
            OnvifFirmware = fields.GetValueOrDefault("FirmwareVersion"),
            // The maker and model as text too, so that makers without an ONVIF signature (Axis …) are still named.
            Product = manufacturer is null && model is null ? null : $"{manufacturer} {model}".Trim(),
        };
    }

    private static async Task<string?> GetAuthenticatedAsync(HttpClient client, IPAddress address, ScanPort port, string path, List<string> notes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri(address, port), path));
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            lock (notes)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{port}: {path}: the supplied credentials were refused (401)"));
            }

            return null;
        }

        return response.IsSuccessStatusCode ? await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false) : null;
    }

    private static string? Header(HttpResponseMessage response, string name)
    {
        if (response.Headers.NonValidated.TryGetValues(name, out HeaderStringValues values))
        {
            string joined = string.Join("\n", values);
            return joined.Length > 4_096 ? joined[..4_096] : joined;
        }

        return null;
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using ConfiguredAsyncDisposable disposeStream = stream.ConfigureAwait(false);
        byte[] buffer = new byte[MaxBody];
        int length = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static string Describe(Exception e) => e switch
    {
        TimeoutException t => t.Message,
        OperationCanceledException => "timed out",
        HttpRequestException { InnerException: { } inner } => inner.Message,
        _ => e.Message,
    };
}
