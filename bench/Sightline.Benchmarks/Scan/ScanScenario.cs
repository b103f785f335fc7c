using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Sightline.Testing.Devices;

namespace Sightline.Benchmarks.Scan;

/// <summary><c>scenario scan [--hosts N] [--rate N] [--concurrency N] [--timeout MS] [--credentials] [--no-nmap] [--nmap-timeout S]</c>:
/// starts the device simulator with N hosts (default 1,000) on distinct 127.20.x.y addresses, the device profiles in turn (known
/// ground truth), runs the real <c>sightline scan</c> CLI over exactly those addresses (scope file = the same range,
/// <c>SIGHTLINE_SCAN_LIMIT=127.0.0.0/8</c>) and reports wall time and the hosts given the right maker; then, when nmap is
/// installed, <c>nmap -sV -Pn -n</c> over the same addresses and ports, parsing its XML for the service product.
/// Only 127.0.0.0/8 is ever addressed.</summary>
internal static class ScanScenario
{
    private const string First = "127.20.0.1";

    public static async Task<int> RunAsync(string[] args)
    {
        int hosts = Option(args, "--hosts") is { } h ? int.Parse(h, CultureInfo.InvariantCulture) : 1_000;
        string rate = Option(args, "--rate") ?? "100";
        string concurrency = Option(args, "--concurrency") ?? "32";
        string timeout = Option(args, "--timeout") ?? "3000";
        int nmapSeconds = Option(args, "--nmap-timeout") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 1_500;
        if (hosts is < 1 or > 60_000)
        {
            await Console.Error.WriteLineAsync("--hosts: 1-60000");
            return 2;
        }

        uint start = ToUInt(IPAddress.Parse(First));
        var devices = new Dictionary<IPAddress, DeviceProfile>();
        for (int i = 0; i < hosts; i++)
        {
            devices[FromUInt(start + (uint)i)] = DeviceProfile.Catalogue[i % DeviceProfile.Catalogue.Count];
        }

        IPAddress last = FromUInt(start + (uint)hosts - 1);
        string range = $"{First}-{last}";
        string dir = Path.Combine(Path.GetTempPath(), $"sightline-bench-scan-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var watch = Stopwatch.StartNew();
        await using DeviceSimulator simulator = await DeviceSimulator.StartAsync(devices);
        Console.WriteLine($"simulator: {hosts:N0} hosts {range} (HTTP port {simulator.HttpPort}, RTSP port {simulator.RtspPort}) started in {watch.Elapsed.TotalSeconds:F1} s; " +
            $"profiles: {string.Join(", ", devices.Values.GroupBy(d => d.Name).Select(g => $"{g.Key} {g.Count()}"))}");
        try
        {
            string scope = Path.Combine(dir, "scope.txt");
            await File.WriteAllTextAsync(scope, $"# exactly the simulated hosts\n{range}\n");
            string ports = $"{simulator.HttpPort}/http,{simulator.RtspPort}/rtsp";
            var cliArgs = new List<string> { "--db", Path.Combine(dir, "scan.db"), "--json", "scan", range, "--scope", scope, "--ports", ports, "--rate", rate,
                "--concurrency", concurrency, "--timeout", timeout, "--dataset", "bench" };
            if (args.Contains("--credentials"))
            {
                string logins = Path.Combine(dir, "logins.txt");
                await File.WriteAllLinesAsync(logins, devices.Select(d => $"{d.Key} {d.Value.User} {d.Value.Password}"));
                cliArgs.AddRange(["--credentials", logins]);
            }

            Console.WriteLine($"command: SIGHTLINE_SCAN_LIMIT=127.0.0.0/8 sightline {string.Join(' ', cliArgs.Select(a => a.StartsWith(dir, StringComparison.Ordinal) ? "$TMP" + a[dir.Length..] : a))}");
            (int exit, string stdout, string stderr, TimeSpan wall) = await RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "sightline.dll"), .. cliArgs], TimeSpan.FromMinutes(15));
            if (exit != 0)
            {
                Console.WriteLine($"sightline scan failed (exit {exit}): {stderr}");
                return 1;
            }

