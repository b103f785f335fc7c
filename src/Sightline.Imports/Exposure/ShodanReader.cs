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

    private sealed class Visitor(ScanReadContext context) : IJsonLineVisitor
    {
        private ScanRecord _record = NewRecord();
        private string? _ip;
        private string? _ipNumber;
        private string? _subject;
        private string? _hostnames;
        private string? _version;

        public void Begin()
        {
            _record = NewRecord();
            _ip = _ipNumber = _subject = _hostnames = _version = null;
        }

        public string? End(long line)
        {
            string? ip = _ip is not null ? ScanReadContext.NormalizeIp(_ip) : FromNumber(_ipNumber);
            if (ip is null)
            {
                return _ip is null && _ipNumber is null ? "no ip_str" : $"ip_str '{Short(_ip ?? _ipNumber)}' is not an IP address";
            }

            _record.Ip = ip;
            _record.Line = line;
            _record.TlsSubject = context.Cap(_subject);
            _record.Hostnames = context.Cap(_hostnames);
            if (_version is not null && _record.Product is not null)
            {
                _record.Product = context.Cap(_record.Product + " " + _version);
            }

            context.Emit(_record);
            return null;
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
                    _ipNumber = JsonWalker.Text(ref reader, 100, ref cut);
                    break;
                case "port":
                    _record.Port = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int port) && port is >= 0 and <= 65535 ? port : null;
                    break;
                case "transport":
                    _record.Transport = JsonWalker.Text(ref reader, 10, ref cut);
                    break;
                case "product":
                    _record.Product = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "version":
                    _version = JsonWalker.Text(ref reader, 200, ref cut);
                    break;
                case "data":
                    _record.Banner = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "http.title":
                    _record.HtmlTitle = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "http.server":
                    _record.HttpServer = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "http.html":
                    _record.HttpBody = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "http.favicon.hash":
                    _record.FaviconMmh3 = JsonWalker.Text(ref reader, 40, ref cut);
                    break;
                case "location.city":
                    _record.City = JsonWalker.Text(ref reader, 200, ref cut);
                    break;
                case "location.country_code":
                    _record.CountryCode = JsonWalker.Text(ref reader, 8, ref cut)?.ToUpperInvariant();
                    break;
                case "location.country_name":
                    _record.CountryName = JsonWalker.Text(ref reader, 200, ref cut);
                    break;
                case "org":
                    _record.Org = JsonWalker.Text(ref reader, 300, ref cut);
                    break;
                case "isp":
                    _record.Isp = JsonWalker.Text(ref reader, 300, ref cut);
                    break;
                case "asn":
                    _record.Asn = ScanReadContext.NormalizeAsn(JsonWalker.Text(ref reader, 40, ref cut));
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

        private static string? FromNumber(string? number) =>
            uint.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out uint value)
                ? new System.Net.IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]).ToString()
                : null;
    }

    internal static string Short(string? text) => text is null ? string.Empty : text.Length > 60 ? text[..60] + "…" : text;
}
