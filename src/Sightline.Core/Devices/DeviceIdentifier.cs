using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Sightline.Core.Devices;

/// <summary>Identifies a device from network evidence: banners, realms, certificates, favicons, ONVIF, Hikvision ISAPI and
/// Dahua magicBox fields and the MAC prefix. Confidence combines independent evidence (1 − Π(1 − cᵢ)).</summary>
/// <remarks>Thread-safe. Fields longer than <see cref="MaxFieldLength"/> are cut, XML is read without DTDs, and no regex can
/// run away (all have time-outs), so hostile records cannot stall a scan.</remarks>
public sealed class DeviceIdentifier(DeviceKnowledgeBase knowledgeBase)
{
    public const int MaxFieldLength = 65_536;

    /// <summary>Product texts, model classifications and vulnerability look-ups are remembered, at most 3 × 8,192 entries
    /// together: scan data repeats a few labels, titles and models millions of times ("Hikvision IP Camera", "WEB SERVICE"),
    /// and scanning text is most of an identification's cost.</summary>
    private const int ProductCacheSize = 8_192;

    private readonly DeviceTextScanner _scanner = new(knowledgeBase);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<DeviceMention>> _products = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ModelMatch?> _models = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Model, string? Firmware), IReadOnlyList<VulnerabilityMatch>> _vulnerabilities = new();
    private int _remembered; // entries in the three caches; ConcurrentDictionary.Count would take every lock

    private readonly Dictionary<string, Signature[]> _signatures = knowledgeBase.Signatures.GroupBy(s => s.Field, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The <c>port</c> signatures by port, when every one of them is an exact match on a port number written the way
    /// <see cref="int.ToString()"/> writes it (then a host's ports are looked up instead of formatted and compared).</summary>
    private readonly Dictionary<int, Signature[]> _portSignatures = knowledgeBase.Signatures.Where(s => s.Field == "port" && CanonicalPort(s) is not null)
        .GroupBy(s => CanonicalPort(s)!.Value).ToDictionary(g => g.Key, g => g.ToArray());

    private readonly bool _portsOnlyExact = knowledgeBase.Signatures.Where(s => s.Field == "port").All(s => CanonicalPort(s) is not null);

    private static readonly Regex KeyValue = new(@"^\s*(?<key>[A-Za-z][A-Za-z0-9_.\[\]]*)\s*=\s*(?<value>.*?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(250));
    private static readonly Regex ScopeHardware = new(@"onvif://www\.onvif\.org/(?:hardware|name)/(?<value>[^\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(250));

    public DeviceKnowledgeBase KnowledgeBase => knowledgeBase;

    public DeviceIdentification Identify(DeviceEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var items = new List<EvidenceItem>();
        string? model = null, firmware = null, oemModel = null;
        DeviceKind? kind = null;

        void Signatures(string field, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (!_signatures.TryGetValue(field, out Signature[]? signatures))
            {
                return;
            }

            string text = value.Length > MaxFieldLength ? value[..MaxFieldLength] : value;
            foreach (Signature signature in signatures)
            {
                if (Matches(signature, text, out string? captured))
                {
                    items.Add(new EvidenceItem(field, captured ?? signature.Value, signature.Maker, signature.Brand, signature.Confidence, signature.Source));
                    kind ??= signature.Kind;
                }
            }
        }

        Signatures("http_server", evidence.HttpServer);
        Signatures("www_authenticate", evidence.WwwAuthenticate);
        Signatures("html_title", evidence.HtmlTitle?.Trim());
        Signatures("body", evidence.HttpBody);
        Signatures("rtsp_server", evidence.RtspServer);
        Signatures("tls_subject", evidence.TlsSubject);
        Signatures("favicon_mmh3", evidence.FaviconMmh3);
        Signatures("favicon_md5", evidence.FaviconMd5?.ToLowerInvariant());
        Signatures("telnet", evidence.TelnetBanner);
        Signatures("onvif_manufacturer", evidence.OnvifManufacturer?.Trim());
        Signatures("onvif_scopes", evidence.OnvifScopes);
        Signatures("isapi", evidence.IsapiDeviceInfo);
        foreach (int port in evidence.OpenPorts)
        {
            if (_portsOnlyExact)
            {
                // The same items, in the same order, as testing every port signature against the port's text.
                if (_portSignatures.TryGetValue(port, out Signature[]? exact))
                {
                    foreach (Signature signature in exact)
                    {
                        items.Add(new EvidenceItem("port", signature.Value, signature.Maker, signature.Brand, signature.Confidence, signature.Source));
                        kind ??= signature.Kind;
                    }
                }
            }
            else
            {
                Signatures("port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (ReadIsapi(evidence.IsapiDeviceInfo) is { } isapi)
        {
            model = isapi.Model ?? model;
            firmware = isapi.Firmware ?? firmware;
            if (isapi.Mac is not null && knowledgeBase.FindOui(isapi.Mac) is { } isapiOui)
            {
                items.Add(new EvidenceItem("mac", isapi.Mac, isapiOui.Maker, isapiOui.Brand, 0.9, $"OUI {isapiOui.Prefix}: {isapiOui.Organisation}"));
            }
        }

        if (ReadKeyValues(evidence.DahuaSystemInfo) is { Count: > 0 } magicBox)
        {
            // updateSerial names the Dahua model even inside an OEM device whose deviceType shows the OEM's own model.
            string? updateSerial = magicBox.GetValueOrDefault("updateSerial");
            string? deviceType = magicBox.GetValueOrDefault("deviceType") ?? magicBox.GetValueOrDefault("type");
            if (updateSerial is not null && ClassifyModel(updateSerial) is { Rule.Maker: var usMaker } usMatch)
            {
                items.Add(new EvidenceItem("dahua_update_serial", updateSerial, usMaker, null, 0.97, "Dahua magicBox getSystemInfo updateSerial"));
                model = usMatch.Model;
            }

            if (deviceType is not null && !int.TryParse(deviceType, out _) && ClassifyModel(deviceType) is { } dtMatch)
            {
                if (model is null)
                {
                    model = dtMatch.Model;
                }
                else if (dtMatch.Rule.Brand != "Dahua")
                {
                    oemModel = dtMatch.Model;
                }

                items.Add(new EvidenceItem("dahua_device_type", deviceType, dtMatch.Rule.Maker, dtMatch.Rule.Brand, 0.9, "Dahua magicBox getSystemInfo deviceType"));
            }

            if (magicBox.GetValueOrDefault("version") is { } version)
            {
                firmware = version;
            }

            if (items.All(i => i.Maker != "dahua"))
            {
                items.Add(new EvidenceItem("dahua_magicbox", "getSystemInfo", "dahua", "Dahua", 0.85, "Dahua magicBox CGI answered"));
            }
        }

        if (evidence.OnvifModel is { Length: > 0 } onvifModel)
        {
            model ??= onvifModel.Trim();
            firmware ??= evidence.OnvifFirmware;
        }

        if (model is null && evidence.OnvifScopes is { } scopes)
        {
            foreach (Match scope in ScopeHardware.Matches(scopes.Length > MaxFieldLength ? scopes[..MaxFieldLength] : scopes))
            {
                string value = Uri.UnescapeDataString(scope.Groups["value"].Value);
                string candidate = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last();
                if (ClassifyModel(candidate) is { } scopeMatch)
                {
                    model = scopeMatch.Model;
                    break;
                }
            }
        }

        if (model is null && evidence.Product is { Length: > 0 } product)
        {
            foreach (DeviceMention mention in ScanProduct(product.Length > 4096 ? product[..4096] : product))
            {
                if (mention.Model is not null)
                {
                    model = mention.Model;
                }

                items.Add(new EvidenceItem("product", mention.Text, mention.Maker, mention.Brand, mention.Confidence * 0.9, "product / banner text"));
            }
        }

        ModelMatch? modelMatch = model is null ? null : ClassifyModel(model);
        if (modelMatch is not null)
        {
            model = modelMatch.Model;
            kind ??= modelMatch.Rule.Kind;
            items.Add(new EvidenceItem("model", modelMatch.Model, modelMatch.Rule.Maker, modelMatch.Rule.Brand, modelMatch.Rule.Confidence, $"model grammar rule {modelMatch.Rule.Id}"));
        }

        if (evidence.MacAddress is { } mac && knowledgeBase.FindOui(mac) is { } oui)
        {
            items.Add(new EvidenceItem("mac", mac, oui.Maker, oui.Brand, 0.85, $"OUI {oui.Prefix}: {oui.Organisation}"));
        }

        // Combine independent evidence per maker (noisy-OR); the strongest maker wins (the first seen on a tie).
        var makers = new List<(string Maker, double Unlikely)>(2);
        foreach (EvidenceItem item in items)
        {
            if (item.Maker is not { } code)
            {
                continue;
            }

            int at = makers.FindIndex(m => m.Maker == code);
            if (at < 0)
            {
                makers.Add((code, 1 - item.Confidence));
            }
            else
            {
                makers[at] = (code, makers[at].Unlikely * (1 - item.Confidence));
            }
        }

        (string Maker, double Confidence)? best = null;
        foreach (var (code, unlikely) in makers)
        {
            if (best is null || 1 - unlikely > best.Value.Confidence)
            {
                best = (code, 1 - unlikely);
            }
        }

        string? makerCode = best is { Confidence: >= 0.5 } ? best.Value.Maker : null;
        double confidence = best is { } b ? Math.Round(b.Confidence, 3) : 0;

        string? brand = null;
        BrandRelation? relation = null;
        if (makerCode is not null)
        {
            string? oemBrand = oemModel is not null ? ClassifyModel(oemModel)?.Rule.Brand
                : items.Where(i => i.Maker == makerCode && i.Brand is not null && knowledgeBase.Maker(makerCode)?.Name != i.Brand).Select(i => i.Brand).FirstOrDefault();
            Brand? known = oemBrand is null ? null : knowledgeBase.Brands.FirstOrDefault(b => b.Name == oemBrand);
            brand = known?.Name ?? knowledgeBase.Maker(makerCode)?.Name;
            relation = known?.Relation ?? BrandRelation.Own;
            if (oemModel is not null && known is not null && known.Relation is BrandRelation.OemReported)
            {
                relation = BrandRelation.OemConfirmed; // device evidence shows the maker's model inside the OEM's product
            }
        }

        IReadOnlyList<VulnerabilityMatch> vulnerabilities = model is not null && makerCode is not null ? Vulnerabilities(model, firmware) : [];
        return new DeviceIdentification(makerCode, brand, relation, oemModel ?? model, firmware, kind, confidence,
            knowledgeBase.Maker(makerCode)?.Watchlisted ?? false, items, vulnerabilities);
    }

    /// <summary><see cref="DeviceKnowledgeBase.ClassifyModel"/>, remembered: scan data names the same few thousand models again and again.</summary>
    private ModelMatch? ClassifyModel(string text)
    {
        if (_models.TryGetValue(text, out ModelMatch? known))
        {
            return known;
        }

        ModelMatch? match = knowledgeBase.ClassifyModel(text);
        if (Volatile.Read(ref _remembered) < 3 * ProductCacheSize && _models.TryAdd(text, match))
        {
            Interlocked.Increment(ref _remembered);
        }

        return match;
    }

    private IReadOnlyList<VulnerabilityMatch> Vulnerabilities(string model, string? firmware)
    {
        if (_vulnerabilities.TryGetValue((model, firmware), out IReadOnlyList<VulnerabilityMatch>? known))
        {
            return known;
        }

        IReadOnlyList<VulnerabilityMatch> matches = knowledgeBase.VulnerabilitiesFor(model, firmware);
        if (Volatile.Read(ref _remembered) < 3 * ProductCacheSize && _vulnerabilities.TryAdd((model, firmware), matches))
        {
            Interlocked.Increment(ref _remembered);
        }

        return matches;
    }

    private IReadOnlyList<DeviceMention> ScanProduct(string product)
    {
        if (_products.TryGetValue(product, out IReadOnlyList<DeviceMention>? known))
        {
            return known;
        }

        IReadOnlyList<DeviceMention> mentions = _scanner.Scan(product);
        if (Volatile.Read(ref _remembered) < 3 * ProductCacheSize && _products.TryAdd(product, mentions))
        {
            Interlocked.Increment(ref _remembered); // mentions are immutable records, safe to share
        }

        return mentions;
    }

    private static bool Matches(Signature signature, string text, out string? captured)
    {
        captured = null;
        switch (signature.Match)
        {
            // A host seen on several services gives one value per line (see DeviceEvidence); whole-value matches test each line.
            case "exact":
                return AnyLine(text, signature.Value, prefix: false);
            case "prefix":
                return AnyLine(text, signature.Value, prefix: true);
            case "contains":
                return text.Contains(signature.Value, StringComparison.OrdinalIgnoreCase);
            case "regex":
                try
                {
                    Match match = signature.Pattern!.Match(text);
                    if (match.Success)
                    {
                        captured = match.Value;
                    }

                    return match.Success;
                }
                catch (RegexMatchTimeoutException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool AnyLine(string text, string value, bool prefix)
    {
        static bool Test(ReadOnlySpan<char> line, string value, bool prefix) =>
            prefix ? line.StartsWith(value, StringComparison.OrdinalIgnoreCase) : line.Equals(value, StringComparison.OrdinalIgnoreCase);

        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return Test(text, value, prefix);
        }

        foreach (Range line in text.AsSpan().Split('\n'))
        {
            if (Test(text.AsSpan()[line].TrimEnd('\r'), value, prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static int? CanonicalPort(Signature signature) =>
        signature.Match == "exact" && int.TryParse(signature.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port)
            && port.ToString(System.Globalization.CultureInfo.InvariantCulture) == signature.Value ? port : null;

    private static (string? Model, string? Firmware, string? Mac)? ReadIsapi(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml) || xml.Length > MaxFieldLength)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxFieldLength });
            XElement root = XElement.Load(reader);
            string? Field(string name) => root.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } v ? v : null;
            string? firmware = Field("firmwareVersion") is { } version ? $"{version} {Field("firmwareReleasedDate")}".Trim() : null;
            return (Field("model"), firmware, Field("macAddress"));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> ReadKeyValues(string? text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return values;
        }

        try
        {
            foreach (Match match in KeyValue.Matches(text.Length > MaxFieldLength ? text[..MaxFieldLength] : text))
            {
                values.TryAdd(match.Groups["key"].Value, match.Groups["value"].Value);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // The time-out is wall-clock time: on a loaded machine a stalled thread can hit it. Keep what was read, as
            // Matches does for signatures, rather than fail a whole import on one host.
        }

        return values;
    }
}
