using System.Text;
using System.Text.Json;
using Sightline.Core.Exposure;
using Sightline.Imports.Exposure;
using Sightline.Testing;

namespace Sightline.Imports.Tests.Exposure;

/// <summary>The Shodan reader shares repeated texts and splits banners from a buffer; these tests hold it to what a plain reading
/// gives: every value as <see cref="JsonDocument"/> reads it, and banners split by <see cref="BannerParser.Apply"/>.</summary>
public sealed class ShodanReaderTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-shodan");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly string[] Lines =
    [
        """{"ip_str":"192.0.2.1","ip":3221225985,"port":80,"transport":"tcp","product":"Hikvision IP Camera","data":"HTTP/1.1 401 Unauthorized\r\nServer: App-webs/\r\nWWW-Authenticate: Digest realm=\"DS-2CD2142FWD-I\", nonce=\"abc\"\r\nWWW-Authenticate: Basic realm=\"x\"\r\n\r\n<html><title>Hik &amp; co</title></html>","location":{"city":"Leeds","country_code":"gb","country_name":"United Kingdom"},"org":"Zen","isp":"Zen Ltd","asn":"5089","timestamp":"2022-01-01T00:00:00"}""",
        // The same texts again (shared strings), with http.* fields that win over the banner's.
        """{"ip_str":"192.0.2.2","port":80,"transport":"tcp","product":"Hikvision IP Camera","data":"HTTP/1.1 200 OK\r\nServer: App-webs/\r\n\r\n<html><title>from banner</title></html>","http":{"server":"nginx","title":"from http","html":"<p>page</p>"},"location":{"city":"Leeds","country_code":"GB"},"asn":"AS5089"}""",
        // http.html without a title: the title comes from that page, not from the banner's body.
        """{"ip_str":"192.0.2.3","port":8080,"data":"HTTP/1.0 200 OK\nServer:  Boa/0.94.14rc21 \n\nbody","http":{"html":"<TITLE>WEB SERVICE</TITLE>"}}""",
        // RTSP, another protocol, a blank banner, escapes of every kind and non-ASCII text.
        """{"ip_str":"192.0.2.4","port":554,"data":"RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\nServer: Dahua Rtsp Server/2.0\r\nWWW-Authenticate: Digest realm=\"Login to 4L0C2F2PAZ9A1B2\"\r\n\r\n"}""",
        """{"ip_str":"192.0.2.5","port":23,"data":"\u001b[0mDVR login:\t\u00e9\ud83d\ude00 \\ \/ \"q\""}""",
        """{"ip_str":"192.0.2.6","port":21,"data":"   \r\n\t "}""",
        """{"ip_str":"192.0.2.7","port":80,"data":"http/1.1 200 OK\r\nserver : caf\u00e9-server\r\nNoColonLine\r\n:empty name\r\n\r\n"}""",
        // Addresses: a number only, a non-canonical dotted quad, IPv6 upper case.
        """{"ip":3221225992,"port":80,"product":"x"}""",
        """{"ip_str":" 192.0.2.9 ","port":80}""",
        """{"ip_str":"2001:DB8::A","port":443,"ssl":{"cert":{"subject":{"CN":"cam.example","O":"ACME"}}},"product":"p","version":"1.2","http":{"favicon":{"hash":-1234}}}""",
        """{"ip":"3221225994","port":81,"data":null,"product":null,"http":{"title":null}}""",
    ];

    [Fact]
    public void Every_record_is_what_a_plain_reading_gives()
    {
        string path = Path.Combine(_directory, "s.json");
        File.WriteAllText(path, string.Join('\n', Lines) + "\n", new UTF8Encoding(false));

        var records = new List<ScanRecord>();
        ScanReadReport report = ScanFileReader.Read(path, ScanFormat.Shodan, 0, records.Add, TestContext.Current.CancellationToken);

        Assert.True(report.Clean, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(Lines.Length, records.Count);
        for (int i = 0; i < Lines.Length; i++)
        {
            ScanRecord expected = Plain(Lines[i]);
            expected.Line = i + 1;
            Assert.Equivalent(expected, records[i], strict: true);
        }
    }

    [Fact]
    public void Values_that_repeat_share_one_string_and_unique_ones_do_not()
    {
        string path = Path.Combine(_directory, "s.json");
        File.WriteAllText(path, string.Join('\n', Lines[0], Lines[1], Lines[0].Replace("192.0.2.1", "192.0.2.99", StringComparison.Ordinal)) + "\n", new UTF8Encoding(false));

        var records = new List<ScanRecord>();
        _ = ScanFileReader.Read(path, ScanFormat.Shodan, 0, records.Add, TestContext.Current.CancellationToken);

        Assert.Same(records[0].Product, records[1].Product);
        Assert.Same(records[0].City, records[2].City);
        Assert.Same(records[0].HttpBody, records[2].HttpBody);
        Assert.Same(records[0].HtmlTitle, records[2].HtmlTitle);
        Assert.Same(records[0].Asn, records[1].Asn); // "5089" and "AS5089" are one network
        Assert.NotSame(records[0].Ip, records[2].Ip);
    }

    [Fact]
    public void A_banner_longer_than_the_buffer_and_values_over_the_limits_are_read_and_cut_as_before()
    {
        string body = new('b', 70_000);
        string product = new('p', ScanRecord.MaxFieldLength + 10);
        string city = new('c', 250);
        string line = $$$"""{"ip_str":"192.0.2.20","port":80,"product":"{{{product}}}","data":"HTTP/1.1 200 OK\r\nServer: big\r\n\r\n{{{body}}}","location":{"city":"{{{city}}}"}}""";
        string path = Path.Combine(_directory, "s.json");
        File.WriteAllText(path, line + "\n", new UTF8Encoding(false));

        var records = new List<ScanRecord>();
        ScanReadReport report = ScanFileReader.Read(path, ScanFormat.Shodan, 0, records.Add, TestContext.Current.CancellationToken);

        ScanRecord r = Assert.Single(records);
        Assert.Equal(("big", ScanRecord.MaxFieldLength, 200), (r.HttpServer, r.Product!.Length, r.City!.Length));
        Assert.Equal(ScanRecord.MaxFieldLength - "HTTP/1.1 200 OK\r\nServer: big\r\n\r\n".Length, r.HttpBody!.Length);
        Assert.Equal(3, report.TruncatedFields); // the banner, the product and the city
    }

    [Theory]
    [InlineData("192.0.2.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("10.0.10.100", true)]
    [InlineData("01.2.3.4", false)]
    [InlineData("1.2.3.256", false)]
    [InlineData("1.2.3", false)]
    [InlineData("1.2.3.4.", false)]
    [InlineData("1..3.4", false)]
    [InlineData(" 1.2.3.4", false)]
    [InlineData("1.2.3.4000", false)]
    [InlineData("::1", false)]
    public void Canonical_dotted_quads_are_told_from_the_rest(string text, bool canonical)
    {
        Assert.Equal(canonical, ScanReadContext.IsCanonicalIPv4(text));
        if (canonical)
        {
            Assert.Equal(System.Net.IPAddress.Parse(text).ToString(), text);
        }
    }

    /// <summary>The record as the reader built it before texts were shared: every value through <see cref="JsonDocument"/>, the
    /// banner kept whole and split by <see cref="BannerParser.Apply"/>.</summary>
    private static ScanRecord Plain(string line)
    {
        using var document = JsonDocument.Parse(line);
        JsonElement root = document.RootElement;
        string? Text(JsonElement element, params string[] path)
        {
            foreach (string name in path)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                {
                    return null;
                }
            }

            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
                _ => null,
            };
        }

        string? ipText = Text(root, "ip_str");
        string ip = ipText is not null
            ? System.Net.IPAddress.Parse(ipText.Trim()).ToString()
            : new System.Net.IPAddress(BitConverter.GetBytes(uint.Parse(Text(root, "ip")!, System.Globalization.CultureInfo.InvariantCulture)).Reverse().ToArray()).ToString();
        string? subject = root.TryGetProperty("ssl", out JsonElement ssl)
            ? string.Join(", ", ssl.GetProperty("cert").GetProperty("subject").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}"))
            : null;
        string? product = Text(root, "product");
        if (product is not null && Text(root, "version") is { } version)
        {
            product += " " + version;
        }

        string? asn = Text(root, "asn");
        var record = new ScanRecord
        {
            Ip = ip,
            Port = root.TryGetProperty("port", out JsonElement port) ? port.GetInt32() : null,
            Transport = Text(root, "transport"),
            Line = 0,
            Product = product,
            Banner = Text(root, "data"),
            HttpServer = Text(root, "http", "server"),
            HtmlTitle = Text(root, "http", "title"),
            HttpBody = Text(root, "http", "html"),
            FaviconMmh3 = Text(root, "http", "favicon", "hash"),
            TlsSubject = subject,
            City = Text(root, "location", "city"),
            CountryCode = Text(root, "location", "country_code")?.ToUpperInvariant(),
            CountryName = Text(root, "location", "country_name"),
            Org = Text(root, "org"),
            Isp = Text(root, "isp"),
            Asn = asn is null ? null : "AS" + asn.Replace("AS", "", StringComparison.Ordinal),
            Timestamp = Text(root, "timestamp"),
        };
        BannerParser.Apply(record);
        return record;
    }
}
