using System.Globalization;

namespace Sightline.Network;

/// <summary>What a port is probed with.</summary>
public enum PortProtocol
{
    /// <summary>A TCP connect only (SDK ports such as Hikvision 8000 and Dahua 37777 speak binary protocols).</summary>
    Tcp,

    /// <summary>HTTP <c>GET /</c>, ONVIF GetDeviceInformation and, with credentials, ISAPI and magicBox.</summary>
    Http,

    /// <summary>As <see cref="Http"/>, over TLS (any certificate is accepted and its subject recorded).</summary>
    Https,

    /// <summary>RTSP <c>OPTIONS</c>.</summary>
    Rtsp,
}

/// <summary>One port to probe and how.</summary>
public sealed record ScanPort(int Number, PortProtocol Protocol)
{
    /// <summary>The ports probed when <c>--ports</c> is not given: web, RTSP and the Hikvision and Dahua SDK ports.</summary>
    public const string Defaults = "80,443,554,8000,8080,8443,37777";

    public static PortProtocol DefaultProtocol(int port) => port switch
    {
        443 or 8443 => PortProtocol.Https,
        554 or 8554 or 10554 => PortProtocol.Rtsp,
        8000 or 37777 or 37778 or 34567 => PortProtocol.Tcp,
        _ => PortProtocol.Http,
    };

    /// <summary>Parses <c>80,443,554,18554/rtsp,9443/https,7000/tcp</c>: a port number, optionally with the protocol to probe it
    /// with (<c>tcp</c>, <c>http</c>, <c>https</c>, <c>rtsp</c>); without one, well-known numbers choose it and others get HTTP.</summary>
    public static IReadOnlyList<ScanPort>? ParseList(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ports = new List<ScanPort>();
        foreach (string item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string number = item, protocol = string.Empty;
            int slash = item.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                number = item[..slash];
                protocol = item[(slash + 1)..].ToLowerInvariant();
            }

            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
            {
                error = $"'{item}' is not a port (1-65535, optionally /tcp, /http, /https or /rtsp)";
                return null;
            }

            PortProtocol? chosen = protocol switch
            {
                "" => DefaultProtocol(port),
                "tcp" => PortProtocol.Tcp,
                "http" => PortProtocol.Http,
                "https" or "tls" => PortProtocol.Https,
                "rtsp" => PortProtocol.Rtsp,
                _ => null,
            };
            if (chosen is null)
            {
                error = $"'{item}': the protocol must be tcp, http, https or rtsp";
                return null;
            }

            if (ports.All(p => p.Number != port))
            {
                ports.Add(new ScanPort(port, chosen.Value));
            }
        }

        if (ports.Count == 0)
        {
            error = "no port given";
            return null;
        }

        if (ports.Count > 100)
        {
            error = "at most 100 ports may be probed per host";
            return null;
        }

        error = null;
        return ports;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Protocol.ToString().ToLowerInvariant()}");
}

/// <summary>How a scan runs.</summary>
/// <param name="Rate">The most connections opened per second, over the whole scan.</param>
/// <param name="Concurrency">The most connections (probe steps) open at once, over the whole scan.</param>
/// <param name="Timeout">The limit of each connection attempt and each exchange on it.</param>
public sealed record ScanSettings(IReadOnlyList<ScanPort> Ports, TimeSpan Timeout, double Rate = 100, int Concurrency = 32, CredentialSet? Credentials = null)
{
    public const int MaxAddresses = 65_536;
}
