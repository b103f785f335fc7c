using System.Globalization;
using System.Text.Json;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>Shodan banners: one JSON object per line (<c>ip_str</c>, <c>port</c>, <c>transport</c>, <c>product</c>, <c>data</c>,
/// <c>http.{title,server,html,favicon.hash}</c>, <c>ssl.cert.subject</c>, <c>location</c>, <c>org</c>, <c>isp</c>, <c>asn</c>,
/// <c>hostnames</c>, <c>timestamp</c>). Other keys are ignored.</summary>
internal sealed class ShodanReader : JsonLinesReader
{
    protected override IJsonLineVisitor CreateVisitor(ScanReadContext context) => new Visitor(context);

    /// <summary>Builds the record of one line. Texts that scan data repeats come from a <see cref="TextPool"/>, and the banner is
    /// split where it is read (into a buffer, not a string of its own), so a typical banner costs a handful of new strings.</summary>
    private sealed class Visitor(ScanReadContext context) : IJsonLineVisitor
    {
        /// <summary>Banners up to this many bytes of JSON are split from a buffer; longer ones as a string, as they are rare.</summary>
        private const int MaxBufferedBanner = ScanRecord.MaxFieldLength;

        private readonly TextPool _pool = new();
        private readonly char[] _text = new char[TextPool.MaxLength];
        private char[]? _banner;
        private readonly Dictionary<string, string?> _asns = new(StringComparer.Ordinal);
        private ScanRecord _record = NewRecord();
        private string? _ip;
        private string? _ipNumber;
        private uint? _ipValue;
        private string? _subject;
        private string? _hostnames;
        private string? _version;
        private BannerFields _fields;

        public void Begin()
        {
            _record = NewRecord();
            _ip = _ipNumber = _subject = _hostnames = _version = null;
            _ipValue = null;
            _fields = default;
        }

        public string? End(long line)
        {
            string? ip = _ip is not null ? ScanReadContext.NormalizeIp(_ip) : _ipValue is { } value ? FromNumber(value) : null;
            if (ip is null)
            {
                return _ip is null && _ipNumber is null ? "no ip_str" : $"ip_str '{Short(_ip ?? _ipNumber)}' is not an IP address";
            }

            _record.Ip = ip;
            _record.Line = line;
            _record.TlsSubject = _subject is null ? null : context.Cap(_pool.Share(_subject));
            _record.Hostnames = context.Cap(_hostnames);
            if (_version is not null && _record.Product is not null)
            {
                _record.Product = context.Cap(_pool.Share(string.Concat(_record.Product, " ", _version)));
            }

            BannerParser.Fill(_record, _fields, _pool.TitleOf);
            context.Emit(_record);
            return null;
        }

        /// <summary>A string or number value from the pool, cut to <paramref name="max"/> characters (as <see cref="JsonWalker.Text"/>).</summary>
        private string? Shared(ref Utf8JsonReader reader, int max, ref long cut)
        {
            if (reader.HasValueSequence || reader.ValueSpan.Length > TextPool.MaxLength)
            {
                return JsonWalker.Text(ref reader, max, ref cut);
            }

            int length;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    length = reader.CopyString(_text);
                    break;
                case JsonTokenType.Number:
                    length = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, _text);
                    break;
                default:
                    return JsonWalker.Text(ref reader, max, ref cut);
            }

            if (length > max)
            {
                cut++;
                return new string(_text, 0, max);
            }

            return _pool.Share(_text.AsSpan(0, length));
        }

        /// <summary>Shodan's <c>data</c>: split into its fields at once when it fits the buffer, else kept whole for
        /// <see cref="ScanReadContext.Emit"/> to split.</summary>
        private void Banner(ref Utf8JsonReader reader, ref long cut)
        {
            if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > MaxBufferedBanner)
            {
                _record.Banner = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                _fields = default;
                return;
            }

            _banner ??= new char[MaxBufferedBanner];
            int length = reader.CopyString(_banner);
            _record.Banner = null;
            _fields = BannerParser.Split(_banner.AsSpan(0, length), _pool.Get);
        }

        private string? Asn(ref Utf8JsonReader reader, ref long cut)
        {
            string? text = Shared(ref reader, 40, ref cut);
            if (text is null)
            {
                return null;
            }

            if (!_asns.TryGetValue(text, out string? asn))
            {
                asn = ScanReadContext.NormalizeAsn(text) is { } normal ? _pool.Share(normal) : null;
                if (_asns.Count < TextPool.MaxEntries)
                {
                    _asns.Add(text, asn);
                }
            }

            return asn;
        }

        public void Value(ReadOnlySpan<char> path, ref Utf8JsonReader reader)
        {
            ref long cut = ref context.Truncated;
            switch (path)
            {
                case "ip_str":
                case "ipv6":
                    _ip ??= JsonWalker.Text(ref reader, 100, ref cut);
                    break;
                case "ip":
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt32(out uint number))
                    {
                        _ipValue = number;
                    }
                    else
                    {
                        _ipValue = uint.TryParse(_ipNumber = JsonWalker.Text(ref reader, 100, ref cut), NumberStyles.None, CultureInfo.InvariantCulture, out uint parsed) ? parsed : null;
                    }

                    break;
                case "port":
                    _record.Port = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int port) && port is >= 0 and <= 65535 ? port : null;
                    break;
                case "transport":
                    _record.Transport = Shared(ref reader, 10, ref cut);
                    break;
                case "product":
                    _record.Product = Shared(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "version":
                    _version = Shared(ref reader, 200, ref cut);
                    break;
                case "data":
                    Banner(ref reader, ref cut);
                    break;
                case "http.title":
                    _record.HtmlTitle = Shared(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "http.server":
                    _record.HttpServer = Shared(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "http.html":
                    _record.HttpBody = Shared(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "http.favicon.hash":
                    _record.FaviconMmh3 = Shared(ref reader, 40, ref cut);
                    break;
                case "location.city":
                    _record.City = Shared(ref reader, 200, ref cut);
                    break;
                case "location.country_code":
                    _record.CountryCode = Shared(ref reader, 8, ref cut)?.ToUpperInvariant();
                    break;
                case "location.country_name":
                    _record.CountryName = Shared(ref reader, 200, ref cut);
                    break;
                case "org":
                    _record.Org = Shared(ref reader, 300, ref cut);
                    break;
                case "isp":
                    _record.Isp = Shared(ref reader, 300, ref cut);
                    break;
                case "asn":
                    _record.Asn = Asn(ref reader, ref cut);
                    break;
                case "timestamp":
                    _record.Timestamp = JsonWalker.Text(ref reader, 40, ref cut);
                    break;
                case "hostnames[]":
                    if (JsonWalker.Text(ref reader, 300, ref cut) is { } hostname)
                    {
                        _hostnames = _hostnames is null ? hostname : _hostnames + "," + hostname;
                    }

                    break;
                default:
                    if (path.StartsWith("ssl.cert.subject.") && JsonWalker.Text(ref reader, 1_000, ref cut) is { } part)
                    {
                        // Shodan writes the subject as an object ({"CN": …, "O": …}); signatures read the usual "CN=…, O=…" form.
                        string item = string.Concat(path["ssl.cert.subject.".Length..], "=", part);
                        _subject = _subject is null ? item : _subject + ", " + item;
                    }

                    break;
            }
        }

        public void StartObject(ReadOnlySpan<char> path)
        {
        }

        public void EndObject(ReadOnlySpan<char> path)
        {
        }

        private static ScanRecord NewRecord() => new() { Ip = string.Empty };

        private static string FromNumber(uint value) =>
            new System.Net.IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]).ToString();
    }

    internal static string Short(string? text) => text is null ? string.Empty : text.Length > 60 ? text[..60] + "…" : text;
}
