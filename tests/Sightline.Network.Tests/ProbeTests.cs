using System.Net;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;
using Sightline.Testing.Devices;

namespace Sightline.Network.Tests;

/// <summary>Probes against simulated devices and listeners on 127.0.1.x (this class's own addresses).</summary>
public sealed class ProbeTests
{
    private static readonly ScanScope Loopback = ScanScope.Of("test", AddressRange.TryParse("127.0.0.0/8", out AddressRange? r, out _) ? r! : throw new InvalidOperationException());

    private static ScanSettings Settings(int port, double rate = 1_000, int concurrency = 16, int timeoutMs = 1_000, CredentialSet? credentials = null) =>
        new([new ScanPort(port, PortProtocol.Http)], TimeSpan.FromMilliseconds(timeoutMs), rate, concurrency, credentials);

    [Fact]
    public async Task A_connection_outside_the_scope_is_never_made()
    {
        using var listener = new LoopbackListener(IPAddress.Parse("127.0.1.2"));
        using var throttle = new Throttle(100, 4, ScanScope.Of("test", AddressRange.TryParse("127.0.1.3", out AddressRange? only, out _) ? only! : null!).Contains);

        await Assert.ThrowsAsync<ScopeViolationException>(() => throttle.ConnectAsync(new IPEndPoint(IPAddress.Parse("127.0.1.2"), listener.Port), TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken));
        var prober = new DeviceProber(throttle, Settings(listener.Port));
        await Assert.ThrowsAsync<ScopeViolationException>(() => prober.ProbeAsync(IPAddress.Parse("127.0.1.2"), TestContext.Current.CancellationToken));

        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public async Task The_concurrency_limit_is_honoured()
    {
        using var listener = new LoopbackListener(IPAddress.Parse("127.0.1.4"), holdFor: TimeSpan.FromMilliseconds(150));
        using var throttle = new Throttle(10_000, 3, Loopback.Contains);
        var settings = new ScanSettings([new ScanPort(listener.Port, PortProtocol.Rtsp)], TimeSpan.FromMilliseconds(300), 10_000, 3);
        var prober = new DeviceProber(throttle, settings);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => prober.ProbeAsync(IPAddress.Parse("127.0.1.4"), TestContext.Current.CancellationToken)));

