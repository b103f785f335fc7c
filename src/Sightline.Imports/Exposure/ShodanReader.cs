using System.Globalization;
using System.Text.Json;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>Shodan banners: one JSON object per line (<c>ip_str</c>, <c>port</c>, <c>transport</c>, <c>product</c>, <c>data</c>,
/// <c>http.{title,server,html,favicon.hash}</c>, <c>ssl.cert.subject</c>, <c>location</c>, <c>org</c>, <c>isp</c>, <c>asn</c>,
/// <c>hostnames</c>, <c>timestamp</c>). Other keys are ignored.</summary>
internal sealed class ShodanReader : JsonLinesReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = JsonWalker.MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    protected override IJsonLineVisitor CreateVisitor(ScanReadContext context) => new Visitor(context);

    /// <summary>A visitor building Shodan records, for tests that compare the fast path with the walker.</summary>
    internal static IJsonLineVisitor NewVisitor(ScanReadContext context) => new Visitor(context);

    /// <summary>Reads a line through the keys Shodan records have, handing the visitor exactly the values the general
    /// walker would (same paths, same order) and skipping every other subtree without building its path. Anything unusual
    /// (an escaped, dotted or very long key; a subject value that is not a scalar; invalid JSON) makes the line be walked
    /// again the general way, so records, problems and their messages are the same either way.</summary>
    protected override void Walk(JsonWalker walker, ReadOnlySpan<byte> line, IJsonLineVisitor visitor)
    {
        var shodan = (Visitor)visitor;
        long truncated = shodan.Truncated;
        bool done;
        try
        {
            done = FastWalk(line, shodan);
        }
        catch (JsonException)
        {
            done = false;
        }
        catch (InvalidOperationException)
        {
            done = false;
        }

        if (!done)
        {
            shodan.Truncated = truncated;
            shodan.Begin();
            walker.Walk(line, visitor);
        }
    }

    /// <returns>False when the line needs the general walker.</returns>
    internal static bool FastWalk(ReadOnlySpan<byte> line, IJsonVisitor visitor)
    {
        var reader = new Utf8JsonReader(line, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!Plain(ref reader))
            {
                return false;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            string? path = name.Length switch
            {
                2 when name.SequenceEqual("ip"u8) => "ip",
                3 when name.SequenceEqual("org"u8) => "org",
                3 when name.SequenceEqual("isp"u8) => "isp",
                3 when name.SequenceEqual("asn"u8) => "asn",
                4 when name.SequenceEqual("port"u8) => "port",
                4 when name.SequenceEqual("data"u8) => "data",
                4 when name.SequenceEqual("ipv6"u8) => "ipv6",
                6 when name.SequenceEqual("ip_str"u8) => "ip_str",
                7 when name.SequenceEqual("product"u8) => "product",
                7 when name.SequenceEqual("version"u8) => "version",
                9 when name.SequenceEqual("transport"u8) => "transport",
                9 when name.SequenceEqual("timestamp"u8) => "timestamp",
                9 when name.SequenceEqual("hostnames"u8) => "hostnames",
                4 when name.SequenceEqual("http"u8) => "http",
                8 when name.SequenceEqual("location"u8) => "location",
                3 when name.SequenceEqual("ssl"u8) => "ssl",
                _ => null,
            };
            if (!reader.Read())
            {
                return false;
            }

            switch (path)
            {
                case null:
                    reader.Skip();
                    break;
                case "http" when reader.TokenType == JsonTokenType.StartObject:
                    if (!Http(ref reader, visitor))
                    {
                        return false;
                    }

                    break;
                case "location" when reader.TokenType == JsonTokenType.StartObject:
                    if (!Children(ref reader, visitor, static name => name.Length switch
                    {
                        4 when name.SequenceEqual("city"u8) => "location.city",
                        12 when name.SequenceEqual("country_code"u8) => "location.country_code",
                        12 when name.SequenceEqual("country_name"u8) => "location.country_name",
                        _ => null,
                    }))
                    {
                        return false;
                    }

                    break;
                case "ssl" when reader.TokenType == JsonTokenType.StartObject:
                    if (!Ssl(ref reader, visitor))
                    {
                        return false;
                    }

                    break;
                case "hostnames" when reader.TokenType == JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        Scalar(ref reader, "hostnames[]", visitor);
                    }

                    break;
                case "hostnames" or "http" or "location" or "ssl":
                    // A scalar where Shodan writes a container, or the other way round: its path names nothing read.
                    reader.Skip();
                    break;
                default:
                    Scalar(ref reader, path, visitor);
                    break;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }

    /// <summary>The walker's paths join names with '.' and mark arrays with "[]", and it cuts names longer than 128 bytes to
    /// "?": a key holding any of those, or escaped, could spell a path in a way this reader does not follow.</summary>
    private static bool Plain(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && reader.ValueSpan.Length <= 128 && reader.ValueSpan.IndexOfAny(".[]"u8) < 0;

    /// <summary>Reads an object's members, giving the visitor the scalars whose names <paramref name="paths"/> maps to a path
    /// and skipping the rest. The reader starts on the object's start and ends on its end.</summary>
    private static bool Children(ref Utf8JsonReader reader, IJsonVisitor visitor, Func<ReadOnlySpan<byte>, string?> paths)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!Plain(ref reader))
            {
                return false;
            }

            string? path = paths(reader.ValueSpan);
            if (!reader.Read())
            {
                return false;
            }

            if (path is null)
            {
                reader.Skip();
            }
            else
            {
                Scalar(ref reader, path, visitor);
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool Http(ref Utf8JsonReader reader, IJsonVisitor visitor)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!Plain(ref reader))
            {
                return false;
            }

            ReadOnlySpan<byte> name = reader.ValueSpan;
            string? path = name.Length switch
            {
                4 when name.SequenceEqual("html"u8) => "http.html",
                5 when name.SequenceEqual("title"u8) => "http.title",
                6 when name.SequenceEqual("server"u8) => "http.server",
                7 when name.SequenceEqual("favicon"u8) => "http.favicon",
                _ => null,
            };
            if (!reader.Read())
            {
                return false;
            }

            if (path is null)
            {
                reader.Skip();
            }
            else if (path == "http.favicon")
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                }
                else if (!Children(ref reader, visitor, static name => name.SequenceEqual("hash"u8) ? "http.favicon.hash" : null))
                {
                    return false;
                }
            }
            else
            {
                Scalar(ref reader, path, visitor);
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool Ssl(ref Utf8JsonReader reader, IJsonVisitor visitor)
    {
        // ssl → cert → subject → { "CN": …, "O": … }: each scalar of the subject goes on as "ssl.cert.subject.<name>".
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!Plain(ref reader))
            {
                return false;
            }

            bool cert = reader.ValueTextEquals("cert"u8);
            if (!reader.Read())
            {
                return false;
            }

            if (!cert || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!Plain(ref reader))
                {
                    return false;
                }

                bool subject = reader.ValueTextEquals("subject"u8);
                if (!reader.Read())
                {
                    return false;
                }

                if (!subject || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (!Plain(ref reader))
                    {
                        return false;
                    }

                    string path = "ssl.cert.subject." + System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                    if (!reader.Read() || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        return false; // the walker would give the container's children as "ssl.cert.subject.<name>.<child>"
                    }

                    visitor.Value(path, ref reader);
                }

                if (reader.TokenType != JsonTokenType.EndObject)
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static void Scalar(ref Utf8JsonReader reader, string path, IJsonVisitor visitor)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            // The walker gives no value for a container, and its children's paths ("org.x", "org[]", "hostnames[][]") name
            // nothing a Shodan record reads.
            reader.Skip();
        }
        else
        {
            visitor.Value(path, ref reader);
        }
    }

    private sealed class Visitor(ScanReadContext context) : IJsonLineVisitor
    {
        public long Truncated
        {
            get => context.Truncated;
            set => context.Truncated = value;
        }

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
