using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sightline.Testing;

namespace Sightline.Cli.Tests;

/// <summary><c>sightline scan --discover</c> over real multicast: two network namespaces joined by a veth pair (10.211.0.1/24 and
/// 10.211.0.2/24, inside the namespaces only), Debian <c>wsdd</c> answering WS-Discovery in one, the built CLI probing from the
/// other. Needs root, <c>ip netns</c> and wsdd (run by /usr/bin/python3); skipped with the reason otherwise. The namespaces (and
/// the veth pair with them) are deleted afterwards.</summary>
public sealed class WsDiscoveryNamespaceTests : IAsyncLifetime
{
    private const string Wsdd = "/usr/sbin/wsdd";
    private readonly string _suffix = Environment.ProcessId.ToString("x", CultureInfo.InvariantCulture)[^Math.Min(5, Environment.ProcessId.ToString("x", CultureInfo.InvariantCulture).Length)..];
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-wsd");
    private Process? _wsdd;
    private bool _created;

    private string Probe => $"slprobe{_suffix}";

    private string Camera => $"slcam{_suffix}";

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_wsdd is { HasExited: false })
        {
            _wsdd.Kill(entireProcessTree: true);
            await _wsdd.WaitForExitAsync();
        }

        _wsdd?.Dispose();
        if (_created)
        {
            await RunAsync("ip", "netns", "del", Camera);
            await RunAsync("ip", "netns", "del", Probe);
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(limit.Token);
            return (process.ExitCode, await output + await error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private static async Task RequireAsync(string file, params string[] args)
    {
        (int exit, string output) = await RunAsync(file, args);
        Assert.True(exit == 0, $"{file} {string.Join(' ', args)}: exit {exit}: {output}");
    }

    private async Task SetUpAsync()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "network namespaces are Linux only");
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "creating network namespaces and a veth pair needs root");
        (int netns, string netnsOutput) = await RunAsync("ip", "netns", "list");
        Assert.SkipUnless(netns == 0, $"'ip netns' is unavailable: {netnsOutput.Trim()}");
        Assert.SkipUnless(File.Exists(Wsdd) && File.Exists("/usr/bin/python3"), "Debian wsdd is not installed (apt-get install -y wsdd)");

        await RequireAsync("ip", "netns", "add", Probe);
        _created = true;
        await RequireAsync("ip", "netns", "add", Camera);
        await RequireAsync("ip", "netns", "exec", Probe, "ip", "link", "add", "vprobe", "type", "veth", "peer", "name", "vcam", "netns", Camera);
        await RequireAsync("ip", "netns", "exec", Probe, "ip", "addr", "add", "10.211.0.2/24", "dev", "vprobe");
        await RequireAsync("ip", "netns", "exec", Probe, "ip", "link", "set", "vprobe", "up");
        await RequireAsync("ip", "netns", "exec", Probe, "ip", "link", "set", "lo", "up");
        await RequireAsync("ip", "netns", "exec", Camera, "ip", "addr", "add", "10.211.0.1/24", "dev", "vcam");
        await RequireAsync("ip", "netns", "exec", Camera, "ip", "link", "set", "vcam", "up");

        // wsdd must run under Debian's python3 (another python3 first on PATH breaks it); it ignores loopback, hence the veth.
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { "netns", "exec", Camera, "/usr/bin/python3", Wsdd, "-i", "vcam", "-4", "-n", "testcam" })
        {
            start.ArgumentList.Add(a);
        }

        _wsdd = Process.Start(start)!;
        _ = _wsdd.StandardOutput.ReadToEndAsync();
        _ = _wsdd.StandardError.ReadToEndAsync();
        for (int i = 0; i < 50; i++)
        {
            (_, string sockets) = await RunAsync("ip", "netns", "exec", Camera, "ss", "-lun");
            if (sockets.Contains(":3702", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("wsdd did not start listening on UDP 3702");
    }

    private async Task<(int Exit, string Output, string Error)> ScanFromProbeAsync(string scopeText, string target)
    {
        string scope = Path.Combine(_directory, $"scope-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(scope, scopeText);
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { "netns", "exec", Probe, "dotnet", CliProcess.CliDll, "--db", Path.Combine(_directory, "scan.db"), "--json", "scan", target,
            "--scope", scope, "--ports", "5357/http", "--timeout", "1000", "--discover", "--discover-wait", "2500", "--dataset", "wsd" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["SIGHTLINE_SCAN_LIMIT"] = "10.211.0.0/24";
        start.Environment["SIGHTLINE_SEED_REGISTRY"] = "0";
        start.Environment.Remove("SIGHTLINE_DB");
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Discover_finds_wsdd_across_the_veth_pair_and_drops_answers_from_outside_the_scope()
    {
        await SetUpAsync();

        (int exit, string output, string error) = await ScanFromProbeAsync("10.211.0.0/24\n", "10.211.0.1");

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        JsonElement json = JsonDocument.Parse(output).RootElement;
        JsonElement found = Assert.Single(json.GetProperty("discovered").EnumerateArray()); // wsdd answers each Probe: deduplicated
        Assert.Equal("10.211.0.1", found.GetProperty("ip").GetString());
        Assert.StartsWith("urn:uuid:", found.GetProperty("endpoint").GetString(), StringComparison.Ordinal);
        Assert.Contains("wsdp:Device", found.GetProperty("types").EnumerateArray().Select(t => t.GetString()));

        // The same Probe with a scope that leaves the responder out: its answer is dropped and reported.
        (exit, output, error) = await ScanFromProbeAsync("10.211.0.2\n", "10.211.0.2");

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        Assert.Empty(JsonDocument.Parse(output).RootElement.GetProperty("discovered").EnumerateArray());
        Assert.Contains("an answer from 10.211.0.1", error, StringComparison.Ordinal);
    }
}
