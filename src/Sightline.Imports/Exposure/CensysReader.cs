using System.Text.Json;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>Censys host records, one JSON object per line: <c>ip</c>, <c>location.{city,country,country_code}</c>,
/// <c>autonomous_system.{asn,name}</c>, and <c>services[]</c> with <c>port</c>, <c>service_name</c>, <c>transport_protocol</c>,
/// <c>banner</c>, <c>http.response.{headers,html_title,body}</c>, <c>tls.certificates.leaf_data.subject_dn</c> and
/// <c>software[].{vendor,product,version}</c>. Each service becomes a record; a host without services becomes one record.</summary>
internal sealed class CensysReader : JsonLinesReader
{
    protected override IJsonLineVisitor CreateVisitor(ScanReadContext context) => new Visitor(context);

    private sealed class Visitor(ScanReadContext context) : IJsonLineVisitor
    {
        private const string Headers = "services[].http.response.headers.";

        private readonly List<ScanRecord> _services = [];
        private ScanRecord? _service;
        private string? _software;
        private string? _ip, _city, _country, _countryCode, _asn, _org, _timestamp, _hostnames;

        public void Begin()
        {
            _services.Clear();
            _service = null;
            _software = null;
            _ip = _city = _country = _countryCode = _asn = _org = _timestamp = _hostnames = null;
        }

        public string? End(long line)
        {
            string? ip = _ip is null ? null : ScanReadContext.NormalizeIp(_ip);
            if (ip is null)
            {
                return _ip is null ? "no ip" : $"ip '{ShodanReader.Short(_ip)}' is not an IP address";
            }

            if (_services.Count == 0)
            {
                _services.Add(new ScanRecord { Ip = ip });
            }

            foreach (ScanRecord service in _services)
            {
                service.Ip = ip;
                service.Line = line;
                service.City = _city;
                service.CountryName = _country;
                service.CountryCode = _countryCode;
                service.Asn = _asn;
                service.Org = _org;
                service.Timestamp = _timestamp;
                service.Hostnames = context.Cap(_hostnames);
                context.Emit(service);
            }

            return null;
        }

        public void StartObject(ReadOnlySpan<char> path)
        {
            if (path.SequenceEqual("services[]"))
            {
                _service = new ScanRecord { Ip = string.Empty };
            }
            else if (path.SequenceEqual("services[].software[]"))
            {
                _software = null;
            }
        }

        public void EndObject(ReadOnlySpan<char> path)
        {
            if (path.SequenceEqual("services[]") && _service is not null)
            {
                _services.Add(_service);
                _service = null;
            }
            else if (path.SequenceEqual("services[].software[]") && _service is not null && _software is not null)
            {
                _service.Product = context.Cap(_service.Product is null ? _software : _service.Product + "; " + _software);
            }
        }

        public void Value(ReadOnlySpan<char> path, ref Utf8JsonReader reader)
        {
            ref long cut = ref context.Truncated;
            switch (path)
            {
                case "ip":
                    _ip = JsonWalker.Text(ref reader, 100, ref cut);
                    return;
                case "location.city":
                    _city = JsonWalker.Text(ref reader, 200, ref cut);
                    return;
                case "location.country":
                    _country = JsonWalker.Text(ref reader, 200, ref cut);
                    return;
                case "location.country_code":
                    _countryCode = JsonWalker.Text(ref reader, 8, ref cut)?.ToUpperInvariant();
                    return;
                case "autonomous_system.asn":
                    _asn = ScanReadContext.NormalizeAsn(JsonWalker.Text(ref reader, 40, ref cut));
                    return;
                case "autonomous_system.name":
                    _org = JsonWalker.Text(ref reader, 300, ref cut);
                    return;
                case "last_updated_at":
                    _timestamp = JsonWalker.Text(ref reader, 40, ref cut);
                    return;
                case "dns.reverse_dns.names[]":
                case "dns.names[]":
                    if (JsonWalker.Text(ref reader, 300, ref cut) is { } name)
                    {
                        _hostnames = _hostnames is null ? name : _hostnames + "," + name;
                    }

                    return;
                default:
                    break;
            }

            if (_service is not { } service)
            {
                return;
            }

            switch (path)
            {
                case "services[].port":
                    service.Port = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int port) && port is >= 0 and <= 65535 ? port : null;
                    break;
                case "services[].transport_protocol":
                    service.Transport = JsonWalker.Text(ref reader, 10, ref cut)?.ToLowerInvariant();
                    break;
                case "services[].banner":
                    service.Banner = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "services[].http.response.html_title":
                    service.HtmlTitle = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "services[].http.response.body":
                    service.HttpBody = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "services[].tls.certificates.leaf_data.subject_dn":
                    service.TlsSubject = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                case "services[].software[].vendor":
                case "services[].software[].product":
                case "services[].software[].version":
                    if (JsonWalker.Text(ref reader, 200, ref cut) is { Length: > 0 } part)
                    {
                        _software = _software is null ? part : _software + " " + part;
                    }

                    break;
                default:
                    if (path.StartsWith(Headers))
                    {
                        Header(service, path[Headers.Length..], ref reader);
                    }

                    break;
            }
        }

        /// <summary>Censys writes headers as a map of name to value or to a list of values, with '_' for '-' in names.</summary>
        private void Header(ScanRecord service, ReadOnlySpan<char> name, ref Utf8JsonReader reader)
        {
            if (name.EndsWith("[]"))
            {
                name = name[..^2];
            }

            ref long cut = ref context.Truncated;
            if (name.Equals("server", StringComparison.OrdinalIgnoreCase))
            {
                service.HttpServer ??= JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
            }
            else if (name.Equals("www_authenticate", StringComparison.OrdinalIgnoreCase) || name.Equals("www-authenticate", StringComparison.OrdinalIgnoreCase))
            {
                if (JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut) is { } value)
                {
                    service.WwwAuthenticate = service.WwwAuthenticate is null ? value : context.Cap(service.WwwAuthenticate + "\n" + value);
                }
            }
        }
    }
}
