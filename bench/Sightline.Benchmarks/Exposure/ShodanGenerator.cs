using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Sightline.Benchmarks.Exposure;

/// <summary>Writes a synthetic file in the <c>shodan download</c> format: one JSON banner per line, with a realistic mix of
/// Hikvision (own brand and OEM), Dahua (own and OEM), other Chinese makers, other makers and non-camera noise. About 40%
/// of hosts have two or three services; most of a host's banners are adjacent, but about one in ten later ones is written
/// thousands of lines further on, as in real downloads. Deterministic for a seed.</summary>
/// <remarks>Addresses are data only and come from ranges that are never routed: 198.18.0.0/15 (RFC 2544, benchmarking) for the
/// first 131,072 hosts, then 240.0.0.0/4 (reserved), and 2001:db8::/32 (RFC 3849, documentation) for one host in twenty.
/// Nothing is ever sent to them.</remarks>
internal sealed class ShodanGenerator(int seed)
{
    private static readonly (string City, string Region, double Lat, double Lon, int Weight)[] UkCities =
    [
        ("London", "ENG", 51.5072, -0.1276, 300), ("Birmingham", "ENG", 52.4862, -1.8904, 70), ("Manchester", "ENG", 53.4808, -2.2426, 65),
        ("Leeds", "ENG", 53.8008, -1.5491, 40), ("Glasgow", "SCT", 55.8642, -4.2518, 38), ("Liverpool", "ENG", 53.4084, -2.9916, 30),
        ("Sheffield", "ENG", 53.3811, -1.4701, 25), ("Bristol", "ENG", 51.4545, -2.5879, 25), ("Edinburgh", "SCT", 55.9533, -3.1883, 22),
        ("Leicester", "ENG", 52.6369, -1.1398, 20), ("Nottingham", "ENG", 52.9548, -1.1581, 20), ("Cardiff", "WLS", 51.4816, -3.1791, 18),
        ("Belfast", "NIR", 54.5973, -5.9301, 16), ("Coventry", "ENG", 52.4068, -1.5197, 14), ("Bradford", "ENG", 53.7960, -1.7594, 14),
        ("Newcastle upon Tyne", "ENG", 54.9783, -1.6178, 13), ("Southampton", "ENG", 50.9097, -1.4044, 12), ("Reading", "ENG", 51.4543, -0.9781, 12),
        ("Slough", "ENG", 51.5105, -0.5950, 10), ("Milton Keynes", "ENG", 52.0406, -0.7594, 10),
    ];

    private static readonly (string Code, string Name, string City)[] Abroad =
    [
        ("US", "United States", "Ashburn"), ("DE", "Germany", "Frankfurt am Main"), ("FR", "France", "Paris"), ("NL", "Netherlands", "Amsterdam"),
        ("IE", "Ireland", "Dublin"), ("ES", "Spain", "Madrid"), ("IT", "Italy", "Milan"), ("PL", "Poland", "Warsaw"),
    ];

    private static readonly (string Org, string Isp, int Asn)[] UkNetworks =
    [
        ("BT", "British Telecommunications PLC", 2856), ("Virgin Media", "Virgin Media Limited", 5089), ("Sky Broadband", "Sky UK Limited", 5607),
        ("TalkTalk", "TalkTalk Communications Limited", 13285), ("Vodafone", "Vodafone Limited", 25135), ("EE", "EE Limited", 12576),
        ("Zen Internet", "Zen Internet Ltd", 13037), ("Hyperoptic", "Hyperoptic Ltd", 56478), ("Plusnet", "British Telecommunications PLC", 6871),
        ("KCOM", "KCOM Group Limited", 12390),
    ];

