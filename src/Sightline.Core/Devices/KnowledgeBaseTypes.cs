using System.Text.RegularExpressions;

namespace Sightline.Core.Devices;

/// <summary>A restriction list a maker is on.</summary>
public sealed record WatchListing(string Code, string Name, DateOnly Date, string Source);

/// <summary>A manufacturer.</summary>
/// <param name="Code">Stable lower-case code, e.g. <c>hikvision</c>.</param>
public sealed record Maker(string Code, string Name, string LegalName, string Country, bool Chinese, IReadOnlyList<WatchListing> Listings)
{
    public bool Watchlisted => Listings.Count > 0;
}

/// <summary>A brand as it appears on equipment or in answers, and who really makes it.</summary>
/// <param name="Maker">The maker's code; null when the source maker is not established.</param>
/// <param name="From">First year of the relation, when it is limited in time (e.g. Lorex owned by Dahua 2018–2023).</param>
public sealed record Brand(string Name, IReadOnlyList<string> Aliases, string? Maker, BrandRelation Relation, double Confidence, string Evidence, string? From, string? To);

/// <summary>A named product line and the analytics it implies.</summary>
public sealed record ProductLine(string Name, string Maker, IReadOnlyList<Capability> Capabilities);

/// <summary>One rule of the model-number grammar, matched against a model's compact form (letters and digits, upper case).</summary>
public sealed record ModelRule(string Id, string Maker, string Brand, string Prefix, Regex Pattern, DeviceKind Kind, string? ProductLine, IReadOnlyList<Capability> Capabilities, double Confidence);

/// <summary>A vulnerability and the models and firmware it affects.</summary>
/// <param name="KevAdded">The date CISA added it to the Known Exploited Vulnerabilities catalogue; null when not listed.</param>
public sealed record Vulnerability(string Cve, string Maker, string Title, double Cvss, DateOnly? KevAdded, string Affected, IReadOnlyList<VulnerableRange> Ranges);

/// <summary>Models matching <paramref name="Models"/> with firmware built in the range are affected. Bounds are optional.</summary>
public sealed record VulnerableRange(Regex Models, DateOnly? BuildFrom, DateOnly? BuildTo, DateOnly? BuildBefore)
{
    public bool Covers(DateOnly build) =>
        (BuildFrom is null || build >= BuildFrom) && (BuildTo is null || build <= BuildTo) && (BuildBefore is null || build < BuildBefore);
}

/// <summary>A MAC address prefix (OUI, 6 hex digits) registered to an organisation.</summary>
public sealed record OuiEntry(string Prefix, string Organisation, string? Maker, string? Brand, string Source);

/// <summary>A piece of network evidence that points at a maker.</summary>
/// <param name="Field">http_server, www_authenticate, html_title, rtsp_server, tls_subject, favicon_mmh3, favicon_md5, telnet, body,
/// onvif_manufacturer, onvif_scopes, isapi, port.</param>
public sealed record Signature(string Field, string Match, string Value, string? Maker, string? Brand, DeviceKind? Kind, double Confidence, string Source, Regex? Pattern);

/// <summary>A model number recognised by the grammar.</summary>
/// <param name="Model">The model, normalised: upper case, with the family prefix's dash restored when it was left out.</param>
public sealed record ModelMatch(string Model, ModelRule Rule);

/// <summary>A vulnerability found for a model, and whether the firmware puts it in range.</summary>
/// <param name="Status"><c>affected</c> (firmware build in range), <c>possibly_affected</c> (model matches, firmware unknown),
/// or <c>not_affected</c> is never returned.</param>
public sealed record VulnerabilityMatch(Vulnerability Vulnerability, string Status, DateOnly? Build);
