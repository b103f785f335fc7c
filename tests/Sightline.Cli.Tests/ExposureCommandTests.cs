using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sightline.Testing;

namespace Sightline.Cli.Tests;

/// <summary>`sightline exposure import|summary|list` through the real executable.</summary>
public sealed class ExposureCommandTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-exposure");

    private string Db => Path.Combine(_directory, "exposure.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(["--db", Db, .. args], environment: CliProcess.NoSeed);

    private static string Banner(string ip, int port, string data, string city, string? title = null) =>
        JsonSerializer.Serialize(new { ip_str = ip, port, transport = "tcp", data, http = new { title }, location = new { city, country_code = "GB", country_name = "United Kingdom" }, org = "BT", asn = "AS2856" });

    private const string HikHttp = "HTTP/1.1 200 OK\r\nServer: Hikvision-Webs\r\n\r\n";
    private const string HikRtsp = "RTSP/1.0 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"IP Camera(D1486)\", nonce=\"25a9\"\r\n\r\n";
    private const string DahuaHttp = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"Login to 2J01018PAA00813\"\r\n\r\n";
    private const string Nginx = "HTTP/1.1 200 OK\r\nServer: nginx\r\n\r\n";

    // London: 192.0.2.1 Hikvision (two services, not adjacent), 192.0.2.2 Hikvision, 192.0.2.3 nginx;
    // Birmingham: 192.0.2.4 Dahua, 192.0.2.5 Hikvision; Leeds: 192.0.2.6 Dahua. Line 5 is broken.
    private static string[] Lines =>
    [
        Banner("192.0.2.1", 80, HikHttp, "London"),
        Banner("192.0.2.2", 80, HikHttp, "London"),
        Banner("192.0.2.3", 443, Nginx, "London"),
        Banner("192.0.2.4", 80, DahuaHttp, "Birmingham"),
        "{\"ip_str\": \"192.0.2.9\", \"port\": 80, \"data\": ",
        Banner("192.0.2.5", 554, HikRtsp, "Birmingham"),
        Banner("192.0.2.6", 80, "HTTP/1.1 200 OK\r\n\r\n", "Leeds", "WEB SERVICE"),
        Banner("192.0.2.1", 554, HikRtsp, "London"),
    ];

    private string WriteShodan(string name, IEnumerable<string> lines, bool gzip = false)
    {
        string path = Path.Combine(_directory, name);
        byte[] bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        if (gzip)
        {
            using var buffer = new MemoryStream();
            using (var stream = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                stream.Write(bytes);
            }

            bytes = buffer.ToArray();
        }

        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Import_then_summary_by_city_gives_the_documented_json_with_hand_computed_counts()
    {
        string file = WriteShodan("uk.json", Lines);

        CliResult import = await RunAsync("exposure", "import", file, "--dataset", "uk", "--json");
        CliResult summary = await RunAsync("exposure", "summary", "--dataset", "uk", "--by", "city", "--json");

        Assert.Equal(0, import.ExitCode);
        JsonElement imported = JsonDocument.Parse(import.Output).RootElement;
        Assert.Equal((7, 1, 6, 3, 2), (imported.GetProperty("records").GetInt32(), imported.GetProperty("skipped").GetInt32(), imported.GetProperty("hosts").GetInt32(),
            imported.GetProperty("hikvision").GetInt32(), imported.GetProperty("dahua").GetInt32()));
        Assert.Contains("uk.json:5: invalid JSON", import.Error, StringComparison.Ordinal);
        Assert.Equal("""
            {
              "dataset": "uk",
              "by": "city",
              "rows": [
                {
                  "key": "London",
                  "hikvision": 2,
                  "dahua": 0,
                  "other_chinese": 0,
                  "total": 3
                },
                {
                  "key": "Birmingham",
                  "hikvision": 1,
                  "dahua": 1,
                  "other_chinese": 0,
                  "total": 2
                },
                {
                  "key": "Leeds",
                  "hikvision": 0,
                  "dahua": 1,
                  "other_chinese": 0,
                  "total": 1
                }
              ]
            }
            """.ReplaceLineEndings("\n"), summary.Json().GetRawText().ReplaceLineEndings("\n").Trim(), ignoreAllWhiteSpace: true);
    }

    [Fact]
    public async Task Strict_refuses_a_file_with_a_bad_line_and_imports_nothing()
    {
        string file = WriteShodan("bad.json", Lines);

        CliResult strict = await RunAsync("exposure", "import", file, "--dataset", "strict", "--strict");
        CliResult list = await RunAsync("exposure", "list", "--json");
        CliResult summary = await RunAsync("exposure", "summary", "--dataset", "strict", "--by", "maker");

        Assert.Equal(3, strict.ExitCode);
        Assert.Contains("error: bad.json:5: invalid JSON", strict.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", strict.Error, StringComparison.Ordinal);
        Assert.Empty(list.Json().EnumerateArray());
        Assert.Equal(3, summary.ExitCode);
        Assert.Contains("no dataset 'strict'", summary.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_that_give_no_record_store_nothing_and_leave_the_earlier_dataset_of_that_name()
    {
        string good = WriteShodan("good.json", Lines.Where(l => l.EndsWith('}')));
        string empty = Path.Combine(_directory, "empty.json");
        File.WriteAllBytes(empty, []);
        string bomb = Path.Combine(_directory, "bomb.xml");
        File.WriteAllText(bomb, """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <nmaprun><host><address addr="&lol2;" addrtype="ipv4"/></host></nmaprun>
            """);

        CliResult first = await RunAsync("exposure", "import", good, "--dataset", "city");
        CliResult fromEmpty = await RunAsync("exposure", "import", empty, "--format", "shodan", "--dataset", "city");
        CliResult fromBomb = await RunAsync("exposure", "import", bomb, "--dataset", "city");
        CliResult list = await RunAsync("exposure", "list", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal((3, 3), (fromEmpty.ExitCode, fromBomb.ExitCode));
        Assert.Contains("empty.json: the file is empty", fromEmpty.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported: no record could be read, so any earlier dataset 'city' is kept.", fromEmpty.Error, StringComparison.Ordinal);
        Assert.Contains("bomb.xml:", fromBomb.Error, StringComparison.Ordinal);
        Assert.Contains("DTD, which is refused", fromBomb.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("is empty", fromBomb.Error, StringComparison.Ordinal); // refused, not empty
        Assert.Contains("Nothing was imported: no record could be read", fromBomb.Error, StringComparison.Ordinal);
        JsonElement dataset = Assert.Single(list.Json().EnumerateArray());
        Assert.Equal(("city", "complete"), (dataset.GetProperty("name").GetString(), dataset.GetProperty("state").GetString()));
        Assert.True(dataset.GetProperty("devices").GetInt32() > 0);
    }

    [Fact]
    public async Task A_truncated_gzip_file_leaves_a_dataset_marked_partial_and_reimporting_a_whole_one_replaces_it()
    {
        var many = Enumerable.Range(0, 3_000).Select(i => Banner($"198.18.{i / 256}.{i % 256}", 80, HikHttp + new string(' ', i % 50), "London")).ToList();
        string whole = WriteShodan("scan.json.gz", many, gzip: true);
        string cut = Path.Combine(_directory, "cut.json.gz");
        byte[] bytes = File.ReadAllBytes(whole);
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);

        CliResult partial = await RunAsync("exposure", "import", cut, "--dataset", "scan");
        JsonElement afterPartial = (await RunAsync("exposure", "list", "--json")).Json()[0];
        CliResult again = await RunAsync("exposure", "import", whole, "--dataset", "scan");
        CliResult twice = await RunAsync("exposure", "import", whole, "--dataset", "scan");
        JsonElement afterWhole = (await RunAsync("exposure", "list", "--json")).Json()[0];

        Assert.Equal(3, partial.ExitCode);
        Assert.Contains("cut.json.gz:", partial.Error, StringComparison.Ordinal);
        Assert.Contains("gzip data ends early", partial.Error, StringComparison.Ordinal);
        Assert.Equal(("partial", false), (afterPartial.GetProperty("state").GetString(), afterPartial.GetProperty("complete").GetBoolean()));
        Assert.InRange(afterPartial.GetProperty("devices").GetInt32(), 1, 2_999);
        Assert.Equal((0, 0), (again.ExitCode, twice.ExitCode));
        Assert.Equal(("complete", 3_000, 3_000), (afterWhole.GetProperty("state").GetString(), afterWhole.GetProperty("devices").GetInt32(), afterWhole.GetProperty("hikvision").GetInt32()));
    }

    [Fact]
    public async Task Usage_and_input_errors_have_their_exit_codes_and_name_the_file()
    {
        CliResult badBy = await RunAsync("exposure", "summary", "--dataset", "x", "--by", "colour");
        CliResult badMaker = await RunAsync("exposure", "summary", "--dataset", "x", "--by", "city", "--maker", "acme");
        CliResult missing = await RunAsync("exposure", "import", Path.Combine(_directory, "nope.json"));
        CliResult unknown = await RunAsync("exposure", "import", WriteShodan("notes.txt", ["just some text"]));
        CliResult help = await RunAsync("exposure", "import", "--help");

        Assert.Equal(2, badBy.ExitCode);
        Assert.Equal(2, badMaker.ExitCode);
        Assert.Contains("unknown maker 'acme'", badMaker.Error, StringComparison.Ordinal);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("nope.json: file not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("notes.txt: cannot tell the format", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--strict", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nmap_and_banner_lists_import_and_summarise_by_vulnerability()
    {
        string nmap = Path.Combine(_directory, "lan.xml");
        await File.WriteAllTextAsync(nmap, """
            <?xml version="1.0"?>
            <nmaprun><host><address addr="192.0.2.60" addrtype="ipv4"/><ports>
            <port protocol="tcp" portid="80"><state state="open"/><service name="http"/><script id="http-title" output="DS-2CD2032F-I"/><script id="http-server-header" output="App-webs/"/></port>
            </ports></host></nmaprun>
            """, TestContext.Current.CancellationToken);
        string list = Path.Combine(_directory, "banners.txt");
        await File.WriteAllTextAsync(list, "192.0.2.61:80\tHTTP/1.1 200 OK\\r\\nServer: Hikvision-Webs\\r\\n\\r\\n\n", TestContext.Current.CancellationToken);

        CliResult import = await RunAsync("exposure", "import", nmap, list, "--dataset", "lan");
        JsonElement byVuln = (await RunAsync("exposure", "summary", "--dataset", "lan", "--by", "vuln", "--json")).Json();
        JsonElement byModel = (await RunAsync("exposure", "summary", "--dataset", "lan", "--by", "model", "--json")).Json();

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("2 devices", import.Output, StringComparison.Ordinal);
        Assert.Equal(["CVE-2017-7921", "CVE-2021-36260"], byVuln.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal([("DS-2CD2032F-I", 1), (null, 1)], byModel.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("key").GetString(), r.GetProperty("hikvision").GetInt32())));
    }
}