    private static readonly string[] HikCameraModels = ["DS-2CD2032F-I", "DS-2CD2142FWD-I", "DS-2CD2143G2-I", "DS-2CD2347G2-LU", "DS-2CD1023G0-I", "DS-2CD2T43G2-4I", "DS-2DE4425IW-DE", "DS-2CD2042WD-I"];
    private static readonly (string Firmware, string Build)[] HikFirmware = [("V5.3.0", "build 150513"), ("V5.4.5", "build 160928"), ("V5.5.82", "build 190220"), ("V5.7.3", "build 220112"), ("V5.6.3", "build 190923")];
    private static readonly string[] HikRecorders = ["DS-7608NI-K2", "DS-7616NI-I2", "DS-7208HGHI-F1", "DS-7732NI-K4"];
    private static readonly string[] DahuaModels = ["IPC-HFW2431S-S-S2", "IPC-HDW5831R-ZE", "IPC-HFW1230S", "IPC-HDBW2431E-S-S2", "NVR4108HS-4KS2", "XVR5108HS-X", "SD49225XA-HNR"];
    private static readonly string[] DahuaFirmware = ["2.800.0000016.0.R,build:2020-06-05", "2.622.0000000.31.R,build:2018-03-12", "2.840.0000000.8.R,build:2024-08-07"];

    private readonly Random _random = new(seed);
    private readonly Queue<(long Due, byte[] Line)> _later = new();
    private long _written;

