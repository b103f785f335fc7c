namespace Sightline.Core.Devices;

/// <summary>What is known about one device from the network: banners, protocol fields and its MAC address. Every field is
/// optional and untrusted; the identifier reads them with limits. Evidence merged from several services of one host may hold
/// several values of a field, one per line: exact and prefix signatures are then tested against each line.</summary>
public sealed record DeviceEvidence
{
    public string? HttpServer { get; init; }

    public string? WwwAuthenticate { get; init; }

    public string? HtmlTitle { get; init; }

    /// <summary>The start of an HTTP body (the identifier reads at most 64 KiB).</summary>
    public string? HttpBody { get; init; }

    public string? RtspServer { get; init; }

    public string? TlsSubject { get; init; }

    public string? FaviconMmh3 { get; init; }

    public string? FaviconMd5 { get; init; }

    public string? TelnetBanner { get; init; }

    public string? OnvifManufacturer { get; init; }

    public string? OnvifModel { get; init; }

    public string? OnvifFirmware { get; init; }

    public string? OnvifScopes { get; init; }

    /// <summary>The XML of Hikvision ISAPI <c>/ISAPI/System/deviceInfo</c>.</summary>
    public string? IsapiDeviceInfo { get; init; }

    /// <summary>Dahua <c>magicBox.cgi?action=getSystemInfo</c> (and getSoftwareVersion) output: <c>key=value</c> lines.</summary>
    public string? DahuaSystemInfo { get; init; }

    public string? MacAddress { get; init; }

    /// <summary>A product or model named by a scan source (e.g. Shodan's <c>product</c>), or any other banner text.</summary>
    public string? Product { get; init; }

    public IReadOnlyList<int> OpenPorts { get; init; } = [];
}
