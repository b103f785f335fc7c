using System.Globalization;
using System.Xml;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>nmap XML (<c>-oX</c>). Each open port of a <c>host</c> becomes a record: its <c>service</c> product, version and
/// extra information; the <c>http-server-header</c>, <c>http-title</c>, <c>http-auth</c>, <c>banner</c>, <c>rtsp</c> and
/// <c>ssl-cert</c> script outputs; the host's MAC address and host names.</summary>
/// <remarks>Hostile files fail cleanly: DTDs are refused (so entity-expansion "XML bombs" and external entities cannot work),
/// nothing is resolved, and a run of more than 1 MiB without a tag is refused, which bounds every attribute and text.
/// XML that stops being well-formed ends the reading of the file at that line; the hosts before it are kept.</remarks>
internal sealed class NmapReader : IScanFormatReader
{
    public const int MaxTokenBytes = 1 << 20;

    public void Read(Stream stream, ScanReadContext context)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1_024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        ScanReadReport report = context.Report;
        using var guarded = new TagRunGuardStream(stream, MaxTokenBytes);
        using var reader = XmlReader.Create(guarded, settings);
        var info = (IXmlLineInfo)reader;
        Host? host = null;
        ScanRecord? port = null;
        bool open = false;
        int lastLine = 1;
        try
        {
            while (reader.Read())
            {
                lastLine = info.LineNumber; // XmlReader forgets its position when it throws (a refused DTD reports line 0)
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (reader.LocalName == "port" && host is not null && port is not null)
                    {
                        if (open)
                        {
                            host.Ports.Add(port);
                        }

                        port = null;
                    }
                    else if (reader.LocalName == "host" && host is not null)
                    {
                        Finish(host, context);
                        host = null;
                    }

                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "host":
                        context.CancellationToken.ThrowIfCancellationRequested();
                        report.Lines++;
                        host = new Host(info.LineNumber);
                        if (reader.IsEmptyElement)
                        {
                            Finish(host, context);
                            host = null;
                        }

                        break;
                    case "address" when host is not null:
                        string? type = reader.GetAttribute("addrtype");
                        string? address = context.Cap(reader.GetAttribute("addr"));
                        if (type == "mac")
                        {
                            host.Mac = address;
                        }
                        else if (host.Ip is null)
                        {
                            host.IpText = address;
                            host.Ip = address is null ? null : ScanReadContext.NormalizeIp(address);
                        }

                        break;
                    case "hostname" when host is not null && reader.GetAttribute("name") is { } name:
                        host.Hostnames = host.Hostnames is null ? name : context.Cap(host.Hostnames + "," + name);
                        break;
                    case "port" when host is not null:
                        port = new ScanRecord
                        {
                            Ip = string.Empty,
                            Transport = reader.GetAttribute("protocol"),
                            Port = int.TryParse(reader.GetAttribute("portid"), NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number <= 65535 ? number : null,
                        };
                        open = false;
                        break;
                    case "state" when port is not null:
                        open = reader.GetAttribute("state") is "open" or "open|filtered";
                        break;
                    case "service" when port is not null:
                        string product = string.Join(' ', new[] { reader.GetAttribute("product"), reader.GetAttribute("version"), reader.GetAttribute("extrainfo") is { } extra ? $"({extra})" : null }
                            .Where(p => !string.IsNullOrWhiteSpace(p)));
                        port.Product = product.Length > 0 ? context.Cap(product) : null;
                        break;
                    case "script" when port is not null:
                        Script(port, reader.GetAttribute("id"), context.Cap(reader.GetAttribute("output")));
                        break;
                    default:
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            string message = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "the file has a DTD, which is refused (entity expansion and external entities are not allowed in scan files)"
                : "not well-formed XML: " + ex.Message;
            report.Stop(ex.LineNumber > 0 ? ex.LineNumber : Math.Max(lastLine, info.LineNumber), message + "; reading stopped here");
        }
        catch (TokenTooLongException)
        {
            report.Stop(Math.Max(lastLine, info.LineNumber), $"more than {MaxTokenBytes / (1 << 20)} MiB without a tag (an oversized attribute or text); reading stopped here");
        }

        context.Flush();
    }

    private static void Script(ScanRecord port, string? id, string? output)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return;
        }

