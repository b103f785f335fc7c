using System.Text;
using System.Text.Json;
using Sightline.Core.Exposure;
using Sightline.Imports.Exposure;
using Sightline.Testing;

namespace Sightline.Imports.Tests.Exposure;

/// <summary>The Shodan reader's fast path must hand the visitor exactly what the general walker does, or give the line back
/// to the walker.</summary>
public sealed class ShodanFastPathTests : IDisposable
{
    private const string HikLine = """{"ip_str":"192.0.2.10","port":80,"transport":"tcp","product":"Hikvision IP Camera","data":"HTTP/1.1 200 OK\r\nServer: Hikvision-Webs\r\n\r\n","http":{"title":"index","html":"<html></html>","favicon":{"hash":999357577,"data":"x"},"robots":null},"ssl":{"cert":{"subject":{"CN":"www.hikvision.com","O":"HIKVISION"},"issuer":{"CN":"x"}},"versions":["TLSv1.2"]},"location":{"city":"London","country_code":"gb","country_name":"United Kingdom","latitude":1.5},"org":"BT","isp":"British Telecommunications PLC","asn":"AS2856","hostnames":["a.example","b.example"],"domains":[],"timestamp":"2022-10-01T10:00:00.000000","_shodan":{"id":"x","module":"http","options":{"a":[1,2,{"b":"c"}]}},"opts":{}}""";

    private readonly string _directory = TestPaths.NewTempDirectory("sightline-shodan-fast");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string> Lines() =>
    [
        HikLine,
        """{"ip_str":"192.0.2.1"}""",
        """{"ip_str":"192.0.2.1","data":"caf\u00e9 \"quoted\" \\ \r\n","product":"\u0048ikvision","http":{"title":"\u00e9t\u00e9"}}""",
        """{"ip":3323068417,"asn":15169,"port":"80","transport":true,"version":false}""",
        """{"ip_str":"192.0.2.1","ip_str":"192.0.2.2","port":80,"port":81,"product":"a","product":null}""",
        """{"ip_str":"192.0.2.1","product":{"x":"y"},"port":[80],"http":[{"title":"x"}],"hostnames":"a.example","location":"here","ssl":null}""",
        """{"ip_str":"192.0.2.1","hostnames":[["x"],{"y":"z"},null,"ok",7]}""",
        """{"ip_str":"192.0.2.1","http":{"title":null,"server":"S","favicon":17,"html":{"a":1}},"location":{"city":null,"country_code":"fr"}}""",
        """{"ip_str":"192.0.2.1","ssl":{"cert":{"subject":"CN=x"}},"ssl":{"cert":[{"subject":{"CN":"y"}}]}}""",
        """{"ip_str":"192.0.2.1","ssl":{"cert":{"subject":{"":"empty","CN":7,"O":null}}}}""",
        // lines the fast path gives back to the walker
        """{"ip\u005fstr":"192.0.2.1","port":80}""",
        """{"ip_str":"192.0.2.1","http.title":"dotted"}""",
        """{"ip_str":"192.0.2.1","ssl":{"cert":{"subject":{"CN":["a","b"]}}}}""",
        """{"ip_str":"192.0.2.1","hostnames[]":"x"}""",
        "{\"" + new string('k', 200) + "\":1,\"ip_str\":\"192.0.2.1\"}",
        """{"ip_str":"192.0.2.1","port":""",
        """{"ip_str":"192.0.2.1"} trailing""",
        """{"ip_str":"192.0.2.1",}""",
        """[{"ip_str":"192.0.2.1"}]""",
        "{\"ip_str\":\"192.0.2.1\",\"_shodan\":" + new string('[', 70) + new string(']', 70) + "}",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_fast_path_gives_the_walkers_values_or_gives_the_line_back(string line)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        var walked = new Recorder();
        Exception? walkerError = null;
        try
        {
            new JsonWalker().Walk(bytes, walked);
        }
        catch (JsonException ex)
        {
            walkerError = ex;
        }

        var fast = new Recorder();
        bool done;
        try
        {
            done = ShodanReader.FastWalk(bytes, fast);
        }
        catch (JsonException)
        {
            done = false;
        }

        if (done)
        {
            Assert.Null(walkerError);
            Assert.Equal(walked.Values.Where(v => Read(v.Path)), fast.Values);
        }
    }

