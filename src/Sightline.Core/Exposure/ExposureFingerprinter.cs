using Sightline.Core.Devices;

namespace Sightline.Core.Exposure;

/// <summary>Turns the records of one host into one <see cref="ExposureObservation"/>: merges the evidence of every service
/// (banners, realms, titles, certificates, favicons, products, ports), identifies the device once with
/// <see cref="DeviceIdentifier"/>, and keeps the host's location and network from its records.</summary>
/// <remarks>Thread-safe. A host's records must all be given in one call: identifying services one by one would split one
/// device into several observations and lose evidence that only counts together (a realm on 554 and a title on 80).
/// Scan data repeats the same evidence for thousands of hosts (one camera model's login page, banner and ports), so what an
/// identification yields is remembered by the merged evidence, once that evidence has been seen twice (one-off evidence, such as
/// a realm with a device's serial, never fills the memory); at most <see cref="RememberedEvidence"/> are kept.</remarks>
public sealed class ExposureFingerprinter(DeviceIdentifier identifier)
{
    /// <summary>The most distinct merged evidence sets whose identification is remembered.</summary>
    public const int RememberedEvidence = 16_384;

    private const int SeenSlots = 1 << 18;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<EvidenceKey, Identified> _identified = new();
    private readonly int[] _seen = new int[SeenSlots]; // hash of evidence seen once, by slot: racy but only ever a hint
    private int _remembered; // entries in _identified; ConcurrentDictionary.Count would take every lock

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

        Identified identified = probed is null ? Identify(evidence) : Identified.From(identifier.Identify(evidence), identifier.KnowledgeBase);
        DeviceIdentification id = identified.Id;
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
            identified.Group,
            id.Brand,
            id.Relation,
            id.Model,
            id.Firmware,
            id.Kind,
            id.Confidence,
            id.Watchlisted,
            identified.Evidence,
            identified.Vulnerabilities,
            source);
    }

    private Identified Identify(DeviceEvidence evidence)
    {
        var key = new EvidenceKey(evidence);
        if (_identified.TryGetValue(key, out Identified? known))
        {
            return known;
        }

        Identified identified = Identified.From(identifier.Identify(evidence), identifier.KnowledgeBase);
        int hash = key.GetHashCode() | 1; // never 0, the empty slot
        ref int slot = ref _seen[unchecked((uint)hash) % SeenSlots];
        if (slot != hash)
        {
            slot = hash; // first sighting: only remember that it was seen
        }
        else if (Volatile.Read(ref _remembered) < RememberedEvidence && _identified.TryAdd(key, identified))
        {
            Interlocked.Increment(ref _remembered);
        }

        return identified;
    }

    /// <summary>Merged evidence compared by every field <see cref="DeviceIdentifier.Identify"/> reads (ordinal) and the ports.</summary>
    private readonly struct EvidenceKey(DeviceEvidence evidence) : IEquatable<EvidenceKey>
    {
        private readonly DeviceEvidence _e = evidence;
        private readonly int _hash = Hash(evidence);

        /// <summary>Every field <see cref="DeviceIdentifier.Identify"/> reads, read in place (no array per comparison: keys are
        /// compared for every host).</summary>
        private static readonly Func<DeviceEvidence, string?>[] Fields = [e => e.HttpServer, e => e.WwwAuthenticate, e => e.HtmlTitle,
            e => e.HttpBody, e => e.RtspServer, e => e.TlsSubject, e => e.FaviconMmh3, e => e.FaviconMd5, e => e.TelnetBanner,
            e => e.OnvifManufacturer, e => e.OnvifModel, e => e.OnvifFirmware, e => e.OnvifScopes, e => e.IsapiDeviceInfo,
            e => e.DahuaSystemInfo, e => e.MacAddress, e => e.Product];

        public bool Equals(EvidenceKey other)
        {
            foreach (Func<DeviceEvidence, string?> field in Fields)
            {
                if (!string.Equals(field(_e), field(other._e), StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return _e.OpenPorts.SequenceEqual(other._e.OpenPorts);
        }

        public override bool Equals(object? obj) => obj is EvidenceKey other && Equals(other);

        public override int GetHashCode() => _hash;

        private static int Hash(DeviceEvidence e)
        {
            var hash = default(HashCode);
            foreach (Func<DeviceEvidence, string?> field in Fields)
            {
                hash.Add(field(e) is { } value ? string.GetHashCode(value, StringComparison.Ordinal) : 0);
            }

            foreach (int port in e.OpenPorts)
            {
                hash.Add(port);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>What one identification gives every observation with the same evidence (shared, never changed).</summary>
    private sealed record Identified(DeviceIdentification Id, MakerGroup Group, EvidenceItem[] Evidence, ObservedVulnerability[] Vulnerabilities)
    {
        public static Identified From(DeviceIdentification id, DeviceKnowledgeBase knowledgeBase) => new(
            id,
            MakerGroups.Of(id.Maker, knowledgeBase),
            [.. id.Evidence.Select(e => e.Value.Length > MaxEvidenceValue ? e with { Value = e.Value[..MaxEvidenceValue] } : e)],
            [.. id.Vulnerabilities.Select(v => new ObservedVulnerability(v.Vulnerability.Cve, v.Status, v.Vulnerability.Cvss, v.Vulnerability.KevAdded))]);
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