        switch (id)
        {
            case "http-server-header":
                port.HttpServer = output.Trim();
                break;
            case "http-title":
                port.HtmlTitle = output.Trim();
                break;
            case "banner":
                port.Banner = output;
                break;
            case "http-auth":
                // "HTTP/1.1 401 Unauthorized\n  Digest realm=IP Camera(D1486) nonce=…": keep the challenge lines.
                port.WwwAuthenticate = string.Join('\n', output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("realm", StringComparison.OrdinalIgnoreCase))
                    .Select(l => l.Contains("realm=\"", StringComparison.Ordinal) ? l : RealmQuoted(l)));
                break;
            case "ssl-cert":
                foreach (string line in output.Split('\n'))
                {
                    if (line.TrimStart().StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
                    {
                        port.TlsSubject = Subject(line.Trim()["Subject:".Length..].Trim());
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>nmap prints <c>Digest realm=IP Camera(D1486) nonce=…</c> without quotes; signatures expect
    /// <c>realm="…"</c>.</summary>
    private static string RealmQuoted(string line)
    {
        int at = line.IndexOf("realm=", StringComparison.OrdinalIgnoreCase);
        int start = at + "realm=".Length;
        int end = line.IndexOf(" nonce=", start, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            end = line.IndexOf(' ', start) is var space and >= 0 && line.IndexOf('(', start) is var paren && (paren < 0 || paren > space) ? space : line.Length;
        }

        return $"{line[..start]}\"{line[start..end].Trim()}\"{line[end..]}";
    }

    /// <summary>nmap writes <c>commonName=www.hikvision.com/organizationName=HIKVISION/…</c>; signatures read <c>CN=…, O=…</c>.</summary>
    private static string Subject(string subject) => string.Join(", ", subject.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(part =>
    {
        int eq = part.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            return part;
        }

        string name = part[..eq] switch
        {
            "commonName" => "CN",
            "organizationName" => "O",
            "organizationalUnitName" => "OU",
            "countryName" => "C",
            "stateOrProvinceName" => "ST",
            "localityName" => "L",
            var other => other,
        };
        return name + part[eq..];
    }));

    private static void Finish(Host host, ScanReadContext context)
    {
        if (host.Ip is null)
        {
            context.Report.Skip(host.Line, host.IpText is null ? "host without an IP address" : $"address '{ShodanReader.Short(host.IpText)}' is not an IP address");
            return;
        }

        foreach (ScanRecord port in host.Ports)
        {
            port.Ip = host.Ip;
            port.Line = host.Line;
            port.MacAddress = host.Mac;
            port.Hostnames = host.Hostnames;
            context.Emit(port);
        }
    }

    private sealed class Host(int line)
    {
        public int Line => line;

        public string? Ip { get; set; }

        public string? IpText { get; set; }

        public string? Mac { get; set; }

        public string? Hostnames { get; set; }

        public List<ScanRecord> Ports { get; } = [];
    }

    private sealed class TokenTooLongException() : IOException("A run of bytes without a tag is over the limit.");

    /// <summary>Fails the read when more than <c>limit</c> bytes pass without a <c>&lt;</c>. Attribute values cannot contain
    /// <c>&lt;</c>, so this bounds what XmlReader must hold for any one attribute or text node.</summary>
    private sealed class TagRunGuardStream(Stream inner, int limit) : Stream
    {
        private int _run;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            ReadOnlySpan<byte> data = buffer[..read];
            int last = data.LastIndexOf((byte)'<');
            if (last < 0)
            {
                _run += read;
            }
            else
            {
                int first = data.IndexOf((byte)'<');
                if (_run + first > limit)
                {
                    throw new TokenTooLongException();
                }

                _run = read - last - 1;
                // Runs between two '<' inside this chunk are shorter than the chunk, and chunks are far smaller than the limit.
            }

            if (_run > limit)
            {
                throw new TokenTooLongException();
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
