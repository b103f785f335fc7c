using System.Text;
using Sightline.Core.Exposure;
using Sightline.Imports.Exposure;
using Sightline.Testing;

namespace Sightline.Imports.Tests.Exposure;

public sealed class NmapReaderTests : IDisposable
{
    private const string Scan = """
        <?xml version="1.0" encoding="UTF-8"?>
        <nmaprun scanner="nmap" args="nmap -sV -oX - 192.0.2.0/28" version="7.93">
        <host starttime="1" endtime="2"><status state="up"/>
        <address addr="192.0.2.50" addrtype="ipv4"/><address addr="2C:A5:9C:0B:C9:7E" addrtype="mac" vendor="Hangzhou Hikvision Digital Technology"/>
        <hostnames><hostname name="cam.example" type="PTR"/></hostnames>
        <ports>
        <port protocol="tcp" portid="80"><state state="open" reason="syn-ack"/><service name="http" product="Hikvision IP camera httpd"/>
        <script id="http-server-header" output="App-webs/"/><script id="http-title" output="Hikvision"/></port>
        <port protocol="tcp" portid="443"><state state="closed" reason="reset"/></port>
        <port protocol="tcp" portid="554"><state state="open"/><service name="rtsp"/><script id="http-auth" output="HTTP/1.1 401 Unauthorized&#xa;  Digest realm=IP Camera(D1486) nonce=abc"/></port>
        </ports></host>
        <host><status state="up"/><address addr="192.0.2.51" addrtype="ipv4"/><ports>
        <port protocol="tcp" portid="22"><state state="open"/><service name="ssh" product="OpenSSH" version="8.4p1"/></port></ports></host>
        </nmaprun>
        """;

    private readonly string _directory = TestPaths.NewTempDirectory("sightline-nmap");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (ScanReadReport Report, List<ScanRecord> Records) Read(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var records = new List<ScanRecord>();
        return (ScanFileReader.Read(path, null, 0, records.Add, TestContext.Current.CancellationToken), records);
    }

    [Fact]
    public void Open_ports_become_records_with_service_scripts_mac_and_host_names()
    {
        var (report, records) = Read("scan.xml", Scan);

        Assert.True(report.Clean, string.Join("; ", report.Problems));
        Assert.Equal(ScanFormat.Nmap, report.Format);
        Assert.Equal([("192.0.2.50", 80), ("192.0.2.50", 554), ("192.0.2.51", 22)], records.Select(r => (r.Ip, r.Port!.Value)));
        Assert.Equal(("App-webs/", "Hikvision", "Hikvision IP camera httpd", "2C:A5:9C:0B:C9:7E", "cam.example"),
            (records[0].HttpServer, records[0].HtmlTitle, records[0].Product, records[0].MacAddress, records[0].Hostnames));
        Assert.Equal("Digest realm=\"IP Camera(D1486)\" nonce=abc", records[1].WwwAuthenticate);
        Assert.Equal("OpenSSH 8.4p1", records[2].Product);
    }

    [Fact]
    public void An_xml_bomb_is_refused_at_its_dtd_without_expanding_anything()
    {
        string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <nmaprun><host><address addr="&lol3;" addrtype="ipv4"/></host></nmaprun>
            """;

        var (report, records) = Read("bomb.xml", bomb);

        Assert.Empty(records);
        Assert.InRange(report.Fatal!.Line!.Value, 1, 2); // the line of the DTD, or of the last node before it
        Assert.Contains("DTD, which is refused", report.Fatal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_breaks_part_way_keeps_the_hosts_before_and_says_where_it_stopped()
    {
        string broken = Scan.Replace("</nmaprun>", "<host><address addr=\"192.0.2.52\" addrtype=\"ipv4\"/><ports><port", StringComparison.Ordinal);

        var (report, records) = Read("cut.xml", broken);

        Assert.Equal(3, records.Count);
        Assert.Contains("not well-formed XML", report.Fatal!.Message, StringComparison.Ordinal);
        Assert.Equal(14, report.Fatal.Line); // the last line, where the file ends inside a tag
    }

    [Fact]
    public void An_oversized_attribute_stops_reading_instead_of_filling_memory()
    {
        string huge = Scan.Replace("product=\"OpenSSH\"", "product=\"" + new string('x', 1_200_000) + "\"", StringComparison.Ordinal);

        var (report, records) = Read("huge.xml", huge);

        Assert.Equal(2, records.Count); // the first host's two open ports; the second host is where it stopped
        Assert.Contains("without a tag", report.Fatal!.Message, StringComparison.Ordinal);
    }
}
