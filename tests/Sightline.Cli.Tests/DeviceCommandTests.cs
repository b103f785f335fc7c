using System.Text;
using System.Text.Json;
using Sightline.Testing;

namespace Sightline.Cli.Tests;

/// <summary>`sightline identify`, `vulns` and `kb` through the real executable.</summary>
public sealed class DeviceCommandTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-kb");

    private string Db => Path.Combine(_directory, "kb.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(["--db", Db, .. args], environment: CliProcess.NoSeed);

    private static JsonElement Json(CliResult result) => result.Json();

    [Fact]
    public async Task Identify_lists_mentions_with_the_documented_keys()
    {
        JsonElement mentions = Json(await CliProcess.RunAsync(["identify", "--json", "Our", "Lorex", "LNB8005", "and", "a", "DHI-NVR4108HS-8P-4KS2"]));

        string[] keys = ["text", "start", "end", "brand", "maker", "model", "kind", "product_line", "capabilities", "watchlisted", "relation", "confidence"];
        Assert.All(mentions.EnumerateArray(), m => Assert.Equal(keys, m.EnumerateObject().Select(p => p.Name)));
        Assert.Contains(mentions.EnumerateArray(), m => m.GetProperty("text").GetString() == "Lorex" && m.GetProperty("relation").GetString() == "oem_confirmed");
        JsonElement nvr = mentions.EnumerateArray().Single(m => m.GetProperty("model").GetString() == "DHI-NVR4108HS-8P-4KS2");
        Assert.Equal(("dahua", "nvr", true), (nvr.GetProperty("maker").GetString(), nvr.GetProperty("kind").GetString(), nvr.GetProperty("watchlisted").GetBoolean()));
        Assert.Equal(24, nvr.GetProperty("start").GetInt32()); // "Our Lorex LNB8005 and a " is 24 characters
    }

    [Fact]
    public async Task Identify_reads_files_and_refuses_binary_or_invalid_utf8()
    {
        string good = Path.Combine(_directory, "inventory.csv");
        string binary = Path.Combine(_directory, "image.bin");
        string latin1 = Path.Combine(_directory, "latin1.txt");
        await File.WriteAllTextAsync(good, "location,model\nCar park,DS-2CD2047G2-L\nGate,Axis Q6135-LE\n", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(latin1, Encoding.Latin1.GetBytes("Caf\u00e9 DS-2CD2047G2-L"), TestContext.Current.CancellationToken);

        JsonElement found = Json(await CliProcess.RunAsync(["identify", "--file", good, "--json"]));
        CliResult refusedBinary = await CliProcess.RunAsync(["identify", "--file", binary]);
        CliResult refusedEncoding = await CliProcess.RunAsync(["identify", "--file", latin1]);

        Assert.Contains(found.EnumerateArray(), m => m.GetProperty("model").GetString() == "DS-2CD2047G2-L" && m.GetProperty("product_line").GetString() == "ColorVu");
        Assert.Contains(found.EnumerateArray(), m => m.GetProperty("maker").GetString() == "axis");
        Assert.Equal(3, refusedBinary.ExitCode);
        Assert.Contains("binary content (a NUL byte at offset 4)", refusedBinary.Error, StringComparison.Ordinal);
        Assert.Equal(3, refusedEncoding.ExitCode);
        Assert.Contains("not valid UTF-8 (byte offset 3)", refusedEncoding.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vulns_narrows_by_firmware_and_reports_kev()
    {
        JsonElement old = Json(await RunAsync("vulns", "--model", "ds-2cd2032f-i", "--firmware", "V5.3.0 build 150513", "--json"));
        JsonElement patched = Json(await RunAsync("vulns", "--model", "DS-2CD2032F-I", "--firmware", "V5.7.3 build 220112", "--json"));

        Assert.Equal("DS-2CD2032F-I", old.GetProperty("model").GetString());
        Assert.Equal(["CVE-2017-7921", "CVE-2021-36260"], old.GetProperty("vulnerabilities").EnumerateArray().Select(v => v.GetProperty("cve").GetString()));
        Assert.All(old.GetProperty("vulnerabilities").EnumerateArray(), v => Assert.True(v.GetProperty("kev").GetBoolean()));
        Assert.Empty(patched.GetProperty("vulnerabilities").EnumerateArray());
    }

    [Fact]
    public async Task Kev_refresh_changes_status_and_a_malformed_catalogue_changes_nothing()
    {
        string catalogue = Path.Combine(_directory, "kev.json");
        await File.WriteAllTextAsync(catalogue, """
            {"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"2026.11.20","count":3,"vulnerabilities":[
              {"cveID":"CVE-2021-36260","vendorProject":"Hikvision","dateAdded":"2022-01-10"},
              {"cveID":"CVE-2023-28808","vendorProject":"Hikvision","dateAdded":"2026-10-01"},
              {"vendorProject":"broken entry without an id"}
            ]}
            """, TestContext.Current.CancellationToken);
        string broken = Path.Combine(_directory, "broken.json");
        await File.WriteAllTextAsync(broken, "{\"vulnerabilities\": [ {\"cveID\": ", TestContext.Current.CancellationToken);

        JsonElement refreshed = Json(await RunAsync("kb", "refresh-kev", catalogue, "--json"));
        JsonElement vulns = Json(await RunAsync("vulns", "--model", "DS-A71024R", "--json"));
        CliResult bad = await RunAsync("kb", "refresh-kev", broken);
        JsonElement stillThere = Json(await RunAsync("vulns", "--model", "DS-A71024R", "--json"));

        Assert.Equal("2026.11.20", refreshed.GetProperty("catalog_version").GetString());
        Assert.Equal(1, refreshed.GetProperty("skipped").GetInt32());
        Assert.Contains(refreshed.GetProperty("changes").EnumerateArray(), c => c.GetProperty("cve").GetString() == "CVE-2017-7921" && c.GetProperty("now").ValueKind == JsonValueKind.Null);
        Assert.Equal("2026-10-01", vulns.GetProperty("vulnerabilities")[0].GetProperty("kev_added").GetString());
        Assert.Equal(3, bad.ExitCode);
        Assert.Contains("broken.json", bad.Error, StringComparison.Ordinal);
        Assert.Equal("2026-10-01", stillThere.GetProperty("vulnerabilities")[0].GetProperty("kev_added").GetString());
    }

    [Fact]
    public async Task Oui_import_keeps_makers_prefixes_skips_bad_lines_and_refuses_look_alikes()
    {
        string registry = Path.Combine(_directory, "oui.csv");
        await File.WriteAllTextAsync(registry, """
            Registry,Assignment,Organization Name,Organization Address
            MA-L,C0517E,"Hangzhou Hikvision Digital Technology Co.,Ltd.",Hangzhou CN
            MA-L,AABBCC,Zhejiang Dahua Technology Co. Ltd.,Hangzhou CN
            MA-L,402C76,Shanghai Dahua Scale Factory,Shanghai CN
            MA-L,ZZ12,Broken Line Ltd,Nowhere
            MA-L,001122,Some Printer Company,Somewhere
            """, TestContext.Current.CancellationToken);

        CliResult import = await RunAsync("kb", "import-oui", registry, "--json");
        JsonElement result = Json(import);
        JsonElement stats = Json(await RunAsync("kb", "stats", "--json"));

        Assert.Equal((5, 2, 1), (result.GetProperty("rows").GetInt32(), result.GetProperty("imported").GetInt32(), result.GetProperty("skipped").GetInt32()));
        Assert.Equal(1, result.GetProperty("new_beyond_shipped").GetInt32());
        Assert.Contains("oui.csv:5: field 'Assignment': 'ZZ12' is not a 6-hex-digit MA-L assignment; line skipped", import.Error, StringComparison.Ordinal);
        Assert.Equal(2, stats.GetProperty("ouis_imported").GetInt32());
    }

    [Fact]
    public async Task Nothing_to_identify_is_a_usage_error()
    {
        CliResult result = await CliProcess.RunAsync(["identify"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing to identify", result.Error, StringComparison.Ordinal);
    }
}
