using Sightline.Core.Devices;

namespace Sightline.Core.Tests.Devices;

public sealed class DeviceIdentifierTests
{
    private static readonly DeviceIdentifier Identifier = new(DeviceKnowledgeBase.Default);

    [Fact]
    public void An_isapi_answer_gives_maker_model_firmware_mac_and_vulnerabilities()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <DeviceInfo version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
              <deviceName>Car park</deviceName><model>DS-2CD2T43G2-4I</model>
              <serialNumber>DS-2CD2T43G2-4I20210105AAWRF30001259</serialNumber><macAddress>2c:a5:9c:0b:c9:7e</macAddress>
              <firmwareVersion>V5.7.18</firmwareVersion><firmwareReleasedDate>build 210512</firmwareReleasedDate><deviceType>IPCamera</deviceType>
            </DeviceInfo>
            """;

        DeviceIdentification id = Identifier.Identify(new DeviceEvidence { IsapiDeviceInfo = xml });

        Assert.Equal(("hikvision", "DS-2CD2T43G2-4I", DeviceKind.Camera), (id.Maker, id.Model, id.Kind));
        Assert.True(id.Confidence > 0.99);
        Assert.Contains(id.Evidence, e => e.Field == "mac" && e.Maker == "hikvision");
        VulnerabilityMatch cve = Assert.Single(id.Vulnerabilities, v => v.Vulnerability.Cve == "CVE-2021-36260");
        Assert.Equal(("affected", new DateOnly(2022, 1, 10)), (cve.Status, cve.Vulnerability.KevAdded!.Value));
    }

    [Fact]
    public void Port_signatures_give_one_item_per_matching_port_in_port_order()
    {
        DeviceIdentification id = Identifier.Identify(new DeviceEvidence { OpenPorts = [80, 8000, 37777, 65535] });

        Assert.Equal(
            [("port", "8000", "hikvision", 0.15), ("port", "37777", "dahua", 0.3)],
            id.Evidence.Select(e => (e.Field, e.Value, e.Maker, e.Confidence)));
    }

    [Fact]
    public void Dahua_update_serial_unmasks_an_oem_camera()
    {
        DeviceIdentification id = Identifier.Identify(new DeviceEvidence
        {
            DahuaSystemInfo = "appAutoStart=true\ndeviceType=IP4M-1041B\nhardwareVersion=1.00\nprocessor=SSC327DE\nupdateSerial=IPC-AW46WN-S2\n",
        });

        Assert.Equal(("dahua", "Amcrest", BrandRelation.OemConfirmed, "IP4M-1041B"), (id.Maker, id.Brand, id.Relation, id.Model));
    }

    [Theory]
    [InlineData("Hikvision-Webs", null, null, "hikvision")]
    [InlineData(null, "Digest realm=\"IP Camera(D1486)\", nonce=\"25a94a716ee6d7e74d6edda0e6f15dd6\", stale=\"FALSE\"", null, "hikvision")]
    [InlineData(null, "Digest realm=\"Login to 2J01018PAA00813\",qop=\"auth\",nonce=\"1\",opaque=\"\",stale=\"false\"", null, "dahua")]
    [InlineData(null, null, "Dahua Rtsp Server", "dahua")]
    [InlineData("Cross Web Server", null, null, null)]
    [InlineData("NETSurveillance WEB", null, null, "xiongmai")]
    public void Banners_and_realms_point_to_the_maker(string? server, string? realm, string? rtsp, string? maker) =>
        Assert.Equal(maker, Identifier.Identify(new DeviceEvidence { HttpServer = server, WwwAuthenticate = realm, RtspServer = rtsp }).Maker);

    [Fact]
    public void Onvif_scopes_and_mac_prefixes_identify_a_device_and_weak_ports_alone_do_not()
    {
        DeviceIdentification scopes = Identifier.Identify(new DeviceEvidence
        {
            OnvifScopes = "onvif://www.onvif.org/location/country/china onvif://www.onvif.org/name/Dahua onvif://www.onvif.org/hardware/IPC-HFW2228M-I1-V2",
        });
        DeviceIdentification mac = Identifier.Identify(new DeviceEvidence { MacAddress = "98:8b:0a:04:d6:1e" });
        DeviceIdentification port = Identifier.Identify(new DeviceEvidence { OpenPorts = [8000] });
        DeviceIdentification trap = Identifier.Identify(new DeviceEvidence { MacAddress = "40:2C:76:10:00:00" });

        Assert.Equal(("dahua", "IPC-HFW2228M-I1-V2"), (scopes.Maker, scopes.Model));
        Assert.Equal("hikvision", mac.Maker);
        Assert.Null(port.Maker);
        Assert.Null(trap.Maker); // Shanghai Dahua Scale Factory's prefix is not Zhejiang Dahua's
    }

    [Fact]
    public void Hostile_xml_is_refused_not_expanded()
    {
        const string bomb = """<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><DeviceInfo><model>&b;</model></DeviceInfo>""";

        DeviceIdentification id = Identifier.Identify(new DeviceEvidence { IsapiDeviceInfo = bomb });

        Assert.Null(id.Model);
    }

    [Theory]
    [InlineData("DS-2CD2032F-I", "V5.3.0 build 150513", "CVE-2017-7921", "affected")]
    [InlineData("DS-2CD2032F-I", "V5.4.5 build 170124", "CVE-2017-7921", null)]
    [InlineData("IPC-HDW5831R-ZE", "2.800.0000016.0.R,build:2020-06-05", "CVE-2021-33044", "affected")]
    [InlineData("IPC-HDW5831R-ZE", "2.800.0000016.0.R,build:2020-06-05", "CVE-2021-33045", null)]
    [InlineData("IPC-HFW2431T-ZS-S2", null, "CVE-2022-30563", "possibly_affected")]
    public void Vulnerabilities_use_model_wildcards_and_build_dates(string model, string? firmware, string cve, string? status) =>
        Assert.Equal(status, DeviceKnowledgeBase.Default.VulnerabilitiesFor(model, firmware).SingleOrDefault(v => v.Vulnerability.Cve == cve)?.Status);

    [Theory]
    [InlineData("V5.4.0 build 160530", 2016, 5, 30)]
    [InlineData("2.800.0000016.0.R,build:2020-06-05", 2020, 6, 5)]
    [InlineData("2.420.Dahua 00.14.R, build: 2016-06-18", 2016, 6, 18)]
    public void Firmware_build_dates_are_read(string firmware, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Firmware.BuildDate(firmware));
}