    [Fact]
    public void Typical_shodan_lines_take_the_fast_path()
    {
        var recorder = new Recorder();
        Assert.True(ShodanReader.FastWalk(Encoding.UTF8.GetBytes(HikLine), recorder));
        Assert.Contains(("ssl.cert.subject.O", "String:HIKVISION"), recorder.Values);
        Assert.Contains(("http.favicon.hash", "Number:999357577"), recorder.Values);
        Assert.DoesNotContain(recorder.Values, v => v.Path.StartsWith("_shodan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_of_tricky_lines_gives_the_same_records_and_problems_as_walking_every_line()
    {
        string[] lines = [.. Lines().Select(row => (string)row.Data), "{\"ip_str\":\"192.0.2.9\",\"data\":\"" + new string('x', ScanRecord.MaxFieldLength + 10) + "\"}", "not json", "{\"ip_str\":\"nope\"}"];
        string path = Path.Combine(_directory, "tricky.json");
        File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false));

        var records = new List<ScanRecord>();
        ScanReadReport report = ScanFileReader.Read(path, ScanFormat.Shodan, 0, records.Add, TestContext.Current.CancellationToken);

        // The expected records, built line by line through the general walker alone.
        var expected = new List<ScanRecord>();
        var expectedReport = new ScanReadReport("tricky.json", ScanFormat.Shodan);
        var context = new ScanReadContext(0, expected.Add, expectedReport, TestContext.Current.CancellationToken);
        new WalkerOnlyReader().Read(new MemoryStream(File.ReadAllBytes(path)), context);

        Assert.Equal(expected.Count, records.Count);
        Assert.Equal(expectedReport.Skipped, report.Skipped);
        Assert.Equal(expectedReport.TruncatedFields, report.TruncatedFields);
        Assert.Equal(expectedReport.Problems.Select(p => p.ToString()), report.Problems.Select(p => p.ToString()));
        Assert.Contains(report.Problems, p => p.ToString().Contains("invalid JSON", StringComparison.Ordinal));
        for (int i = 0; i < records.Count; i++)
        {
            Assert.Equal(JsonSerializer.Serialize(expected[i]), JsonSerializer.Serialize(records[i]));
        }
    }

    /// <summary>The Shodan reader with its fast path turned off: every line through <see cref="JsonWalker"/>.</summary>
    private sealed class WalkerOnlyReader : IScanFormatReader
    {
        public void Read(Stream stream, ScanReadContext context) => new Inner().Read(stream, context);

        private sealed class Inner : JsonLinesReader
        {
            protected override IJsonLineVisitor CreateVisitor(ScanReadContext context) => ShodanReader.NewVisitor(context);
        }
    }

    /// <summary>The paths the Shodan visitor reads; the fast path skips the others.</summary>
    private static bool Read(string path) => path.StartsWith("ssl.cert.subject.", StringComparison.Ordinal) || path is "ip_str" or "ipv6" or "ip" or "port"
        or "transport" or "product" or "version" or "data" or "http.title" or "http.server" or "http.html" or "http.favicon.hash" or "location.city"
        or "location.country_code" or "location.country_name" or "org" or "isp" or "asn" or "timestamp" or "hostnames[]";

    private sealed class Recorder : IJsonVisitor
    {
        public List<(string Path, string? Value)> Values { get; } = [];

        public void Value(ReadOnlySpan<char> path, ref Utf8JsonReader reader)
        {
            long cut = 0;
            Values.Add((path.ToString(), reader.TokenType + ":" + JsonWalker.Text(ref reader, int.MaxValue, ref cut)));
        }

        public void StartObject(ReadOnlySpan<char> path)
        {
        }

        public void EndObject(ReadOnlySpan<char> path)
        {
        }
    }
}