            using var json = JsonDocument.Parse(stdout);
            var found = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (JsonElement device in json.RootElement.GetProperty("devices").EnumerateArray())
            {
                found[device.GetProperty("ip").GetString()!] = device.TryGetProperty("maker", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            }

            double seconds = json.RootElement.GetProperty("seconds").GetDouble();
            Report("sightline scan", devices, found, wall, $"probing {seconds:F1} s, {json.RootElement.GetProperty("connections").GetInt64():N0} connections, {found.Count:N0} hosts answered");

            if (args.Contains("--no-nmap"))
            {
                Console.WriteLine("nmap: skipped (--no-nmap)");
            }
            else if (!File.Exists("/usr/bin/nmap"))
            {
                Console.WriteLine("nmap: skipped (not installed; apt-get install -y nmap)");
            }
            else
            {
                string targets = Path.Combine(dir, "targets.txt");
                await File.WriteAllLinesAsync(targets, devices.Keys.Select(a => a.ToString()));
                if (File.ReadLines(targets).Any(l => !l.StartsWith("127.", StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException("nmap targets must all be in 127.0.0.0/8");
                }

                string xml = Path.Combine(dir, "nmap.xml");
                string[] nmapArgs = ["-sV", "-Pn", "-n", "-p", $"{simulator.HttpPort},{simulator.RtspPort}", "--host-timeout", "120s", "-oX", xml, "-iL", targets];
                Console.WriteLine($"command: nmap {string.Join(' ', nmapArgs).Replace(dir, "$TMP", StringComparison.Ordinal)}");
                (int nexit, _, string nerr, TimeSpan nwall) = await RunAsync("/usr/bin/nmap", nmapArgs, TimeSpan.FromSeconds(nmapSeconds));
                if (!File.Exists(xml))
                {
                    Console.WriteLine($"nmap failed (exit {nexit}): {nerr.Trim()}");
                }
                else
                {
                    // On a time-out nmap's XML holds the host groups it finished: those are reported, over all hosts.
                    var nmapFound = ParseNmap(xml, out var products);
                    string state = nexit == 0 ? string.Empty : $"STOPPED (exit {nexit}: {nerr.Trim()}) after {nmapFound.Count:N0} hosts finished; ";
                    Report("nmap -sV", devices, nmapFound, nwall, $"{state}products seen: {string.Join("; ", products.OrderByDescending(p => p.Value).Take(10).Select(p => $"{p.Key} ×{p.Value}"))}");
                }
            }

            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Per host, the maker named by nmap's service product/version/extrainfo (hikvision, dahua, axis), or null.</summary>
    private static Dictionary<string, string?> ParseNmap(string xml, out Dictionary<string, int> products)
    {
        products = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        string document = File.ReadAllText(xml);
        if (!document.Contains("</nmaprun>", StringComparison.Ordinal))
        {
            document += "</nmaprun>"; // stopped by the time-out: close the document after the last finished host
        }

        foreach (XElement host in XDocument.Parse(document).Descendants("host"))
        {
            string? ip = host.Elements("address").FirstOrDefault(a => (string?)a.Attribute("addrtype") == "ipv4")?.Attribute("addr")?.Value;
            if (ip is null)
            {
                continue;
            }

            string? maker = null;
            foreach (XElement service in host.Descendants("service"))
            {
                string text = $"{(string?)service.Attribute("product")} {(string?)service.Attribute("version")} {(string?)service.Attribute("extrainfo")}".Trim();
                string key = $"{(string?)service.Attribute("name")}: {(text.Length == 0 ? "-" : text)}";
                products[key] = products.GetValueOrDefault(key) + 1;
                maker ??= text.Contains("hikvision", StringComparison.OrdinalIgnoreCase) ? "hikvision"
                    : text.Contains("dahua", StringComparison.OrdinalIgnoreCase) ? "dahua"
                    : text.Contains("axis", StringComparison.OrdinalIgnoreCase) ? "axis" : null;
            }

            found[ip] = maker;
        }

        return found;
    }

    private static void Report(string tool, Dictionary<IPAddress, DeviceProfile> devices, Dictionary<string, string?> found, TimeSpan wall, string detail)
    {
        int correct = 0, cameras = 0, camerasRight = 0;
        var byProfile = new Dictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        foreach ((IPAddress address, DeviceProfile device) in devices)
        {
            string? maker = found.GetValueOrDefault(address.ToString());
            bool right = string.Equals(maker, device.ExpectedMaker, StringComparison.Ordinal);
            correct += right ? 1 : 0;
            if (device.ExpectedMaker is not null)
            {
                cameras++;
                camerasRight += right ? 1 : 0;
            }

            (int r, int a) = byProfile.GetValueOrDefault(device.Name);
            byProfile[device.Name] = (r + (right ? 1 : 0), a + 1);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tool}: wall {wall.TotalSeconds:F1} s; right maker for {correct:N0}/{devices.Count:N0} hosts ({100.0 * correct / devices.Count:F1}%), " +
            $"{camerasRight:N0}/{cameras:N0} of the camera makers' hosts; {detail}"));
        Console.WriteLine($"  per profile: {string.Join(", ", byProfile.Select(p => $"{p.Key} {p.Value.Right}/{p.Value.All}"))}");
    }

    private static async Task<(int Exit, string Stdout, string Stderr, TimeSpan Wall)> RunAsync(string file, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["SIGHTLINE_SCAN_LIMIT"] = "127.0.0.0/8";
        start.Environment["SIGHTLINE_SEED_REGISTRY"] = "0";
        start.Environment.Remove("SIGHTLINE_DB");
        var watch = Stopwatch.StartNew();
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, await stdout, $"killed after {limit.TotalSeconds:F0} s", watch.Elapsed);
        }

        return (process.ExitCode, await stdout, await stderr, watch.Elapsed);
    }

    private static uint ToUInt(IPAddress address)
    {
        byte[] b = address.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }

    private static IPAddress FromUInt(uint value) => new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
