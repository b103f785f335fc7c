using System.Text;
using System.Text.RegularExpressions;

namespace Sightline.Core.Devices;

/// <summary>Finds brands, product lines and model numbers in text with the <see cref="DeviceKnowledgeBase"/>.</summary>
/// <remarks>Thread-safe and culture-invariant. Look-alikes are refused: a brand name that is also an ordinary word or acronym
/// ("LTS", "Sony", "Honeywell") counts only near CCTV words; "Shanghai Dahua Scale" is not Dahua; phone numbers, postcodes and
/// other makers' part numbers do not match the model grammar.</remarks>
public sealed partial class DeviceTextScanner : IDeviceTextScanner
{
    /// <summary>Text longer than this is refused by callers that read files; the scanner itself scans any length.</summary>
    public const int RecommendedMaxLength = 20_000_000;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    // Brands whose names are also everyday words or acronyms, or companies far larger than CCTV: they need CCTV context.
    private static readonly HashSet<string> ContextBrands = new(StringComparer.Ordinal)
    {
        "LTS", "TVT", "ZTE", "Hills", "Canon", "Sony", "Toshiba", "Honeywell", "i-PRO", "Bosch", "Huawei", "Genetec", "Swann", "Pelco", "Vicon",
    };

    private static readonly Regex CctvContext = new(
        @"\b(cameras?|cctv|nvrs?|dvrs?|recorders?|surveillance|video|ptz|dome|bullet|turret|ip ?cam\w*|security systems?|(?:town[- ]centre|public[- ]space) systems?|anpr|vms|footage|monitoring|makes|manufacturers|records to)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

    private static readonly Regex NotDahua = new(
        @"^(\s*(scale|road|street|village|town|district|county|river|bridge|university)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

    private readonly DeviceKnowledgeBase _kb;
    private readonly Regex _names;
    private readonly Dictionary<string, (Brand? Brand, ProductLine? Line)> _byName;

    public DeviceTextScanner(DeviceKnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _kb = knowledgeBase;
        _byName = new Dictionary<string, (Brand?, ProductLine?)>(StringComparer.OrdinalIgnoreCase);
        foreach (Brand brand in _kb.Brands)
        {
            foreach (string name in brand.Aliases.Prepend(brand.Name))
            {
                _byName.TryAdd(name, (brand, null));
            }
        }

        foreach (ProductLine line in _kb.ProductLines)
        {
            _byName.TryAdd(line.Name, (null, line));
        }

        // One alternation, longest names first, bounded by non-alphanumerics: "Hik" never matches inside "Hikvision".
        string alternation = string.Join('|', _byName.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace(@"\ ", @"[\s-]?", StringComparison.Ordinal)));
        _names = new Regex($@"(?<![A-Za-z0-9])(?:{alternation})(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
    }

    public IReadOnlyList<DeviceMention> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<DeviceMention>();
        ScanNames(text, mentions);
        ScanModels(text, mentions);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return RemoveContained(mentions);
    }

    private void ScanNames(string text, List<DeviceMention> mentions)
    {
        foreach (Match match in _names.Matches(text))
        {
            string written = match.Value;
            string key = Regex.Replace(written, @"[\s-]+", " ", RegexOptions.CultureInvariant, Timeout);
            if (!_byName.TryGetValue(written, out var entry) && !_byName.TryGetValue(key, out entry) && !TryFuzzyKey(written, out entry))
            {
                continue;
            }

            if (entry.Brand is { } brand)
            {
                if (!Accept(text, match, brand))
                {
                    continue;
                }

                Maker? maker = _kb.Maker(brand.Maker);
                mentions.Add(new DeviceMention(match.Index, match.Index + match.Length, written, brand.Name, brand.Maker, maker?.Chinese ?? false,
                    maker?.Watchlisted ?? false, null, null, null, [], brand.Relation, brand.Confidence));
            }
            else if (entry.Line is { } line)
            {
                Maker? maker = _kb.Maker(line.Maker);
                string brandName = maker?.Name ?? line.Maker;
                mentions.Add(new DeviceMention(match.Index, match.Index + match.Length, written, brandName, line.Maker, maker?.Chinese ?? false,
                    maker?.Watchlisted ?? false, null, null, line.Name, line.Capabilities, BrandRelation.Own, 0.95));
            }
        }
    }

    private bool TryFuzzyKey(string written, out (Brand? Brand, ProductLine? Line) entry)
    {
        string compact = DeviceKnowledgeBase.Compact(written);
        foreach (var (name, value) in _byName)
        {
            if (DeviceKnowledgeBase.Compact(name) == compact)
            {
                entry = value;
                return true;
            }
        }

        entry = default;
        return false;
    }

    private static bool Accept(string text, Match match, Brand brand)
    {
        // Short acronyms must be written in capitals ("LTS", "ZTE"); "lts" in running text is something else.
        if (match.Value.Length <= 4 && !string.Equals(match.Value, brand.Name, StringComparison.Ordinal)
            && !string.Equals(match.Value, match.Value.ToUpperInvariant(), StringComparison.Ordinal))
        {
            return false;
        }

        int after = match.Index + match.Length;
        if (brand.Maker == "dahua" && (NotDahua.IsMatch(text.AsSpan(after, Math.Min(40, text.Length - after))) || Preceded(text, match.Index, "shanghai")))
        {
            return false;
        }

        if (ContextBrands.Contains(brand.Name))
        {
            int from = Math.Max(0, match.Index - 80);
            int to = Math.Min(text.Length, match.Index + match.Length + 80);
            return CctvContext.IsMatch(text.AsSpan(from, to - from).ToString());
        }

        return true;
    }

    private static bool Preceded(string text, int index, string word)
    {
        int start = index - word.Length - 1;
        return start >= 0 && text.AsSpan(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private void ScanModels(string text, List<DeviceMention> mentions)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (IsTokenChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsTokenChar(text[i + 1]))))
            {
                i++;
            }

            TryModel(text, start, i, mentions);
        }
    }

    private void TryModel(string text, int start, int end, List<DeviceMention> mentions)
    {
        int length = end - start;
        if (length is < 5 or > 48)
        {
            return;
        }

        ReadOnlySpan<char> token = text.AsSpan(start, length);
        bool digit = false, letter = false;
        foreach (char c in token)
        {
            digit |= char.IsAsciiDigit(c);
            letter |= char.IsAsciiLetter(c);
        }

        if (!digit || !letter)
        {
            return;
        }

        // Try the whole token, then without a trailing "/xx" option code the grammar does not know (DS-7608NI-K2/8P).
        string candidate = token.ToString();
        if (ReferenceNumber().IsMatch(candidate))
        {
            return; // "F-2022-02771", "FOI/2022/118": a request reference, not an Axis F-series model
        }

        ModelMatch? match = _kb.ClassifyModel(candidate);
        if (match is null)
        {
            return;
        }

        ModelRule rule = match.Rule;
        Maker? maker = _kb.Maker(rule.Maker);
        Brand? brand = _kb.Brands.FirstOrDefault(b => b.Name == rule.Brand);
        var capabilities = rule.Capabilities.ToList();
        if (rule.ProductLine is { } lineName && _kb.ProductLines.FirstOrDefault(l => l.Name == lineName) is { } line)
        {
            capabilities.AddRange(line.Capabilities.Where(c => !capabilities.Contains(c)));
        }

        mentions.Add(new DeviceMention(start, end, candidate, rule.Brand, rule.Maker, maker?.Chinese ?? false, maker?.Watchlisted ?? false,
            match.Model, rule.Kind, rule.ProductLine, capabilities, brand?.Relation ?? BrandRelation.Own, Math.Min(rule.Confidence, brand?.Confidence ?? 1.0)));
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c);

    [GeneratedRegex(@"^[A-Za-z]{1,6}[-/_](?:19|20)\d{2}[-/_]\d{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceNumber();

    private static bool IsJoiner(char c) => c is '-' or '/' or '_' or '.';

    private static List<DeviceMention> RemoveContained(List<DeviceMention> sorted)
    {
        var result = new List<DeviceMention>(sorted.Count);
        int coveredTo = -1;
        foreach (DeviceMention mention in sorted)
        {
            if (mention.End <= coveredTo && result.Count > 0 && result[^1].Model is not null)
            {
                continue; // a brand-looking piece inside a model number ("HiLook" cannot be inside, but "DH" prefixes can)
            }

            result.Add(mention);
            coveredTo = Math.Max(coveredTo, mention.End);
        }

        return result;
    }

    /// <summary>Replaces invalid UTF-16 (lone surrogates) so hostile text cannot break matching.</summary>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
