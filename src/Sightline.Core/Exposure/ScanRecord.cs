namespace Sightline.Core.Exposure;

/// <summary>One service of one host as a scan source reported it (a Shodan banner, one Censys service, one open nmap or masscan
/// port, one line of a banner list). Readers fill what their format has; every text is untrusted and already cut to
/// <see cref="MaxFieldLength"/> characters.</summary>
/// <remarks>Mutable so that readers can build records field by field; once handed on, a record is not changed.</remarks>
public sealed class ScanRecord
{
    /// <summary>The longest text kept in any field; longer values are cut (and counted by the reader).</summary>
    public const int MaxFieldLength = 65_536;

    /// <summary>The host's address in canonical form (<see cref="System.Net.IPAddress.ToString"/>).</summary>
    public required string Ip { get; set; }

    public int? Port { get; set; }

    /// <summary><c>tcp</c> or <c>udp</c> when known.</summary>
    public string? Transport { get; set; }

    /// <summary>The 1-based line of the record in its file (the host element's line for nmap XML).</summary>
    public long Line { get; set; }

    /// <summary>The index of the file among those imported together.</summary>
    public int File { get; set; }

    /// <summary>A product or label named by the source (Shodan <c>product</c>, Censys <c>software</c>, nmap service product).</summary>
    public string? Product { get; set; }

    /// <summary>The raw banner (Shodan <c>data</c>, a masscan or listed banner) before <see cref="BannerParser"/> splits it.</summary>
    public string? Banner { get; set; }

    public string? HttpServer { get; set; }

    public string? WwwAuthenticate { get; set; }

    public string? HtmlTitle { get; set; }

    public string? HttpBody { get; set; }

    public string? RtspServer { get; set; }

    public string? TlsSubject { get; set; }

    public string? FaviconMmh3 { get; set; }

    public string? MacAddress { get; set; }

    /// <summary>A banner of another protocol (telnet, FTP …) or one that could not be parsed.</summary>
    public string? OtherBanner { get; set; }

    public string? CountryCode { get; set; }

    public string? CountryName { get; set; }

    public string? City { get; set; }

    public string? Org { get; set; }

    public string? Isp { get; set; }

    /// <summary>The autonomous system as <c>AS&lt;number&gt;</c>.</summary>
    public string? Asn { get; set; }

    /// <summary>Host names, comma-separated.</summary>
    public string? Hostnames { get; set; }

    /// <summary>When the source saw the service, as it wrote it (ISO 8601 or Unix seconds).</summary>
    public string? Timestamp { get; set; }
}
