using System.Text.Json;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>masscan <c>-oJ</c> output: a JSON array written one record per line, with separators at line ends or on lines of
/// their own, <c>[</c> and <c>]</c> lines, and a final <c>{finished: 1}</c> line that is not JSON. Each element of a record's
/// <c>ports[]</c> becomes a record; banners are in <c>ports[].service.{name,banner}</c>.</summary>
internal sealed class MasscanReader : JsonLinesReader
{
    protected override ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> line, out bool skip, out bool end)
    {
        end = false;
        line = line.Trim(" \t"u8);
        if (line.StartsWith(","u8))
        {
            line = line[1..].TrimStart(" \t"u8);
        }

        if (line.EndsWith(","u8))
        {
            line = line[..^1].TrimEnd(" \t"u8);
        }

        if (line.StartsWith("{"u8) && line[1..].TrimStart(" \t"u8).StartsWith("finished"u8))
        {
            end = true;
        }

        skip = line.IsEmpty || line.SequenceEqual("["u8) || line.SequenceEqual("]"u8);
        return line;
    }

    protected override IJsonLineVisitor CreateVisitor(ScanReadContext context) => new Visitor(context);

    private sealed class Visitor(ScanReadContext context) : IJsonLineVisitor
    {
        private readonly List<ScanRecord> _ports = [];
        private ScanRecord? _port;
        private string? _serviceName, _serviceBanner, _status;
        private string? _ip, _timestamp;

        public void Begin()
        {
            _ports.Clear();
            _port = null;
            _ip = _timestamp = null;
        }

        public string? End(long line)
        {
            string? ip = _ip is null ? null : ScanReadContext.NormalizeIp(_ip);
            if (ip is null)
            {
                return _ip is null ? "no ip" : $"ip '{ShodanReader.Short(_ip)}' is not an IP address";
            }

            foreach (ScanRecord port in _ports)
            {
                port.Ip = ip;
                port.Line = line;
                port.Timestamp = _timestamp;
                context.Emit(port);
            }

            return null;
        }

        public void StartObject(ReadOnlySpan<char> path)
        {
            if (path.SequenceEqual("ports[]"))
            {
                _port = new ScanRecord { Ip = string.Empty };
                _serviceName = _serviceBanner = _status = null;
            }
        }

        public void EndObject(ReadOnlySpan<char> path)
        {
            if (!path.SequenceEqual("ports[]") || _port is null)
            {
                return;
            }

            if (_status is null or "open")
            {
                switch (_serviceName?.ToLowerInvariant())
                {
                    case "title":
                        _port.HtmlTitle = _serviceBanner;
                        break;
                    case "http.server":
                        _port.HttpServer = _serviceBanner;
                        break;
                    case "x509":
                    case "ssl":
                    case "vnc":
                        break; // certificates are written base64-encoded; nothing to match
                    default:
                        _port.Banner = _serviceBanner;
                        break;
                }

                _ports.Add(_port);
            }

            _port = null;
        }

        public void Value(ReadOnlySpan<char> path, ref Utf8JsonReader reader)
        {
            ref long cut = ref context.Truncated;
            switch (path)
            {
                case "ip":
                    _ip = JsonWalker.Text(ref reader, 100, ref cut);
                    break;
                case "timestamp":
                    _timestamp = JsonWalker.Text(ref reader, 40, ref cut);
                    break;
                case "ports[].port" when _port is not null:
                    _port.Port = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int port) && port is >= 0 and <= 65535 ? port : null;
                    break;
                case "ports[].proto" when _port is not null:
                    _port.Transport = JsonWalker.Text(ref reader, 10, ref cut);
                    break;
                case "ports[].status" when _port is not null:
                    _status = JsonWalker.Text(ref reader, 20, ref cut);
                    break;
                case "ports[].service.name" when _port is not null:
                    _serviceName = JsonWalker.Text(ref reader, 40, ref cut);
                    break;
                case "ports[].service.banner" when _port is not null:
                    _serviceBanner = JsonWalker.Text(ref reader, ScanRecord.MaxFieldLength, ref cut);
                    break;
                default:
                    break;
            }
        }
    }
}
