using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sightline.Core.Devices;

/// <summary>The device knowledge base: makers and their watch-list status, brands and OEM relations, the model-number grammar,
/// product lines, vulnerabilities, MAC prefixes and network signatures. Loaded once from the data shipped in this assembly,
/// then immutable; <see cref="WithOuis"/> and <see cref="WithKev"/> return new instances with a user's imports laid over it.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class DeviceKnowledgeBase
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);
    private static readonly Lazy<DeviceKnowledgeBase> Shipped = new(LoadShipped);

    private readonly Dictionary<string, Maker> _makers;
    private readonly Dictionary<string, OuiEntry> _ouis;

    private DeviceKnowledgeBase(string version, Dictionary<string, Maker> makers, IReadOnlyList<Brand> brands, IReadOnlyList<ProductLine> lines,
        IReadOnlyList<ModelRule> rules, IReadOnlyList<Vulnerability> vulnerabilities, Dictionary<string, OuiEntry> ouis,
        IReadOnlyList<(string Pattern, string Maker, string Brand)> ouiOrganisations, IReadOnlyList<string> notMakers, IReadOnlyList<Signature> signatures)
    {
        Version = version;
        _makers = makers;
        Brands = brands;
        ProductLines = lines;
        ModelRules = rules;
        Vulnerabilities = vulnerabilities;
        _ouis = ouis;
        OuiOrganisations = ouiOrganisations;
        NotMakerOrganisations = notMakers;
        Signatures = signatures;
    }

    /// <summary>The knowledge base shipped with this release.</summary>
    public static DeviceKnowledgeBase Default => Shipped.Value;

    public string Version { get; }

    public IReadOnlyCollection<Maker> Makers => _makers.Values;

    public IReadOnlyList<Brand> Brands { get; }

    public IReadOnlyList<ProductLine> ProductLines { get; }

    public IReadOnlyList<ModelRule> ModelRules { get; }

    public IReadOnlyList<Vulnerability> Vulnerabilities { get; }

    public IReadOnlyCollection<OuiEntry> Ouis => _ouis.Values;

    /// <summary>Organisation-name fragments (lower case) that identify a maker in the IEEE registry.</summary>
    public IReadOnlyList<(string Pattern, string Maker, string Brand)> OuiOrganisations { get; }

    /// <summary>Organisations whose names look like a maker's but are not (e.g. "Shanghai Dahua Scale Factory").</summary>
    public IReadOnlyList<string> NotMakerOrganisations { get; }

    public IReadOnlyList<Signature> Signatures { get; }

    public Maker? Maker(string? code) => code is not null && _makers.TryGetValue(code, out Maker? maker) ? maker : null;

    /// <summary>The letters and digits of <paramref name="text"/>, upper case: the form model rules match. A separator between two
    /// digits becomes '_', so the digits of two parts never run together (NVR301-04 → NVR301_04, not NVR30104).</summary>
    public static string Compact(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
            else if (n > 0 && char.IsAsciiDigit(buffer[n - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                buffer[n++] = '_';
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>Recognises a model number written with or without dashes (<c>DS-2CD2143G2-I</c>, <c>ds2cd2143g2i</c>).</summary>
    /// <returns>The first grammar rule that matches, or null.</returns>
    public ModelMatch? ClassifyModel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string compact = Compact(text);
        if (compact.Length is < 4 or > 48)
        {
            return null;
        }

        foreach (ModelRule rule in ModelRules)
        {
            if (rule.Pattern.IsMatch(compact))
            {
                return new ModelMatch(Normalize(text, rule), rule);
            }
        }

        return null;
    }

    /// <summary>The organisation a MAC address (any common notation) is registered to, or null.</summary>
    public OuiEntry? FindOui(string? mac)
    {
        if (mac is null)
        {
            return null;
        }

        string hex = string.Concat(mac.Where(char.IsAsciiHexDigit)).ToUpperInvariant();
        return hex.Length >= 6 && _ouis.TryGetValue(hex[..6], out OuiEntry? entry) ? entry : null;
    }

    /// <summary>The vulnerabilities of a model, narrowed by firmware when its build date can be read from
    /// <paramref name="firmware"/> (e.g. <c>V5.4.0 build 160530</c>, <c>2.800.0000016.0.R,build:2020-06-05</c>).</summary>
    public IReadOnlyList<VulnerabilityMatch> VulnerabilitiesFor(string model, string? firmware)
    {
        ArgumentNullException.ThrowIfNull(model);
        string compact = Compact(model);
        DateOnly? build = Firmware.BuildDate(firmware);
        var matches = new List<VulnerabilityMatch>();
        foreach (Vulnerability vulnerability in Vulnerabilities)
        {
            var ranges = vulnerability.Ranges.Where(r => r.Models.IsMatch(compact)).ToList();
            if (ranges.Count == 0)
            {
                continue;
            }

            if (build is null)
            {
                matches.Add(new VulnerabilityMatch(vulnerability, "possibly_affected", null));
            }
            else if (ranges.Any(r => r.Covers(build.Value)))
            {
                matches.Add(new VulnerabilityMatch(vulnerability, "affected", build));
            }
        }

        return matches;
    }

    /// <summary>This knowledge base with <paramref name="ouis"/> added (a user's import of the IEEE registry).</summary>
    public DeviceKnowledgeBase WithOuis(IEnumerable<OuiEntry> ouis)
    {
        ArgumentNullException.ThrowIfNull(ouis);
        var merged = new Dictionary<string, OuiEntry>(_ouis, StringComparer.Ordinal);
        foreach (OuiEntry entry in ouis)
        {
            merged.TryAdd(entry.Prefix, entry); // the shipped entry (with its brand) wins
        }

        return new(Version, _makers, Brands, ProductLines, ModelRules, Vulnerabilities, merged, OuiOrganisations, NotMakerOrganisations, Signatures);
    }

    /// <summary>This knowledge base with KEV dates from a newer CISA catalogue: CVE → date added (null: not listed).</summary>
    public DeviceKnowledgeBase WithKev(IReadOnlyDictionary<string, DateOnly?> kev)
    {
        ArgumentNullException.ThrowIfNull(kev);
        var updated = Vulnerabilities.Select(v => kev.TryGetValue(v.Cve, out DateOnly? added) ? v with { KevAdded = added } : v).ToList();
        return new(Version, _makers, Brands, ProductLines, ModelRules, updated, _ouis, OuiOrganisations, NotMakerOrganisations, Signatures);
    }

    /// <summary>The maker an IEEE organisation name belongs to, or null (unrelated look-alikes are refused).</summary>
    public (string Maker, string Brand)? MakerOfOrganisation(string organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        string lower = organisation.ToLowerInvariant();
        if (NotMakerOrganisations.Any(n => lower.Contains(n, StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var (pattern, maker, brand) in OuiOrganisations)
        {
            if (lower.Contains(pattern, StringComparison.Ordinal))
            {
                return (maker, brand);
            }
        }

        return null;
    }

    private static string Normalize(string text, ModelRule rule)
    {
        string upper = text.Trim().ToUpperInvariant();
        if (upper.Contains('-', StringComparison.Ordinal) || rule.Prefix.Length == 0)
        {
            return upper.StartsWith("IDS-", StringComparison.Ordinal) ? "iDS-" + upper[4..] : upper;
        }

        string letters = rule.Prefix.TrimEnd('-').ToUpperInvariant();
        string compact = Compact(upper);
        string withDash = compact.StartsWith(letters, StringComparison.Ordinal) && rule.Prefix.EndsWith('-') ? $"{letters}-{compact[letters.Length..]}" : compact;
        return withDash.StartsWith("IDS-", StringComparison.Ordinal) ? "iDS-" + withDash[4..] : withDash;
    }

    private static DeviceKnowledgeBase LoadShipped()
    {
        using JsonDocument makersDoc = Resource("makers.json");
        using JsonDocument brandsDoc = Resource("brands.json");
        using JsonDocument modelsDoc = Resource("models.json");
        using JsonDocument vulnsDoc = Resource("vulnerabilities.json");
        using JsonDocument ouisDoc = Resource("ouis.json");
        using JsonDocument signaturesDoc = Resource("signatures.json");

        JsonElement lists = makersDoc.RootElement.GetProperty("lists");
        var makers = new Dictionary<string, Maker>(StringComparer.Ordinal);
        foreach (JsonElement m in makersDoc.RootElement.GetProperty("makers").EnumerateArray())
        {
            var listings = m.GetProperty("lists").EnumerateArray().Select(l =>
            {
                JsonElement list = lists.GetProperty(l.GetString()!);
                return new WatchListing(l.GetString()!, Str(list, "name")!, Date(list, "date")!.Value, Str(list, "source")!);
            }).ToList();
            var maker = new Maker(Str(m, "code")!, Str(m, "name")!, Str(m, "legal_name")!, Str(m, "country")!, m.GetProperty("chinese").GetBoolean(), listings);
            makers[maker.Code] = maker;
        }

        var brands = brandsDoc.RootElement.GetProperty("brands").EnumerateArray().Select(b => new Brand(
            Str(b, "name")!, [.. b.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)], Str(b, "maker"),
            Relation(Str(b, "relation")!), b.GetProperty("confidence").GetDouble(), Str(b, "evidence")!, Str(b, "from"), Str(b, "to"))).ToList();
        var lines = brandsDoc.RootElement.GetProperty("product_lines").EnumerateArray().Select(l => new ProductLine(
            Str(l, "name")!, Str(l, "maker")!, Caps(l))).ToList();
        var rules = modelsDoc.RootElement.GetProperty("rules").EnumerateArray().Select(r => new ModelRule(
            Str(r, "id")!, Str(r, "maker")!, Str(r, "brand")!, Str(r, "prefix") ?? string.Empty, Compile(Str(r, "pattern")!),
            Kind(Str(r, "kind")!), Str(r, "product_line"), Caps(r), r.TryGetProperty("confidence", out JsonElement c) ? c.GetDouble() : 0.97)).ToList();
        var vulnerabilities = vulnsDoc.RootElement.GetProperty("vulnerabilities").EnumerateArray().Select(v => new Vulnerability(
            Str(v, "cve")!, Str(v, "maker")!, Str(v, "title")!, v.GetProperty("cvss").GetDouble(), Date(v, "kev_added"), Str(v, "affected")!,
            [.. v.GetProperty("ranges").EnumerateArray().Select(r => new VulnerableRange(Compile(Str(r, "models")!), Date(r, "build_from"), Date(r, "build_to"), Date(r, "build_before")))])).ToList();
        var ouis = ouisDoc.RootElement.GetProperty("prefixes").EnumerateArray()
            .Select(o => new OuiEntry(Str(o, "prefix")!, Str(o, "organisation")!, Str(o, "maker"), Str(o, "brand"), Str(o, "source")!))
            .ToDictionary(o => o.Prefix, StringComparer.Ordinal);
        var organisations = ouisDoc.RootElement.GetProperty("organisations").EnumerateArray()
            .Select(o => (Str(o, "pattern")!, Str(o, "maker")!, Str(o, "brand")!)).ToList();
        var notMakers = ouisDoc.RootElement.GetProperty("not_makers").EnumerateArray().Select(n => n.GetString()!).ToList();
        var signatures = signaturesDoc.RootElement.GetProperty("signatures").EnumerateArray().Select(s => new Signature(
            Str(s, "field")!, Str(s, "match")!, Str(s, "value")!, Str(s, "maker"), Str(s, "brand"), Str(s, "kind") is { } k ? Kind(k) : null,
            s.GetProperty("confidence").GetDouble(), Str(s, "source")!,
            Str(s, "match") == "regex" ? new Regex(Str(s, "value")!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexTimeout) : null)).ToList();

        return new DeviceKnowledgeBase(Str(modelsDoc.RootElement, "version")!, makers, brands, lines, rules, vulnerabilities, ouis, organisations, notMakers, signatures);
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexTimeout);

    private static JsonDocument Resource(string name)
    {
        using Stream stream = typeof(DeviceKnowledgeBase).Assembly.GetManifestResourceStream("devices/" + name)
            ?? throw new InvalidDataException($"The device knowledge base file {name} is missing from Sightline.Core.");
        return JsonDocument.Parse(stream);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        Str(e, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static List<Capability> Caps(JsonElement e) =>
        e.TryGetProperty("capabilities", out JsonElement caps)
            ? [.. caps.EnumerateArray().Select(c => Capabilities.TryParse(c.GetString(), out Capability? cap) ? cap.Value : throw new InvalidDataException($"Unknown capability {c}."))]
            : [];

    internal static BrandRelation Relation(string code) => code switch
    {
        "own" => BrandRelation.Own,
        "sub_brand" => BrandRelation.SubBrand,
        "oem_confirmed" => BrandRelation.OemConfirmed,
        "oem_reported" => BrandRelation.OemReported,
        "unrelated" => BrandRelation.Unrelated,
        _ => throw new InvalidDataException($"Unknown brand relation '{code}'."),
    };

    internal static DeviceKind Kind(string code) => code switch
    {
        "camera" => DeviceKind.Camera,
        "ptz" => DeviceKind.Ptz,
        "thermal" => DeviceKind.Thermal,
        "nvr" => DeviceKind.Nvr,
        "dvr" => DeviceKind.Dvr,
        "access_control" => DeviceKind.AccessControl,
        "intercom" => DeviceKind.Intercom,
        "other" => DeviceKind.Other,
        _ => throw new InvalidDataException($"Unknown device kind '{code}'."),
    };
}
