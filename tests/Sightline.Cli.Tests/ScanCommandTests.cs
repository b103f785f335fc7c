using System.Net;
using System.Text.Json;
using Sightline.Testing;
using Sightline.Testing.Devices;

namespace Sightline.Cli.Tests;

/// <summary>`sightline scan` through the real executable, against simulated devices on 127.0.0.2-127.0.0.9 only.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-scan");

    private string Db => Path.Combine(_directory, "scan.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly Dictionary<string, string?> Environment = new(CliProcess.NoSeed) { ["SIGHTLINE_SCAN_LIMIT"] = "127.0.0.0/8" };

    private Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(["--db", Db, .. args], environment: Environment);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Scan_identifies_every_simulated_device_and_stores_a_dataset_that_exposure_summary_reads()
    {
        var devices = DeviceProfile.Catalogue.Select((d, i) => (Address: IPAddress.Parse($"127.0.0.{2 + i}"), Device: d)).ToList();
        await using var simulator = await DeviceSimulator.StartAsync(devices.ToDictionary(d => d.Address, d => d.Device));
        string scope = Write("scope.txt", "# the test's own loopback block\n127.0.0.0/24\n");
        string logins = Write("logins.txt", string.Join('\n', devices.Select(d => $"{d.Address} {d.Device.User} {d.Device.Password}")));
        string ports = $"{simulator.HttpPort}/http,{simulator.RtspPort}/rtsp";

        CliResult scan = await RunAsync("scan", "127.0.0.2-127.0.0.9", "--scope", scope, "--ports", ports, "--credentials", logins, "--timeout", "2000", "--dataset", "lab", "--json");
        CliResult summary = await RunAsync("exposure", "summary", "--dataset", "lab", "--by", "maker", "--json");

        JsonElement json = scan.Json();
        Assert.Equal(8, json.GetProperty("hosts").GetInt32());
        var found = json.GetProperty("devices").EnumerateArray().ToDictionary(d => d.GetProperty("ip").GetString()!);
        foreach ((IPAddress address, DeviceProfile device) in devices)
        {
            JsonElement d = found[address.ToString()];
            Assert.True(device.ExpectedMaker == d.GetProperty("maker").GetString(), $"{device.Name}: {d}");
            if (device.ExpectedModel is not null)
            {
                Assert.True(device.ExpectedModel == d.GetProperty("model").GetString(), $"{device.Name}: {d}");
            }
        }

        Assert.Equal((2, 4), (json.GetProperty("hikvision").GetInt32(), json.GetProperty("dahua").GetInt32()));
        JsonElement rows = summary.Json().GetProperty("rows");
        Assert.Equal(8, rows.EnumerateArray().Sum(r => r.GetProperty("total").GetInt32()));
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("key").GetString() == "dahua" && r.GetProperty("dahua").GetInt32() == 4);
    }

    [Fact]
    public async Task Without_credentials_no_device_information_page_is_asked_for()
    {
        await using var simulator = await DeviceSimulator.StartAsync(new Dictionary<IPAddress, DeviceProfile> { [IPAddress.Parse("127.0.0.10")] = DeviceProfile.Catalogue[0] });
        string scope = Write("scope.txt", "127.0.0.10\n");

        CliResult scan = await RunAsync("scan", "127.0.0.10", "--scope", scope, "--ports", $"{simulator.HttpPort}/http", "--json");

        Assert.Equal("hikvision", scan.Json().GetProperty("devices")[0].GetProperty("maker").GetString());
        Assert.DoesNotContain(simulator.Requests, r => r.Contains("ISAPI", StringComparison.Ordinal) || r.Contains("magicBox", StringComparison.Ordinal));
        Assert.Empty(simulator.AuthorizedRequests);
    }

    [Fact]
    public async Task A_target_outside_the_scope_is_refused_before_any_connection()
    {
        using var listener = new LoopbackListener(IPAddress.Parse("127.0.0.11"));
        string scope = Write("scope.txt", "127.0.0.12\n");

        CliResult scan = await RunAsync("scan", "127.0.0.12", "127.0.0.11", "--scope", scope, "--ports", $"{listener.Port}/tcp");

        Assert.Equal(2, scan.ExitCode);
        Assert.Contains("error: target 127.0.0.11 is outside the declared scope (scope.txt); nothing was sent to any target", scan.Error, StringComparison.Ordinal);
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public async Task Scope_files_that_are_empty_or_malformed_are_errors_with_file_and_line()
    {
        CliResult empty = await RunAsync("scan", "127.0.0.13", "--scope", Write("empty.txt", "\n# nothing\n"));
        CliResult bad = await RunAsync("scan", "127.0.0.13", "--scope", Write("bad.txt", "127.0.0.0/24\nlocalhost\n"));
        CliResult none = await RunAsync("scan", "127.0.0.13");

        Assert.Equal(3, empty.ExitCode);
        Assert.Contains("empty.txt: the scope file declares no address", empty.Error, StringComparison.Ordinal);
        Assert.Equal(3, bad.ExitCode);
        Assert.Contains("bad.txt:2: 'localhost' is not an IP address", bad.Error, StringComparison.Ordinal);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--scope FILE, or --i-own-this-network", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scan_limit_of_the_environment_refuses_other_addresses_even_when_owned()
    {
        CliResult scan = await RunAsync("scan", "192.168.77.1", "--i-own-this-network");

        Assert.Equal(2, scan.ExitCode);
        Assert.Contains("target 192.168.77.1 is outside SIGHTLINE_SCAN_LIMIT", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_has_help()
    {
        CliResult help = await RunAsync("scan", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--i-own-this-network", help.Output, StringComparison.Ordinal);
        Assert.Contains("--credentials", help.Output, StringComparison.Ordinal);
    }
}
