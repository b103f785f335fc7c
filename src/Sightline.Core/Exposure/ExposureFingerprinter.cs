using Sightline.Core.Devices;

namespace Sightline.Core.Exposure;

/// <summary>Turns the records of one host into one <see cref="ExposureObservation"/>: merges the evidence of every service
/// (banners, realms, titles, certificates, favicons, products, ports), identifies the device once with
/// <see cref="DeviceIdentifier"/>, and keeps the host's location and network from its records.</summary>
/// <remarks>Thread-safe. A host's records must all be given in one call: identifying services one by one would split one
/// device into several observations and lose evidence that only counts together (a realm on 554 and a title on 80).</remarks>
public sealed class ExposureFingerprinter(DeviceIdentifier identifier)
{
    /// <summary>The longest evidence value kept with an observation (a realm with its nonce, a title).</summary>
    public const int MaxEvidenceValue = 300;

    private const int MaxValuesPerField = 16;
    private const int MaxHostnames = 10;

    public DeviceKnowledgeBase KnowledgeBase => identifier.KnowledgeBase;

    /// <param name="records">All records of one host (same <see cref="ScanRecord.Ip"/>), in the order they were read.</param>
    /// <param name="fileNames">The names of the imported files, indexed by <see cref="ScanRecord.File"/>.</param>
    public ExposureObservation Fingerprint(IReadOnlyList<ScanRecord> records, IReadOnlyList<string> fileNames)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(fileNames);
        if (records.Count == 0)
        {
            throw new ArgumentException("A host needs at least one record.", nameof(records));
        }

