using System.IO.Compression;
using System.Text;
using Sightline.Core.Exposure;
using Sightline.Imports.Exposure;
using Sightline.Testing;

namespace Sightline.Imports.Tests.Exposure;

public sealed class ScanFileReaderTests : IDisposable
{
    private const string HikLine = """{"ip_str":"192.0.2.10","port":80,"transport":"tcp","product":"Hikvision IP Camera","data":"HTTP/1.1 200 OK\r\nServer: Hikvision-Webs\r\n\r\n","http":{"title":"index","html":"<html></html>","favicon":{"hash":999357577}},"ssl":{"cert":{"subject":{"CN":"www.hikvision.com","O":"HIKVISION"}}},"location":{"city":"London","country_code":"gb","country_name":"United Kingdom"},"org":"BT","isp":"British Telecommunications PLC","asn":"AS2856","hostnames":["a.example","b.example"],"timestamp":"2022-10-01T10:00:00.000000"}""";

    private readonly string _directory = TestPaths.NewTempDirectory("sightline-scan");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string WriteGzip(string name, string text, int? cutTo = null)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        byte[] bytes = buffer.ToArray();
        string path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, cutTo is { } n ? bytes[..n] : bytes);
        return path;
    }

    private static (ScanReadReport Report, List<ScanRecord> Records) Read(string path, ScanFormat? format = null)
    {
        var records = new List<ScanRecord>();
        ScanReadReport report = ScanFileReader.Read(path, format, 0, records.Add, TestContext.Current.CancellationToken);
        return (report, records);
    }

    [Fact]
    public void Shodan_banners_give_every_field_identification_and_grouping_need()
    {
        var (report, records) = Read(Write("s.json", HikLine + "\n"));

        ScanRecord r = Assert.Single(records);
        Assert.True(report.Clean);
        Assert.Equal(("192.0.2.10", 80, "tcp", "Hikvision IP Camera", "Hikvision-Webs", "index"), (r.Ip, r.Port!.Value, r.Transport, r.Product, r.HttpServer, r.HtmlTitle));
        Assert.Equal(("999357577", "CN=www.hikvision.com, O=HIKVISION", "<html></html>"), (r.FaviconMmh3, r.TlsSubject, r.HttpBody));
        Assert.Equal(("London", "GB", "United Kingdom", "BT", "AS2856", "a.example,b.example"), (r.City, r.CountryCode, r.CountryName, r.Org, r.Asn, r.Hostnames));
    }

    [Fact]
    public void Invalid_json_lines_are_skipped_and_reported_by_line_number()
    {
        string text = string.Join('\n', HikLine, "{\"ip_str\": \"192.0.2.11\", \"port\": ", "", "[1,2]", "{\"port\": 80}", "{\"ip_str\":\"not-an-ip\"}", HikLine.Replace("192.0.2.10", "2001:db8::1", StringComparison.Ordinal));

        var (report, records) = Read(Write("bad.json", text), ScanFormat.Shodan);

        Assert.Equal(["192.0.2.10", "2001:db8::1"], records.Select(r => r.Ip));
        Assert.Equal(4, report.Skipped);
        Assert.Equal([2, 4, 5, 6], report.Problems.Select(p => p.Line!.Value));
        Assert.StartsWith("bad.json:2: invalid JSON", report.Problems[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("not a JSON object", report.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("no ip_str", report.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("'not-an-ip' is not an IP address", report.Problems[3].Message, StringComparison.Ordinal);
        Assert.Null(report.Fatal);
    }

    [Fact]
    public void A_line_over_one_mebibyte_is_skipped_without_stopping_and_long_fields_are_cut_and_counted()
    {
        string huge = "{\"ip_str\":\"192.0.2.1\",\"data\":\"" + new string('a', 1_100_000) + "\"}";
        string wide = "{\"ip_str\":\"192.0.2.2\",\"http\":{\"html\":\"" + new string('b', 100_000) + "\"}}";

        var (report, records) = Read(Write("big.json", string.Join('\n', HikLine, huge, wide, HikLine.Replace("192.0.2.10", "192.0.2.3", StringComparison.Ordinal))));

        Assert.Equal(["192.0.2.10", "192.0.2.2", "192.0.2.3"], records.Select(r => r.Ip));
        Assert.Equal(2, Assert.Single(report.Problems).Line);
        Assert.Contains("longer than 1 MiB", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, report.TruncatedFields);
        Assert.Equal(ScanRecord.MaxFieldLength, records[1].HttpBody!.Length);
    }

    [Fact]
    public void Gzip_files_are_read_and_a_truncated_one_stops_with_a_clear_error()
    {
        string text = string.Concat(Enumerable.Range(0, 5_000).Select(i => HikLine.Replace("192.0.2.10", $"198.18.{i / 256}.{i % 256}", StringComparison.Ordinal) + "\n"));
        string whole = WriteGzip("whole.json.gz", text);
        int size = (int)new FileInfo(whole).Length;
        string cut = WriteGzip("cut.json.gz", text, cutTo: size / 2);

        var (wholeReport, wholeRecords) = Read(whole);
        var (cutReport, cutRecords) = Read(cut);

        Assert.Equal((5_000, true), (wholeRecords.Count, wholeReport.Clean));
        Assert.Equal(ScanFormat.Shodan, cutReport.Format);
        Assert.NotNull(cutReport.Fatal);
        Assert.Contains("gzip data ends early", cutReport.Fatal.Message, StringComparison.Ordinal);
        Assert.InRange(cutRecords.Count, 1, 4_999);
    }

    [Fact]
    public void An_empty_file_and_a_file_of_the_wrong_format_are_problems_not_crashes()
    {
        var (empty, none) = Read(Write("empty.json", string.Empty), ScanFormat.Shodan);
        var (wrong, nothing) = Read(Write("scan.json", "<nmaprun><host></host></nmaprun>\n<x/>\n"), ScanFormat.Shodan);
        var (unknown, _) = Read(Write("mystery.txt", "hello world\n"));

        Assert.Empty(none);
        Assert.Contains("empty", Assert.Single(empty.Problems).Message, StringComparison.Ordinal);
        Assert.Empty(nothing);
        Assert.Contains("is this really shodan data", wrong.Fatal!.Message, StringComparison.Ordinal);
        Assert.Contains("cannot tell the format", unknown.Fatal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Censys_hosts_give_one_record_per_service_with_the_host_fields()
    {
        string line = """
            {"ip":"192.0.2.20","location":{"city":"Leeds","country":"United Kingdom","country_code":"GB"},"autonomous_system":{"asn":5089,"name":"VIRGIN-MEDIA"},"services":[{"port":80,"service_name":"HTTP","transport_protocol":"TCP","http":{"response":{"headers":{"Server":["App-webs/"],"WWW_Authenticate":["Digest realm=\"IP Camera(J2914)\""]},"html_title":"Login"}},"software":[{"vendor":"Hikvision","product":"IP Camera"}]},{"port":443,"tls":{"certificates":{"leaf_data":{"subject_dn":"C=CN, O=HIKVISION, CN=www.hikvision.com"}}}}]}
            """.ReplaceLineEndings(string.Empty);

        var (report, records) = Read(Write("censys.json", line + "\n"));

        Assert.True(report.Clean, string.Join("; ", report.Problems));
        Assert.Equal(ScanFormat.Censys, report.Format);
        Assert.Equal([80, 443], records.Select(r => r.Port!.Value));
        Assert.All(records, r => Assert.Equal(("192.0.2.20", "Leeds", "GB", "AS5089", "VIRGIN-MEDIA"), (r.Ip, r.City, r.CountryCode, r.Asn, r.Org)));
        Assert.Equal(("App-webs/", "Digest realm=\"IP Camera(J2914)\"", "Login", "Hikvision IP Camera", "tcp"), (records[0].HttpServer, records[0].WwwAuthenticate, records[0].HtmlTitle, records[0].Product, records[0].Transport));
        Assert.Equal("C=CN, O=HIKVISION, CN=www.hikvision.com", records[1].TlsSubject);
    }

    [Fact]
    public void Masscan_output_with_separators_and_the_finished_line_reads_every_open_port()
    {
        string text = """
            [
            {   "ip": "192.0.2.30",   "timestamp": "1664791200", "ports": [ {"port": 80, "proto": "tcp", "service": {"name": "http", "banner": "HTTP/1.0 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"Login to 2J01018PAA00813\"\r\n\r\n"} } ] }
            ,
            {   "ip": "192.0.2.30",   "timestamp": "1664791201", "ports": [ {"port": 554, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 54} ] },
            {   "ip": "192.0.2.31",   "timestamp": "1664791202", "ports": [ {"port": 80, "proto": "tcp", "service": {"name": "title", "banner": "WEB SERVICE"} } ] },
            {finished: 1}
            ]
            """;

        var (report, records) = Read(Write("masscan.json", text));

        Assert.True(report.Clean, string.Join("; ", report.Problems));
        Assert.Equal(ScanFormat.Masscan, report.Format);
        Assert.Equal([("192.0.2.30", 80), ("192.0.2.30", 554), ("192.0.2.31", 80)], records.Select(r => (r.Ip, r.Port!.Value)));
        Assert.Equal("Digest realm=\"Login to 2J01018PAA00813\"", records[0].WwwAuthenticate);
        Assert.Equal("WEB SERVICE", records[2].HtmlTitle);
    }

    [Fact]
    public void Banner_lists_read_escapes_and_ipv6_and_skip_malformed_lines()
    {
        string text = "# comment\n192.0.2.40:554\tRTSP/1.0 200 OK\\r\\nServer: Dahua Rtsp Server\\r\\n\\r\\n\n[2001:db8::5]:23\t192.0.0.64 login: \nnot an endpoint\tbanner\n192.0.2.41:99999\tx\n";

        var (report, records) = Read(Write("banners.txt", text));

        Assert.Equal(ScanFormat.Banners, report.Format);
        Assert.Equal([("192.0.2.40", 554), ("2001:db8::5", 23)], records.Select(r => (r.Ip, r.Port!.Value)));
        Assert.Equal("Dahua Rtsp Server", records[0].RtspServer);
        Assert.Equal("192.0.0.64 login: ", records[1].OtherBanner);
        Assert.Equal([4, 5], report.Problems.Select(p => p.Line!.Value));
    }
}

public sealed class ScanFileReaderSplitTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-split");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A Shodan file with a byte-order mark, CRLF line ends, blank lines, invalid JSON and records without an address
    /// scattered through it, and one host's services far apart.</summary>
    private string File()
    {
        var text = new StringBuilder("\uFEFF");
        for (int i = 0; i < 400; i++)
        {
            string line = (i % 53) switch
            {
                7 => "{\"ip_str\": \"192.0.2.1\", \"port\": ",
                19 => string.Empty,
                31 => "{\"port\": 80}",
                _ => $$$"""{"ip_str":"198.51.100.{{{i % 61}}}","port":{{{80 + (i % 4)}}},"data":"HTTP/1.1 401 Unauthorized\r\nServer: App-webs/\r\nWWW-Authenticate: Digest realm=\"IP Camera({{{i}}})\"\r\n\r\n","http":{"title":"t{{{i % 9}}}"},"location":{"city":"Hull"}}""",
            };
            text.Append(line).Append(i % 3 == 0 ? "\r\n" : "\n");
        }

        string path = Path.Combine(_directory, "split.json");
        System.IO.File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void A_file_read_in_parts_gives_the_report_and_hosts_of_one_read(int parts)
    {
        string path = File();
        CancellationToken token = TestContext.Current.CancellationToken;
        using var one = new HostGrouper(expectedRecords: 400, memoryRecords: 40);
        var records = new List<ScanRecord>();
        ScanReadReport expected = ScanFileReader.Read(path, ScanFormat.Shodan, 0, r =>
        {
            records.Add(r);
            one.Add(r);
        }, token);
        using var split = new HostGrouper(expectedRecords: 400, memoryRecords: 40);

        ScanReadReport report = ScanFileReader.ReadSplit(path, ScanFormat.Shodan, 0, split, parts, null, token);

        Assert.Equal((expected.Lines, expected.Records, expected.Skipped, expected.ProblemCount), (report.Lines, report.Records, report.Skipped, report.ProblemCount));
        Assert.Equal((400L, 377L, 15L), (report.Lines, report.Records, report.Skipped)); // 8 cut lines, 7 without an address; 8 blank lines ignored
        Assert.Equal(expected.Problems.Select(p => (p.Line, p.Message)), report.Problems.Select(p => (p.Line, p.Message)));
        Assert.Equal(8, report.Problems[0].Line);
        static List<string> Hosts(HostGrouper g) => [.. g.Hosts().Select(h => string.Join(' ', h.Select(r => $"{r.Ip}:{r.Port}@{r.Line}/{r.WwwAuthenticate}/{r.HtmlTitle}")))];
        List<string> hosts = Hosts(split);
        Assert.Equal(Hosts(one), hosts);
        Assert.Equal(61, hosts.Count);
    }

    [Fact]
    public void Only_large_uncompressed_json_lines_files_are_read_in_parts()
    {
        string small = Path.Combine(_directory, "small.json");
        System.IO.File.WriteAllText(small, "{\"ip_str\":\"192.0.2.1\",\"port\":80}\n");
        string large = Path.Combine(_directory, "large.json");
        using (FileStream stream = System.IO.File.Create(large))
        {
            stream.SetLength(3 * ScanFileReader.SplitBytes); // sparse: no disk used
        }

        Assert.Equal(1, ScanFileReader.Parts(small, ScanFormat.Shodan));
        Assert.Equal(1, ScanFileReader.Parts(large, ScanFormat.Nmap));
        Assert.Equal(1, ScanFileReader.Parts(large, ScanFormat.Masscan));
        Assert.Equal(Math.Min(Environment.ProcessorCount, 3), ScanFileReader.Parts(large, ScanFormat.Censys));
    }
}
