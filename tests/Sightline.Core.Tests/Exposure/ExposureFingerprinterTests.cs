using Sightline.Core.Devices;
using Sightline.Core.Exposure;

namespace Sightline.Core.Tests.Exposure;

public sealed class ExposureFingerprinterTests
{
    private static readonly ExposureFingerprinter Fingerprinter = new(new DeviceIdentifier(DeviceKnowledgeBase.Default));

    private static ScanRecord Record(int port, string? banner = null, string? city = null, string? title = null, string? body = null, long line = 1) =>
        new() { Ip = "192.0.2.7", Port = port, Banner = banner, City = city, HtmlTitle = title, HttpBody = body, Line = line, CountryCode = city is null ? null : "GB" };

    [Fact]
    public void A_host_with_several_services_is_one_observation_with_the_evidence_of_all()
    {
        ScanRecord[] host =
        [
            Record(80, "HTTP/1.1 200 OK\r\nServer: nginx\r\n\r\n", city: "Leeds", line: 3),
            Record(554, "RTSP/1.0 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"IP Camera(D1486)\", nonce=\"25a9\"\r\n\r\n", line: 9),
            Record(8000, line: 40),
        ];

        ExposureObservation o = Fingerprinter.Fingerprint(host, ["a.json"]);

        Assert.Equal(("192.0.2.7", 3, "Leeds", "GB", "a.json:3"), (o.Ip, o.Services, o.City, o.CountryCode, o.Source));
        Assert.Equal([80, 554, 8000], o.Ports);
        Assert.Equal(("hikvision", MakerGroup.Hikvision), (o.Maker, o.Group));
        Assert.Contains(o.Evidence, e => e.Field == "www_authenticate" && e.Value.Contains("IP Camera(D1486)", StringComparison.Ordinal));
        Assert.Contains(o.Evidence, e => e.Field == "port" && e.Value == "8000");
    }

    [Fact]
    public void Hosts_with_the_same_evidence_share_one_identification_and_any_difference_is_identified_afresh()
    {
        var fingerprinter = new ExposureFingerprinter(new DeviceIdentifier(DeviceKnowledgeBase.Default));
        ScanRecord[] Host(string ip, int port, string title, int second = 37777) => [new() { Ip = ip, Port = port, HtmlTitle = title }, new() { Ip = ip, Port = second }];

        // Seen three times: remembered after the second, and the same answer every time.
        var same = Enumerable.Range(1, 3).Select(i => fingerprinter.Fingerprint(Host($"192.0.2.{i}", 80, "WEB SERVICE"), ["f"])).ToList();
        // Then evidence that differs only in a port, only in a title's case, and in nothing but the host.
        ExposureObservation otherPort = fingerprinter.Fingerprint(Host("192.0.2.9", 80, "WEB SERVICE", second: 8081), ["f"]);
        ExposureObservation otherTitle = fingerprinter.Fingerprint(Host("192.0.2.10", 80, "Web Service Portal"), ["f"]);
        ExposureObservation fresh = new ExposureFingerprinter(new DeviceIdentifier(DeviceKnowledgeBase.Default)).Fingerprint(Host("192.0.2.11", 80, "WEB SERVICE"), ["f"]);

        Assert.All(same, o => Assert.Equal(("dahua", fresh.Confidence), (o.Maker, o.Confidence)));
        Assert.Equal(["192.0.2.1", "192.0.2.2", "192.0.2.3"], same.Select(o => o.Ip));
        Assert.Equal(fresh.Evidence, same[2].Evidence);
        Assert.Equal([80, 37777], same[2].Ports);
        Assert.Contains(same[2].Evidence, e => e is { Field: "port", Value: "37777" });
        Assert.Equal([80, 8081], otherPort.Ports);
        Assert.DoesNotContain(otherPort.Evidence, e => e.Field == "port"); // a different port is identified afresh, not reused
        Assert.True(otherPort.Confidence < fresh.Confidence);
        Assert.Equal((null, MakerGroup.Unidentified), (otherTitle.Maker, otherTitle.Group));
    }

    [Fact]
    public void Evidence_too_weak_on_one_service_counts_together_with_another()
    {
        // Port 37777 alone (0.3) names no maker; with the Dahua page title (0.6) the host is Dahua.
        ExposureObservation portOnly = Fingerprinter.Fingerprint([Record(37777)], ["f"]);
        ExposureObservation both = Fingerprinter.Fingerprint([Record(37777), Record(80, title: "WEB SERVICE")], ["f"]);

        Assert.Equal((null, MakerGroup.Unidentified), (portOnly.Maker, portOnly.Group));
        Assert.Equal(("dahua", MakerGroup.Dahua), (both.Maker, both.Group));
        Assert.True(both.Confidence > 0.6);
    }