        ScanRecord first = records[0];
        string file = first.File < fileNames.Count ? fileNames[first.File] : "?";
        return Fingerprint(records, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}:{first.Line}"), null);
    }

    /// <summary>Fingerprints one host whose records come from a probe rather than a file.</summary>
    /// <param name="source">What the observation's <see cref="ExposureObservation.Source"/> says (e.g. <c>scan:tcp/80</c>).</param>
    /// <param name="probed">Evidence that scan records have no field for (ONVIF device information, Hikvision ISAPI and Dahua
    /// magicBox answers); its non-null fields are added to the merged evidence of the records.</param>
    public ExposureObservation Fingerprint(IReadOnlyList<ScanRecord> records, string source, DeviceEvidence? probed)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(source);
        if (records.Count == 0)
        {
            throw new ArgumentException("A host needs at least one record.", nameof(records));
        }

        ScanRecord first = records[0];
        DeviceEvidence evidence = Merge(records);
        if (probed is not null)
        {
            evidence = evidence with
            {
                OnvifManufacturer = probed.OnvifManufacturer ?? evidence.OnvifManufacturer,
                OnvifModel = probed.OnvifModel ?? evidence.OnvifModel,
                OnvifFirmware = probed.OnvifFirmware ?? evidence.OnvifFirmware,
                OnvifScopes = probed.OnvifScopes ?? evidence.OnvifScopes,
                IsapiDeviceInfo = probed.IsapiDeviceInfo ?? evidence.IsapiDeviceInfo,
                DahuaSystemInfo = probed.DahuaSystemInfo ?? evidence.DahuaSystemInfo,
                MacAddress = probed.MacAddress ?? evidence.MacAddress,
                Product = probed.Product is null ? evidence.Product : evidence.Product is null ? probed.Product : evidence.Product + "; " + probed.Product,
            };
        }

        DeviceIdentification id = identifier.Identify(evidence);
        string? lastSeen = null;
        foreach (ScanRecord r in records)
        {
            if (r.Timestamp is { } t && (lastSeen is null || string.CompareOrdinal(t, lastSeen) > 0))
            {
                lastSeen = t;
            }
        }

        string? hostnames = records.Count == 1 ? first.Hostnames : Hostnames(records);
        return new ExposureObservation(
            first.Ip,
            [.. evidence.OpenPorts],
            records.Count,
            FirstOf(records, r => r.CountryCode),
            FirstOf(records, r => r.CountryName),
            FirstOf(records, r => r.City),
            FirstOf(records, r => r.Org),
            FirstOf(records, r => r.Isp),
            FirstOf(records, r => r.Asn),
            hostnames,
            lastSeen,
            id.Maker,
            MakerGroups.Of(id.Maker, identifier.KnowledgeBase),
            id.Brand,
            id.Relation,
            id.Model,
            id.Firmware,
            id.Kind,
            id.Confidence,
            id.Watchlisted,
            [.. id.Evidence.Select(e => e.Value.Length > MaxEvidenceValue ? e with { Value = e.Value[..MaxEvidenceValue] } : e)],
            [.. id.Vulnerabilities.Select(v => new ObservedVulnerability(v.Vulnerability.Cve, v.Status, v.Vulnerability.Cvss, v.Vulnerability.KevAdded))],
            source);
    }

    /// <summary>The evidence of all of a host's services as one <see cref="DeviceEvidence"/>. A field seen with different values
    /// on different services keeps each distinct value on a line of its own (at most 16), which the identifier matches line by
    /// line.</summary>
    public static DeviceEvidence Merge(IReadOnlyList<ScanRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (ScanRecord record in records)
        {
            if (record.Banner is not null)
            {
                BannerParser.Apply(record);
            }
        }

        var ports = new List<int>(records.Count);
        foreach (ScanRecord record in records)
        {
            if (record.Port is { } port && !ports.Contains(port))
            {
                ports.Add(port);
            }
        }

        ports.Sort();

        return new DeviceEvidence
        {
            HttpServer = Join(records, r => r.HttpServer),
            WwwAuthenticate = Join(records, r => r.WwwAuthenticate),
            HtmlTitle = Join(records, r => r.HtmlTitle),
            HttpBody = Join(records, r => r.HttpBody),
            RtspServer = Join(records, r => r.RtspServer),
            TlsSubject = Join(records, r => r.TlsSubject),
            FaviconMmh3 = Join(records, r => r.FaviconMmh3),
            TelnetBanner = Join(records, r => r.OtherBanner),
            MacAddress = FirstOf(records, r => r.MacAddress),
            // Crawlers also fetch device-information pages; their bodies name the model and firmware.
            IsapiDeviceInfo = FirstOf(records, r => r.HttpBody is { } b && b.Contains("<DeviceInfo", StringComparison.OrdinalIgnoreCase) ? b : null),
            DahuaSystemInfo = FirstOf(records, r => r.HttpBody is { } b && b.Contains("updateSerial=", StringComparison.Ordinal) ? b : null),
            // Page titles often are the model number ("DS-2CD2142FWD-I"), so they are read as product text too.
            Product = Join(records, r => r.Product is null ? r.HtmlTitle : r.HtmlTitle is null ? r.Product : r.Product + "; " + r.HtmlTitle, "; "),
            OpenPorts = [.. ports],
        };
    }

    private static string? Hostnames(IReadOnlyList<ScanRecord> records)
    {
        var names = records.Where(r => r.Hostnames is not null).SelectMany(r => r.Hostnames!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxHostnames).ToList();
        return names.Count == 0 ? null : string.Join(',', names);
    }

    private static string? FirstOf(IReadOnlyList<ScanRecord> records, Func<ScanRecord, string?> field)
    {
        foreach (ScanRecord record in records)
        {
            if (field(record) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? Join(IReadOnlyList<ScanRecord> records, Func<ScanRecord, string?> field, string separator = "\n")
    {
        string? single = null;
        List<string>? many = null;
        foreach (ScanRecord record in records)
        {
            if (field(record) is not { Length: > 0 } value)
            {
                continue;
            }

            if (single is null)
            {
                single = value;
            }
            else if (!string.Equals(single, value, StringComparison.Ordinal) && (many is null || (many.Count < MaxValuesPerField && !many.Contains(value, StringComparer.Ordinal))))
            {
                many ??= [single];
                many.Add(value);
            }
        }

        return many is null ? single : string.Join(separator, many);
    }
}
