using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Exposure;
using Sightline.Testing;

namespace Sightline.Network.Tests;

/// <summary>A device that announced itself by WS-Discovery is stored with its other services, and identified from the ONVIF scopes
/// it announced even when none of its ports answers (addresses 127.0.9.x, where nothing listens).</summary>
public sealed class DiscoveredDeviceTests(SqliteStoreFixture store) : IClassFixture<SqliteStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WsDiscoveryMatch Match(string ip, params string[] scopes) =>
        new(IPAddress.Parse(ip), $"urn:uuid:{Guid.NewGuid()}", [$"http://{ip}/onvif/device_service"], ["dn:NetworkVideoTransmitter", "tds:Device"], scopes, null);

    private static AddressRange Range(string text) => AddressRange.TryParse(text, out AddressRange? range, out _) ? range! : throw new ArgumentException(text);

    [Fact]
    public void A_match_becomes_a_udp_service_record_carrying_the_announced_maker_and_model()
    {
        ScanRecord record = WsDiscovery.ToRecord(Match("192.168.1.64", "onvif://www.onvif.org/MfrName/HIKVISION", "onvif://www.onvif.org/hardware/DS-2CD2143G0-I"));

        Assert.Equal(("192.168.1.64", 3702, "udp"), (record.Ip, record.Port, record.Transport));
        Assert.Equal("HIKVISION DS-2CD2143G0-I", record.Product);
        Assert.Contains("onvif://www.onvif.org/hardware/DS-2CD2143G0-I", record.OtherBanner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_stores_an_announced_device_whose_ports_are_closed_and_identifies_it_from_its_scopes()
    {
        var scope = ScanScope.Of("test", Range("127.0.9.0/24"));
        var settings = new ScanSettings([new ScanPort(9, PortProtocol.Http)], TimeSpan.FromMilliseconds(300), 1_000, 4);
        ScanRecord[] announced =
        [
            WsDiscovery.ToRecord(Match("127.0.9.1", "onvif://www.onvif.org/MfrName/HIKVISION", "onvif://www.onvif.org/hardware/DS-2CD2143G0-I")),
            WsDiscovery.ToRecord(Match("127.0.9.2", "onvif://www.onvif.org/name/Dahua", "onvif://www.onvif.org/hardware/IPC-HDW2431T-AS-S2")),
            WsDiscovery.ToRecord(Match("10.1.2.3", "onvif://www.onvif.org/MfrName/HIKVISION")), // outside the scope: ignored
        ];

        await using var services = store.Scope();
        ScanOutcome outcome = await services.ServiceProvider.GetRequiredService<NetworkScanner>().ScanAsync(
            new ScanRequest([Range("127.0.9.1-127.0.9.3")], scope, settings, "discovered-" + Guid.NewGuid().ToString("N")[..8], null, announced), null, Ct);

        Assert.Equal(["127.0.9.1", "127.0.9.2"], outcome.Observations.Select(o => o.Ip).Order(StringComparer.Ordinal));
        ExposureObservation hikvision = outcome.Observations.Single(o => o.Ip == "127.0.9.1");
        Assert.Equal(("hikvision", "DS-2CD2143G0-I"), (hikvision.Maker, hikvision.Model));
        Assert.Contains(3702, hikvision.Ports);
        Assert.Equal("dahua", outcome.Observations.Single(o => o.Ip == "127.0.9.2").Maker);
        Assert.Equal(2, outcome.Totals.Hikvision + outcome.Totals.Dahua);
    }
}