    [Fact]
    public void Exact_signatures_still_match_when_a_host_shows_two_different_servers()
    {
        DeviceEvidence merged = ExposureFingerprinter.Merge([Record(80, "HTTP/1.1 200 OK\r\nServer: MWS 0.01\r\n\r\n"), Record(8080, "HTTP/1.1 200 OK\r\nServer: lighttpd\r\n\r\n")]);

        Assert.Equal("MWS 0.01\nlighttpd", merged.HttpServer);
        DeviceIdentification id = new DeviceIdentifier(DeviceKnowledgeBase.Default).Identify(merged);
        Assert.Equal(("hikvision", "Annke"), (id.Maker, id.Brand));
    }

    [Fact]
    public void Device_information_bodies_give_the_model_firmware_and_vulnerabilities_with_kev()
    {
        string isapi = "<?xml version=\"1.0\"?><DeviceInfo version=\"2.0\" xmlns=\"http://www.hikvision.com/ver20/XMLSchema\"><model>DS-2CD2032F-I</model>" +
            "<firmwareVersion>V5.3.0</firmwareVersion><firmwareReleasedDate>build 150513</firmwareReleasedDate></DeviceInfo>";
        string magicBox = "deviceType=IP4M-1041B\r\nupdateSerial=IPC-AW46WN-S2\r\n";

        ExposureObservation hik = Fingerprinter.Fingerprint([Record(80, body: isapi)], ["f"]);
        ExposureObservation amcrest = Fingerprinter.Fingerprint([Record(80, body: magicBox)], ["f"]);

        Assert.Equal(("DS-2CD2032F-I", "V5.3.0 build 150513"), (hik.Model, hik.Firmware));
        Assert.Equal(["CVE-2017-7921", "CVE-2021-36260"], hik.Vulnerabilities.Select(v => v.Cve));
        Assert.All(hik.Vulnerabilities, v => Assert.Equal(("affected", true), (v.Status, v.Kev)));
        Assert.Equal(("dahua", "Amcrest", BrandRelation.OemConfirmed, "IP4M-1041B"), (amcrest.Maker, amcrest.Brand, amcrest.Relation, amcrest.Model));
    }

    [Fact]
    public void Non_camera_hosts_and_other_chinese_makers_fall_in_their_groups()
    {
        ExposureObservation nginx = Fingerprinter.Fingerprint([Record(80, "HTTP/1.1 200 OK\r\nServer: nginx/1.18.0\r\n\r\n", title: "Welcome to nginx!")], ["f"]);
        ExposureObservation xiongmai = Fingerprinter.Fingerprint([Record(80, "HTTP/1.1 200 OK\r\nServer: NETSurveillance WEB\r\n\r\n")], ["f"]);
        ExposureObservation axis = Fingerprinter.Fingerprint([Record(80, title: "AXIS P3245-LVE Network Camera")], ["f"]);

        Assert.Equal(MakerGroup.Unidentified, nginx.Group);
        Assert.Equal(("xiongmai", MakerGroup.OtherChinese), (xiongmai.Maker, xiongmai.Group));
        Assert.Equal(("axis", MakerGroup.Other), (axis.Maker, axis.Group));
    }

    [Theory]
    [InlineData("HTTP/1.1 401 Unauthorized\r\nServer: App-webs/\r\nWWW-Authenticate: Basic realm=\"a\"\r\nWWW-Authenticate: Digest realm=\"b\"\r\n\r\n<html><title>Login &amp; more</title></html>",
        "App-webs/", "Basic realm=\"a\"\nDigest realm=\"b\"", "Login & more", null, null)]
    [InlineData("RTSP/1.0 200 OK\r\nServer: Dahua Rtsp Server\r\n\r\n", null, null, null, "Dahua Rtsp Server", null)]
    [InlineData("192.0.0.64 login: ", null, null, null, null, "192.0.0.64 login: ")]
    public void Banners_are_split_into_the_fields_identification_reads(string banner, string? server, string? authenticate, string? title, string? rtsp, string? other)
    {
        var record = new ScanRecord { Ip = "192.0.2.1", Banner = banner };

        BannerParser.Apply(record);

        Assert.Equal((server, authenticate, title, rtsp, other), (record.HttpServer, record.WwwAuthenticate, record.HtmlTitle, record.RtspServer, record.OtherBanner));
        Assert.Null(record.Banner);
    }
}