        Assert.Equal(12, listener.Connections);
        Assert.InRange(listener.MaxOpen, 1, 3);
        Assert.InRange(throttle.MaxInFlight, 1, 3);
    }

    [Fact]
    public async Task The_rate_limit_spaces_connections()
    {
        using var listener = new LoopbackListener(IPAddress.Parse("127.0.1.5"));
        using var throttle = new Throttle(20, 50, Loopback.Contains);
        var prober = new DeviceProber(throttle, new ScanSettings([new ScanPort(listener.Port, PortProtocol.Tcp)], TimeSpan.FromSeconds(1), 20, 50));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 11).Select(_ => prober.ProbeAsync(IPAddress.Parse("127.0.1.5"), TestContext.Current.CancellationToken)));

        // 11 connections at 20 per second: the last starts 10 intervals of 50 ms after the first.
        Assert.Equal(11, listener.Connections);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(480), $"took {watch.Elapsed.TotalMilliseconds} ms");
        long[] arrivals = [.. listener.Arrivals.Order()];
        double spread = (arrivals[^1] - arrivals[0]) / (double)System.Diagnostics.Stopwatch.Frequency;
        Assert.True(spread >= 0.45, $"connections arrived over {spread:0.000} s");
    }

    [Fact]
    public async Task A_silent_port_times_out_and_is_reported()
    {
        using var silent = new LoopbackListener(IPAddress.Parse("127.0.1.6"), silent: true);
        using var throttle = new Throttle(1_000, 8, Loopback.Contains);
        var prober = new DeviceProber(throttle, new ScanSettings([new ScanPort(silent.Port, PortProtocol.Http), new ScanPort(silent.Port, PortProtocol.Rtsp)],
            TimeSpan.FromMilliseconds(300), 1_000, 8));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        HostProbe probe = await prober.ProbeAsync(IPAddress.Parse("127.0.1.6"), TestContext.Current.CancellationToken);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.Equal(2, probe.Records.Count); // the port is open (probed as HTTP and as RTSP)
        Assert.Contains(probe.Notes, n => n.Contains("/http: GET /", StringComparison.Ordinal) && n.Contains("time", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(probe.Notes, n => n.StartsWith($"{silent.Port}/rtsp", StringComparison.Ordinal) && n.Contains("time", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Device_information_pages_are_read_only_with_credentials_given_for_that_host()
    {
        DeviceProfile hik = DeviceProfile.Catalogue.Single(d => d.Name == "hikvision-camera");
        DeviceProfile dahua = DeviceProfile.Catalogue.Single(d => d.Name == "dahua-camera");
        await using var simulator = await DeviceSimulator.StartAsync(new Dictionary<IPAddress, DeviceProfile>
        {
            [IPAddress.Parse("127.0.1.10")] = hik,
            [IPAddress.Parse("127.0.1.11")] = dahua,
        });
        var credentials = new CredentialSet([new HostCredential(AddressRange.TryParse("127.0.1.10", out AddressRange? one, out _) ? one! : null!, hik.User, hik.Password)]);
        using var throttle = new Throttle(1_000, 8, Loopback.Contains);
        var prober = new DeviceProber(throttle, Settings(simulator.HttpPort, credentials: credentials));

        HostProbe withLogin = await prober.ProbeAsync(IPAddress.Parse("127.0.1.10"), TestContext.Current.CancellationToken);
        HostProbe without = await prober.ProbeAsync(IPAddress.Parse("127.0.1.11"), TestContext.Current.CancellationToken);

        Assert.Contains("<model>DS-2CD2143G0-I</model>", withLogin.Probed.IsapiDeviceInfo, StringComparison.Ordinal);
        Assert.Null(without.Probed.IsapiDeviceInfo);
        Assert.Null(without.Probed.DahuaSystemInfo);
        Assert.DoesNotContain(simulator.Requests, r => r.StartsWith("127.0.1.11 ", StringComparison.Ordinal) && (r.Contains("ISAPI", StringComparison.Ordinal) || r.Contains("magicBox", StringComparison.Ordinal)));
        Assert.DoesNotContain(simulator.AuthorizedRequests, r => r.StartsWith("127.0.1.11 ", StringComparison.Ordinal));
        Assert.Contains("127.0.1.10 /ISAPI/System/deviceInfo", simulator.AcceptedLogins);
        // The login is only sent to the pages that asked for it, after their challenge.
        Assert.All(simulator.AuthorizedRequests, r => Assert.DoesNotContain(" /onvif", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_credentials_are_reported_not_retried_or_varied()
    {
        DeviceProfile hik = DeviceProfile.Catalogue.Single(d => d.Name == "hikvision-camera");
        await using var simulator = await DeviceSimulator.StartAsync(new Dictionary<IPAddress, DeviceProfile> { [IPAddress.Parse("127.0.1.12")] = hik });
        var credentials = new CredentialSet([new HostCredential(AddressRange.TryParse("127.0.1.12", out AddressRange? one, out _) ? one! : null!, "admin", "wrong")]);
        using var throttle = new Throttle(1_000, 8, Loopback.Contains);
        var prober = new DeviceProber(throttle, Settings(simulator.HttpPort, credentials: credentials));

        HostProbe probe = await prober.ProbeAsync(IPAddress.Parse("127.0.1.12"), TestContext.Current.CancellationToken);

        Assert.Null(probe.Probed.IsapiDeviceInfo);
        Assert.Contains(probe.Notes, n => n.Contains("credentials were refused", StringComparison.Ordinal));
        Assert.Single(simulator.AuthorizedRequests, r => r.Contains("ISAPI", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_simulated_device_is_identified()
    {
        var devices = DeviceProfile.Catalogue.Select((d, i) => (Address: IPAddress.Parse($"127.0.1.{20 + i}"), Device: d)).ToList();
        await using var simulator = await DeviceSimulator.StartAsync(devices.ToDictionary(d => d.Address, d => d.Device));
        var credentials = new CredentialSet([.. devices.Select(d => new HostCredential(AddressRange.TryParse(d.Address.ToString(), out AddressRange? a, out _) ? a! : null!, d.Device.User, d.Device.Password))]);
        using var throttle = new Throttle(1_000, 16, Loopback.Contains);
        var prober = new DeviceProber(throttle, new ScanSettings([new ScanPort(simulator.HttpPort, PortProtocol.Http), new ScanPort(simulator.RtspPort, PortProtocol.Rtsp)],
            TimeSpan.FromSeconds(2), 1_000, 16, credentials));
        var fingerprinter = new ExposureFingerprinter(new DeviceIdentifier(DeviceKnowledgeBase.Default));

        var results = new List<string>();
        foreach ((IPAddress address, DeviceProfile device) in devices)
        {
            HostProbe probe = await prober.ProbeAsync(address, TestContext.Current.CancellationToken);
            ExposureObservation o = fingerprinter.Fingerprint(probe.Records, "scan", probe.Probed);
            results.Add($"{device.Name}: maker={o.Maker ?? "-"} model={(device.ExpectedModel is null ? "*" : o.Model ?? "-")}");
        }

        Assert.Equal(devices.Select(d => $"{d.Device.Name}: maker={d.Device.ExpectedMaker ?? "-"} model={d.Device.ExpectedModel ?? "*"}"), results);
    }
}
