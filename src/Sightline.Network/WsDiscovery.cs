using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Sightline.Core.Exposure;

namespace Sightline.Network;

/// <summary>One device that answered a WS-Discovery Probe (deduplicated by its endpoint reference).</summary>
/// <param name="Responder">The address the ProbeMatches came from.</param>
/// <param name="EndpointReference">The device's <c>wsa:EndpointReference/wsa:Address</c>, usually <c>urn:uuid:…</c>.</param>
/// <param name="XAddrs">The device service addresses (<c>http://192.168.1.64/onvif/device_service</c>).</param>
/// <param name="Types">Qualified type names, e.g. <c>dn:NetworkVideoTransmitter</c>, <c>tds:Device</c>, <c>wsdp:Device</c>.</param>
/// <param name="Scopes">Scope URIs, e.g. <c>onvif://www.onvif.org/hardware/DS-2CD2143G0-I</c>.</param>
public sealed record WsDiscoveryMatch(IPAddress Responder, string EndpointReference, IReadOnlyList<string> XAddrs, IReadOnlyList<string> Types,
    IReadOnlyList<string> Scopes, string? RelatesTo)
{
    /// <summary>The last path segment of the first <c>onvif://www.onvif.org/hardware/…</c> scope, unescaped.</summary>
    public string? Hardware => OnvifScope("hardware");

    /// <summary>The device name of the first <c>onvif://www.onvif.org/name/…</c> scope, unescaped.</summary>
    public string? Name => OnvifScope("name");

    /// <summary>The manufacturer some devices declare (<c>onvif://www.onvif.org/MfrName/…</c> or <c>…/manufacturer/…</c>).</summary>
    public string? Manufacturer => OnvifScope("MfrName") ?? OnvifScope("manufacturer");

    /// <summary>True when the device says it is an ONVIF video device (a camera or encoder).</summary>
    public bool IsOnvif => Types.Any(t => t.EndsWith("NetworkVideoTransmitter", StringComparison.Ordinal)) ||
        Scopes.Any(s => s.StartsWith("onvif://www.onvif.org/", StringComparison.OrdinalIgnoreCase));

    private string? OnvifScope(string kind)
    {
        string prefix = $"onvif://www.onvif.org/{kind}/";
        string? scope = Scopes.FirstOrDefault(s => s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        return scope is null ? null : Uri.UnescapeDataString(scope[prefix.Length..]).Trim();
    }
}

/// <summary>What a discovery did.</summary>
/// <param name="Interfaces">The local addresses the Probe was sent from.</param>
/// <param name="Refused">Answers from outside the declared scope (or limit), dropped: <c>address (endpoint)</c>.</param>
public sealed record WsDiscoveryOutcome(IReadOnlyList<IPAddress> Interfaces, IReadOnlyList<WsDiscoveryMatch> Matches, IReadOnlyList<string> Refused, int Replies);

/// <summary>ONVIF / WS-Discovery (2005/04, the version ONVIF uses): a SOAP 1.2 Probe sent by UDP multicast to
/// 239.255.255.250:3702 on the local segment (TTL 1), and the unicast ProbeMatches that come back. Answers are accepted only from
/// addresses inside the scope (and the limit); the Probe is sent only from local interfaces whose subnet overlaps the scope.</summary>
public static class WsDiscovery
{
    public const int Port = 3702;

    public static readonly IPAddress Group = IPAddress.Parse("239.255.255.250");

    private static readonly XNamespace Soap = "http://www.w3.org/2003/05/soap-envelope";
    private static readonly XNamespace Addressing = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    private static readonly XNamespace Discovery = "http://schemas.xmlsoap.org/ws/2005/04/discovery";

    /// <summary>The Probe message: no Types (every device answers), <c>dn:NetworkVideoTransmitter</c> (ONVIF cameras) or
    /// <c>wsdp:Device</c> (DPWS devices).</summary>
    public static string BuildProbe(Guid messageId, string? types)
    {
        string typesElement = types switch
        {
            null => string.Empty,
            "dn:NetworkVideoTransmitter" => "<d:Types xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\">dn:NetworkVideoTransmitter</d:Types>",
            "wsdp:Device" => "<d:Types xmlns:wsdp=\"http://schemas.xmlsoap.org/ws/2006/02/devprof\">wsdp:Device</d:Types>",
            _ => throw new ArgumentException($"unknown Probe type {types}", nameof(types)),
        };
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>" +
            "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" " +
            "xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\"><s:Header>" +
            "<a:Action s:mustUnderstand=\"1\">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>" +
            $"<a:MessageID>urn:uuid:{messageId:D}</a:MessageID>" +
            "<a:To s:mustUnderstand=\"1\">urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To>" +
            $"</s:Header><s:Body><d:Probe>{typesElement}</d:Probe></s:Body></s:Envelope>";
    }

    /// <summary>Parses a ProbeMatches message (one or more ProbeMatch elements). Returns an empty list for anything else
    /// (Hello, Bye, another tool's Probe, malformed XML); DTDs are refused.</summary>
    public static IReadOnlyList<WsDiscoveryMatch> ParseProbeMatches(string xml, IPAddress responder)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 1_000_000 });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return [];
        }

        XElement? body = document.Root?.Element(Soap + "Body");
        XElement? matches = body?.Element(Discovery + "ProbeMatches");
        if (matches is null)
        {
            return [];
        }

        string? relatesTo = document.Root!.Element(Soap + "Header")?.Element(Addressing + "RelatesTo")?.Value.Trim();
        var result = new List<WsDiscoveryMatch>();
        foreach (XElement match in matches.Elements(Discovery + "ProbeMatch"))
        {
            string endpoint = match.Element(Addressing + "EndpointReference")?.Element(Addressing + "Address")?.Value.Trim() ?? string.Empty;
            if (endpoint.Length == 0)
            {
                continue;
            }

            result.Add(new WsDiscoveryMatch(responder, endpoint, Words(match.Element(Discovery + "XAddrs")), Words(match.Element(Discovery + "Types")),
                Words(match.Element(Discovery + "Scopes")), relatesTo));
        }

        return result;
    }

    private static string[] Words(XElement? element) =>
        element is null ? [] : element.Value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The local IPv4 addresses (of interfaces that are up, multicast-capable and not loopback) whose subnet overlaps the
    /// scope and the limit.</summary>
    public static IReadOnlyList<IPAddress> Interfaces(ScanScope scope, ScanScope? limit)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var addresses = new List<IPAddress>();
        foreach (NetworkInterface nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus != OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback || !nic.SupportsMulticast)
            {
                continue;
            }

            foreach (UnicastIPAddressInformation unicast in nic.GetIPProperties().UnicastAddresses)
            {
                if (unicast.Address.AddressFamily != AddressFamily.InterNetwork || IPAddress.IsLoopback(unicast.Address))
                {
                    continue;
                }

                int prefix = Math.Clamp(unicast.PrefixLength, 0, 32);
                uint mask = prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);
                uint number = (uint)AddressRange.ToNumber(unicast.Address);
                var subnet = new AddressRange(AddressFamily.InterNetwork, number & mask, (number & mask) | ~mask);
                if (Overlaps(scope, subnet) && (limit is null || Overlaps(limit, subnet)))
                {
                    addresses.Add(unicast.Address);
                }
            }
        }

        return addresses;
    }

    private static bool Overlaps(ScanScope scope, AddressRange subnet) =>
        scope.Ranges.Any(r => r.Family == subnet.Family && r.First <= subnet.Last && subnet.First <= r.Last);

    /// <summary>Sends the Probes from every interface <see cref="Interfaces"/> chooses (twice, as WS-Discovery's UDP rules advise),
    /// collects ProbeMatches for <paramref name="wait"/>, and keeps one match per endpoint reference from responders inside the
    /// scope and the limit.</summary>
    public static async Task<WsDiscoveryOutcome> DiscoverAsync(ScanScope scope, ScanScope? limit, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        IReadOnlyList<IPAddress> interfaces = Interfaces(scope, limit);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var messages = new List<byte[]>();
        foreach (string? types in new[] { null, "dn:NetworkVideoTransmitter", "wsdp:Device" })
        {
            var id = Guid.NewGuid();
            ids.Add($"urn:uuid:{id:D}");
            messages.Add(Encoding.UTF8.GetBytes(BuildProbe(id, types)));
        }

        var matches = new Dictionary<string, WsDiscoveryMatch>(StringComparer.OrdinalIgnoreCase);
        var refused = new SortedSet<string>(StringComparer.Ordinal);
        int replies = 0;
        var gate = new object();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(wait);
        var sockets = new List<UdpClient>();
        try
        {
            foreach (IPAddress local in interfaces)
            {
                var client = new UdpClient(new IPEndPoint(local, 0));
                sockets.Add(client);
                client.Client.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, local.GetAddressBytes());
                client.Client.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastTimeToLive, 1);
            }

            async Task ReceiveAsync(UdpClient client)
            {
                while (!stop.IsCancellationRequested)
                {
                    UdpReceiveResult received;
                    try
                    {
                        received = await client.ReceiveAsync(stop.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                    {
                        return;
                    }

                    IPAddress from = received.RemoteEndPoint.Address.IsIPv4MappedToIPv6 ? received.RemoteEndPoint.Address.MapToIPv4() : received.RemoteEndPoint.Address;
                    IReadOnlyList<WsDiscoveryMatch> found = ParseProbeMatches(Encoding.UTF8.GetString(received.Buffer), from);
                    lock (gate)
                    {
                        foreach (WsDiscoveryMatch match in found)
                        {
                            replies++;
                            if (match.RelatesTo is not null && !ids.Contains(match.RelatesTo))
                            {
                                continue; // an answer to someone else's Probe
                            }

                            if (!scope.Contains(from) || (limit is not null && !limit.Contains(from)))
                            {
                                refused.Add($"{from} ({match.EndpointReference})");
                                continue;
                            }

                            matches.TryAdd(match.EndpointReference, match);
                        }
                    }
                }
            }

            var receivers = sockets.Select(ReceiveAsync).ToList();
            var group = new IPEndPoint(Group, Port);
            for (int round = 0; round < 2 && !stop.IsCancellationRequested; round++)
            {
                foreach (UdpClient client in sockets)
                {
                    foreach (byte[] message in messages)
                    {
                        try
                        {
                            await client.SendAsync(message, group, stop.Token).ConfigureAwait(false);
                        }
                        catch (SocketException)
                        {
                            // no multicast route on this interface
                        }
                        catch (OperationCanceledException)
                        {
                            break;
                        }
                    }
                }

                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250), stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            await Task.WhenAll(receivers).ConfigureAwait(false);
        }
        finally
        {
            foreach (UdpClient client in sockets)
            {
                client.Dispose();
            }
        }

        lock (gate)
        {
            return new WsDiscoveryOutcome(interfaces, [.. matches.Values.OrderBy(m => AddressRange.ToNumber(m.Responder)).ThenBy(m => m.EndpointReference, StringComparer.Ordinal)],
                [.. refused], replies);
        }
    }

    /// <summary>The match as a scan record of its responder (udp/3702), so that the ONVIF scopes a device announced — its maker and
    /// hardware model — are kept as evidence with the host's other services. The maker and model go in <c>Product</c>, every scope
    /// in <c>OtherBanner</c>.</summary>
    public static ScanRecord ToRecord(WsDiscoveryMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        string product = string.Join(' ', new[] { match.Manufacturer, match.Hardware }.Where(p => !string.IsNullOrWhiteSpace(p)));
        string scopes = "WS-Discovery " + string.Join(' ', match.Types) + " " + string.Join(' ', match.Scopes);
        return new ScanRecord
        {
            Ip = match.Responder.ToString(),
            Port = Port,
            Transport = "udp",
            Product = product.Length == 0 ? null : Cut(product),
            OtherBanner = Cut(scopes.Trim()),
        };
    }

    private static string Cut(string text) => text.Length > ScanRecord.MaxFieldLength ? text[..ScanRecord.MaxFieldLength] : text;

    /// <summary>A one-line description of a match, for text output.</summary>
    public static string Describe(WsDiscoveryMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return string.Create(CultureInfo.InvariantCulture,
            $"{match.Responder} {match.EndpointReference} types={string.Join(' ', match.Types)} hardware={match.Hardware ?? "-"} name={match.Name ?? "-"} xaddrs={string.Join(' ', match.XAddrs)}");
    }
}