    /// <summary>Hosts by kind, as generated (the ground truth).</summary>
    public Dictionary<string, long> Truth { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes at least <paramref name="records"/> banners (gzip when the path ends in .gz).</summary>
    /// <param name="ukOnly">Every host in the United Kingdom (as a Shodan search with <c>country:GB</c>).</param>
    public long Write(string path, long records, bool ukOnly)
    {
        using FileStream file = File.Create(path);
        using Stream output = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.Optimal) : file;
        using var buffered = new BufferedStream(output, 1 << 16);
        using var json = new Utf8JsonWriter(buffered, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var scratch = new MemoryStream();
        long host = 0;
        while (_written < records)
        {
            Host(host++, ukOnly, buffered, json, scratch);
        }

        while (_later.Count > 0)
        {
            Emit(buffered, _later.Dequeue().Line);
        }

        return _written;
    }

    private void Host(long index, bool ukOnly, Stream output, Utf8JsonWriter json, MemoryStream scratch)
    {
        string ip = Address(index);
        var place = Place(ukOnly);
        var network = UkNetworks[_random.Next(UkNetworks.Length)];
        double pick = _random.NextDouble();
        string kind = pick switch
        {
            < 0.50 => "hikvision",
            < 0.56 => "hikvision_oem",
            < 0.66 => "dahua",
            < 0.70 => "dahua_oem",
            < 0.74 => "other_chinese",
            < 0.79 => "other_maker",
            _ => "noise",
        };
        Truth[kind] = Truth.GetValueOrDefault(kind) + 1;
        var services = Services(kind);
        bool first = true;
        foreach (var service in services)
        {
            scratch.SetLength(0);
            json.Reset(scratch);
            Banner(json, ip, place, network, service);
            json.Flush();
            scratch.WriteByte((byte)'\n');
            byte[] line = scratch.ToArray();
            if (!first && _random.NextDouble() < 0.10)
            {
                _later.Enqueue((_written + _random.Next(2_000, 60_000), line)); // a later crawl of the same host, far from its first banner
            }
            else
            {
                Emit(output, line);
            }

            first = false;
        }

        while (_later.Count > 0 && _later.Peek().Due <= _written)
        {
            Emit(output, _later.Dequeue().Line);
        }
    }

    private void Emit(Stream output, byte[] line)
    {
        output.Write(line);
        _written++;
    }

    private static string Address(long index)
    {
        if (index % 20 == 19)
        {
            return string.Create(CultureInfo.InvariantCulture, $"2001:db8:{(index >> 16) & 0xFFFF:x}:{index & 0xFFFF:x}::1");
        }

        if (index < 131_072)
        {
            return string.Create(CultureInfo.InvariantCulture, $"198.{18 + (index >> 16)}.{(index >> 8) & 0xFF}.{index & 0xFF}");
        }

        long n = index - 131_072;
        return string.Create(CultureInfo.InvariantCulture, $"{240 + ((n >> 24) & 0xF)}.{(n >> 16) & 0xFF}.{(n >> 8) & 0xFF}.{n & 0xFF}");
    }

    private (string Code, string Name, string City, string Region, double Lat, double Lon) Place(bool ukOnly)
    {
        if (!ukOnly && _random.NextDouble() < 0.25)
        {
            var a = Abroad[_random.Next(Abroad.Length)];
            return (a.Code, a.Name, a.City, string.Empty, 48.0 + _random.NextDouble(), 2.0 + _random.NextDouble());
        }

        if (_random.NextDouble() < 0.02)
        {
            return ("GB", "United Kingdom", string.Empty, string.Empty, 54.0, -2.0); // geolocated to the country only
        }

        int total = UkCities.Sum(c => c.Weight), roll = _random.Next(total);
        foreach (var c in UkCities)
        {
            if ((roll -= c.Weight) < 0)
            {
                return ("GB", "United Kingdom", c.City, c.Region, c.Lat + ((_random.NextDouble() - 0.5) * 0.1), c.Lon + ((_random.NextDouble() - 0.5) * 0.1));
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private sealed record Service(int Port, string Data, string? Product = null, string? Title = null, string? Html = null, int? Favicon = null, string? Subject = null, string Module = "http");

    private List<Service> Services(string kind)
    {
        var list = new List<Service>();
        int extra = _random.NextDouble() < 0.4 ? _random.Next(1, 3) : 0;
        switch (kind)
        {
            case "hikvision":
            {
                bool recorder = _random.NextDouble() < 0.2;
                string model = recorder ? Pick(HikRecorders) : Pick(HikCameraModels);
                var (fw, build) = Pick(HikFirmware);
                double variant = _random.NextDouble();
                list.Add(variant switch
                {
                    < 0.45 => new Service(80, Http("200 OK", recorder ? "DNVRS-Webs" : "Hikvision-Webs"), "Hikvision IP Camera", null, LoginPage(), _random.NextDouble() < 0.5 ? 999357577 : null),
                    < 0.65 => new Service(80, Http("200 OK", "App-webs/"), null, "index", LoginPage()),
                    < 0.85 => new Service(80, Http("401 Unauthorized", "webserver", $"Digest realm=\"IP Camera({Serial(5)})\", nonce=\"{Hex(32)}\", stale=\"FALSE\"")),
                    _ => new Service(80, Http("200 OK", "App-webs/"), null, null, IsapiDeviceInfo(model, fw, build)),
                });
                if (extra > 0)
                {
                    list.Add(new Service(554, $"RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nWWW-Authenticate: Digest realm=\"{(_random.NextDouble() < 0.5 ? "Hikvision" : $"IP Camera({Serial(5)})")}\", nonce=\"{Hex(32)}\", stale=\"FALSE\"\r\nDate: Mon, 03 Oct 2022 10:00:00 GMT\r\n\r\n", Module: "rtsp-tcp"));
                }

                if (extra > 1)
                {
                    list.Add(new Service(443, Http("200 OK", "Hikvision-Webs"), null, null, null, null, "CN=www.hikvision.com, OU=DVRNVR, O=HIKVISION, L=HangZhou, ST=ZheJiang, C=CN", "https"));
                }

                break;
            }

            case "hikvision_oem":
                list.Add(_random.NextDouble() < 0.5
                    ? new Service(80, Http("200 OK", "Interlogix-Webs"), null, "TruVision", LoginPage())
                    : new Service(80, Http("200 OK", "MWS 0.01"), null, "Annke NVR"));
                break;

            case "dahua":
            {
                string model = Pick(DahuaModels);
                double variant = _random.NextDouble();
                list.Add(variant switch
                {
                    < 0.40 => new Service(80, Http("200 OK", null), null, "WEB SERVICE", "<html><head><title>WEB SERVICE</title></head><body><p>Please install plugins first</p></body></html>"),
                    < 0.80 => new Service(80, Http("401 Unauthorized", null, $"Digest realm=\"Login to {Serial(15)}\",qop=\"auth\",nonce=\"{Hex(12)}\",opaque=\"\",stale=\"false\"")),
                    _ => new Service(80, Http("200 OK", null), null, null, $"deviceType={model}\r\nhardwareVersion=1.00\r\nprocessor=S2L55M\r\nserialNumber={Serial(15)}\r\nupdateSerial={model}\r\nversion={Pick(DahuaFirmware)}\r\n"),
                });
                if (extra > 0)
                {
                    list.Add(new Service(554, "RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nWWW-Authenticate: Basic realm=\"device\"\r\nServer: Dahua Rtsp Server\r\n\r\n", Module: "rtsp-tcp"));
                }

                if (extra > 1)
                {
                    list.Add(new Service(37777, string.Empty, null, Module: "dahua-dvr"));
                }

                break;
            }

            case "dahua_oem":
                list.Add(_random.NextDouble() < 0.5
                    ? new Service(80, Http("200 OK", null), null, null, "deviceType=IP4M-1041B\r\nhardwareVersion=1.00\r\nprocessor=SSC327DE\r\nupdateSerial=IPC-AW46WN-S2\r\n")
                    : new Service(80, Http("401 Unauthorized", null, $"Digest realm=\"Login to ND0{Serial(11)}\", nonce=\"{Hex(32)}\"")));
                break;

            case "other_chinese":
                list.Add(_random.NextDouble() < 0.6
                    ? new Service(80, Http("200 OK", "NETSurveillance WEB"), null, "NETSurveillance WEB")
                    : new Service(80, Http("200 OK", "nginx"), "Uniview IPC322LR3-VSPF28-D", "Uniview IPC322LR3-VSPF28-D"));
                break;

            case "other_maker":
                list.Add(_random.Next(3) switch
                {
                    0 => new Service(80, Http("200 OK", "Apache/2.4.41"), "Axis P3245-LVE Network Camera", "AXIS P3245-LVE Network Camera"),
                    1 => new Service(80, Http("200 OK", "VCS-VIDOS-NVR")),
                    _ => new Service(80, Http("200 OK", "nginx"), null, "Hanwha XNV-6080R"),
                });
                break;

            default:
                list.Add(_random.Next(5) switch
                {
                    0 => new Service(80, Http("200 OK", "nginx/1.18.0 (Ubuntu)"), "nginx", "Welcome to nginx!", "<html><head><title>Welcome to nginx!</title></head><body>" + new string('x', 600) + "</body></html>"),
                    1 => new Service(22, "SSH-2.0-OpenSSH_8.4p1 Debian-5+deb11u1\r\nKey type: ssh-rsa\r\nKey: " + Hex(300) + "\r\n", "OpenSSH", Module: "ssh"),
                    2 => new Service(443, Http("200 OK", "Microsoft-IIS/10.0"), "Microsoft IIS httpd", "IIS Windows Server", null, null, "CN=mail.example.test", "https"),
                    3 => new Service(8291, "\u0013\u0002index\u0000", "MikroTik RouterOS API", Module: "mikrotik"),
                    _ => new Service(21, "220 (vsFTPd 3.0.3)\r\n", "vsftpd", Module: "ftp"),
                });
                break;
        }

        return list;
    }

    private void Banner(Utf8JsonWriter json, string ip, (string Code, string Name, string City, string Region, double Lat, double Lon) place, (string Org, string Isp, int Asn) network, Service s)
    {
        json.WriteStartObject();
        json.WriteNumber("hash", _random.Next());
        json.WriteString("ip_str", ip);
        if (!ip.Contains(':', StringComparison.Ordinal))
        {
            uint n = BitConverter.ToUInt32([.. System.Net.IPAddress.Parse(ip).GetAddressBytes().Reverse()]);
            json.WriteNumber("ip", n);
        }

        json.WriteNumber("port", s.Port);
        json.WriteString("transport", "tcp");
        if (s.Product is not null)
        {
            json.WriteString("product", s.Product);
        }

        json.WriteString("org", network.Org);
        json.WriteString("isp", network.Isp);
        json.WriteString("asn", string.Create(CultureInfo.InvariantCulture, $"AS{network.Asn}"));
        json.WriteStartArray("hostnames");
        if (_random.NextDouble() < 0.3)
        {
            json.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"host-{_random.Next(1_000_000)}.example.net"));
        }

        json.WriteEndArray();
        json.WriteStartArray("domains");
        json.WriteEndArray();
        json.WriteString("timestamp", string.Create(CultureInfo.InvariantCulture, $"2022-{_random.Next(1, 13):D2}-{_random.Next(1, 29):D2}T{_random.Next(24):D2}:{_random.Next(60):D2}:{_random.Next(60):D2}.{_random.Next(1_000_000):D6}"));
        json.WriteString("data", s.Data);
        json.WriteStartObject("location");
        json.WriteString("city", place.City.Length == 0 ? null : place.City);
        json.WriteString("region_code", place.Region);
        json.WriteNull("postal_code");
        json.WriteString("country_code", place.Code);
        json.WriteString("country_name", place.Name);
        json.WriteNumber("latitude", Math.Round(place.Lat, 4));
        json.WriteNumber("longitude", Math.Round(place.Lon, 4));
        json.WriteEndObject();
        if (s.Module is "http" or "https")
        {
            json.WriteStartObject("http");
            json.WriteString("status", "200");
            json.WriteString("title", s.Title);
            json.WriteString("html", s.Html ?? string.Empty);
            json.WriteNumber("html_hash", _random.Next());
            json.WriteString("robots", (string?)null);
            if (s.Favicon is { } favicon)
            {
                json.WriteStartObject("favicon");
                json.WriteNumber("hash", favicon);
                json.WriteString("location", "/favicon.ico");
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        if (s.Subject is not null)
        {
            json.WriteStartObject("ssl");
            json.WriteStartObject("cert");
            json.WriteStartObject("subject");
            foreach (string part in s.Subject.Split(", "))
            {
                string[] kv = part.Split('=', 2);
                json.WriteString(kv[0], kv[1]);
            }

            json.WriteEndObject();
            json.WriteString("serial", Hex(16));
            json.WriteEndObject();
            json.WriteStartArray("versions");
            json.WriteStringValue("TLSv1.2");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteStartObject("_shodan");
        json.WriteString("id", Hex(32));
        json.WriteString("module", s.Module);
        json.WriteString("crawler", Hex(40));
        json.WriteEndObject();
        json.WriteStartObject("opts");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private string Http(string status, string? server, string? authenticate = null)
    {
        var b = new StringBuilder();
        b.Append("HTTP/1.1 ").Append(status).Append("\r\n");
        if (server is not null)
        {
            b.Append("Server: ").Append(server).Append("\r\n");
        }

        if (authenticate is not null)
        {
            b.Append("WWW-Authenticate: ").Append(authenticate).Append("\r\n");
        }

        b.Append("Date: Mon, 03 Oct 2022 10:00:00 GMT\r\nContent-Type: text/html\r\nContent-Length: ").Append(_random.Next(200, 5000).ToString(CultureInfo.InvariantCulture))
            .Append("\r\nConnection: close\r\nX-Frame-Options: SAMEORIGIN\r\nCache-Control: no-cache\r\n\r\n");
        return b.ToString();
    }

    private static string LoginPage() =>
        "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Pragma\" content=\"no-cache\"><title></title><script>var szLanguage = '';" +
        "window.location.href = \"/doc/page/login.asp?_\" + (new Date()).getTime();</script></head><body></body></html>";

    private static string IsapiDeviceInfo(string model, string firmware, string build) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeviceInfo version=\"2.0\" xmlns=\"http://www.hikvision.com/ver20/XMLSchema\">\n<deviceName>IP CAMERA</deviceName>\n" +
        $"<model>{model}</model>\n<firmwareVersion>{firmware}</firmwareVersion>\n<firmwareReleasedDate>{build}</firmwareReleasedDate>\n<deviceType>IPCamera</deviceType>\n</DeviceInfo>\n";

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private string Serial(int length)
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        return string.Create(length, _random, (span, random) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        });
    }

    private string Hex(int length) => string.Create(length, _random, (span, random) =>
    {
        for (int i = 0; i < span.Length; i++)
        {
            span[i] = "0123456789abcdef"[random.Next(16)];
        }
    });
}
